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


def _quotes(text: str) -> list[tuple[int, str | None]]:
    analysis = pipeline.analyze(pipeline.load_article(text))
    names = {e.id: e.name for e in analysis.entities}
    return [(q.sentence, names.get(q.speaker_entity or "")) for q in analysis.quotes]


def test_a_surname_the_tagger_reads_as_an_adjective_still_speaks():
    # blind review 115: 'sagte Kühl', 'sagte Hartig' ('Kühl' and 'Hartig' are adjectives
    # to HanTa) left two quoted people out of the discussion items
    text = ("Der Kassenwart Werner Kühl hält die Fusion für richtig. „Allein schaffen wir das "
            "nicht mehr“, sagte Kühl. Die Abstimmung ist im Mai.")
    assert (1, "Werner Kühl") in _quotes(text)


def test_a_fronted_dass_clause_without_a_verb_of_saying_is_nobodys_speech():
    # blind review 114: the writer's closing verdict became 'ein Verein's words
    text = ("Die Gemeinde Brakel will den Sportplatz nicht sanieren. Dass ein Verein dieser Größe "
            "an ein paar Käferlarven zu scheitern droht, sollte der Gemeinde zu denken geben.")
    assert not [q for q in _quotes(text) if q[0] == 1]
    said = ("Die Gemeinde Brakel will den Sportplatz nicht sanieren. Dass der Verein daran "
            "scheitern könne, sei nicht zu befürchten, sagte Bürgermeister Jan Pohl.")
    assert (1, "Jan Pohl") in _quotes(said)
