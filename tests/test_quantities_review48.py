"""Blind reviews 46-48 (comprehension): what a number counts. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _analysis(text: str, language: str = "en"):
    return analysed(text, language)


def test_a_sum_after_a_currency_sign_counts_no_noun_after_it():
    # review 48 en_seaweed #1: 'How many last month did Kelpwrap complete the purchase of the
    # former net store for about £?' (the unit was taken from 'last month')
    text = ("Brightmoor Foods, which was founded by two chemists, bought the old bakery on "
            "Mill Lane for about £310,000 last month. A £15 ticket for the open day sold out "
            "within hours. The firm sold 900 last year.")
    a = _analysis(text)
    units = {q.number_text: q.unit for q in a.quantities}
    assert units["310,000"] is None and units["15"] is None, units
    assert units["900"] is None, units
    prompts = [q.prompt for q in wh.generate(a)]
    assert not any(p.startswith(("How many last", "How many tickets", "How many years"))
                   or "£?" in p for p in prompts), prompts
