"""Blind reviews 24 and 25, wh-questions: a court report's 'The court heard that ...' is
no who-question. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def _questions(text: str, language: str = "en") -> list[tuple[str, str]]:
    art = Article(text=text, language=language, title="",
                  blocks=[Block("body", 0, len(text), text)])
    return [(q.prompt, q.answer) for q in wh.generate(analyze(art)) if q.score > 0]


def test_the_court_heard_is_no_who_question():
    qs = _questions("A man from Tenby has been fined for stealing lead from a chapel roof. "
                    "The court heard that Owen Bevan had climbed onto the roof at night and "
                    "removed about 40 metres of lead. Magistrates ordered him to pay £800.")
    assert not [p for p, a in qs if p.startswith("Who heard")], qs
