"""Blind review 46 (comprehension): date options of a working day stay working days.
Invented dates."""

from __future__ import annotations

from quizgen.generate.distractors import WEEKDAYS, shifted_dates
from quizgen.model import DateExpr


def test_a_working_days_options_are_no_weekend_days():
    # review 46 de_bogenschiessen #13: 'am Donnerstag, 23. April' (a committee meeting) among
    # two Sundays
    for text, language, page in (("am Donnerstag, 16. Juli", "de", None),
                                 ("am Donnerstag, 16. Juli", "de", (7, 2)),
                                 ("on Thursday 16 July", "en", None)):
        options = shifted_dates(DateExpr(0, len(text), text, 0, "date", "--07-16"), language,
                                page)
        assert len(options) >= 3, options
        weekend = WEEKDAYS[language][5:]
        assert not any(day in o for o in options for day in weekend), options


def test_a_sunday_key_keeps_sundays():
    text = "am Sonntag, 19. Juli"
    options = shifted_dates(DateExpr(0, len(text), text, 0, "date", "--07-19"), "de")
    assert options and all("Sonntag" in o for o in options), options
