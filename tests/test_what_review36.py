"""Blind reviews 34-36, what-keys: an empty noun whose to-infinitive carries the content
('approved a scheme to turn a vicarage into an HMO') is no key ('What have planners approved
to turn ...? - a scheme', review34 en_hmo_vicarage #1). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _questions(text: str) -> list:
    return [q for q in wh.generate(analysed(text, "en")) if q.score > 0]


def test_an_empty_noun_before_a_to_infinitive_is_no_what_key():
    qs = _questions("Councillors have approved a plan to turn a former bank in Dunmore into six "
                    "flats. More than 40 residents had objected. The council has bought a new "
                    "van for the library service.")
    assert not [q.prompt for q in qs if q.answer == "a plan"], [q.prompt for q in qs]
    assert [q.prompt for q in qs if q.answer == "a new van"], [q.prompt for q in qs]
