"""Blind review 40 (comprehension): no gap before the answer's own acronym. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def test_no_gap_right_before_its_acronym_in_brackets():
    text = ("Die Tauschbörse in Kellstadt hat bisher 12 Wohnungen vermittelt. „Viele wollen "
            "ihr Zuhause nicht aufgeben“, sagte Anna Berg dem Westdeutschen Rundfunk (WDR). "
            "Die Stadt will das Projekt bis 2030 fortsetzen.")
    for q in cloze.generate(analysed(text)):
        assert "(WDR)" not in q.prompt or "Rundfunk" in q.prompt, (q.prompt, q.answer)
