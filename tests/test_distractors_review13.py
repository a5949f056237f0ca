"""Blind review 13 (de_blutspende #5): 'Wann sollte Horst Weidner ein neues Kniegelenk
bekommen? - am Mittwoch' offered Thursday, Monday and Saturday, not the Tuesday evening on
which the clinic rang, the day a reader mixes up. Invented text."""

from __future__ import annotations

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
