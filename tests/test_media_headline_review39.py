"""mediaA fixes of blind reviews 37-39 (round 2 of 2026-11-28): a flag on another claim does not
decide the headline. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.pipeline import analyze, load_article

BACKED_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Village library faces closure as council grant ends

The library in Carrick could close in April. About 300 people borrow books there every month.

Its grant from the county council, which pays for a part-time librarian, ends on 31 March and \
will not be renewed, the council confirmed on Friday. Volunteer Ruth Hale said readers were \
shocked.

Some readers claim that the council has quietly closed two other village libraries this year. \
The council has not confirmed this, and the Chronicle has not been able to check it.
"""


def test_note_on_another_claim_does_not_decide_the_headline():
    # blind review 37 en_young_carers #11: 'the body does not back the headline', citing the
    # note on the parents' claim about other groups
    a = analyze(load_article(BACKED_EN))
    for q in media_headline.generate(a):
        cited = " ".join(e.text for e in q.evidence)
        assert "has not confirmed this" not in cited, (q.prompt, q.answer)
