"""Dates on invented sentences: part-of-year phrases ('bis Ende 2026', 'ab dem Frühjahr
2027', 'by the end of 2026') are dates with their year as value, so questions can ask them."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyze(load_article("Titel\n\n" + text)).dates}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Das Werk soll bis Ende 2026 schließen.", "bis Ende 2026", "2026"),
    ("Gebaut werden soll ab dem Frühjahr 2027.", "ab dem Frühjahr 2027", "2027"),
    ("Im Herbst 2025 begann der Umbau.", "Im Herbst 2025", "2025"),
    ("Die Halle soll Mitte 2028 öffnen.", "Mitte 2028", "2028"),
    ("The plant will close by the end of 2026.", "by the end of 2026", "2026"),
    ("Work starts in spring 2027.", "in spring 2027", "2027"),
    ("The line opens in late 2028.", "in late 2028", "2028"),
])
def test_part_of_a_year_is_a_date_with_the_year(text, phrase, value):
    assert _dates(text).get(phrase) == value


def test_part_of_a_month_or_week_still_has_no_value():
    dates = _dates("Ende des Monats kam der Bescheid. Die Frist endet Anfang März.")
    assert dates.get("Ende des Monats") is None
    assert dates.get("Anfang März") == "--03"
    assert "Sommer" not in " ".join(_dates("Im Sommer war es heiß."))  # no year: no date


@pytest.mark.parametrize(("text", "phrase"), [
    ("The alarm was raised at about 4.40pm on Sunday.", "at about 4.40pm on Sunday"),
    ("Trains ran again shortly before 10.30pm.", "10.30pm"),
    ("The meeting starts at 9:30 am.", "at 9:30 am"),
])
def test_english_clock_times_are_whole(text, phrase):
    """'4.40pm' is one time, never '40pm' cut from its hour (a cloze asked 'at about 4.____')."""
    dates = _dates(text)
    assert phrase in dates
    assert not any(d.startswith(("40", "30pm")) for d in dates)
