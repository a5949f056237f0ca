# ruff: noqa: E501  (articles as written, a paragraph a line)
"""select, blind review 114: a date the headline's holiday gives away ('Kerkenbrucher
Silvesterlauf fällt aus' above 'Wann laufen die Teilnehmer ...? - am 31. Dezember') is no
test of reading. Invented articles; the same article under a plain headline keeps its
date question, so the rule is the headline's holiday and nothing else."""

from __future__ import annotations

import pytest

from quizgen import pipeline
from quizgen.model import Evidence, Question, Settings
from quizgen.select import _day_months, select

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

The choir has sung carols in St Mary's Hall on 24 December every year since 2004. Last year around 200 people came, many of them families from the surrounding villages.

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
    ("on December 24th", {(24, 12)}),
    ("the 5th of November", {(5, 11)}),
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


def _article(byline: str) -> dict:
    text = f"{byline}\n\nSirenen bleiben stumm\n\nText."
    return {"text": text, "blocks": [
        {"kind": "byline", "start": 0, "end": len(byline)},
        {"kind": "headline", "start": len(byline) + 2, "end": len(byline) + 23}]}


WEEKDAY = _cloze("weekday", "Mittwoch", 2,
                 "Beim Probealarm am Mittwoch blieben in mehreren Orten die Signale aus.")
DATE = _cloze("date", "18. November", 5,
              "Beim Probealarm am 18. November um 11 Uhr heulten nur 19 der Anlagen.")


@pytest.mark.parametrize(("byline", "kept"), [
    ("Von Jana Roth | Freitag, 20. November 2026, 11:10 Uhr", 1),  # 18 Nov 2026: a Wednesday
    ("By Jana Roth | Friday 20 November 2026, 11:10", 1),
    ("By Jana Roth | November 20, 2026", 1),
    ("Von Jana Roth | Freitag, 20. November 2025, 11:10 Uhr", 2),  # 18 Nov 2025: a Tuesday
    ("Von Jana Roth | Freitag, 20. März 2026, 11:10 Uhr", 2),  # months away
    ("Von Jana Roth", 2),  # no date to tell
])
def test_a_weekday_and_the_date_of_that_day_are_one_day(byline, kept):
    chosen = select([WEEKDAY, DATE], Settings(families=["comprehension"]), _article(byline))
    assert len(chosen) == kept
