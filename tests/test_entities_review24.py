"""Blind review 24, entities: a police rank before a name ('PC Tom Harker') is a title, not
a person or an organisation of its own. Invented text."""

from __future__ import annotations

from .helpers import analysed


def _entities(text: str, language: str = "en") -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.role) for e in analysed(text, language).entities}


def test_a_police_rank_is_a_title():
    ents = _entities("Wiltshire Police said officers were looking into the thefts. Wildlife "
                     "crime officer PC Tom Harker said the owners had been told. Later PC "
                     "Harker visited the farm with Sgt Ann Lowe.")
    assert "PC" not in ents, ents
    assert ents.get("Tom Harker", ("", None))[0] == "PER", ents
    assert (ents["Tom Harker"][1] or "").lower() == "wildlife crime officer", ents
    assert ents.get("Ann Lowe", ("", None))[0] == "PER", ents


def test_a_name_after_initials_belongs_to_the_organisation():
    ents = _entities("According to NFU Cymru, sheep losses rose sharply last year. Its "
                     "county chair, Mair Rees, said walkers should keep dogs on leads.")
    assert "Cymru" not in ents, ents
    assert ents.get("NFU Cymru", ("", None))[0] == "ORG", ents


def test_a_council_of_two_joined_places_is_one_name():
    ents = _entities("The stand is in Marske, near Redcar. Redcar with Marske Council said it "
                     "would look at a loan. Brackley Rovers want the money by March.")
    assert "Redcar with Marske Council" in ents, ents
    assert "Marske Council" not in ents, ents
