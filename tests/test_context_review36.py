"""Blind reviews 34-36, context: a surname that the article also uses as a word of its own
('Gabriele Sommer' beside 'bis zum Sommer') is printed with the first name, since 'Wann will
Sommer ... fliegen?' reads as the season (review36 de_buergeramt Q9). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


_TRIP = ("Für Monika Winter kommt jede Lösung ohnehin zu spät. Die 41-Jährige will Anfang März "
         "mit ihrem Sohn zu den Großeltern nach Spanien fliegen, doch der Kinderreisepass ist "
         "abgelaufen.")


def test_a_surname_the_article_also_uses_as_a_noun_keeps_the_first_name():
    ps = _prompts("Im vergangenen Winter waren es noch zwei Wochen. " + _TRIP)
    assert [p for p in ps if p.startswith("Wann will Monika Winter ")], ps


def test_a_surname_alone_otherwise():
    ps = _prompts("Im vergangenen Herbst waren es noch zwei Wochen. " + _TRIP)
    assert [p for p in ps if p.startswith("Wann will Winter ")], ps
