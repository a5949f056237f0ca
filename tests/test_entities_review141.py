"""Names the entity rules misread in blind reviews 130-137 (invented text).

- 'the hamlets of Crossbeck and Low Fenton': 'Low Fenton' was a person (a who-option four
  times, and 'Quoted are: Low Fenton' in the discussion, blind review 136 en_outage_compensation
  #13); 'Crossbeck' and 'Low Fenton' were even coupled into a person 'Crossbeck Fenton'.
- 'a 34-year-old man from Tunbridge Wells' and 'Farm shops across the Weald' were persons;
  'with her husband Tom' an organisation beside the person 'Tom Whitlock' named later (blind
  review 132 en_honesty_box).
- 'nach Sankt Alban' was a person (blind review 132 de_milchviehbetrieb); 'Jung und Alt' a
  name; 'Marsh Bakery' (a shop) a person; 'Clare' of 'Clare and Peter Holt' a place (County
  Clare); "Gwel Cove, a smaller beach" a person (a who-option twice, blind review 138
  en_beach_dog_ban #4, #9).
"""

from __future__ import annotations

from .helpers import analysed


def _ents(text: str, language: str) -> dict[str, str]:
    return {e.name: e.label for e in analysed(text, language).entities}


def test_a_hamlet_after_and_is_a_place():
    text = ("Residents in the hamlets of Brackwell and Low Marston say they have heard "
            "nothing. Retired nurse Joan Pike said she had rung the helpline nine times.")
    ents = _ents(text, "en")
    assert ents.get("Low Marston") == "LOC", ents
    assert ents.get("Brackwell") == "LOC", ents
    assert "Brackwell Marston" not in ents, ents
    assert ents.get("Joan Pike") == "PER", ents


def test_a_village_of_two_words_after_and_is_a_place():
    text = ("Buses to the villages of Ashby and Kirk Hallam will stop in May. Driver Ian Kerr "
            "said the route was losing money.")
    ents = _ents(text, "en")
    assert ents.get("Kirk Hallam") == "LOC", ents
    assert ents.get("Ian Kerr") == "PER", ents


def test_a_person_after_a_country_and_stays_a_person():
    text = "France and Emmanuel Macron agreed on Monday to keep talking about the fishing rights."
    ents = _ents(text, "en")
    assert ents.get("Emmanuel Macron") == "PER", ents


def test_the_town_a_man_comes_from_is_a_place():
    text = ("Police said a 34-year-old man from Tunbridge Wells was arrested on 2 May. "
            "Sergeant Ruth Bell said more thefts had been reported.")
    ents = _ents(text, "en")
    assert ents.get("Tunbridge Wells") == "LOC", ents
    assert ents.get("Ruth Bell") == "PER", ents


def test_a_letter_from_a_person_stays_a_person():
    text = "The council received a letter from Janet Hollis on Monday about the broken bins."
    ents = _ents(text, "en")
    assert ents.get("Janet Hollis") == "PER", ents


def test_a_region_across_the_is_a_place():
    text = ("Farm shops across the Weald say thieves have taken cash from their stalls. "
            "Owner Jill Cobb said she would close the stall.")
    ents = _ents(text, "en")
    assert ents.get("Weald") == "LOC", ents


def test_the_husband_is_the_full_name_named_later():
    text = ("Sarah Pellow, who runs the farm with her husband Tom, said the stall had been "
            "robbed. For Tom Pellow, the decision has been made: the stall takes cards only.")
    found = {e.name: e for e in analysed(text, "en").entities}
    assert "Tom" not in found, sorted(found)
    assert found["Tom Pellow"].label == "PER"
    assert "Tom" in [m.text for m in found["Tom Pellow"].mentions]


def test_sankt_and_a_name_after_nach_is_a_place():
    text = ("Seit 1961 liefert die Familie Wagner ihre Milch nach Sankt Kilian. Die Molkerei "
            "will das ändern.")
    ents = _ents(text, "de")
    assert ents.get("Sankt Kilian") == "LOC", ents


def test_jung_und_alt_is_no_name():
    text = ("Der Laden sei ein Treffpunkt für Jung und Alt, sagte Ortsvorsteher Bernd Kessler. "
            "Das Sommerfest ist ebenfalls für Jung und Alt gedacht.")
    ents = _ents(text, "de")
    assert "Jung" not in ents and "Alt" not in ents, ents
    assert ents.get("Bernd Kessler") == "PER", ents


def test_a_bakery_is_no_person():
    text = "The bread comes from Marsh Bakery in the village, said shopkeeper Ann Lyle."
    ents = _ents(text, "en")
    assert ents.get("Marsh Bakery") == "ORG", ents


def test_a_county_name_before_and_a_full_name_is_her_first_name():
    text = "Clare and Peter Holt have run the village shop in Cawley since 1998."
    ents = _ents(text, "en")
    assert ents.get("Clare Holt") == "PER", ents
    assert "Clare" not in ents, ents


def test_a_name_with_a_beach_in_apposition_is_a_place():
    text = ("Dogs will still be allowed all year round on Gwel Treloar, a smaller beach about a "
            "mile to the east. Councillor Ann Pascoe said the signs would go up in March.")
    ents = _ents(text, "en")
    assert ents.get("Gwel Treloar") == "LOC", ents
    assert ents.get("Ann Pascoe") == "PER", ents


def test_a_person_with_a_job_in_apposition_stays_a_person():
    text = "Anna Colley, a retired teacher, said the beach had never been so busy."
    ents = _ents(text, "en")
    assert ents.get("Anna Colley") == "PER", ents


def test_a_cove_is_a_place():
    text = "The walkers were rescued from Penhallow Cove by the coastguard on Sunday."
    ents = _ents(text, "en")
    assert ents.get("Penhallow Cove") == "LOC", ents
