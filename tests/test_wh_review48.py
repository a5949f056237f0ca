"""Blind reviews 46-48 (comprehension): broken wh-transforms are refused or repaired.
Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def _candidates(text: str, language: str = "de") -> list[tuple[str, str, float]]:
    art = Article(text=text, language=language, title="",
                  blocks=[Block("body", 0, len(text), text)])
    return [(q.prompt, q.answer, q.score) for q in wh.generate(analyze(art))]


def _kept(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(p, a) for p, a, score in _candidates(text, language) if score >= 0.35]


def test_a_person_noun_is_not_asked_with_what_and_the_adverbial_stays_with_the_verb():
    # review 47 en_ichthyosaur #1: 'What confirmed that the shapes were vertebrae within an
    # hour? -> a warden'
    got = _kept("A walker spotted a row of bones below the cliff on Sunday. Within a day, a "
                "ranger confirmed that the bones belonged to a whale. By Friday, the council "
                "confirmed that the beach would stay open.", "en")
    prompts = [p for p, _ in got]
    assert not any(p.startswith("What confirmed") for p in prompts), got
    assert not any(p.endswith("within a day?") or p.endswith("by Friday?") for p in prompts), got
    assert "Who confirmed by Friday that the beach would stay open?" in prompts, got

