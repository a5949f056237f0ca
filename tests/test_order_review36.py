"""Blind reviews 34-36, German word order: a fronted adverbial moves behind a subject that
carries a 'von' name ('der Gemeinderat von Alstedt'), as it does behind a plain one ('Wann
hat mit 11 zu 7 Stimmen der Gemeinderat von Alstedt ...?', review34 de_tinyhaus Q2).
Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


def test_a_fronted_adverbial_follows_a_subject_with_a_von_name():
    ps = _prompts("Mit 9 zu 4 Stimmen hat der Stadtrat von Hollbach am Montag den Bau einer "
                  "neuen Sporthalle beschlossen. Die Halle soll 2027 fertig sein.")
    assert "Wann hat der Stadtrat von Hollbach mit 9 zu 4 Stimmen den Bau einer neuen " \
        "Sporthalle beschlossen?" in ps, ps
