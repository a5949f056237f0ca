"""Blind reviews 34-36, context: a reason named without what it is the reason for ('Als
Hauptgrund nennt die Stadtverwaltung fehlendes Personal') makes a vague prompt ('Wer nennt als
Hauptgrund fehlendes Personal?', review36 de_buergeramt Q3). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


def test_a_bare_main_reason_is_not_asked_but_a_reason_for_something_is():
    ps = _prompts("Die Wartezeit im Rathaus beträgt derzeit sechs Wochen. Als Hauptgrund nennt "
                  "die Stadt fehlendes Personal. Als Grund für die Sperrung nennt die Bahn einen "
                  "Schaden an der Brücke.")
    assert not [p for p in ps if "als Hauptgrund" in p], ps
    assert [p for p in ps if "als Grund für die Sperrung" in p], ps
