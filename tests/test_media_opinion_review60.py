"""mediaA fixes of round 3 of the second session of 2026-11-28 (blind reviews 58-60): fact
or opinion. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion


def _kinds(text: str, language: str = "de") -> set[str]:
    return {c.kind for c in media_opinion.opinion_cues(text, language)}


def test_a_counterfactual_would_otherwise_have_to_is_no_demand():
    # blind review 59 de_pilzzucht #11 (D): 'Der Kaffeesatz stammt aus gut 30 Cafés ..., die
    # ihn sonst entsorgen müssten.' was keyed an opinion on the relative clause's 'müssten'
    assert "deontic" not in _kinds("Das Altbrot kommt aus rund 40 Bäckereien im Landkreis, "
                                   "die es sonst wegwerfen müssten.")
    assert "deontic" not in _kinds("Ohne den Zuschuss müsste der Verein andernfalls die "
                                   "Beiträge verdoppeln.")
    # a should-word without 'sonst' stays the writer's demand
    assert "deontic" in _kinds("Die Stadt müsste endlich mehr Geld für die Bäder ausgeben.")
