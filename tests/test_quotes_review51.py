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


RAIL = """By Ann Lee | Monday 4 October 2027, 08:00 BST

New date for Kelby station

The reopening of Kelby station has been delayed again, the county council said on Monday.

Council leader Mark Hale said the station would now open in late 2028. Old mine workings \
under the platform had to be filled first, he said.

The campaign group Kelby Rail Action has claimed that the train operator, Westline, has \
refused to run more than one train an hour. Westline has not confirmed this, and a \
spokesperson said that talks were "ongoing".

Residents will be able to see the plans at the library from Thursday 14 October.
"""


def test_a_spokesperson_speaks_for_the_body_that_opens_their_own_sentence():
    # blind review 49 en_station_reopening #10 credited 'a spokesperson for Hartwell Rail
    # Action', the campaign group quoted before, not the operator Northern
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims

    analysis = analyze(load_article(RAIL))
    [note] = [q for q in media_discussion.generate(analysis, claims(analysis))
              if "view is missing" in q.prompt]
    assert "a spokesperson for Westline" in note.prompt
    assert "a spokesperson for Kelby Rail Action" not in note.answer
