"""Quick readings 28-30, entities: 'Cllr' as a title, 'Residents of <place>' a place, a
surname the tagger took for an interjection. Invented text."""

from __future__ import annotations

from .helpers import analysed


def _entities(text: str, language: str = "en") -> dict[str, str]:
    return {e.name: e.label for e in analysed(text, language).entities}


def test_cllr_is_a_title():
    ents = _entities("Councillor Rhodri Vaughan, who is responsible for finance, said the "
                     "charge was needed. A cheaper ticket was rejected, although Cllr Vaughan "
                     "said it could be looked at again.")
    assert "Cllr Vaughan" not in ents, ents
    assert ents.get("Rhodri Vaughan") == "PER", ents


def test_residents_of_a_place():
    ents = _entities("Residents of Pentre Dolau say they are worried about the closure. The "
                     "council will decide in May.")
    assert ents.get("Pentre Dolau") == "LOC", ents


def test_a_surname_tagged_as_an_interjection():
    ents = _entities("Margaret Pugh, 81, who has collected her tablets from the pharmacy for "
                     "years, said she did not know how she would manage.")
    assert ents.get("Margaret Pugh") == "PER", ents


def test_a_village_job_before_a_name_is_a_role():
    ents = _entities("Als Mesner Franz Oberle im Januar die Glocke einschaltete, klang sie "
                     "dumpf. Auch Mesner Oberle freut sich auf den Sonntag.", "de")
    assert "Franz Oberle" in ents and "Mesner Franz Oberle" not in ents, ents
    assert "Mesner Oberle" not in ents, ents
