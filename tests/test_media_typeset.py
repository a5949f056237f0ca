"""Quotation marks in answer options: a straight mark that closes a typographic opening one
(„…" - a style many portals use) is kept as the closing mark (blind review 11 printed
'der Betrieb sei „schlicht nicht mehr zu stemmen.' with the quotation left open)."""

from __future__ import annotations

import pytest

from quizgen.generate.media_text import quoted, typeset


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("der Betrieb sei „schlicht nicht mehr zu stemmen\"", "de",
     "der Betrieb sei „schlicht nicht mehr zu stemmen“"),
    ("it was “simply too much\" and left \"quietly\".", "en",
     "it was “simply too much” and left “quietly”."),
    ("er nannte das \"absurd\"", "de", "er nannte das „absurd“"),
    ("die Regeln zu untergraben.\"", "de", "die Regeln zu untergraben."),
])
def test_typeset_closes_what_it_opens(text, language, expected):
    assert typeset(text, language) == expected


def test_a_quotation_inside_a_quoted_option_stays_closed():
    assert quoted("Der Betrieb sei „schlicht nicht mehr zu stemmen\"", "de") == \
        "„Der Betrieb sei ‚schlicht nicht mehr zu stemmen‘“"
