"""Reviews 42, 43 and 48 (comprehension): names that are places, firms or whole names.
Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def test_a_compass_district_is_a_place_not_a_person():
    # review 42 de_schornsteinfeger: 'Wellingen-Nord' was a PER entity
    text = ("Betroffen ist der Kehrbezirk Lindau-Süd, den Brunnenbauer Karl Meier betreut. "
            "Die Grundschule in Hamburg-Mitte bleibt bis Freitag geschlossen.")
    labels = {e.name: e.label for e in analysed(text).entities}
    assert labels.get("Lindau-Süd") == "LOC", labels
    assert labels.get("Hamburg-Mitte") == "LOC", labels
    assert labels.get("Karl Meier") == "PER", labels


def test_a_surname_the_tagger_read_as_an_adverb_after_an_honorific_stays_in_the_name():
    # review 43 en_gainsborough_portrait #6: 'Curator Dr Fiona Reddy said ...' gave a person
    # 'Fiona' ('Reddy' tagged as an adverb)
    text = ("Curator Dr Fiona Reddy said the bowl had been sent to a laboratory in Leeds. "
            "Mr Tom Hale agreed.")
    names = {e.name for e in analysed(text, "en").entities if e.label == "PER"}
    assert "Fiona Reddy" in names and "Fiona" not in names, names


def test_a_name_followed_by_which_is_no_person():
    # review 48 en_seaweed #7: 'Who needs planning permission ...? - Kelpwrap' with three
    # people as options ('Kelpwrap, which was set up in 2022 by two Exeter graduates')
    text = ("Brightmoor, which was founded by two chemists in 2021, bought the old bakery on "
            "Mill Lane last month. Because the bakery is registered as a shop, Brightmoor needs "
            "planning permission for a change of use. Councillor Anna Hale welcomed the plan. "
            "Resident Tom Barr said the lane was too narrow for lorries.")
    analysis = analysed(text, "en")
    labels = {e.name: e.label for e in analysis.entities}
    assert labels.get("Brightmoor") == "ORG", labels
    assert labels.get("Tom Barr") == "PER", labels
    for q in wh.generate(analysis):
        if q.answer == "Brightmoor" and q.options:
            assert "Tom Barr" not in q.options and "Anna Hale" not in q.options, q.options
