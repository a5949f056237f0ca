"""Blind reviews 34-36, German counts: a level below or above a mark ('solle die Wartezeit
wieder unter drei Wochen liegen') is no count to ask ('Wie viele Wochen soll ... wieder bis
zum Sommer liegen?', review36 de_buergeramt Q6). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


def test_a_level_under_a_mark_is_no_count():
    ps = _prompts("Bis zum Herbst solle die Wartezeit wieder unter drei Wochen liegen, sagte die "
                  "Bürgermeisterin. Über 300 Menschen kamen zur Versammlung.")
    assert not [p for p in ps if p.startswith("Wie viele Wochen")], ps
    assert "Wie viele Menschen kamen zur Versammlung?" in ps, ps
