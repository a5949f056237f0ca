"""Blind review 46 (comprehension): ordering items are clean clauses. Invented text."""

from __future__ import annotations

from quizgen.generate import ordering

from .helpers import analysed


def _items(text: str) -> list[str]:
    return [i for q in ordering.generate(analysed(text)) for i in q.answer]


def test_a_fronted_date_before_a_reflexive_or_a_titled_name_leaves_a_clean_clause():
    # review 46 de_bogenschiessen #4: 'Sich will der Sportausschuss ... befassen', 'Der
    # Vorsitzende erhielt Jörg Tammen ein Schreiben'
    items = _items("Ausgelöst wurde der Streit um den Parkplatz offenbar durch eine Beschwerde "
                   "Anfang Februar 2026. Am 12. März 2026 erhielt die Leiterin Sabine Korte "
                   "einen Brief der Stadt. Am Mittwoch, 8. April 2026, will sich der "
                   "Bauausschuss des Kreises mit dem Antrag befassen.")
    assert items, items
    assert "Die Leiterin Sabine Korte erhielt einen Brief der Stadt" in items, items
    assert "Der Bauausschuss des Kreises will sich mit dem Antrag befassen" in items, items
    assert not any(i.startswith("Sich ") for i in items), items
