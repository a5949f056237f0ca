"""Ordering items are the events' core clauses: a relative clause or a name's apposition
inside the clause is left out (the seed's item copied 'Proteste gegen eine Verdopplung der
Preise für Gas, das als Kraftstoff für Autos genutzt wird, ...' whole)."""

from __future__ import annotations

from quizgen.generate import ordering
from quizgen.pipeline import analyze, load_article

DE = """Streit um das Freibad

Die Stadt Talberg will ihr Freibad schließen. Viele Bürger protestieren.

Am 3. März 2026 hatte es zunächst eine Debatte über die Preise für Strom, der für die Pumpen \
gebraucht wird, gegeben. Am 10. April 2026 hat der Stadtrat die Schließung beschlossen. \
Am 2. Mai 2026 traf Bürgermeister Ralf Berger, ein früherer Bademeister, die Gegner des Plans. \
Am 20. Juni 2026 soll das Bad zum letzten Mal öffnen.
"""


def _items() -> list[str]:
    qs = ordering.generate(analyze(load_article(DE)))
    assert qs, "an ordering item is made"
    return qs[0].answer


def test_a_relative_clause_is_left_out_of_the_item() -> None:
    items = _items()
    assert "Es hatte zunächst eine Debatte über die Preise für Strom gegeben" in items, items


def test_a_names_apposition_is_left_out_of_the_item() -> None:
    items = _items()
    assert any(i.startswith("Bürgermeister Ralf Berger traf die Gegner") for i in items), items
    assert not any("Bademeister" in i for i in items), items
