"""Select rules from blind reviews 102-105."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select


def _q(family: str, qtype: str, skill: str, prompt: str, answer: str, sentence: int,
       text: str, score: float, options: list[str] | None = None) -> Question:
    return Question(id=f"{skill}{sentence}{len(prompt)}", family=family, type=qtype,
                    skill=skill, prompt=prompt, answer=answer, options=options or [],
                    evidence=[Evidence(sentence, 0, len(text), text)], score=score)


def _pool() -> list[Question]:
    """Two who-questions for a councillor and a 'Who said this?' on his next quotation, with
    another speaker's quotation as a second attribution item."""
    people = ["Owen Tarrant", "Nadia Brook", "Colin Marsh", "Ruth Ellery"]
    return [
        _q("comprehension", "short_answer", "who",
           "Who said the free service had become too expensive to run?", "Owen Tarrant", 10,
           "Owen Tarrant said the free service had become too expensive to run.", 0.8),
        _q("comprehension", "short_answer", "who",
           "Who admitted that the council would have to watch the verges?", "Owen Tarrant", 20,
           "Tarrant admitted that the council would have to watch the verges.", 0.75),
        _q("media_literacy", "multiple_choice", "attribution",
           "Who said this, according to the article? “We cannot keep giving it away.”",
           "Owen Tarrant", 12, "“We cannot keep giving it away,” Tarrant said.", 0.75,
           people[:3]),
        _q("media_literacy", "multiple_choice", "attribution",
           "Who said this, according to the article? “The verges are full of fridges.”",
           "Colin Marsh", 25, "“The verges are full of fridges,” Colin Marsh said.", 0.5,
           [people[2], people[3], people[1]]),
    ]


NAMES = {n: ["Owen Tarrant", "Tarrant"] for n in ("owen tarrant", "tarrant")}
NAMES |= {n: ["Colin Marsh", "Marsh"] for n in ("colin marsh", "marsh")}


def test_a_who_said_this_item_counts_as_asking_for_its_speaker():
    """Blind review 105 en_bulky_waste: 'Who said the free service had become too expensive?'
    and 'Who admitted ...?' - Pritchard, then 'Who said this? “We simply cannot keep giving
    away a service ...”' - Pritchard again: 'the same point' a third time. The third item
    for one person gives way; another speaker's quotation may take its place."""
    first, second, third, other = _pool()
    chosen = select(_pool(), Settings(), None, NAMES)
    answers = [(q.family, q.skill, q.answer) for q in chosen]
    assert answers.count(("comprehension", "who", "Owen Tarrant")) + answers.count(
        ("media_literacy", "attribution", "Owen Tarrant")) == 2
    assert ("media_literacy", "attribution", "Colin Marsh") in answers


def test_the_person_the_story_is_about_may_be_asked_for_more_often():
    text = "Tarrant scraps free collections\n\nOwen Tarrant has ended free collections."
    article = {"text": text, "blocks": [{"kind": "headline", "start": 0, "end": 31},
                                        {"kind": "body", "start": 33, "end": len(text)}]}
    chosen = select(_pool(), Settings(), article, NAMES)
    assert sum(q.answer == "Owen Tarrant" for q in chosen) == 3


def test_a_role_question_does_not_count_against_who_said_this():
    """Blind review 104 de_marktverlegung kept all three: 'Welche Funktion oder Rolle hat
    Sabine Korte?', 'Wer versprach, die Lage ... zu überprüfen? - Sabine Korte' and 'Wer
    sprach von einer „Übergangslösung ...“? - Sabine Korte': one asks about her, two ask
    for her."""
    first, _second, said, _other = _pool()
    role = _q("comprehension", "short_answer", "role",
              "What is Owen Tarrant's role according to the article?", "cabinet member", 9,
              "Owen Tarrant, the cabinet member for the environment, spoke first.", 0.85)
    chosen = select([role, first, said], Settings(), None, NAMES)
    assert chosen == [role, first, said]
