"""Blind reviews 95 and 96: two number gaps a teacher would not set. Invented text.

- 96 de_tanzschule #3 (D): '___ Interessenten hätten sich zwar gemeldet, beide seien jedoch
  wieder abgesprungen' - zwei: a later counting word ('beide', 'both', 'alle drei', 'all
  three') says the number again, so the sentence answers its own gap.
- 95 en_storm_damage #5 (D): 'Margaret Ellison, who has rented a hut near the pier for ___
  years, ...': how long a person named in the story has done something, told in a relative
  clause on that person, is a side detail of the person, nothing to test."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str) -> list[str]:
    return [q.prompt for q in cloze.generate(analysed(text, language)) if q.score >= 0.35]


def test_a_count_the_sentence_repeats_is_no_gap_de():
    text = ("Das Freibad Kornwiese bleibt in diesem Sommer geschlossen. Zwei Firmen haben ein "
            "Angebot für die Sanierung abgegeben, beide liegen jedoch weit über dem Budget. "
            "Drei Bademeister hatten sich beworben, alle drei haben inzwischen abgesagt. Der "
            "Gemeinderat berät am 14. März über die Zukunft des Bades.")
    prompts = _gapped(text, "de")
    assert not any("Angebot für die Sanierung" in p for p in prompts), prompts
    assert not any("Bademeister" in p for p in prompts), prompts
    assert any("14. März" not in p and "berät am" in p for p in prompts), prompts


def test_a_count_the_sentence_repeats_is_no_gap_en():
    text = ("Millbrook's outdoor pool will stay shut this summer. Two firms bid for the repair "
            "work, but both asked for far more than the council had set aside. The council "
            "will discuss the pool's future on 14 March.")
    prompts = _gapped(text, "en")
    assert not any("bid for the repair" in p for p in prompts), prompts
    assert any("discuss the pool's future on" in p for p in prompts), prompts


def test_how_long_a_named_person_has_done_something_is_a_side_detail():
    en = ("Floodwater swept through Kettleby on Sunday night. Linda Marsh, who has run the "
          "bakery on Quay Street for 31 years, said the water had reached the counter within an "
          "hour. The council said 45 homes had been flooded.")
    prompts = _gapped(en, "en")
    assert not any("for ________ years" in p for p in prompts), prompts
    assert any("homes had been flooded" in p for p in prompts), prompts
    de = ("Das Hochwasser hat am Sonntag die Altstadt von Kettelbach überflutet. Gisela Brand, "
          "die seit 31 Jahren die Bäckerei am Markt führt, sagte, das Wasser habe binnen einer "
          "Stunde die Theke erreicht. Nach Angaben der Stadt wurden 45 Häuser überflutet.")
    prompts = _gapped(de, "de")
    assert not any("seit ________ Jahren" in p for p in prompts), prompts
    assert any("Häuser überflutet" in p for p in prompts), prompts


def test_a_body_s_years_in_a_relative_clause_keep_their_gap():
    # guard: a relative clause on a place or body is no private side detail of a person
    text = ("The Regal Cinema, which has shown films on Quay Street for 92 years, will close "
            "in March. The owners said ticket sales had fallen by half.")
    prompts = _gapped(text, "en")
    assert any("for ________ years" in p for p in prompts), prompts
