"""Blind reviews 34-36, ordering: 'last month' is the month before the date line, not the
last days of the story's month; an item dated so is not ordered against dated items (review35
en_tennis_courts Q3 put 'started the petition last month' between 3 December and 1 April).
Invented text."""

from __future__ import annotations

from quizgen.generate import ordering
from quizgen.generate.ordering import _MONTH_FROM_NOW
from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def _items(body: str) -> list[list[str]]:
    byline = "By Jo Fern | Friday 20 November 2026"
    text = byline + "\n\n" + body
    art = Article(text=text, language="en", title="", blocks=[
        Block("byline", 0, len(byline), byline),
        Block("body", len(byline) + 2, len(text), body)])
    return [q.answer for q in ordering.generate(analyze(art))]


def test_last_month_is_no_day_at_the_end_of_the_storys_month():
    assert _MONTH_FROM_NOW.search("last month") and _MONTH_FROM_NOW.search("im vergangenen Monat")
    assert not _MONTH_FROM_NOW.search("Ende des Monats")
    body = ("The council closed the library on 2 December. Jane Moss started a petition "
            "against the closure last month. A public meeting about the library will be held "
            "in the town hall on 9 December. The new opening hours will start on 4 January.")
    for answer in _items(body):
        assert not [i for i in answer if "petition" in i], answer
