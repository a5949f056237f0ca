"""The one-way pipeline, in one place: ingest -> nlp -> generate -> select -> QuestionSet."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.model import Analysis, Article, QuestionSet, Settings


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one article is analysed or a set is built.

    The stages build many short-lived lists, dicts and tuples but no reference cycles:
    at the default threshold the collector ran about 19 times per 1,000-word article,
    took 7 % of the time end to end and freed nothing (bench/speed.py --gc). Reference
    counting still frees everything at once; the collector is switched back on after,
    also on error, and left alone when the caller had switched it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_article(source: str | Path | bytes, *, filename: str | None = None) -> Article:
    """Read an article from a path, raw bytes (an upload) or pasted text."""
    from quizgen import ingest

    if isinstance(source, Path):
        return ingest.read_file(source)
    if isinstance(source, bytes):
        return ingest.from_bytes(source, filename or "upload.txt")
    return ingest.from_text(source, origin=filename or "pasted")


def analyze(article: Article) -> Analysis:
    from quizgen.nlp.pipeline import analyze as run

    with collector_paused():
        return run(article)


def generate(analysis: Analysis, settings: Settings | None = None) -> QuestionSet:
    from quizgen.select import build_question_set

    with collector_paused():
        return build_question_set(analysis, settings or Settings())


def question_set_from(source: str | Path | bytes, settings: Settings | None = None,
                      *, filename: str | None = None) -> QuestionSet:
    return generate(analyze(load_article(source, filename=filename)), settings)
