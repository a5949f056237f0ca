"""Blind review 13 (de_blutspende #5): 'Wann sollte Horst Weidner ein neues Kniegelenk
bekommen? - am Mittwoch' offered Thursday, Monday and Saturday, not the Tuesday evening on
which the clinic rang, the day a reader mixes up. Invented text."""

from __future__ import annotations

import re

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article

DE = """Operationen verschoben

Das Klinikum Talheim hat seit Montag mehr als 30 Eingriffe verschoben. Rentner Peter \
Kowalski sollte am Freitag eine neue Hüfte bekommen. Die Klinik habe ihn am Dienstagabend \
angerufen, erzählt er.
"""


def test_a_weekday_gets_the_articles_other_weekdays_first() -> None:
    a = analyze(load_article(DE))
    friday = next(d for d in a.dates if "Freitag" in d.text)
    options = distractors.dates(a, friday)
    assert "am Dienstag" in options[:2] and "am Montag" in options[:2], options
    assert "am Freitag" not in options, options


EN = """Lido to close

Kelby Council wants to close the Hillside Lido. Council leader Graham Oduya defended the plans \
on Monday. Tom Pike trained at Hillside for ten years. "It is our only pool," he said. His \
mother, Lisa Pike, said teenagers would end up on the streets. The petition was started by \
Olympic swimmer Mia Fennell, who also trained at Hillside as a child. "We need it," she said. \
Jordan Blake, 16, has swum at Hillside since he was nine.
"""


def test_no_false_swap_with_someone_the_article_says_the_same_of() -> None:
    from quizgen.generate import truefalse

    a = analyze(load_article(EN))
    pike = next(s for s in a.sentences if s.text.startswith("Tom Pike trained"))
    blake = next(s for s in a.sentences if s.text.startswith("Jordan Blake, 16,"))
    assert "Mia Fennell" in distractors.said_of_elsewhere(a, pike.index, pike.tokens[2:])
    swaps = list(truefalse._swaps(a, pike))
    assert not any("Fennell" in new for *_, new, _skill in swaps), swaps
    # 'Oduya, 16, has swum ...': the age is Jordan Blake's, no other name goes before it
    assert not [x for x in truefalse._swaps(a, blake) if x[4] == "who"]


def test_made_up_figures_are_as_round_as_the_key() -> None:
    a = analyze(load_article("Pier closed\n\nThe pier attracts around 250,000 visitors a year. "
                             "Around 1,400 people signed a petition."))
    for q in a.quantities:
        options = distractors.numbers(a, q)
        assert options, q
        for o in options:
            digits = re.sub(r"\D", "", o)
            assert digits.endswith("00"), (q.text, options)  # no 187,500 beside 250,000
