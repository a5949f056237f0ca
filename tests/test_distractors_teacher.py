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



def test_options_are_written_like_the_answer():
    """'mehr als 4000' was the only option without a thousands dot beside '12.000', '8.000'
    (blind review 10): the format gave the key away."""
    from quizgen.generate import distractors
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article("Seit Montag bekommen mehr als 4000 Kinder kein warmes Mittagessen "
                             "mehr. Betroffen sind 17 Schulen und sechs Kitas."))
    [q] = [q for q in a.quantities if q.value == 4000]
    opts = distractors.numbers(a, q)
    assert opts and all("." not in o for o in opts)
