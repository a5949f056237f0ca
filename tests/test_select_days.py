"""A calendar day is asked once and never shown by another question of the set (quick
reading 19: 'Warum wird die RB 47 ... ab dem 11. Januar ... gesperrt?' beside 'Wann wird die
RB 47 voll gesperrt? - vom 11. Januar bis zum 30. April 2027', and 'Ab wann ...? - ab dem
11. Januar' beside the same)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _days, select

TEASER = "Wegen Bauarbeiten wird die Linie 5 ab dem 11. Januar für vier Monate gesperrt."
BODY = "Die Linie 5 wird vom 11. Januar bis zum 30. April voll gesperrt."


def _q(qid: str, skill: str, prompt: str, answer: str, sentence: int, text: str,
       qtype: str = "short_answer", score: float = 0.6) -> Question:
    return Question(id=qid, family="comprehension", type=qtype, skill=skill, prompt=prompt,
                    answer=answer, evidence=[Evidence(sentence, 0, len(text), text)],
                    score=score)


WHY = _q("why", "why", "Warum wird die Linie 5 ab dem 11. Januar für vier Monate gesperrt?",
         "wegen Bauarbeiten", 2, TEASER, score=0.7)
SINCE = _q("since", "when", "Ab wann wird die Linie 5 wegen Bauarbeiten für vier Monate "
           "gesperrt?", "ab dem 11. Januar", 2, TEASER, score=0.65)
RANGE = _q("range", "when", "Wann wird die Linie 5 voll gesperrt?",
           "vom 11. Januar bis zum 30. April", 6, BODY)
OTHER = _q("other", "how_many", "Wie viele Fahrgäste sind ab dem 2. März betroffen?",
           "etwa 6.500", 9, "Ab dem 2. März sind etwa 6.500 Fahrgäste betroffen.")


def test_days_are_read_in_german_and_english():
    assert _days("vom 11. Januar bis zum 30. April 2027") == {"11 januar", "30 april"}
    assert _days("on Monday 9 November") == _days("on November 9, 2026") == {"9 november"}
    assert _days("im Jahr 2020") == frozenset()


def test_a_prompt_that_shows_the_asked_day_does_not_join():
    chosen = select([WHY, RANGE], Settings(families=["comprehension"]))
    assert len(chosen) == 1


def test_one_day_is_asked_once():
    chosen = select([SINCE, RANGE], Settings(families=["comprehension"]))
    assert len(chosen) == 1


def test_another_day_in_a_prompt_gives_nothing_away():
    chosen = select([OTHER, RANGE], Settings(families=["comprehension"]))
    assert len(chosen) == 2
