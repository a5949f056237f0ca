"""Blind review 51 (comprehension): an ordering item keeps no adverb its date bound.
Invented text."""

from __future__ import annotations

from quizgen.generate import ordering

from .helpers import analysed


def _items(text: str) -> list[str]:
    return [i for q in ordering.generate(analysed(text)) for i in q.answer]


def test_an_adverb_bound_to_the_date_does_not_dangle():
    # review 51 de_giftkoeder #2: 'Ein Ergebnis wird frühestens erwartet'
    items = _items("Den ersten Anruf erhielt die Polizei am 12. Februar 2026. Der Stadtrat "
                   "beriet am 3. März 2026 über neue Schilder. Ein Gutachten wird frühestens "
                   "am 20. April 2026 erwartet. Der Bürgermeister informierte am 25. März 2026 "
                   "die Seniorenbeiräte.")
    assert items, items
    assert not any("frühestens" in i for i in items), items
