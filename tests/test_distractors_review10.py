"""Number options around a bound: every option carries the key's own hedge (fresh batch 14:
'rund 20' among 'mehr als 40 / 80 / 200' and 'around 800' among 'more than' options stood out
and were judged F). A smaller 'mehr als' would be true as well, so a lower bound only gets
larger bounds, an upper bound smaller ones."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def _options(text: str, phrase: str) -> list[str]:
    analysis = analyze(load_article(text))
    q = next(q for q in analysis.quantities if q.text == phrase)
    return distractors.numbers(analysis, q)[:3]


def _value(option: str) -> int:
    return int(option.split()[-1].replace(".", "").replace(",", ""))


def test_lower_bound_options_keep_the_hedge_and_are_larger() -> None:
    opts = _options("Busse fallen aus\n\nSeit Montag fahren mehr als 600 Busse nicht. "
                    "Die Stadt sucht nach einer Lösung.", "mehr als 600 Busse")
    assert len(opts) >= 3, opts
    assert all(o.startswith("mehr als ") and _value(o) > 600 for o in opts), opts


def test_english_lower_bound_keeps_more_than() -> None:
    opts = _options("Flights cut\n\nMore than 1,600 flights were cancelled, the airport said. "
                    "Passengers were told to check online.", "More than 1,600 flights")
    assert len(opts) >= 3, opts
    assert all(o.startswith("more than ") and _value(o) > 1600 for o in opts), opts


def test_upper_bound_options_keep_the_hedge_and_are_smaller() -> None:
    opts = _options("Flood warning\n\nUp to 40 homes could be flooded, the council said. "
                    "Sandbags are being handed out.", "Up to 40 homes")
    assert len(opts) >= 3, opts
    assert all(o.startswith("up to ") and _value(o) < 40 for o in opts), opts
