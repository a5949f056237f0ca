"""Review 42 leftovers (comprehension): a town's compass-named part is a place. Invented
text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def test_a_compass_district_is_a_place_not_a_person():
    # review 42 de_schornsteinfeger: 'Wellingen-Nord' was a PER entity
    text = ("Betroffen ist der Kehrbezirk Lindau-Süd, den Brunnenbauer Karl Meier betreut. "
            "Die Grundschule in Hamburg-Mitte bleibt bis Freitag geschlossen.")
    art = Article(text=text, language="de", title="",
                  blocks=[Block("body", 0, len(text), text)])
    labels = {e.name: e.label for e in analyze(art).entities}
    assert labels.get("Lindau-Süd") == "LOC", labels
    assert labels.get("Hamburg-Mitte") == "LOC", labels
    assert labels.get("Karl Meier") == "PER", labels


def test_a_surname_the_tagger_read_as_an_adverb_after_an_honorific_stays_in_the_name():
    # review 43 en_gainsborough_portrait #6: 'Curator Dr Fiona Reddy said ...' gave a person
    # 'Fiona' ('Reddy' tagged as an adverb)
    text = ("Curator Dr Fiona Reddy said the bowl had been sent to a laboratory in Leeds. "
            "Mr Tom Hale agreed.")
    art = Article(text=text, language="en", title="",
                  blocks=[Block("body", 0, len(text), text)])
    names = {e.name for e in analyze(art).entities if e.label == "PER"}
    assert "Fiona Reddy" in names and "Fiona" not in names, names
