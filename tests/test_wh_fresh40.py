"""Blind reviews 26-28: garbled wh-prompts (a place inside a comparison asked with 'Wo').
Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _prompts(text: str, language: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, language)) if q.family == "comprehension"]


def test_a_place_in_a_comparison_is_not_asked_with_wo():
    text = ("Die Druckerei Hallmann in Steinfurt will bis zum Sommer 80 Stellen streichen. "
            "Als Grund nannte Geschäftsführerin Petra Hallmann die hohen Papierpreise. "
            "Zugleich seien die Löhne am Standort deutlich höher als in den Betrieben in "
            "Polen und Rumänien. Auch die Mieten seien höher als in Polen.")
    got = _prompts(text, "de")
    assert not [p for p in got if p.startswith("Wo ") and " als" in p], got


def test_halt_dagegen_without_what_against_is_not_asked():
    text = ("Der Gemeinderat von Lindenbach will das Hallenbad im Herbst schließen. Die "
            "Freien Wähler halten dagegen, die Verwaltung habe die Sanierungskosten zu hoch "
            "angesetzt, weil Angebote nicht eingeholt worden seien. Belege dafür nannten sie "
            "bislang nicht.")
    got = _prompts(text, "de")
    assert not [p for p in got if p.rstrip("?").endswith("dagegen")], got


def test_since_after_a_superlative_is_not_asked_with_since_when():
    text = ("Fares on the Glenmore ferry will rise by 40p from March. The rise is the first "
            "since 2018. Passenger numbers were the highest since 2009 last summer.")
    got = _prompts(text, "en")
    assert not [p for p in got if p.startswith("Since when")], got


def test_a_region_after_a_town_is_not_left_in_the_where_prompt():
    text = ("The Millbrook Academy choir won the regional contest on Saturday. First "
            "place earned the choir a spot at the national final in Denver, Colorado, which "
            "runs from 3 to 5 June.")
    got = _prompts(text, "en")
    assert not [p for p in got if p.startswith("Where") and "Colorado" in p], got


def test_a_relative_clause_is_not_left_behind_a_cut_subject():
    text = ("Der TSV Ellern zieht seine Mannschaft aus der Oberliga zurück. Im vergangenen "
            "Herbst hatte ein Möbelhaus aus der Nachbarstadt, das den TSV neun Jahre lang "
            "unterstützt hatte, seinen Vertrag nicht verlängert.")
    got = _prompts(text, "de")
    assert not [p for p in got if p.startswith("Was ") and ", das den TSV" in p], got
