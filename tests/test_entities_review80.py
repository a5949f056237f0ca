"""A blind article of this session crashed the analysis: 'Bürgermeisterin Claudia Reuter
(CDU) warb um Verständnis.' after 'Die CDU ...' - the person's name before the party's
acronym was taken for the acronym's long form, her only mention moved to the party, and the
person left without mentions (min() of an empty sequence in the role step)."""

from __future__ import annotations

import pytest

from .helpers import analysed


@pytest.mark.parametrize("text", [
    "Die Gebühren steigen. Kämmerer Jürgen Albrecht begründete die Erhöhung mit einem Defizit. "
    "Die CDU stimmte zu. Bürgermeisterin Claudia Reuter (CDU) warb um Verständnis.",
    "Die Gebühren steigen. Kämmerer Jürgen Albrecht (CDU) begründete die Erhöhung. "
    "Bürgermeisterin Claudia Reuter (CDU) warb um Verständnis.",
])
def test_a_name_before_a_party_acronym_stays_a_person(text):
    entities = {e.name: e for e in analysed(text, "de").entities}
    assert entities["Claudia Reuter"].label == "PER"
    assert [m.text for m in entities["Claudia Reuter"].mentions] == ["Claudia Reuter"]
    assert all(e.mentions for e in entities.values())
