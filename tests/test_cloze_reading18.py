"""Quick reading 18 (cloze): a gap takes the day, not the day and the hour ('in der Nacht zum
____ gegen 2.40 Uhr'); no gap on 'one' as an article ('____ long-standing cast member
claimed ...'); a date in a participle phrase ('Council figures released on ____ show that
wardens issued 643 fines') ranks below the figure. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article


def _clozes(text: str) -> dict[str, float]:
    return {q.answer: q.score for q in cloze.generate(analyze(load_article(text)))}


def test_a_gap_takes_the_day_not_the_hour() -> None:
    got = _clozes("Blitzer in Talheim\n\nAm Donnerstag, dem 3. Dezember, um 19 Uhr berichtet "
                  "die Stadt im Rathaus über den neuen Blitzer. Er steht an der Ortseinfahrt.")
    assert not any("Uhr" in a for a in got), got
    assert any(a.startswith("Donnerstag") and not a.endswith(",") for a in got), got


def test_no_gap_on_one_as_an_article() -> None:
    got = _clozes("Panto cancelled\n\nThe town hall failed a fire safety inspection on Monday. "
                  "One long-standing cast member claimed that the exits had been blocked.")
    assert "one" not in got and "One" not in got, got


def test_date_in_a_participle_phrase_ranks_below_the_figure() -> None:
    got = _clozes("Parking fines\n\nCouncil figures released on Monday show that wardens "
                  "issued 643 parking fines in the first two weeks.")
    assert got["Monday"] < got["643"] - 0.1, got
