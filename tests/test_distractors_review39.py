"""A span of days is no option for one day (review 38 de_katalysatordiebstahl C3: 'am zwischen
dem 1. Januar und dem 8. März'), on invented text."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article

TEXT = """Diebe stehlen Katalysatoren

Zwischen dem 2. Februar und dem 9. April wurden in Lindenau 14 Katalysatoren gestohlen. Anna \
Berger startete am Morgen des 5. April ihren Wagen und hörte ein lautes Dröhnen. Die Polizei \
ermittelt.
"""


def test_no_span_among_the_options_of_a_day() -> None:
    a = analyze(load_article(TEXT))
    day = next(d for d in a.dates if d.text == "am Morgen des 5. April")
    options = distractors.dates(a, day)
    assert options, options
    assert not any("zwischen" in o.lower() for o in options), options
