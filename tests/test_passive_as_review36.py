"""Blind reviews 34-36, what: a passive with an 'as' phrase right after the participle names
its subject twice ('A formal challenge would have to be brought as an election petition'), so
no 'What would have to be brought as an election petition ...?' (review36
en_by_election_draw Q8). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text, "en")) if q.score > 0]


def test_a_passive_as_phrase_is_no_what_question_on_the_subject():
    ps = _prompts("A formal complaint would have to be filed as a written appeal to the board "
                  "within 14 days. A new fence was built around the pond in May.")
    assert not [p for p in ps if " as a written appeal" in p and p.startswith("What ")], ps
    assert "What was built around the pond in May?" in ps, ps
