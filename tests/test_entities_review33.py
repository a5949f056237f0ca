"""Blind review 33, entities: an unknown German first name between a role word and a
surname ('Elternratsvorsitzender Murat Yilmaz') belongs to the name. Invented text."""

from __future__ import annotations

from .helpers import analysed


def test_unknown_first_name_after_a_german_role_word():
    text = ("Die Schule bleibt zu. Elternratsvorsitzender Kemal Aydin kritisierte die Stadt. "
            "Aydin sagte, die Eltern seien verärgert.")
    names = [e.name for e in analysed(text).entities if e.label == "PER"]
    assert "Kemal Aydin" in names, names


def test_a_family_apposition_does_not_replace_the_role():
    text = ("The shop will close in June. The news was given to staff by managing director "
            "Colin Tate, the great-grandson of the founder, who said sales had fallen.")
    roles = {e.name: e.role for e in analysed(text, "en").entities if e.label == "PER"}
    assert roles.get("Colin Tate") == "managing director", roles
