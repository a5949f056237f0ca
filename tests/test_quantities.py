"""Quantities on invented sentences: a range is one figure, number words of any size count,
and a number that is a time, a date, a label or part of a word is no quantity."""

from __future__ import annotations

import pytest

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article("Titel\n\n" + text))


def _quantities(text: str) -> dict[str, tuple]:
    return {q.text: (q.number_text, q.value, q.hedge, q.unit)
            for q in _analysis(text).quantities}


@pytest.mark.parametrize(("text", "phrase", "number", "value", "hedge", "unit"), [
    ("Die Aktie verlor um drei bis vier Prozentpunkte.", "drei bis vier Prozentpunkte",
     "drei bis vier", 3, None, "Prozentpunkte"),
    ("Der Umbau kostet zwei bis drei Millionen Euro.", "zwei bis drei Millionen Euro",
     "zwei bis drei Millionen", 2e6, None, "Euro"),
    ("Rund 20 bis 30 Prozent der Schüler fehlten.", "Rund 20 bis 30 Prozent", "20 bis 30",
     20, "Rund", "Prozent"),
    ("Zwischen 40 und 50 Helfer suchten den Wald ab.", "Zwischen 40 und 50 Helfer",
     "40 und 50", 40, "Zwischen", "Helfer"),
    ("Es meldeten sich 15-25 Freiwillige.", "15-25 Freiwillige", "15-25", 15, None,
     "Freiwillige"),
    ("Die Reparatur dauert zwei oder drei Wochen.", "zwei oder drei Wochen",
     "zwei oder drei", 2, None, "Wochen"),
    ("Between 20 and 30 volunteers turned up.", "Between 20 and 30 volunteers", "20 and 30",
     20, "Between", "volunteers"),
    ("The repair takes 10 to 12 days.", "10 to 12 days", "10 to 12", 10, None, "days"),
])
def test_a_range_is_one_quantity(text, phrase, number, value, hedge, unit):
    """'drei bis vier Prozentpunkte' split into 'drei' and 'vier Prozentpunkte' made the
    question 'Wie viele Prozentpunkte ... um drei bis nach? - vier'."""
    found = _quantities(text)
    assert found.get(phrase) == (number, value, hedge, unit), found
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Das Spiel endete 3-2.",  # a score, not a range
    "Prices rose from 20 to 30 dollars.",  # a change, not a range
    "Der Wert stieg von 1,5 auf 2,5 Prozent.",
])
def test_no_range_where_two_figures_stand_apart(text):
    assert not any(" " in q.number_text or "-" in q.number_text
                   for q in _analysis(text).quantities)


def test_range_options_are_ranges_in_the_same_form():
    analysis = _analysis("Rund 20 bis 30 Prozent der Schüler fehlten.")
    (q,) = analysis.quantities
    options = distractors.numbers(analysis, q)
    assert options and all(o.startswith("rund ") and " bis " in o for o in options)
    assert "rund 20 bis 30" not in options


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Die Feuerwehr rückte mit etwa sechzig Kräften an.", "etwa sechzig Kräften", 60),
    ("Der Speicher fasst rund eintausend Lieder.", "rund eintausend Lieder", 1000),
    ("Sie liefen dreiundzwanzig Runden.", "dreiundzwanzig Runden", 23),
    ("Die Halle bietet zweihundertfünfzig Plätze.", "zweihundertfünfzig Plätze", 250),
    ("Die Fracht wog zweieinhalb Tonnen.", "zweieinhalb Tonnen", 2.5),
    ("In fünfzehn Jahren ist der Vertrag erfüllt.", "fünfzehn Jahren", 15),
    ("Fifteen boats left the harbour.", "Fifteen boats", 15),
    ("The club has twenty-five members.", "twenty-five members", 25),
])
def test_number_words_of_any_size(text, phrase, value):
    found = _quantities(text)
    assert phrase in found and found[phrase][1] == value, found


def test_zirka_is_a_hedge():
    assert _quantities("Die Stelle liegt zirka 40 Kilometer entfernt.")[
        "zirka 40 Kilometer"][2] == "zirka"


@pytest.mark.parametrize("text", [
    "Die Läden öffnen von 9 bis 17 Uhr.",
    "Ein 28jähriger wurde festgenommen.",
    "Das Logo hat die Farbe Pantone 299C.",
    "Die Boeing 767-300 landete sicher.",
    "Hinweise unter 0621/555-1234.",
    "Am Freitag (28.06) kamen sie an.",
    "Der Bus fährt um 7:45 los.",
])
def test_times_dates_and_glued_numbers_are_no_quantities(text):
    assert _analysis(text).quantities == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Die Läuferin kam auf Platz 19 ins Ziel.", []),
    ("Das Team rutschte auf Platz drei der Tabelle.", []),
    ("Die Buslinie 7 fährt wieder.", []),
    ("Er flog mit Sojus 12 zur Station.", []),
    ("Das Bündnis gewann 328 von 547 Sitzen.", ["328", "547 Sitzen"]),
    ("Pro Tag kommen 1.500 Anfragen an.", ["1.500 Anfragen"]),
    ("Im Mai starben 45 Menschen.", ["45 Menschen"]),
])
def test_a_number_that_names_a_thing_is_no_count(text, kept):
    """'Platz 19' or 'Linie 7' numbers a thing; a true/false item that turned it into
    'Platz 38' or a cloze on it tests nothing the article says about amounts."""
    assert [q.text for q in _analysis(text).quantities] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Rund 2000 Menschen zogen durch die Stadt.", ["Rund 2000 Menschen"]),
    ("Die 1500 Helfer wurden abgezogen.", ["1500 Helfer"]),
    ("About 1900 fans waited outside.", ["About 1900 fans"]),
    ("Die Firma machte 2005 Gewinne.", []),
    ("Er wurde 1998 Weltmeister.", []),
])
def test_a_hedged_or_counted_four_digit_number_is_a_count_not_a_year(text, kept):
    assert [q.text for q in _analysis(text).quantities] == kept


def test_a_day_and_month_with_a_leading_zero_is_no_count():
    text = ("Created by Ann Lee - 03.11.2026, 07:30\n\nThe pipe that burst under the high "
            "street on Monday is 3.75 metres long and was laid by the council in the year "
            "the town hall was built, officials said.")
    assert [q.text for q in analyze(load_article(text)).quantities] == ["3.75 metres"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Die Strecke war 1870 Meter lang und hatte drei Hügel.", ["1870 Meter", "drei Hügel"]),
    ("Mehr als 2000 Menschen kamen zur Kundgebung.", ["Mehr als 2000 Menschen"]),
    ("Die Halle war schöner gestaltet als 2010.", []),
    ("Der Haushalt umfasst über drei Billionen Dollar.", ["über drei Billionen Dollar"]),
])
def test_years_counts_and_scales_on_held_out_news(text, kept):
    assert [q.text for q in _analysis(text).quantities] == kept


def test_per_cent_is_one_unit():
    """'about five per cent' ended at 'per' (the span, the evidence and the unit were cut)."""
    a = analyze(load_article("Only about five per cent of meteorites belong to this group, "
                             "scientists say. Turnout was around 46 per cent on Thursday."))
    found = [(q.text, q.unit) for q in a.quantities]
    assert ("about five per cent", "per cent") in found
    assert ("around 46 per cent", "per cent") in found
