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


COUNT = "Councillor Amanda Rowe said the council had received nearly 300 complaints about the path."
CLAIM = "Some walkers claim that the new lights scare away the glow-worms."
OPTIONS = ["The new lights scare away the glow-worms.",
           "The council had received nearly 300 complaints about the path.",
           "The path was opened to cyclists in 1998.",
           "The lights cost about £40,000."]


def _evidence(options: list[str]) -> Question:
    return Question(id="ev", family="media_literacy", type="multiple_choice", skill="evidence",
                    prompt="For which statement does the article say explicitly that no "
                           "evidence was given?", options=options, answer=options[0],
                    evidence=[Evidence(9, 0, len(CLAIM), CLAIM)], score=0.75)


def _complaints() -> Question:
    return Question(id="hm", family="comprehension", type="multiple_choice", skill="how_many",
                    prompt="How many complaints did Councillor Amanda Rowe say the council had "
                           "received about the path?", answer="nearly 300",
                    options=["nearly 300", "nearly 200", "nearly 500", "nearly 600"],
                    evidence=[Evidence(5, 0, len(COUNT), COUNT)], score=0.7)


def test_an_evidence_option_that_prints_a_figure_asked_elsewhere_goes():
    # blind review 46 en_glow_worms #3/#4
    from quizgen.model import Settings
    from quizgen.select import select

    chosen = {q.id: q for q in select([_complaints(), _evidence(OPTIONS)], Settings())}
    assert set(chosen) == {"hm", "ev"}
    assert chosen["ev"].options == [OPTIONS[0], OPTIONS[2], OPTIONS[3]]
    assert chosen["ev"].answer == OPTIONS[0]
    # with only three options there is none to spare: the item stays as it is
    chosen = {q.id: q for q in select([_complaints(), _evidence(OPTIONS[:3])], Settings())}
    assert chosen["ev"].options == OPTIONS[:3]
