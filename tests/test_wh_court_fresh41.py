"""Blind review 29: a who-question whose answer is the court that sentenced. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _who(text: str, language: str) -> dict[str, tuple[str, float]]:
    return {q.prompt: (q.answer, q.score) for q in candidates(analysed(text, language))
            if q.skill == "who" and q.type != "cloze"}


def test_the_court_that_ordered_is_no_question_worth_asking():
    text = ("Two men from Harlow admitted stealing diesel from a farm near Epping. Each was "
            "fined 900 pounds. The court also ordered their van to be sold. Farmer Ruth "
            "Baines said she was relieved.")
    got = _who(text, "en")
    weak = [p for p, (a, sc) in got.items() if "court" in str(a).lower() and sc > 0.3]
    assert not weak, got


def test_the_noun_of_a_set_phrase_is_not_asked():
    text = ("Im Keller des Rathauses von Lindau ist eine alte Truhe gefunden worden. Besonderes "
            "Interesse weckt ein Tagebuch des Försters Karl Brandt. Es soll im Herbst im Museum "
            "gezeigt werden.")
    got = {q.prompt: q.answer for q in candidates(analysed(text)) if q.prompt.startswith("Was")}
    assert not [a for a in got.values() if "Interesse" in str(a)], got


def test_a_bare_each_is_not_asked():
    text = ("Three men from Harlow admitted stealing diesel from a farm near Epping. Each was "
            "fined about 900 pounds and ordered to pay costs. Farmer Ruth Baines said she was "
            "relieved.")
    got = {q.prompt: q.score for q in candidates(analysed(text, "en")) if q.type != "cloze"}
    assert not [p for p, sc in got.items() if " each " in p.lower() and sc > 0.3], got
