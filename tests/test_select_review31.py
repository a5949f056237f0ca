"""Blind review 31: a gap on a person's name ('Die Sprecherin der Bürgerinitiative, ____,
verwies auf Brände' - Petra Anschütz; 'Retired postman ____, 68, ...' - Graham Dewhurst) beside
a source item on another sentence that prints the name ('„...“, sagte Anschütz dem ___',
'... Mr Dewhurst told ___'): the set answers the cloze."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import LENIENT, RELAXED, _gives_away, select


def _q(qid: str, family: str, qtype: str, skill: str, prompt: str, answer: str,
       sentence: int, text: str, options: list[str] | None = None,
       accepted: list[str] | None = None, score: float = 0.8) -> Question:
    return Question(id=qid, family=family, type=qtype, skill=skill, prompt=prompt,
                    answer=answer, options=options or [], accepted_answers=accepted or [],
                    evidence=[Evidence(sentence, 0, len(text), text)], score=score)


INTRO = "Die Sprecherin der Initiative, Petra Lindau, verwies auf Brände in anderen Orten."
CLOZE = _q("cloze", "comprehension", "cloze", "who", "Ergänze die Lücke: Die Sprecherin der "
           "Initiative, ________, verwies auf Brände in anderen Orten.", "Petra Lindau", 4,
           INTRO, accepted=["Petra Lindau", "Lindau"])


def test_a_source_item_printing_the_name_answers_a_gap_on_it():
    said = "„Wir haben Angst um unsere Kinder“, sagte Lindau dem NDR."
    source = _q("source", "media_literacy", "multiple_choice", "source", "Diese Angabe stützt "
                f"der Artikel auf ein anderes Medium: „{said.replace('NDR', '___')}“ Welches "
                "Medium steht an der Stelle der Lücke?", "NDR", 6, said,
                options=["NDR", "WDR", "SWR", "MDR"], score=0.7)
    assert _gives_away(source, CLOZE)
    # in a set that would be short without the gap too (blind reviews 37, 38 marked the gap
    # beside such a source item as given away)
    assert _gives_away(source, CLOZE, relaxed=RELAXED)
    # (not in a set that would have fewer than ten questions without it)
    assert not _gives_away(source, CLOZE, relaxed=LENIENT)


def test_a_role_question_on_the_name_leaves_the_gap():
    role = _q("role", "comprehension", "short_answer", "role", "Welche Funktion oder Rolle hat "
              "Petra Lindau laut dem Artikel?", "Vorsitzende des Fördervereins", 9,
              "Lindau ist auch Vorsitzende des Fördervereins der Grundschule.")
    assert len(select([CLOZE, role], Settings(families=["comprehension"]))) == 2
