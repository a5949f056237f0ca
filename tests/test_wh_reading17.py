"""Faults of quick reading 17 and the lead's reading at c289774 in the wh generator, each on
invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article


def _prompts(text: str, skill: str | None = None) -> dict[str, str]:
    return {q.prompt: q.answer for q in wh.generate(analyze(load_article(text)))
            if skill is None or q.skill == skill}


def test_no_when_question_that_leaves_the_dates_adjective_behind() -> None:
    got = _prompts("Betrüger am Telefon\n\nNach Angaben der Polizei gingen allein seit "
                   "vergangenem Mittwoch mehr als 200 ähnliche Anrufe bei Senioren in "
                   "Talheim ein. Die Polizei warnt vor der Masche.", "when")
    assert not any("vergangenem" in p for p in got), got
