"""Quick reading 41: a participle with an adverb after the subject's noun was taken for
the clause's verb. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def test_a_participle_with_an_ly_adverb_is_no_past_tense():
    text = ("The swimming pool in Ashby will close for repairs in March. A message shared "
            "widely in a local residents' group claimed that the pool would never reopen. "
            "The council said the work would take six weeks.")
    got = [q.prompt for q in candidates(analysed(text, "en")) if q.family == "comprehension"]
    assert not [p for p in got if "shared widely" in p and "claimed" in p and
                not p.startswith("Fill")], got


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, "en")) if q.family == "comprehension"]


def test_a_sentence_adverb_before_the_subject_is_not_asked_inside_it():
    text = ("The old bandstand in Ashby park was pulled down in 2019. Now the parish council "
            "wants designs from local artists. The best design will be built next summer.")
    got = _prompts(text)
    assert not [p for p in got if "does now the" in p.lower()], got


def test_a_relative_where_without_its_clause_is_cut():
    text = ("The fire service was called to Mill Lane on Sunday. On 3 March, firefighters "
            "entered a bungalow in Ashby where, according to neighbours, an elderly man had "
            "lived alone for years. Nobody was hurt.")
    got = _prompts(text)
    assert not [p for p in got if p.endswith("where?")], got
