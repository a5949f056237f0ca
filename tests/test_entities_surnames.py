"""Organisation words inside a surname do not make its bearer an organisation (blind review
58 en_bus_pass: 'Councillor Neil Harcourt' was an organisation by the 'court' in his name, so
the set had no question on the politician behind the plan and his quotation had no speaker)."""

from __future__ import annotations

import pytest

from .helpers import analysed


@pytest.mark.parametrize("name", ["Neil Harcourt", "Karen Newsome", "John Armytage"])
def test_a_surname_with_an_organisation_word_inside_is_a_person(name):
    analysis = analysed(f"The cabinet member for transport, {name}, said the plan would save "
                        f"about £2 million a year. {name} told the Westmoor Gazette that the "
                        "council had no choice.", "en")
    assert [(e.label, e.name) for e in analysis.entities if e.name == name] == [("PER", name)]
