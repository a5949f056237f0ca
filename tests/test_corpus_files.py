"""The project's own test articles and gold files are well-formed.

The generator is scored against these files with /work/shared/tools/gold_check.py; a typo in a
regex or a gold item that points at a fact the article does not contain would silently lower
(or fake) that score, so the files are checked here rather than trusted.
"""

import json
import re
from pathlib import Path

import pytest

from quizgen.model import FAMILIES

DATA = Path(__file__).parent / "data"
ARTICLES = sorted((DATA / "articles").glob("*.txt"))
GOLDS = sorted((DATA / "gold").glob("*.json"))
TEASER = {"de": "Lesen Sie auch:", "en": "Read more:"}
SOURCE_LINE = re.compile(r"^(/[\w./]*dpa|\([\w/]+\)|Source: .+|Additional reporting by .+)$")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_corpus_is_complete() -> None:
    assert len(ARTICLES) == 8
    assert {p.stem for p in ARTICLES} == {p.stem for p in GOLDS}
    langs = [p.name[:2] for p in ARTICLES]
    assert langs.count("de") == 4 and langs.count("en") == 4


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_layout(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    lang = path.name[:2]
    assert 180 <= len(text.split()) <= 450
    assert lines[0].startswith(("Erstellt von", "By "))  # byline first, headline second
    assert sum(line.startswith(TEASER[lang]) for line in lines) == 1
    assert SOURCE_LINE.match(lines[-1]), lines[-1]
    assert "\r" not in text and "\ufffd" not in text


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold_file(path: Path) -> None:
    gold = _gold(path)
    assert set(gold) == {"article", "language", "about", "items"}
    article = DATA / gold["article"]
    assert article.is_file() and article.stem == path.stem
    assert gold["language"] == path.name[:2]
    items = gold["items"]
    assert 10 <= len(items) <= 16
    assert 2 <= sum(bool(i.get("mission")) for i in items) <= 3
    assert len({i["id"] for i in items}) == len(items)
    assert {i["family"] for i in items} == set(FAMILIES)
    text = article.read_text(encoding="utf-8")
    for item in items:
        assert set(item) <= {"id", "family", "mission", "prompt", "answer"}
        prompt = re.compile(item["prompt"], re.IGNORECASE)
        answer = re.compile(item["answer"], re.IGNORECASE)
        assert not prompt.match(""), f"{item['id']}: prompt regex matches every question"
        # the expected answer is a fact of this article, not of another one
        assert answer.search(text), f"{item['id']}: answer not found in the article"
