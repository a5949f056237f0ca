"""Blind review 85 en_play_equipment #6/#16: 'Jasmine Okoro, who lives opposite the park,
said ...' - the first name is a common noun in the lexicon ('jasmine'), so the person was an
organisation 'Okoro': the cloze key was the bare surname and the voices list left her out.
Invented text."""

from __future__ import annotations

import pytest

from .helpers import analysed


@pytest.mark.parametrize("sentence, name", [
    ("Jasmine Okoro, who lives opposite the park, said her two sons had been upset.",
     "Jasmine Okoro"),
    ("Holly Dunn, 34, said the swings had been there since she was a child.", "Holly Dunn"),
    ("Amber Fielding, who runs the café by the gates, said trade had fallen.",
     "Amber Fielding"),
])
def test_a_first_name_the_lexicon_knows_as_a_noun_opens_a_person(sentence, name):
    text = ("The playground in Kelby has been closed since the summer. " + sentence +
            " The council said new equipment would be ordered in the spring.")
    people = {e.name: e for e in analysed(text, "en").entities if e.label == "PER"}
    assert name in people, [(e.label, e.name) for e in analysed(text, "en").entities]


def test_a_body_before_a_which_clause_stays_no_person():
    text = ("The playground in Kelby has been closed since the summer. Police Scotland, which "
            "patrols the park, said there had been no arrests.")
    assert not any(e.label == "PER" for e in analysed(text, "en").entities)
