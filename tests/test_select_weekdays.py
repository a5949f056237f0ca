"""A weekday asked as a key is given away by another prompt that prints it, in any form
(quick reading 26: the cloze 'Bei der Infoveranstaltung am ____ ging es ...' - Donnerstag
beside '... sind am Donnerstagabend in die Moselhalle gekommen'; 'Saturdays' and 'The ____
session ...' - Saturday asked twice)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

COMP = Settings(families=["comprehension"])


def _cloze(qid: str, prompt: str, answer: str, sentence: int, skill: str = "when",
           score: float = 0.8) -> Question:
    return Question(id=qid, family="comprehension", type="cloze", skill=skill,
                    prompt=f"Ergänze die Lücke: {prompt}", answer=answer,
                    evidence=[Evidence(sentence, 0, 10, "x" * 10)], score=score)


DAY = _cloze("day", "Bei der Sitzung am ________ ging es vor allem um den Lärm.", "Mittwoch", 3)
SHOWN = _cloze("shown", "Mehr als ________ Menschen kamen am Mittwochabend ins Rathaus.", "150",
               4, "how_many", 0.7)
OTHER = _cloze("other", "Mehr als ________ Menschen kamen am Freitagabend ins Rathaus.", "150",
               4, "how_many", 0.7)


def test_a_prompt_that_prints_the_weekday_key_does_not_join_it():
    assert len(select([DAY, SHOWN], COMP)) == 1


def test_another_weekday_in_a_prompt_gives_nothing_away():
    assert {q.id for q in select([DAY, OTHER], COMP)} == {"day", "other"}


def test_one_weekday_asked_in_two_forms_is_asked_once():
    again = Question(id="again", family="comprehension", type="short_answer", skill="when",
                     prompt="An welchem Tag findet der Markt künftig nicht mehr statt?",
                     answer="am Mittwoch", evidence=[Evidence(9, 0, 10, "x" * 10)], score=0.75)
    assert len(select([DAY, again], COMP)) == 1


def test_a_weekday_inside_a_longer_date_key_is_not_a_weekday_key():
    dated = Question(id="dated", family="comprehension", type="short_answer", skill="when",
                     prompt="Wann beginnt der Umbau?", answer="am Mittwoch, dem 3. März, um 7 Uhr",
                     evidence=[Evidence(9, 0, 10, "x" * 10)], score=0.75)
    assert {q.id for q in select([dated, SHOWN], COMP)} == {"dated", "shown"}
