"""Fresh readings 34 and 35: garbled prompts (a place of two, an author torn from the
claim, a phrase after a sum left dangling, a possessive apostrophe left after a gap).
Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _prompts(text: str, language: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, language)) if q.family == "comprehension"]


def test_one_place_of_two_is_not_asked():
    text = ("Die Praxis in Hohenau schließt Ende März. Die nächsten Zahnarztpraxen liegen "
            "in Lindenfels und in Kreuzberg, jeweils etwa 12 Kilometer entfernt.")
    prompts = _prompts(text, "de")
    assert not [p for p in prompts if "und," in p or "und ?" in p], prompts


def test_an_author_stays_with_the_claim():
    text = ("A bridleway that vanished from the maps in 1950 could reopen. Councillors "
            "backed an application by local riders on Monday.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if "back by local riders" in p], prompts


def test_a_phrase_after_the_sum_does_not_dangle():
    text = ("The town will open six empty shops to artists next spring. The scheme will "
            "cost the council about £45,000, mostly from a lottery grant.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if p.startswith("How much") and "mostly" in p], prompts
    assert "How much will the scheme cost the council?" in prompts, prompts


def test_no_gap_before_a_possessive_apostrophe():
    text = ("Up to 12 empty shops in Kelbridge town centre will be let to start-ups. The "
            "Kelbridge Traders' Association has asked the council to make sure that pop-ups "
            "do not compete directly with existing shops.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if "________'" in p or "________’" in p], prompts


def _kept(text: str, language: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, language))
            if q.family == "comprehension" and q.score >= 0.35]


def test_the_home_town_of_an_unnamed_person_with_an_adjective():
    text = ("Die Apotheke in Hollfeld schließt Ende Juni, sagte Apotheker Jens Ott. Eine "
            "junge Ärztin aus Bamberg habe sich die Räume im Mai angesehen, sagte er.")
    kept = _kept(text, "de")
    assert not [p for p in kept if "Ärztin aus ________" in p], kept


def test_how_long_ago_the_scene_was_set():
    text = ("Only three winters ago, the old lido on Mill Road was full of rubbish. On "
            "Sunday 400 swimmers used it, and the trust plans to open a cafe next year.")
    kept = _kept(text, "en")
    assert not [p for p in kept if "________ winters ago" in p], kept
