# ruff: noqa: E501  (an article as written, a paragraph a line)
"""Comprehension faults of blind reviews 138-145 and the round-1 code review (comp17, session of
2026-11-29 13:50, round 2), each a general rule tested on invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

LIBRARY_DE = """Von Jana Roth | Montag, 23. November 2026, 09:10 Uhr

Bücherei in Kleinau schließt samstags

Weil die Gemeinde ihren Zuschuss um 12.000 Euro kürzt, schließt die Bücherei in Kleinau ab dem 1. März samstags. Das hat der Gemeinderat am Donnerstag beschlossen.

Um Personal zu sparen, soll die Ausleihe künftig über einen Automaten im Foyer laufen. Weil er die Bücherei seit 20 Jahren leitet, kennt Bernd Kaiser fast jeden Leser mit Namen.

Da die Nachfrage gestiegen sei, wolle der Förderverein mehr Lesungen anbieten, sagte die Vorsitzende Ines Brandt.
"""


def _why(analysis):
    return {q.prompt: q.answer for q in wh.generate(analysis) if q.skill == "why"}


def test_a_reason_that_opens_the_sentence_is_asked():
    # blind review 140: no why-question in four sets, though 'Um Strom zu sparen, bleiben
    # ... dunkel' and 'Weil die Stadt ... aufgeben will, sollen ... einspringen' opened two
    # of them: the clause finder saw no main clause after a fronted reason
    why = _why(analyze(load_article(LIBRARY_DE)))
    assert why.get("Warum schließt die Bücherei in Kleinau ab dem 1. März samstags?") == \
        "weil die Gemeinde ihren Zuschuss um 12.000 Euro kürzt", why
    assert why.get("Warum soll die Ausleihe künftig über einen Automaten im Foyer laufen?") == \
        "um Personal zu sparen", why


def test_no_fronted_reason_with_a_pronoun_or_from_reported_speech():
    # 'Weil er ...': who? The answer would need the name; 'Da ... sei, wolle ..., sagte X':
    # someone's account, not the article's
    why = _why(analyze(load_article(LIBRARY_DE)))
    assert not any("Kaiser" in p or "Förderverein" in p for p in why), why
