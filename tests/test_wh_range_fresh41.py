"""Blind review 29: a range split by a how-many question. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _how_many(text: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in candidates(analysed(text))
            if q.skill == "how_many" and q.type != "cloze"}


_TEXT = ("Vor dem Amtsgericht Lüneburg steht seit Dienstag ein 41 Jahre alter Mann. Die "
         "Polizei fand in seiner Garage insgesamt 23 Fahrräder. ")


def test_the_end_of_a_range_is_not_asked():
    got = _how_many(_TEXT + "Schwerer Diebstahl wird mit einer Freiheitsstrafe von sechs "
                    "Monaten bis zu zehn Jahren bestraft.")
    assert not [p for p in got if "Jahren" in p or "Monaten" in p], got
    assert [p for p in got if "Fahrräder" in p], got


def test_the_end_of_a_range_from_one_year_is_not_asked():
    got = _how_many(_TEXT + "Schwerer Bandendiebstahl wird mit einer Freiheitsstrafe von "
                    "einem Jahr bis zu zehn Jahren bestraft.")
    assert not [p for p in got if "Jahr" in p and "alter" not in p], got
