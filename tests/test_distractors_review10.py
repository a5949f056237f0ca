"""Number options around a bound: every option carries the key's own hedge (fresh batch 14:
'rund 20' among 'mehr als 40 / 80 / 200' and 'around 800' among 'more than' options stood out
and were judged F). Larger bounds alone left the key the smallest option every time (quick
reading 17: 'mindestens 600' among 1.200 / 1.800 / 3.000): now options lie on both sides."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def _options(text: str, phrase: str) -> list[str]:
    analysis = analyze(load_article(text))
    q = next(q for q in analysis.quantities if q.text == phrase)
    return distractors.numbers(analysis, q)[:3]


def _value(option: str) -> int:
    return int(option.split()[-1].replace(".", "").replace(",", ""))


def test_a_bound_keeps_its_hedge_and_its_options_lie_on_its_far_side() -> None:
    """Review 10 wanted the key inside the row ('mindestens 600' among 1.200 / 1.800 / 3.000
    was a guess by size); blind review 19 judged 'mehr als 300' beside the key 'mehr als 600'
    F: it is true as well, and RUBRIC 6 asks for exactly one correct option. A lower bound
    gets larger options, an upper bound smaller ones."""
    for text, phrase, value in [
            ("Busse fallen aus\n\nSeit Montag fahren mehr als 600 Busse nicht. "
             "Die Stadt sucht nach einer Lösung.", "mehr als 600 Busse", 600),
            ("Flights cut\n\nMore than 1,601 flights were cancelled, the airport said. "
             "Passengers were told to check online.", "More than 1,601 flights", 1601),
            ("Blut wird knapp\n\nTäglich werden mindestens 600 Blutspenden benötigt. "
             "Die Kliniken verschieben Operationen.", "mindestens 600 Blutspenden", 600),
            ("Flood warning\n\nUp to 40 homes could be flooded, the council said. "
             "Sandbags are being handed out.", "Up to 40 homes", 40)]:
        opts = _options(text, phrase)
        hedge = phrase.rsplit(" ", 2)[0].lower()
        assert len(opts) >= 3 and all(o.startswith(hedge + " ") for o in opts), opts
        values = [_value(o) for o in opts]
        if hedge == "up to":
            assert max(values) < value, (phrase, opts)
        else:
            assert min(values) > value, (phrase, opts)


def test_an_approximate_figure_gets_options_on_both_sides() -> None:
    opts = _options("Busse fallen aus\n\nSeit Montag fahren rund 600 Busse nicht. "
                    "Die Stadt sucht nach einer Lösung.", "rund 600 Busse")
    assert len(opts) >= 3 and all(o.startswith("rund ") for o in opts), opts
    values = [_value(o) for o in opts]
    assert min(values) < 600 < max(values), opts


def test_a_working_day_with_a_clock_time_gets_working_days() -> None:
    from quizgen.generate.distractors import shifted_dates
    from quizgen.model import DateExpr

    opts = shifted_dates(DateExpr(0, 23, "am Dienstag um 9.45 Uhr", 0, "weekday", "Dienstag"),
                         "de")
    assert len(opts) >= 3 and not any("Samstag" in o or "Sonntag" in o for o in opts), opts


def test_a_lower_bound_in_years_offers_no_span_beyond_a_life() -> None:
    """'more than 30 years' in a village: 'more than 120 years' is absurd (RUBRIC 6)."""
    opts = _options("Night flights\n\nRetired nurse Ann Lee has lived in the village for "
                    "more than 30 years. She says the noise wakes her every night.",
                    "more than 30 years")
    assert all(_value(o.removesuffix(" years")) <= 100 for o in opts), opts
