"""Blind reviews 49-51 (comprehension): wh-transforms keep the word order and the question
word right, or are refused. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _candidates(text: str, language: str = "de") -> list[tuple[str, str, float]]:
    return [(q.prompt, q.answer, q.score) for q in wh.generate(analysed(text, language))]


def _kept(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(p, a) for p, a, score in _candidates(text, language) if score >= 0.35]


def test_a_fronted_relative_time_goes_to_the_end_of_the_question():
    # review 49 en_bonfire_display #1/#2: 'How much did last year the display raise ...?'
    got = _kept("Last year the fair drew an estimated 8,000 visitors and raised just over "
                "£12,000 for the local hospice. Earlier this month the club sold about 300 "
                "tickets.", "en")
    prompts = [p for p, _ in got]
    assert not any(" last year the " in p or " this month the " in p for p in prompts), got
    assert "How much did the fair raise for the local hospice last year?" in prompts, got


def test_a_direction_is_not_asked_with_wo():
    # review 51 de_giftkoeder #5: 'Wo wurden die Proben an ein Labor geschickt? - in Erlangen'
    got = _kept("Die gefundenen Werkzeuge wurden an ein Labor in Regensburg geschickt. Der "
                "verletzte Radfahrer wurde in eine Klinik in Passau gebracht. Die Polizei hat "
                "in einem Lager in Straubing mehrere Kisten gefunden.")
    prompts = [p for p, _ in got]
    assert not any(p.startswith("Wo wurde") for p in prompts), got
    assert any(p.startswith("Wo hat die Polizei") and a == "in Straubing" for p, a in got), got


def test_a_count_of_times_is_asked_with_wie_oft():
    # review 49 de_telenotarzt #3: 'Wie viele Mal ist der Telenotarzt ... angefordert worden?'
    got = _kept("In den ersten drei Wochen ist der Bürgerbus bereits mehr als 70 Mal gebucht "
                "worden. Der Verein hat im Sommer rund 300 Bäume gepflanzt.")
    assert not any(p.startswith("Wie viele Mal") for p, _ in got), got
    assert ("Wie oft ist der Bürgerbus in den ersten drei Wochen gebucht worden?",
            "mehr als 70 Mal") in got, got


def test_a_reason_with_an_ambiguous_phrase_after_it_is_not_torn():
    # review 51 de_giftkoeder #1: 'Warum ermittelt die Polizei gegen das Tierschutzgesetz? ->
    # wegen Verstoßes'
    got = _kept("Die Staatsanwaltschaft ermittelt wegen Verstoßes gegen das Waffengesetz. Die "
                "Halle bleibt wegen eines Defekts an der Heizung geschlossen.")
    assert not any(p.startswith(("Warum ermittelt", "Wogegen")) for p, _ in got), got
    assert ("Warum bleibt die Halle geschlossen?", "wegen eines Defekts an der Heizung") in got, got


def test_a_possessive_whose_owner_stays_in_the_main_clause_is_not_asked():
    # review 50 en_almshouses #5: 'In what year did her husband die? - 2011'
    got = _kept("Margaret Hollis, 81, has lived in the cottage on Mill Lane since her husband "
                "died in 2009. The trust wrote to residents last Thursday.", "en")
    assert not any(p.startswith(("In what year did her", "When did her")) for p, _ in got), got
    assert any(p == "When did the trust write to residents?" for p, _ in got), got


def test_a_place_name_that_opens_the_subject_keeps_its_capital():
    # review 51 en_escape_room #1: 'When did ashcombe police station close its doors?'
    got = _kept("A former fire station in Fernhill has been turned into a climbing gym. When "
                "Fernhill fire station closed its doors in May 2016, few people expected that "
                "it would become a gym.", "en")
    prompts = [p for p, _ in got]
    assert "When did Fernhill fire station close its doors?" in prompts, got


def test_the_source_of_an_estimate_is_not_asked_with_was():
    # review 49 de_nutria #2: 'Was geht von mindestens 150 Tieren aus? - ein Gutachten ...'
    got = _kept("Eine Studie des Naturschutzbunds geht von mindestens 60 Bibern aus. Von der "
                "alten Deponie geht nach Angaben des Landratsamts keine Gefahr aus.")
    assert not any(p.startswith("Was geht von mindestens") for p, _ in got), got


def test_a_long_when_prompt_that_hands_over_the_figure_ranks_lower():
    # review 50 en_almshouses #1: 'When did the ... Trust write to residents to say that the
    # roofs, chimneys and timber frames needed repairs costing at least £850,000?'
    got = _candidates("The Hollins Mill Trust wrote to members on Friday to say that the "
                      "wheel, the sluice gates and the old drying floor needed repairs costing "
                      "at least £420,000.", "en")
    long_ = [sc for p, _, sc in got if p.startswith("When did the Hollins Mill Trust write")]
    assert long_ and max(long_) < 0.5, got
