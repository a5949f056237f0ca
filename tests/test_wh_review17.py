"""Blind review 17 (comp), on invented text: a distance beside the place leaves the
where-question with the place ('Wo liegt der nächste Supermarkt zwölf Kilometer entfernt?')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Die Post in Kleinbach schließt

Die Postfiliale in Kleinbach schließt Ende Januar. Das teilte die Deutsche Post am Montag mit.

Für die rund 700 Einwohner ist das ein Problem. Der nächste Bäcker liegt zwölf Kilometer \
entfernt in Bad Talheim, und der Bus fährt nur zweimal am Tag.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))]


def test_where_question_drops_the_distance() -> None:
    asked = _asked(DE)
    assert ("Wo liegt der nächste Bäcker?", "in Bad Talheim") in asked, asked
    assert not any(p.startswith("Wo ") and "Kilometer" in p for p, _ in asked), asked
