"""A 'no evidence' note that opens a clause after a semicolon ends the claim there (blind review
13, en_skatepark #10: the key 'The company would be willing to sell; there is.'). Sentences
invented."""

from __future__ import annotations

from quizgen.generate.media_text import without_marker


def test_the_claim_ends_at_the_semicolon_before_the_note():
    text = ("A local landlord claimed the owner would be happy to sell; there is no evidence "
            "for this, and the owner has not commented.")
    assert without_marker(text, "no evidence for this") == \
        "A local landlord claimed the owner would be happy to sell"


def test_the_claim_ends_at_the_comma_before_the_note_as_before():
    text = "The firm said the mast was safe, but offered no evidence for this."
    assert without_marker(text, "offered no evidence for this") == \
        "The firm said the mast was safe"
