# ruff: noqa: E501  (articles as written, a paragraph a line)
"""select, blind review 114: a date the headline's holiday gives away ('Kerkenbrucher
Silvesterlauf fällt aus' above 'Wann laufen die Teilnehmer ...? - am 31. Dezember') is no
test of reading. Invented articles; the same article under a plain headline keeps its
date question, so the rule is the headline's holiday and nothing else."""

from __future__ import annotations

import datetime

import pytest

from quizgen import pipeline
from quizgen.model import Evidence, Question, Settings
from quizgen.select import _day_months, _page_day, _weekdays_near, select

DE = """Von Petra Lohmann | Montag, 23. November 2026, 09:10 Uhr

{headline}

Der Heimatverein Altenbrück hat seinen traditionellen Empfang abgesagt. Grund seien steigende Kosten für Saal und Bewirtung, teilte der Vorsitzende Klaus Wedemeyer am Freitag mit.

Seit 1992 lädt der Verein am 1. Januar in die Stadthalle ein. Zuletzt kamen rund 300 Gäste, darunter der Bürgermeister und viele Vereinsvertreter aus dem Kreis.

Wedemeyer beziffert die Mehrkosten auf knapp 4.000 Euro. "Das können wir mit unseren Beiträgen nicht stemmen", sagte er der Lokalzeitung. Die Stadt will nun prüfen, ob sie den Saal günstiger vermieten kann.

Bürgermeisterin Sabine Roth bedauerte die Absage. Sie kündigte an, im Februar mit dem Verein über eine Lösung zu sprechen.
"""

EN = """By Helen Marsh | Monday 23 November 2026, 10:15

{headline}

A village choir has called off its concert after the church hall failed a fire safety check. The Brookfield Singers said on Friday that they could not find another venue in time.

The choir was due to sing carols in St Mary's Hall on 24 December. Last year around 200 people came, many of them families from the surrounding villages.

The choir's chairman, Robert Hale, said the new safety work would cost more than £6,000. "We simply cannot raise that in four weeks," he told BBC Radio Suffolk. The parish council will discuss the hall at its meeting in January.
"""


def _asks_date(text: str, day_month: tuple[int, int]) -> bool:
    qset = pipeline.question_set_from(text)
    return any(q.skill == "when" and day_month in _day_months(
        q.answer if isinstance(q.answer, str) and q.type != "true_false" else q.prompt)
        for q in qset.questions)


@pytest.mark.parametrize(("template", "holiday", "plain", "day_month"), [
    (DE, "Altenbrücker Neujahrsempfang fällt aus", "Altenbrücker Empfang fällt aus", (1, 1)),
    (EN, "Christmas Eve carol concert cancelled", "Village carol concert cancelled", (24, 12)),
])
def test_no_question_on_the_date_the_headlines_holiday_names(template, holiday, plain,
                                                             day_month):
    assert _asks_date(template.format(headline=plain), day_month)
    assert not _asks_date(template.format(headline=holiday), day_month)


def test_the_german_set_asks_since_when_instead():
    qset = pipeline.question_set_from(DE.format(headline="Altenbrücker Neujahrsempfang fällt aus"))
    assert any(q.skill == "when" and "1992" in str(q.answer) for q in qset.questions)


@pytest.mark.parametrize(("text", "expected"), [
    ("am 31. Dezember", {(31, 12)}),
    ("on 24 December", {(24, 12)}),
    ("on December 24", {(24, 12)}),
    ("am 5. November und am 6. November", {(5, 11), (6, 11)}),
    ("im Dezember 2024", set()),
])
def test_day_months(text, expected):
    assert _day_months(text) == expected


# blind review 121: 'Beim Probealarm am ____ blieben ... aus' - Mittwoch and 'Beim Probealarm
# am ____ um 11 Uhr heulten ...' - 18. November, in an article of Friday 20 November


def _cloze(qid: str, answer: str, sentence: int, text: str) -> Question:
    gapped = text.replace(answer, "________")
    return Question(id=qid, family="comprehension", type="cloze", skill="when",
                    prompt=f"Ergänze die Lücke: {gapped}", answer=answer,
                    evidence=[Evidence(sentence, 0, len(text), text)], score=0.6)


WEEKDAY = _cloze("weekday", "Mittwoch", 2,
                 "Beim Probealarm am Mittwoch blieben in mehreren Orten die Signale aus.")
DATE = _cloze("date", "18. November", 5,
              "Beim Probealarm am 18. November um 11 Uhr heulten nur 19 der Anlagen.")


@pytest.mark.parametrize(("published", "kept"), [
    (datetime.date(2026, 11, 20), 1),  # Friday; 18 November 2026 was a Wednesday
    (datetime.date(2025, 11, 20), 2),  # 18 November 2025 was a Tuesday
    (datetime.date(2026, 3, 20), 2),  # months away
    (None, 2),  # no page date to tell
])
def test_a_weekday_and_the_date_of_that_day_are_one_day(published, kept):
    chosen = select([WEEKDAY, DATE], Settings(families=["comprehension"]), published=published)
    assert len(chosen) == kept


def test_the_page_date_is_read_from_the_byline_in_any_form():
    german = ("\n\nSirenen bleiben stumm\n\nBeim Probealarm am Mittwoch blieben die Signale "
              "aus. Der Fehler soll bis Dezember behoben sein.")
    english = ("\n\nSirens stay silent\n\nAt the test alarm on Wednesday the signals failed. "
               "The fault is to be fixed by December.")
    for text in ("Von Jana Roth | Freitag, 20. November 2026, 11:10 Uhr" + german,
                 "Von Jana Roth | 20.11.2026, 11:10 Uhr" + german,
                 "By Jana Roth | Friday 20 November 2026, 11:10" + english):
        analysis = pipeline.analyze(pipeline.load_article(text))
        assert _page_day(analysis) == datetime.date(2026, 11, 20), text


def test_a_weekday_near_new_year_is_read_in_the_next_year():
    # 2 January 2027 is a Saturday; the page is of Thursday 31 December 2026
    assert "samstag" in _weekdays_near(frozenset({"2 januar"}), datetime.date(2026, 12, 31))
