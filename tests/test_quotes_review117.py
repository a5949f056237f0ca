# ruff: noqa: E501  (an article as written, a paragraph a line)
"""quotes, blind review 113 en_community_fridge: 'A post shared widely on Facebook claims ...'
was linked to the page's own outlet ('Pentrebach Post', from the credit line) by the head
noun, and the discussion then spoke of 'the Pentrebach Post's unproven claim'. A noun an
indefinite article introduces is no body named before; 'The council said' still is."""

from __future__ import annotations

from quizgen import pipeline

ARTICLE = """By Sarah Quinn | Friday 27 November 2026, 08:00

Library opening hours to be cut from January

Kingsgate District Council has confirmed that Millbrook Library will close on Mondays from January. Council leader Anne Fowler said the change would save around £40,000 a year.

A post shared widely on Facebook claims that the library will close completely next summer. The council said there were no such plans.

Readers told the Millbrook Post that they were worried. "The library is the only warm place many older people have," said Joan Perry, 71.

Source: Millbrook Post
"""


def _speaker_of(opening: str) -> str | None:
    """The entity that speaks in the sentence that opens with `opening`."""
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    names = {e.id: e.name for e in analysis.entities}
    index = next(s.index for s in analysis.sentences if s.text.startswith(opening))
    quote = next(q for q in analysis.quotes if q.sentence == index)
    return names.get(quote.speaker_entity or "")


def test_an_indefinite_noun_is_not_the_body_with_that_head_noun():
    assert _speaker_of("A post shared widely") is None


def test_a_definite_head_noun_still_names_the_body():
    assert _speaker_of("The council said") == "Kingsgate District Council"
