"""Blind review 30: person names the tagger cut. Invented text."""

from __future__ import annotations

from .helpers import analysed


def _people(text: str) -> list[str]:
    return [e.name for e in analysed(text, "en").entities if e.label == "PER"]


def test_a_first_name_the_tagger_took_for_an_adjective_stays_in_the_name():
    # 'Leanne' is unknown to the lexicon and tagged as an adjective: the person was
    # 'Okoro' alone, the key of a who-question (blind review 30, en_scout_leaders #4)
    text = ("The swimming club in Ashby has lost its only coach. Parent Leanne Okoro said "
            "her daughter had trained there for six years. The club said it would look "
            "for a new coach, said Leanne Okoro.")
    got = _people(text)
    assert "Leanne Okoro" in got, got
    assert "Okoro" not in got, got


def test_a_known_adjective_before_a_name_is_not_taken_in():
    text = ("The festival in Ashby was cancelled. Former mayor Tom Barlow said the town "
            "had lost a tradition. British rower Kate Marsh agreed.")
    got = _people(text)
    assert "Tom Barlow" in got and "Kate Marsh" in got, got
    assert not [p for p in got if p.startswith(("Former", "British"))], got


def test_a_surname_the_tagger_took_for_a_verb_stays_in_the_name():
    # 'Ransome' tagged as a verb: the speaker was 'Keith' and the prompt read
    # 'Who Ransome said ...?' (blind review 30, en_hedgerow #13)
    text = ("The bus shelter on Mill Road was removed last week. Parish council chairman "
            "Gordon Ransome said the village wanted the shelter back before winter. "
            "The council said a new shelter would cost about 4,000 pounds.")
    got = _people(text)
    assert "Gordon Ransome" in got, got
    assert "Gordon" not in got, got


def test_a_scout_group_is_no_person():
    text = ("The 2nd Ashby Scouts have lost their hut. Scout leader Tom Barlow said the "
            "group would meet in the church hall. The Ashby Scouts have 40 members.")
    got = _people(text)
    assert "Tom Barlow" in got, got
    assert not [p for p in got if "Scouts" in p], got


def test_an_unknown_role_word_before_a_full_name_is_not_a_first_name():
    text = ("The church roof is leaking again. Churchwarden Gareth Pellow said the repairs "
            "would cost about 90,000 pounds. Harbourmaster Sue Trevail agreed.")
    got = _people(text)
    assert "Gareth Pellow" in got and "Sue Trevail" in got, got
