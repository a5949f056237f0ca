"""Blind review 88 (en_training_cafe #13, #14): a son and his mother share a surname; 'Mrs
Ferris' is the mother the article named in full, not a third person 'Ferris' offered beside
'Liam Ferris'. Invented text."""

from __future__ import annotations

from .helpers import analysed

EN = (
    "A youth band in Holbeck may lose its rehearsal room. Among the members is 16-year-old "
    "Owen Marsh, who joined the band last spring. Before that, he rarely spoke to anyone, his "
    "mother, Diane Marsh, said. \"He has found his people,\" Mrs Marsh said. The band leader, "
    "Tom Reid, said the group would look for a new room."
)

TWO_MEN = (
    "Two brothers run the bakery in Holbeck. Peter Lang opened it in 1998, and his brother, "
    "Simon Lang, joined in 2004. \"We will keep going,\" Mr Lang said."
)


def test_mrs_is_the_woman_of_two_people_sharing_a_surname():
    a = analysed(EN, "en")
    people = {e.name for e in a.entities if e.label == "PER"}
    assert "Marsh" not in people, people
    diane = next(e for e in a.entities if e.name == "Diane Marsh")
    assert any(m.text == "Marsh" for m in diane.mentions), diane.mentions


def test_mr_between_two_men_stays_apart():
    a = analysed(TWO_MEN, "en")
    for e in a.entities:
        if e.name in {"Peter Lang", "Simon Lang"}:
            assert not any(m.text == "Lang" for m in e.mentions), (e.name, e.mentions)
