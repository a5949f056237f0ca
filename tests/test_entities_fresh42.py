"""Quick readings 40-43 / blind reviews 29-30: English legal and volunteer roles before a
name were not read as roles. Invented text."""

from __future__ import annotations

from .helpers import analysed


def _roles(text: str) -> dict[str, str | None]:
    return {e.name: e.role for e in analysed(text, "en").entities if e.label == "PER"}


def test_legal_roles_before_a_name():
    text = ("Two men from Harlow were fined at Chelmsford Magistrates' Court on Friday. "
            "Prosecutor Daniel Whitford said the men had ignored three warnings. "
            "The men admitted the offence, solicitor Rachel Bloom said. "
            "Barrister Owen Kaye told the court the fine was too high.")
    got = _roles(text)
    assert (got.get("Daniel Whitford") or "").lower() == "prosecutor", got
    assert (got.get("Rachel Bloom") or "").lower() == "solicitor", got
    assert (got.get("Owen Kaye") or "").lower() == "barrister", got


def test_a_volunteer_role_before_a_name():
    text = ("The litter pick in Ashby collected 40 bags on Sunday. Lead volunteer Martin "
            "Hobbs, 58, who has organised the pick for ten years, said more helpers were "
            "needed. The council thanked the group.")
    got = _roles(text)
    assert "volunteer" in (got.get("Martin Hobbs") or "").lower(), got
    assert "organised" not in (got.get("Martin Hobbs") or ""), got


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analysed(text, "en").entities}


def test_a_two_word_name_after_in_and_before_a_comma_is_a_place():
    text = ("Broadband work in four villages near Ashby has stalled. In Stoke Barton, about 30 "
            "homes have signed up with a wireless provider. Parish council chair Graham "
            "Pilling said residents were losing patience.")
    got = _labels(text)
    assert got.get("Stoke Barton") != "PER", got
    assert got.get("Graham Pilling") == "PER", got
