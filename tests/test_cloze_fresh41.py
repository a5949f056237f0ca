"""Blind review 30: a cloze on a sentence that points back. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _clozes(text: str, language: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, language)) if q.type == "cloze"]


def test_no_cloze_on_a_sentence_with_no_such():
    text = ("Owners must tell the council before they fell a tree in the conservation area "
            "of Marlow Green. Kestley Borough Council said no such request had been made, "
            "and its inspectors visited the garden on Tuesday. The owner, Paul Redfern, "
            "said the oak had been dangerous.")
    got = _clozes(text, "en")
    assert not [p for p in got if "such" in p], got


def test_no_cloze_on_a_sentence_with_solche():
    text = ("Wer in der Altstadt von Marbach einen Baum fällen will, braucht eine Erlaubnis. "
            "Die Stadt teilte mit, ein solcher Antrag sei nie gestellt worden, und schickte "
            "am Dienstag zwei Mitarbeiter zu dem Grundstück.")
    got = _clozes(text, "de")
    assert not [p for p in got if "solcher" in p], got


def test_such_as_still_gets_a_cloze():
    text = ("Kestley Borough Council will plant 300 trees, such as oaks and limes, in the "
            "town centre by March. The work will cost about 45,000 pounds.")
    got = _clozes(text, "en")
    assert [p for p in got if "such as" in p], got


def test_no_cloze_on_the_writers_rhetorical_surely():
    text = ("The youth football club in Barnley needs three new coaches by April. "
            "Surely a town of nearly 20,000 people can find three adults willing to give up "
            "a Saturday morning. Club secretary Joanne Price said the club would hold a "
            "meeting on 3 March.")
    got = _clozes(text, "en")
    assert not [p for p in got if "Surely" in p], got
