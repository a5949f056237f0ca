"""Number options around a bound (blind review 10): 'mehr als 4000' among 'mehr als 8000,
12000, 20000' was the smallest and so the key; one option now lies below it, written as an
approximate figure ('rund 2000'), since 'mehr als 2000' would be true as well."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def _options(text: str, phrase: str) -> list[str]:
    analysis = analyze(load_article(text))
    q = next(q for q in analysis.quantities if q.text == phrase)
    return distractors.numbers(analysis, q)[:3]


def test_lower_bound_gets_a_smaller_approximate_option() -> None:
    opts = _options("Busse fallen aus\n\nSeit Montag fahren mehr als 600 Busse nicht. "
                    "Die Stadt sucht nach einer Lösung.", "mehr als 600 Busse")
    assert "rund 300" in opts, opts
    assert not any(o.startswith("mehr als") and int(o.split()[-1].replace(".", "")) < 600
                   for o in opts), opts


def test_upper_bound_gets_a_larger_approximate_option() -> None:
    opts = _options("Flood warning\n\nUp to 40 homes could be flooded, the council said. "
                    "Sandbags are being handed out.", "Up to 40 homes")
    assert "around 80" in opts, opts
    assert not any(o.startswith("up to") and int(o.split()[-1]) > 40 for o in opts), opts
