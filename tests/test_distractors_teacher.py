"""Distractors a teacher would call absurd, on invented sentences."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def test_an_age_gets_near_ages_not_multiples():
    a = analyze(load_article("Der 61 Jahre alte Traktorfahrer hatte die Gleise überquert. "
                             "Er wurde schwer verletzt."))
    q = next(q for q in a.quantities if q.value == 61)
    alts = [int(x) for x in distractors.numbers(a, q)]
    assert alts and all(10 <= v <= 100 for v in alts)

