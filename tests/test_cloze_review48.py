"""Blind review 46 (comprehension): a cloze does not gap one member of a list. Invented
text."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import kept


def test_one_member_of_a_list_of_three_is_no_gap():
    # review 46 de_reetdach #5: 'aus ___, Ungarn oder China'
    got = kept(cloze, "Weil an der Elbe seit Jahren weniger Holz geschlagen wird, stammt "
               "inzwischen knapp die Hälfte des verbauten Holzes aus Polen, Ungarn oder China. "
               "Die Tischlerei hat ihren Sitz in Husum.")
    answers = [a for _, a in got]
    assert not {"Polen", "Ungarn", "China"} & set(answers), got
    assert "Husum" in answers, got
    got = kept(cloze, "Most of the timber now comes from Latvia, Estonia or Finland. The sawmill "
               "has its yard in Truro.", "en")
    assert not {"Latvia", "Estonia", "Finland"} & {a for _, a in got}, got
