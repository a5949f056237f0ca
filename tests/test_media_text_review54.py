"""mediaA fixes of round 1 of the second session of 2026-11-28 (blind reviews 52-54):
the claim of a reported statement. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_text
from quizgen.pipeline import analyze, load_article

BOATS_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Electric water taxis to start on the Wyre in June

Three electric water taxis will carry passengers between Eastby and Northmoor from June, the \
operator said on Friday.

The company's founder, Ruth Vane, claims that the boats are "quieter than a bicycle" and that \
her crews have carried more than 4,000 passengers in trials without a single delay. Those \
figures have not been independently checked.

A return ticket will cost about £6.
"""


def test_the_figures_the_note_speaks_of_are_the_claim():
    # blind review 51 en_medical_drones: of 'claims that X and that <figures>', followed by
    # 'Those figures have not been independently checked', only X was kept as the claim
    a = analyze(load_article(BOATS_EN))
    q = next(q for q in a.quotes if "4,000" in q.content)
    claim = media_text._statement(a, q, a.sentences[q.sentence])
    assert claim is not None and "4,000 passengers" in claim
    assert "quieter" not in claim
