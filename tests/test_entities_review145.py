"""Names the entity rules misread in blind reviews 142-145 (invented text).

- 'Nach Vogts Angaben bringen ...': a surname in the genitive before a common noun was read
  as a person 'Vogts Angaben' (a who-option three times, 'Angaben' swapped into two
  true/false statements and a cloze, 'Vogts Angaben' among the voices; blind review 144
  de_schuhmacher).
"""

from __future__ import annotations

from .helpers import analysed


def _ents(text: str, language: str) -> dict[str, str]:
    return {e.name: e.label for e in analysed(text, language).entities}


def test_a_genitive_name_before_a_noun_is_no_person():
    text = ("Schuhmachermeister Karl Kemper schließt seine Werkstatt. Nach Kempers Angaben "
            "kommen täglich mehr als 200 Kunden. Im Oktober meldete sich eine Gesellin, sagte "
            "Kemper.")
    ents = _ents(text, "de")
    assert not any("Angaben" in n for n in ents), ents
    assert ents.get("Karl Kemper") == "PER", ents


def test_a_genitive_name_before_a_noun_is_no_person_later_either():
    text = ("Die Bäckerei am Markt sucht Personal. Inhaberin Ute Lohmann sagte, zwei Stellen "
            "seien frei. Nach Lohmanns Schätzung fehlen in der Stadt 40 Fachkräfte.")
    ents = _ents(text, "de")
    assert not any("Schätzung" in n for n in ents), ents
    assert ents.get("Ute Lohmann") == "PER", ents


def test_a_first_name_ending_in_s_keeps_its_surname():
    text = ("Die Feuerwehr Altdorf hat ein neues Löschfahrzeug. Nach Markus Bauer, dem "
            "Wehrführer, kostete es 400.000 Euro. Laut Jonas Fischer sagte der Kreis zu.")
    ents = _ents(text, "de")
    assert ents.get("Markus Bauer") == "PER", ents


def test_a_village_after_through_and_centre_of_is_a_place():
    text = ("Tractors will squeeze through Pentre Garth at night. The route passes through the "
            "centre of Pentre Garth, said Councillor Owen Lloyd.")
    ents = _ents(text, "en")
    assert ents.get("Pentre Garth") == "LOC", ents
    assert ents.get("Owen Lloyd") == "PER", ents


def test_a_surname_the_tagger_reads_as_adjective_after_a_title():
    text = ("Police are warning drivers about a new scam. Inspector Carys Bowen of North Wales "
            "Police urged people not to pay. Sergeant Mair Bowen said the same.")
    ents = _ents(text, "en")
    assert ents.get("Carys Bowen") == "PER", ents
    assert "Carys" not in ents, ents
