"""Blind review 21: the options of a lower-bound key ('mehr als 300') were always exact
multiples of it (600 / 900 / 1.200), options that look machine-made; and a sum's hedge
before the currency sign ('at least £2 million') was no bound for its options. Invented."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _choices(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language)) if q.type == "multiple_choice"
            and q.skill == "how_many"]


def _value(option: str) -> float:
    digits = "".join(ch for ch in option if ch.isdigit())
    return float(digits)


def test_bound_options_are_no_row_of_multiples():
    for n in (300, 600, 40, 2000):
        text = f"More than {n:,} people joined the march on Saturday. The police closed roads."
        q = next(q for q in _choices(text, "en"))
        others = sorted(_value(o) for o in q.options if o != q.answer)
        assert all(v > n for v in others), q.options
        assert [v / n for v in others] != [2, 3, 4], q.options
        assert all(o.startswith("more than ") for o in q.options), q.options


def test_a_hedged_sum_gets_options_on_its_far_side():
    text = ("The new marina could bring at least £2 million into the town each year. Work "
            "starts in May.")
    q = next(q for q in _choices(text, "en") if q.answer == "at least £2 million")
    assert all(_value(o) > 2 for o in q.options if o != q.answer), q.options
    assert all(o.startswith("at least £") for o in q.options), q.options


def test_bound_options_are_round_like_a_writers():
    text = "More than 10,000 people signed the petition by Friday. The council will respond."
    q = next(q for q in _choices(text, "en"))
    others = sorted(_value(o) for o in q.options if o != q.answer)
    assert others != [20000, 30000, 40000], q.options
    assert all(v % 5000 == 0 for v in others), q.options
