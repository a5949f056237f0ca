"""Blind review 26: an abbreviation's key in the nominative. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def test_an_abbreviation_key_takes_the_strong_ending():
    text = ("In Kellbach hat ein Sturm mehrere Dächer abgedeckt. Der Deutsche Wetterdienst "
            "(DWD) prüft nun, ob es ein Tornado war. Ein Sprecher des DWD sagte, das dauere "
            "einige Tage.")
    qs = [q for q in candidates(analysed(text)) if "Abkürzung" in q.prompt]
    assert qs, "no abbreviation question"
    assert qs[0].answer == "Deutscher Wetterdienst", qs[0].answer
    assert "Deutsche Wetterdienst" in qs[0].accepted_answers
