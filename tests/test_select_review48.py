"""Blind review 47 en_ichthyosaur: 'How much is the centre now raising for the work? -
about £25,000' stood beside 'What is now raising about £25,000 for the work?'. In a short
set (select's relaxed pass) a number gives its key away only with its unit; the unit of a
sum keyed with a hedge ('about £25,000') was taken from the word after it ('for'), not the
pound sign before it, so the printed sum went unseen."""

from __future__ import annotations

from quizgen.model import Evidence, Question
from quizgen.select import _answer_patterns

SENTENCE = "The Marsh Lane Heritage Centre is now raising about £18,000 for the work."


def _how_much(qtype: str, answer: str) -> Question:
    return Question(id=qtype, family="comprehension", type=qtype, skill="how_many",
                    prompt="How much is the Marsh Lane Heritage Centre now raising for the work?",
                    options=[], answer=answer,
                    evidence=[Evidence(4, 0, len(SENTENCE), SENTENCE)], score=0.7)


def test_a_hedged_sum_is_given_away_by_the_sum_with_its_sign():
    for question in (_how_much("short_answer", "about £18,000"),
                     _how_much("multiple_choice", "about £18,000"),
                     _how_much("cloze", "18,000")):
        (pattern,) = _answer_patterns(question, relaxed=True)
        assert pattern.search("what is now raising about £18,000 for the work?"), question.type
        # the same figure in another currency or as a count is another fact
        assert not pattern.search("the museum has about €18,000 left."), question.type
