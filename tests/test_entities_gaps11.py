"""People the NER took for organisations (blind review 18, media's request), on invented
text: 'Sam Reddy' (the tagger's adverb 'Reddy' cut the name to 'Sam'), 'Murat Aksoy' ('Murat'
ends in '-rat', a council's ending); 'Sozialarbeiter' is a role."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Gull fines

The council fined twelve visitors. One shop owner, Dan Kelty, told BBC Radio Kent that trade \
had halved. Another trader, Sam Reddy, said the fines were fair.
"""

DE = """Jugendzentrum

Die Stadt will das Zentrum schließen. Auch Sozialarbeiter Murat Aksoy, der das Zentrum seit \
Jahren leitet, hält die Pläne für falsch. Der Stadtrat entscheidet im Mai.
"""


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.role) for e in analyze(load_article(text)).entities}


def test_unknown_surname_after_a_first_name_en() -> None:
    ents = _entities(EN)
    assert ents.get("Sam Reddy", ("", None))[0] == "PER", ents
    assert "Sam" not in ents, ents


def test_murat_is_no_council_de() -> None:
    ents = _entities(DE)
    assert ents.get("Murat Aksoy") == ("PER", "Sozialarbeiter"), ents
