"""Quick reading 26 (de_hallenbad, not blind material): an ordering item 'Der Gemeinderat hat
... beschlossen, das Hallenbad zum 31. Januar 2027 zu schließen' was sorted by the closure's
date (the zu-infinitive's), after the assembly it preceded: a wrong key. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed

TEXT = ("Die Stadt hatte das Gebäude am 12. Mai 2025 untersuchen lassen. Der Stadtrat hat am "
        "24. November 2026 mit großer Mehrheit beschlossen, die Bibliothek am 31. März 2027 "
        "endgültig zu schließen. Am 3. Dezember 2026 findet eine Bürgerversammlung in der "
        "Stadthalle statt. Am 15. Januar 2027 soll ein Gutachten zur Sanierung vorliegen.")


def test_no_item_is_ordered_by_its_infinitives_date():
    orderings = [q for q in candidates(analysed(TEXT)) if q.type == "ordering"]
    for q in orderings:
        assert not [item for item in q.answer if "beschlossen" in item], q.answer
        assert len(set(q.answer)) == len(q.answer), q.answer
