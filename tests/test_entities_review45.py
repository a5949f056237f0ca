"""Blind reviews 43-45 (comprehension, round 2): entities. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _analysis(text: str, language: str = "de"):
    return analysed(text, language)


def test_a_housing_cooperative_is_an_organisation_asked_wer():
    # review 44 de_balkonkraftwerk #1: 'Was hat mehrere Mieter aufgefordert, ...? - die
    # Wohnungsbaugenossenschaft Eichenau'
    a = _analysis("Die Baugenossenschaft Lindental hat mehrere Mieter aufgefordert, ihre "
                  "Fahrräder aus dem Keller zu entfernen. Rund 30 Haushalte haben Post bekommen.")
    assert any(e.label == "ORG" and e.name == "Baugenossenschaft Lindental" for e in a.entities)
    got = [(q.prompt, q.answer) for q in wh.generate(a) if "Lindental" in str(q.answer)]
    assert got and all(p.startswith("Wer ") for p, _ in got), got


def test_a_plural_animal_word_opening_a_sentence_is_no_person():
    # review 45 en_wallaby #6/#8: 'Wallabies' a person, key of 'Who said ...?' for 'She said'
    a = _analysis("A wallaby has escaped from a farm park near Dunmore. Wallabies, which are "
                  "native to Australia, can cope well with the cold, according to vet Dr Sarah "
                  "Lund, who treats the animals. She said the wallaby would be able to find "
                  "enough food to survive for weeks.", "en")
    assert not any(e.name == "Wallabies" for e in a.entities), a.entities
    said = [(q.prompt, q.answer) for q in wh.generate(a) if q.prompt.startswith("Who said")]
    assert said and all(ans == "Sarah Lund" for _, ans in said), said


def test_a_role_after_deren_is_the_body_s_before_the_comma():
    # review 43 de_kirchenverkauf #5: 'Geschäftsführer' without the firm
    a = _analysis("Die alte Kirche in Bergheim ist verkauft. Käufer ist die Firma Holzbau "
                  "Weber, deren Geschäftsführer Martin Weber dort Wohnungen einrichten will. "
                  "Die Stadtwerke, deren Sprecherin Anna Roth das bestätigte, liefern Strom.")
    roles = {e.name: e.role for e in a.entities}
    assert roles.get("Martin Weber") == "Geschäftsführer der Firma Holzbau Weber", roles
    assert roles.get("Anna Roth") == "Sprecherin der Stadtwerke", roles
