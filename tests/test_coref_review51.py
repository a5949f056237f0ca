"""Round 2 (coord note): a German 'Sie' is not given to a man whose role noun says so.
Invented text."""

from __future__ import annotations

from .helpers import analysed


def _pronouns(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions if m.kind == "pronoun"]
            for e in analysed(text).entities if e.label == "PER"}


def test_sie_skips_a_man_named_by_a_masculine_role():
    got = _pronouns("Die Kreisrätin Anna Keller lobte am Montag den Plan für das neue "
                    "Hallenbad. Kreisrat Oliver Brand widersprach im Ausschuss. Sie kündigte "
                    "an, im Juni einen eigenen Antrag vorzulegen.")
    assert got.get("Oliver Brand") == [], got
    assert got.get("Anna Keller") == ["Sie"], got


def test_sie_still_goes_to_a_woman_named_by_a_feminine_role():
    got = _pronouns("Kreisrätin Anna Keller widersprach im Ausschuss. Sie kündigte an, im Juni "
                    "einen eigenen Antrag vorzulegen.")
    assert got.get("Anna Keller") == ["Sie"], got
