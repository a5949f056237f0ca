"""Blind reviews 55-57 (comprehension): no cloze gap on a span counted from a date the
article gave before ('gut ___ Jahre später') or on a background 'since' year beside the
sentence's news. Invented text (the articles of test_wh_review57)."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed
from .test_wh_review57 import ARTICLE_DE, ARTICLE_EN


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_a_span_later_after_a_leading_word_is_no_gap():
    # review 56 de_plattdeutsche_buehne #3: 'Heute, gut ___ Jahre später, sucht ...' - fünfzig
    got = _gaps(ARTICLE_DE, "de")
    assert not any("Jahre später" in p for p, _ in got), got


def test_a_since_year_beside_the_sentences_news_ranks_below_the_keep_line():
    # review 56 en_speedway #3: '..., who have raced at the stadium since ___, were told in
    # March that their lease ... will not be renewed' - 1968
    got = _gaps(ARTICLE_EN, "en")
    assert not any(a == "1971" for _, a in got), got
