"""Quick reading 43: a cloze gap that split 'ein paar Hundert'. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def test_no_gap_inside_ein_paar_hundert():
    text = ("Der Kürbismarkt in Lindach öffnet am Samstag. Anna Berger rechnet mit ein paar "
            "Hundert Besuchern. Inzwischen haben sich 40 Schulklassen angemeldet.")
    got = [(q.prompt, q.answer) for q in candidates(analysed(text)) if q.type == "cloze"]
    assert not [p for p in got if "paar" in str(p[1]) or "ein ____" in p[0]], got
