"""Blind reviews 43-45 (comprehension, round 2): entities. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def _analysis(text: str, language: str = "de"):
    art = Article(text=text, language=language, title="",
                  blocks=[Block("body", 0, len(text), text)])
    return analyze(art)


def test_a_housing_cooperative_is_an_organisation_asked_wer():
    # review 44 de_balkonkraftwerk #1: 'Was hat mehrere Mieter aufgefordert, ...? - die
    # Wohnungsbaugenossenschaft Eichenau'
    a = _analysis("Die Baugenossenschaft Lindental hat mehrere Mieter aufgefordert, ihre "
                  "Fahrräder aus dem Keller zu entfernen. Rund 30 Haushalte haben Post bekommen.")
    assert any(e.label == "ORG" and e.name == "Baugenossenschaft Lindental" for e in a.entities)
    got = [(q.prompt, q.answer) for q in wh.generate(a) if "Lindental" in str(q.answer)]
    assert got and all(p.startswith("Wer ") for p, _ in got), got

