"""Blind review 29: a possible future event in an ordering question. Invented text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze
from quizgen.select import candidates


def _orderings(text: str) -> list:
    art = Article(text=text, language="de", title="",
                  blocks=[Block("byline", 0, 40, text[:40]),
                          Block("body", 41, len(text), text[41:])])
    return [q for q in candidates(analyze(art)) if q.type == "ordering"]


def test_what_may_happen_is_not_ordered():
    text = ("Von Jana Roth | Mittwoch, 10. März 2027 \n"
            "Vor dem Landgericht Aurich hat am Dienstag, 9. März, der Prozess gegen zwei "
            "Männer begonnen. Die Polizei hatte am 3. Februar 2027 eine Halle in Norden "
            "durchsucht. Die Männer waren am 20. Januar 2027 festgenommen worden. Ein Urteil "
            "könnte nach Angaben des Gerichts Mitte April fallen.")
    for q in _orderings(text):
        assert not [i for i in q.answer if "Urteil" in i], q.answer


def test_a_scheduled_day_without_a_year_is_ahead():
    text = ("Von Jana Roth | Mittwoch, 10. März 2027 \n"
            "Vor dem Landgericht Aurich hat am Dienstag, 9. März, der Prozess gegen zwei "
            "Männer begonnen. Die Polizei hatte am 3. Februar 2027 eine Halle in Norden "
            "durchsucht. Die Männer waren am 20. Januar 2027 festgenommen worden. Die "
            "Urteilsverkündung ist für den 15. April angesetzt.")
    for q in _orderings(text):
        assert "Urteil" not in q.answer[0], q.answer
