"""Blind reviews 52-54 (comprehension): no cloze gap on an outlet, on a span that points
back ('___ months later') or on a stock age threshold. Invented text (the articles of
test_wh_review54)."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed
from .test_wh_review54 import ARTICLE_DE, ARTICLE_EN


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_the_outlet_a_speaker_told_is_no_comprehension_gap():
    # review 53 en_church_pews C4: '"...," Reverend Claire Dunmore told ___. -> ITV News'
    got = _gaps(ARTICLE_EN, "en")
    assert not any(a == "BBC Radio Devon" for _, a in got), got


def test_a_span_that_points_back_is_no_gap():
    # review 54 en_dialysis_unit #3: '___ months later its doors remain locked' -> four
    got = _gaps(ARTICLE_EN, "en")
    assert not any("months later" in p for p, _ in got), got
    assert any(a == "1 March 2025" for _, a in got), got


def test_a_stock_age_threshold_ranks_below_the_keep_line():
    # review 53 de_seniorenampel C4: 'älter als ___ Jahre' -> 65
    got = _gaps(ARTICLE_DE, "de")
    assert not any(a == "65" for _, a in got), got
    assert any(a == "30" for _, a in got), got
