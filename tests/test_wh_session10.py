"""Comp, tenth session (blind review 15): two when-questions on one day ('Seit Dienstag
unterrichten ...' and 'Am Dienstagmorgen, dem 24. November, ließen sich ...', the page of
Friday 27 November) ask the day twice; the later sentence is asked on another element."""

from __future__ import annotations

from quizgen.generate import cloze, wh
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

DE = """Von Eva Kern | Freitag, 27. November 2026, 08:45 Uhr

Stromausfall legt Schulen lahm

Ein Stromausfall hat an den Schulen in Kornau den Unterricht gestört. Seit Dienstag \
lernen viele Klassen wieder mit Büchern und Heften.

Am Dienstagmorgen, dem 24. November, fiel an drei Schulen der Stadt der Strom aus. Die \
Stadtwerke wollen den Schaden am kommenden Dienstag beheben.
"""

DE_OTHER_WEEK = DE.replace("dem 24. November", "dem 17. November")


def _asked(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    return [(q.prompt, q.answer) for q in [*wh.generate(a), *cloze.generate(a)]
            if q.score >= MIN_SCORE and q.skill == "when"]


def test_the_same_day_is_asked_once() -> None:
    asked = _asked(DE)
    assert any(a == "seit Dienstag" or a == "Dienstag" for _, a in asked), asked
    assert not any("24. November" in a for _, a in asked), asked


def test_another_tuesday_is_another_fact() -> None:
    asked = _asked(DE_OTHER_WEEK)
    assert any("17. November" in a for _, a in asked), asked


def test_the_later_sentence_is_asked_on_another_element() -> None:
    a = analyze(load_article(DE))
    assert any(q.answer in {"drei", "3"} and q.score >= MIN_SCORE
               for q in [*wh.generate(a), *cloze.generate(a)])
