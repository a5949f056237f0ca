"""A date already past on the page's own date is not moved past it in options or false
statements: 'shut the site on Friday 27 November' in an article of 26 November is false on its
face (blind review 11: 'Wed 25 Nov' for an event before a page of 24 November)."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.ingest import from_text
from quizgen.pipeline import analyze

ARTICLE = ("By Hannah Lloyd | Thursday 26 November 2026, 16:30 GMT\n\n"
           "Reservoir closed after algae bloom\n\n"
           "Anglia Waterways shut the reservoir on Tuesday 24 November after tests found toxic "
           "algae. The company said it would reopen on Tuesday 8 December at the earliest.\n")


def _date(analysis, text):
    return next(d for d in analysis.dates if d.text.endswith(text))


def test_a_past_day_is_not_moved_past_the_page_date():
    a = analyze(from_text(ARTICLE))
    assert distractors.page_day(a) == (11, 26)
    past = distractors.dates(a, _date(a, "Tuesday 24 November"))
    assert past and not any("27 November" in o or "December" in o for o in past)
    ahead = distractors.dates(a, _date(a, "Tuesday 8 December"))
    assert any("11 December" in o for o in ahead)  # a day still ahead may move either way


def test_without_a_page_date_every_shift_stays():
    a = analyze(from_text(ARTICLE.split("\n", 2)[2]))
    assert distractors.page_day(a) is None
    assert any("27 November" in o for o in distractors.dates(a, _date(a, "Tuesday 24 November")))
