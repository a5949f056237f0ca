"""The articles of the blind teacher reviews (tests/data/articles/blind*/) and of the quick
teacher readings between them (judged*/) as a check on text nobody wrote the generator for:
whatever the generator asks there must be well formed and point at the text.

Which questions it asks is the reviews' business (docs/review*.md), not a test's: nothing here
expects a particular question, so these files stay fair to read for later reviews.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.model import QuestionSet, Settings
from quizgen.pipeline import analyze, generate, load_article
from quizgen.questionset import parse_question_set

from .test_generate import _check_well_formed

BLIND = sorted(p for pattern in ("blind*/*.txt", "judged*/*.txt")
               for p in (Path(__file__).parent / "data" / "articles").glob(pattern))


def _key(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_there_are_blind_articles_in_both_languages():
    langs = [p.name[:2] for p in BLIND]
    assert len(BLIND) >= 16 and langs.count("de") >= 8 and langs.count("en") >= 8


@pytest.mark.parametrize("path", BLIND, ids=_key)
def test_questions_on_blind_articles_are_well_formed(path: Path):
    qset = generate(analyze(load_article(path)), Settings())
    assert qset.language == path.name[:2]
    assert len(qset.questions) >= 10
    assert {q.family for q in qset.questions} == {"comprehension", "media_literacy"}
    _check_well_formed(qset)
    for q in qset.questions:
        assert q.explanation.strip(), q.prompt
        if q.family == "media_literacy":  # never asserts what the text does not show
            assert q.evidence, q.prompt
    again = parse_question_set(json.loads(qset.to_json()))
    assert isinstance(again, QuestionSet) and again.to_dict() == qset.to_dict()

