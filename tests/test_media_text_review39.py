"""mediaA fixes of blind reviews 37-39 (round 2 of 2026-11-28): unproven claims the evidence
items missed. Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

HEAD = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Ferry timetable cut from January

The ferry between Carrick and Dunmore will sail only twice a day from January, the operator \
said on Monday.

"""

DENIED_IN_SENTENCE = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings. Councillor Ann Webb said she had asked for a meeting.

Some islanders have suggested that the operator cut the crossings to sell one of its boats; \
the company has denied this, and no evidence has been produced to support the claim.
"""

NAMED_BACK = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

Some islanders have claimed on social media that the operator is selling one of its boats. \
The council said it had seen no evidence to support those claims but would ask the operator.
"""

IMPERSONAL_WHERE = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

It has been claimed in a local chat group that the operator is selling one of its boats. \
Police said there was no evidence to support that claim.
"""


def _unsupported(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [c.content for c in claims(a) if c.unsupported]


def test_charge_before_the_denial_in_the_notes_sentence_is_the_claim():
    # blind review 38 en_test_centre: '...; the DVSA has denied this, and no evidence has been
    # produced to support the claim' -- no evidence item
    found = _unsupported(DENIED_IN_SENTENCE)
    assert any("sell one of its boats" in c for c in found), found
    assert not any("denied" in c for c in found), found


def test_note_naming_those_claims_points_at_the_claim_before():
    # blind review 38 en_vape_sales: 'The council said it had found no evidence to support
    # those claims' after 'Some parents have claimed on social media that ...'
    found = _unsupported(NAMED_BACK)
    assert any("selling one of its boats" in c for c in found), found


def test_impersonal_claim_in_a_named_place():
    # blind review 33 en_mot: 'It has been claimed in a local Facebook group that ...'
    found = _unsupported(IMPERSONAL_WHERE)
    assert any(c.startswith("the operator is selling") for c in found), found
