"""Blind review 23: a cloze that opens with 'Darüber' does not say about what ('Darüber soll
der Gemeinderat am ____ entscheiden.'), and one closing date asked twice, once as a part of
the month in the teaser ('Ende Juni') and once as the day in the body ('am 30. Juni')."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _reads_broken, select


def _q(qid: str, qtype: str, prompt: str, answer: str, sentence: int, text: str,
       skill: str = "when") -> Question:
    return Question(id=qid, family="comprehension", type=qtype, skill=skill, prompt=prompt,
                    answer=answer, score=0.8,
                    evidence=[Evidence(sentence=sentence, start=0, end=len(text), text=text)])


def test_a_cloze_opening_with_a_pointing_pronominal_adverb_reads_broken():
    text = "Darüber soll der Kreistag am 4. Mai abstimmen."
    assert _reads_broken(_q("c", "cloze", "Ergänze: Darüber soll der Kreistag am ____ "
                                           "abstimmen.", "4. Mai", 5, text))
    text = "Der Kreistag soll am 4. Mai darüber abstimmen, ob die Fähre bleibt."
    assert not _reads_broken(_q("c", "cloze", "Ergänze: Der Kreistag soll am ____ darüber "
                                               "abstimmen, ob die Fähre bleibt.", "4. Mai", 5,
                                text))


TEASER = "Nach 40 Jahren schließt die Stadt-Bäckerei am Markt Ende März."
BODY = "Wenn die Stadt-Bäckerei am 31. März zum letzten Mal öffnet, fehlt dem Ort ein Laden."


def test_a_part_of_a_month_and_a_day_of_it_for_one_event_are_one_date():
    teaser = _q("t", "short_answer", "Wann schließt die Stadt-Bäckerei am Markt?",
                "Ende März", 1, TEASER)
    cloze = _q("c", "cloze", "Ergänze: Wenn die Stadt-Bäckerei am ____ zum letzten Mal "
                             "öffnet, fehlt dem Ort ein Laden.", "31. März", 6, BODY)
    other = _q("o", "cloze", "Ergänze: Wenn die Stadt-Bäckerei am 31. März zum letzten Mal "
                             "öffnet, fehlt dem ____ ein Laden.", "Ort", 6, BODY, "what")
    picked = {q.id for q in select([teaser, cloze], Settings())}
    assert len(picked) == 1
    # a question that prints the day gives the part of the month away
    assert len({q.id for q in select([teaser, other], Settings())}) == 1


def test_another_event_in_that_month_stays():
    teaser = _q("t", "short_answer", "Wann schließt die Stadt-Bäckerei am Markt?",
                "Ende März", 1, TEASER)
    text = "Der Gemeinderat tagt am 12. März im Rathaus."
    council = _q("g", "cloze", "Ergänze: Der Gemeinderat tagt am ____ im Rathaus.",
                 "12. März", 8, text)
    assert {q.id for q in select([teaser, council], Settings())} == {"t", "g"}


def test_a_wrong_option_that_is_another_questions_key_is_no_choice():
    # 'zum 22. April' among the options of one when-question, '22. April' the key of the next
    raise_fees = _q("m", "multiple_choice", "Wann hebt die Musikschule ihre Gebühren an?",
                    "zum 1. August", 2, "Die Musikschule hebt ihre Gebühren zum 1. August an.")
    raise_fees.options = ["zum 1. August", "zum 8. August", "zum 22. April", "zum 4. August"]
    text = "Über einen Härtefonds soll der Stadtrat am 22. April beraten."
    council = _q("c", "cloze", "Ergänze: Über einen Härtefonds soll der Stadtrat am ____ "
                               "beraten.", "22. April", 9, text)
    assert len({q.id for q in select([raise_fees, council], Settings())}) == 1
    raise_fees.options = ["zum 1. August", "zum 8. August", "zum 15. Juli", "zum 4. August"]
    assert {q.id for q in select([raise_fees, council], Settings())} == {"m", "c"}
