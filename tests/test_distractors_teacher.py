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


def test_the_articles_nearest_figure_comes_first():
    a = analyze(load_article("Aslef said 94 per cent of its members had voted for a strike. "
                             "The union wants a pay rise of 7 per cent. The company has "
                             "offered 4 per cent."))
    q = next(q for q in a.quantities if q.value == 4)
    assert distractors.numbers(a, q)[0] == "7"
