"""Evidence flags and claim items of blind reviews 52-54 (mediaB, round of 2026-11-28 14:55).
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media
from quizgen.generate.media_text import evidence_markers
from quizgen.pipeline import analyze, load_article

MARKET_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Farmers' market in Dunmere to move

The weekly farmers' market in Dunmere will move from the square to the old bus depot in March.

The council said the square was needed for a new fountain. Stallholder Ben Wilde said the \
move would cost him customers.

The Dunmere Traders' Guild, a group with more than 80 members, has accused the council of \
already having a supermarket lined up for the square. Its secretary, Ann Rook, said she had \
been told so by "a friend at the planning office". The council called the claim "nonsense", \
and no evidence has been made public to support it.

The market will reopen on 6 March.
"""


def test_the_claim_called_nonsense_and_no_evidence_to_support_it():
    # 'The council called the claim "completely untrue", and no evidence has been made public to
    # support it' flagged its own sentence, so the planted claim (an accusation two sentences
    # up, the report between only says where it came from) got no evidence item (blind review
    # 53 en_park_cafe)
    a = analyze(load_article(MARKET_EN))
    flagged = [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
               if m.kind == "no_evidence"]
    assert flagged and flagged[0].startswith("The Dunmere Traders' Guild")


def test_accused_of_having_is_a_claim_of_its_own():
    # 'has accused the council of already having ... lined up': the option read 'The council of
    # already having a national coffee chain lined up for the site.'
    a = analyze(load_article(MARKET_EN))
    ev = [q for q in media.generate(a) if q.skill == "evidence"]
    assert ev
    assert all("of already having" not in q.prompt for q in ev)
    assert any(q.prompt.startswith("The council already has a supermarket lined up for the "
                                   "square.") for q in ev)
