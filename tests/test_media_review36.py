"""Media-literacy fixes of blind reviews 34-36 (round 1 of 2026-11-28, mediaB). Sentences
invented."""

from __future__ import annotations

from quizgen.generate.media_claims import _who_said
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

CAVEAT_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Petition to save the Elm Street cinema

The Elm Street cinema in Dunmore may have to close in March.

The cinema's owner, Castlegate Estates, has given the tenants notice to leave by March. \
Manager Oliver Grant said the cinema had been full on most weekends this year. Volunteer \
Susan Pike said the town had no other place for films.

Dunmore Town Council has been asked by residents to step in. A petition started by \
community worker Rachel Moss had gathered more than 900 signatures by Sunday evening. \
She claims that the owner wants the \
building empty so that it can be sold, though the firm has not said so, and council \
records show no sale of the site.
"""


def test_who_said_prompt_stops_at_the_writers_caveat():
    # blind review 36 en_launderette Q12: 'Who claims that the landlord wants the shop empty
    # ..., though the company has not said so, and planning records show no application ...?'
    a = analyze(load_article(CAVEAT_EN))
    qs = [q for q in _who_said(a, claims(a)) if "be sold" in q.prompt]
    assert qs, [q.prompt for q in _who_said(a, claims(a))]
    for q in qs:
        assert "not said so" not in q.prompt and "records show" not in q.prompt, q.prompt
        assert q.prompt.endswith("can be sold?"), q.prompt

