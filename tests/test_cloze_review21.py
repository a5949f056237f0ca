"""Blind review 21: a cloze 'at least £____ into the local economy' keyed '2 million' did
not accept '£2 million' or 'at least £2 million'. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _clozes(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language)) if q.type == "cloze"]


def test_the_sign_and_the_hedge_are_accepted_with_the_number():
    text = ("The new cycle path is expected to bring at least £3 million a year to local "
            "shops. Work begins in April.")
    q = next(q for q in _clozes(text, "en") if q.answer == "3 million")
    assert {"£3 million", "at least £3 million"} <= set(q.accepted_answers), q.accepted_answers


def test_the_unit_after_the_gap_is_accepted_too():
    text = "Der Umbau soll rund 8,5 Millionen Euro kosten. Baubeginn ist im Mai."
    q = next(q for q in _clozes(text, "de") if q.answer == "8,5 Millionen")
    assert "8,5 Millionen Euro" in q.accepted_answers, q.accepted_answers
    assert not [a for a in q.accepted_answers if "000000" in a], q.accepted_answers
