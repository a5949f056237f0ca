"""Paths shared by the tests: our own data and the public data beside the clone."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

from quizgen.model import Analysis, Article, Block
from quizgen.pipeline import analyze
from quizgen.select import MIN_SCORE

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"
SEED_GOLD = SHARED / "gold" / "de_kasachstan_ovks.json"
DATA = ROOT / "tests" / "data"


def needs_shared() -> None:
    if not SEED.exists():
        pytest.skip(f"public data not found at {SHARED} (set QUIZGEN_SHARED)")


def body_article(text: str, language: str = "de") -> Article:
    """`text` as an article of one body block, no title or furniture: what most unit tests
    feed the analysis, so that ingest's layout reading does not get in the way."""
    return Article(text=text, language=language, title="",
                   blocks=[Block("body", 0, len(text), text)])


def analysed(text: str, language: str = "de") -> Analysis:
    """The whole analysis (entities and coreference included) of `body_article(text, language)`."""
    return analyze(body_article(text, language))


def kept(generator: ModuleType, text: str, language: str = "de") -> list[tuple[str, str]]:
    """(prompt, answer) of what one generator module asks of `text` above the keep line."""
    return [(q.prompt, q.answer) for q in generator.generate(analysed(text, language))
            if q.score >= MIN_SCORE]
