"""Blind reviews 58-60 (comprehension): a reporting clause with a date left on the end of a
question, a teaser dash before the question mark and a relative pronoun read as the subject
('In what year was which founded ...?') are repaired or refused. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed

ARTICLE_EN = (
    "Beekeepers in Hollowmere - a record harvest\n\n"
    "A record honey harvest was collected by beekeepers in Hollowmere on Friday - and it was "
    "weighed by pupils of the village school.\n\n"
    "The Old Dairy will house hives from farms across north Devon, the Hollowmere Bee Society "
    "announced on Monday 4 May. In March the club, which was set up in 2015 by retired "
    "chemist Alan Frome, was told by the parish council that its rent would double. The "
    "society has about 60 members.")


def _prompts() -> list[str]:
    return [q.prompt for q in wh.generate(analysed(ARTICLE_EN, "en"))]


def test_a_reporting_clause_with_a_date_becomes_according_to():
    # review 59 en_wool_mill #2: '..., the Aberdale Mill Trust announced on Tuesday 21 April?'
    got = _prompts()
    assert not any(p.endswith("announced on Monday 4 May?") for p in got), got


def test_no_dash_before_the_question_mark():
    # review 60 en_earth_tremor #1: 'When did a small earthquake shake homes in Kelsby -?'
    got = _prompts()
    assert not any(p.rstrip("?").rstrip().endswith(("-", "–")) for p in got), got


def test_no_relative_pronoun_as_the_subject_of_a_question():
    # review 59 en_poetry_slam #4: 'In what year was which founded by English teacher ...?'
    got = [q.prompt for q in wh.generate(analysed(ARTICLE_EN, "en")) if q.score >= 0.35]
    assert not any(" was which " in p or " was who " in p for p in got), got


ARTICLE_DATES = (
    "The plans were published by Westfold District Council on Friday 6 March. A public "
    "consultation runs until 20 April. The new timetable would start on 1 July.")


def test_date_options_drop_a_weekday_the_key_does_not_have():
    # review 58 en_bus_pass #5: 'until 14 March' beside 'until Thursday 28 January'
    from quizgen.generate import distractors

    a = analysed(ARTICLE_DATES, "en")
    key = next(d for d in a.dates if "20 April" in d.text)
    got = distractors.dates(a, key)
    assert got and not any(w in o for o in got for w in ("Friday", "Monday", "Thursday")), got
