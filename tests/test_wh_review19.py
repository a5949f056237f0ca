"""Blind review 19: 'Who was bought in January by Silverline Care Group? - Meadowbank House'
asked 'who' of a care home, with a university and a council as options (D)."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, "en")) if q.family == "comprehension"]


def test_a_building_bought_or_sold_is_no_who():
    text = ("Elmfield House was bought in January by Castlegate Care Group, a company that "
            "runs more than 30 homes across the region. Families were told on Monday.")
    assert not [p for p in _prompts(text) if p.startswith("Who was bought")]


def test_a_body_criticised_is_still_who():
    text = ("Northgate Homes was criticised in March by the Care Quality Commission for "
            "staffing levels. Residents were told on Monday.")
    assert [p for p in _prompts(text) if p.startswith("Who was criticised")]
