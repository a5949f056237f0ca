"""One page date for ordering and date options (common.page_date): the byline's date, else
a full date before the body or in its first sentence. Ordering read yearless dates against
the second rule and date options kept past days in the past by the first only, so an article
dated in its headline had a page date for one and none for the other."""

from __future__ import annotations

from quizgen.generate import distractors, ordering
from quizgen.generate.common import page_date
from quizgen.ingest import from_text
from quizgen.pipeline import analyze

DATELINE = ("Reservoir closed after algae bloom - Thursday 26 November 2026\n\n"
            "The Kelby reservoir stayed shut for a third day. Mercia Waterways shut the "
            "reservoir on Tuesday 24 November after tests found toxic algae. The company said it "
            "would reopen on Tuesday 8 December at the earliest.\n")


def test_a_date_in_the_headline_is_the_page_date_for_both() -> None:
    a = analyze(from_text(DATELINE))
    assert page_date(a) == (2026, 11, 26)
    assert ordering._publication(a) == (2026, 11)
    assert distractors.page_day(a) == (11, 26)
    past = distractors.dates(a, next(d for d in a.dates if d.text.endswith("24 November")))
    assert past and not any("27 November" in o or "December" in o for o in past), past


def test_a_byline_date_comes_first() -> None:
    headline = DATELINE.replace("Thursday 26 November 2026", "Wednesday 25 November 2026")
    a = analyze(from_text("By Hannah Lloyd | Thursday 26 November 2026, 16:30 GMT\n\n"
                          + headline))
    assert page_date(a) == (2026, 11, 26)
