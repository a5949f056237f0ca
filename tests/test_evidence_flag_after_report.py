"""'That claim has not been confirmed' right after a person's report is about that report, not
the charge before it (tests/test_media_keys.py en_panda broke when a flag that opens on 'the
claim' went past any sentence without a claim verb); past a denial or a record cited it goes
on to the claim."""

from __future__ import annotations

import pytest

from quizgen import pipeline

CHARGE = ("Residents have accused the council of neglecting the old harbour wall for "
          "years.")


def _claim_sentences(text: str) -> list[int]:
    an = pipeline.analyze(pipeline.load_article(text))
    return [m.claim_sentence for m in an.markers if m.kind == "no_evidence"]


@pytest.mark.parametrize("between, claim", [
    ("A spokesperson for the residents said engineers had warned of cracks in 2021.", 1),
    ("A spokesperson for the council said it rejected the accusation.", 0),
])
def test_the_claim_flag_after_a_report(between, claim):
    text = f"{CHARGE} {between} The claim could not be confirmed."
    assert _claim_sentences(text) == [claim]
