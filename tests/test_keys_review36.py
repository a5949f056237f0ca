"""Blind reviews 34-36, keys: an accepted answer keeps the hedge that bounds its number
('mehr als ein Dutzend' accepted 'ein Dutzend' and 'ein 12', 'unter drei' accepted '3', 'more
than thirty years' accepted '30'). Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.generate.common import accepted_spellings

from .helpers import analysed


def _how_many(text: str, language: str) -> list:
    return [q for q in wh.generate(analysed(text, language))
            if q.skill == "how_many" and q.score > 0]


def test_a_dozen_is_twelve_without_its_article():
    assert accepted_spellings(["ein Dutzend Briefe"]) == ["ein Dutzend Briefe", "12 Briefe"]
    assert accepted_spellings(["a dozen eggs"]) == ["a dozen eggs", "12 eggs"]


def test_german_bounding_hedges_stay_in_every_accepted_answer():
    qs = _how_many("Beim Ordnungsamt sind seit Januar mehr als ein Dutzend ähnliche Beschwerden "
                   "eingegangen. Für den Kurs im Mai haben sich bisher unter zehn Teilnehmer "
                   "angemeldet, sagte die Bürgermeisterin.", "de")
    keyed = {q.answer: q.accepted_answers for q in qs}
    assert "mehr als ein Dutzend" in keyed and "unter zehn" in keyed, keyed
    for answer, accepted in keyed.items():
        hedge = " ".join(answer.split()[:2]) if answer.startswith("mehr") else "unter"
        assert all(a.startswith(hedge) for a in accepted), accepted
        assert not [a for a in accepted if "ein 12" in a], accepted


def test_english_bounding_hedge_stays_in_every_accepted_answer():
    qs = _how_many("Retired teacher Ann Cole has been coming to the market every Friday for "
                   "more than thirty years. The stall sold about 45 pies on Friday.", "en")
    long = [q for q in qs if q.answer == "more than thirty years"]
    assert long and all(a.startswith("more than") for a in long[0].accepted_answers), [
        (q.answer, q.accepted_answers) for q in qs]
