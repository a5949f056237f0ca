"""Blind review 50 en_almshouses: 'Who said "Where would we go?"' was keyed to the chairman.

- The quotation '"... If they put it up like that, where would we go?" she told BBC Radio
  Kent.' was split after its question mark, so the resident lost her words and her outlet.
- The line '"Where would we go?"' above that paragraph is a subheading lifted from it, and was
  read as the last speaker going on."""

from __future__ import annotations

from quizgen.nlp.sentences import split_sentences
from quizgen.pipeline import analyze, load_article

TEXT = """By Ann Lee | Monday 4 October 2027, 08:00 BST

Tenants fear rent rise at cottages

Tenants of the old cottages in Brinford say they feel let down after the trust that runs them \
announced a large rise in charges.

The Brinford Trust, which has looked after the nine cottages for two centuries, wrote to \
tenants last week. Its chairman, retired banker Tom Reed, said the only way to pay for the \
repairs was to raise the charge. Mr Reed said the trust had "no choice" in the matter.

"Where would we go?"

For Mary Stone, 81, who has lived in number 3 since 1990, the letter came as a shock. "I have \
my pension and nothing else. If they put it up like that, where would we go?" she told BBC \
Radio Kent.

A meeting will be held at the village hall on Thursday 14 October, when the trust will answer \
questions from tenants and their families.
"""


def test_a_question_closing_a_quotation_does_not_end_the_sentence():
    text = '"If they put it up, where would we go?" she told BBC Radio Kent. Nobody answered.'
    assert [text[a:b] for a, b in split_sentences(text, "en")] == [
        '"If they put it up, where would we go?" she told BBC Radio Kent.', "Nobody answered."]
    # a capital after it starts a new sentence as before
    text = '"Where would we go?" That was the question. She asked it twice.'
    assert len(split_sentences(text, "en")) == 3


def test_a_quotation_lifted_from_the_paragraph_below_is_a_subheading():
    article = load_article(TEXT)
    line = next(b for b in article.blocks if b.text == '"Where would we go?"')
    assert line.kind == "subheading"
    # a one-line quotation the next paragraph does not repeat stays running text
    other = TEXT.replace('"Where would we go?"', '"We will fight this."')
    line = next(b for b in load_article(other).blocks if b.text == '"We will fight this."')
    assert line.kind == "body"


def test_the_resident_says_her_words_to_her_outlet_and_the_chairman_does_not():
    quotes = analyze(load_article(TEXT)).quotes
    said = {(q.speaker, q.outlet) for q in quotes if "where would we go" in q.content.lower()}
    assert ("Mary Stone", "BBC Radio Kent") in said
    assert not any(speaker == "Tom Reed" for speaker, _outlet in said)
