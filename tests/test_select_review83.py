"""Blind review 83 en_hospital_radio: the article's figure 'According to the station, more
than 1,200 requests were played last year' was asked by no question: every question ending in
', according to ...?' was dropped as a trailing attribution, also 'How many pupils have caught
measles, according to health officials?', which reads as a teacher would write it. An
'according to' after the question's only comma stays; after an inserted phrase it trails.
Blind review 85 en_school_transport: 'When was the original inspection carried out on a in
August?' (an article left behind where 'Sunday morning' was cut out) reads broken."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

SENTENCE = "According to the trust, more than 900 patients used the service last year."


def _short(qid: str, prompt: str, answer: str, score: float = 0.7) -> Question:
    return Question(id=qid, family="comprehension", type="short_answer", skill="how_many",
                    prompt=prompt, answer=answer, accepted_answers=[answer],
                    evidence=[Evidence(0, 0, len(SENTENCE), SENTENCE)], score=score)


def _kept(q: Question) -> bool:
    return [x.id for x in select([q], Settings(count=5, families=["comprehension"]))] == [q.id]


def test_according_to_after_the_only_comma_is_kept():
    assert _kept(_short("a", "How many patients used the service last year, according to the "
                             "trust?", "more than 900"))


def test_according_to_after_an_inserted_phrase_trails():
    assert not _kept(_short("b", "How many patients used the service last year, most of them "
                                 "on the stroke ward, according to the trust?", "more than 900"))


def test_a_said_clause_after_the_comma_still_trails():
    assert not _kept(_short("c", "How many patients used the service last year, the trust "
                                 "said?", "more than 900"))


def test_an_article_left_before_a_preposition_reads_broken():
    q = _short("d", "When was the inspection carried out on a in August?", "Sunday morning")
    q.skill = "when"
    assert not _kept(q)
    q = _short("e", "When was the inspection carried out in August?", "on a Sunday morning")
    q.skill = "when"
    assert _kept(q)
