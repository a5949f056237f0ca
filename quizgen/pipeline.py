"""The one-way pipeline, in one place: ingest -> nlp -> generate -> select -> QuestionSet."""

from __future__ import annotations

from pathlib import Path

from quizgen.model import Analysis, Article, QuestionSet, Settings


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

    return run(article)


def generate(analysis: Analysis, settings: Settings | None = None) -> QuestionSet:
    from quizgen.select import build_question_set

    return build_question_set(analysis, settings or Settings())


def question_set_from(source: str | Path | bytes, settings: Settings | None = None,
                      *, filename: str | None = None) -> QuestionSet:
    return generate(analyze(load_article(source, filename=filename)), settings)
