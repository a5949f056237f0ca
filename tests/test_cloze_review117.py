"""Cloze gaps the blind reviews 111-115 marked. Invented text.

- 111 en_home_care_mileage #3 (F): '..., according to figures published by the council on
  ____' - 12 November: the day the source came out, beside the figure.
- 114 en_short_course #1 (F): 'crossed the line in 31 minutes and ____ seconds': part of a
  time, a side detail.
- 115 de_waldlauf #6 (F): 'mehr als 350 waren für die ____ Kilometer gemeldet' - zehn: the
  race the lead named, no figure of this sentence.
- 112 en_satnav_lorries #10 (D): '"...," ____ said.' - Sandford: the stock attribution.
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_no_gap_on_the_day_a_source_of_figures_came_out():
    text = ("Bus services in Harwood are being cut back again. Across the county, nearly one in "
            "four routes now runs less than once an hour, according to figures published by "
            "the council on 3 March. The council will decide on 14 April whether to fund two "
            "new routes.")
    gaps = _gapped(text, "en")
    assert not any(a == "3 March" for _, a in gaps), gaps
    assert any(a == "14 April" for _, a in gaps), gaps  # the decision day stays a gap


def test_no_gap_on_part_of_a_time():
    text = ("The Kelby half marathon was held in heavy rain on Sunday. Tom Ashby won the race "
            "in 68 minutes and 14 seconds. More than 1,200 runners took part.")
    gaps = _gapped(text, "en")
    assert not any(a in {"14", "68"} for _, a in gaps), gaps
    assert any(a == "1,200" for _, a in gaps), gaps  # a figure of the story stays a gap


def test_no_gap_on_the_known_distance_again():
    text = ("Beim Stadtlauf in Wiesental sind am Sonntag mehr als 600 Menschen über acht "
            "Kilometer gelaufen. Von den gut 600 Läufern waren mehr als 200 für die acht "
            "Kilometer gemeldet. Der Verein will den Lauf im nächsten Jahr wiederholen.")
    gaps = _gapped(text, "de")
    assert not any(a == "acht" and "für die" in p for p, a in gaps), gaps
    assert any(a == "acht" and "über acht" not in p for p, a in gaps), gaps  # the lead's


def test_no_gap_on_who_said_a_quote():
    text = ("Residents of Mill Lane have asked the council for a weight limit. \"We just want "
            "the lorries gone before someone gets hurt,\" Helen Marsh said. The council will "
            "discuss the request on 9 December.")
    gaps = _gapped(text, "en")
    assert not any("gets hurt" in p for p, _ in gaps), gaps
    assert any(a == "9 December" for _, a in gaps), gaps
