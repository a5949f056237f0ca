"""A role question's options are the other persons' roles, so a second role question can be
answered from the first's options (quick reading 21: 'Welche Funktion hat Markus Albers?'
offered 'Bildungsforscher von der Universität Göttingen', the key of the next question on
Tobias Reinhardt's role)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

ALBERS = "Markus Albers, Vorsitzender des Schulelternbeirats, sieht das anders."
REINHARDT = "Der Bildungsforscher Tobias Reinhardt hält den Versuch für sinnvoll."
ROLES = ["Vorsitzender des Schulelternbeirats", "Bildungsforscher", "Schulleiterin"]


def _role(qid: str, name: str, answer: str, sentence: int, text: str, qtype: str,
          score: float) -> Question:
    return Question(id=qid, family="comprehension", type=qtype, skill="role",
                    prompt=f"Welche Funktion oder Rolle hat {name} laut dem Artikel?",
                    options=ROLES if qtype == "multiple_choice" else [], answer=answer,
                    evidence=[Evidence(sentence, 0, len(text), text)], score=score)


ALBERS_MC = _role("a_mc", "Markus Albers", ROLES[0], 12, ALBERS, "multiple_choice", 0.72)
ALBERS_SA = _role("a_sa", "Markus Albers", ROLES[0], 12, ALBERS, "short_answer", 0.7)
REINHARDT_SA = _role("r_sa", "Tobias Reinhardt", ROLES[1], 20, REINHARDT, "short_answer", 0.69)


def test_no_role_question_offers_the_key_of_another():
    chosen = select([ALBERS_MC, ALBERS_SA, REINHARDT_SA],
                    Settings(families=["comprehension"]))
    keys = {q.answer for q in chosen}
    assert not any(q.type == "multiple_choice" and keys & (set(q.options) - {q.answer})
                   for q in chosen), [(q.type, q.answer) for q in chosen]
    assert {q.answer for q in chosen} == {ROLES[0], ROLES[1]}  # both still asked


def test_a_role_multiple_choice_without_the_other_key_stays():
    other = _role("o_sa", "Anja Roth", "Stadträtin", 25, "Stadträtin Anja Roth stimmte zu.",
                  "short_answer", 0.69)
    chosen = select([ALBERS_MC, other], Settings(families=["comprehension"]))
    assert {q.id for q in chosen} == {"a_mc", "o_sa"}
