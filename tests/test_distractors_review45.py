"""Blind review 43 (comprehension, round 2): date distractors. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def test_a_sunday_key_gets_sunday_distractors():
    # review 43 de_kirchenverkauf #2: the only Sunday among Fridays for a church service
    text = ("Die Kirche in Bergheim wird verkauft. Der letzte Gottesdienst wird am Sonntag, dem "
            "22. März, in der Kirche gefeiert. Die Gemeinde zieht ins Gemeindehaus um.")
    mcs = [q for q in wh.generate(analysed(text)) if q.options and q.skill == "when"]
    assert mcs, mcs
    for q in mcs:
        assert all(o.startswith("am Sonntag, dem ") for o in q.options), q.options
