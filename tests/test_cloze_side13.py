"""Cloze gaps on side details (teacher's reading before blind review 13): a small number in
a speaker's own words ('"I have shown ____ generations ...," Pollard said' -> three) is how
they put it, not news, and is not asked; a name in a relative clause ('..., whose son is
due to sit his ____ next summer, said ...') ranks below the gaps of the main clause.
Invented text."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article

EN = """Cinema to close

The Regal Cinema in Hartwell will close on 10 January after 88 years.

"I have shown three generations of Hartwell families their first film," manager Gary \
Pollard said. "We have collected 4,000 signatures in a week," said campaigner Ann Lowe. \
Mother Claire Dunmore, whose son goes to Oakley Academy, said the town would lose its only \
cinema. Local coach Tom Vance works for Harwick Rovers.
"""


def _clozes() -> list:
    return cloze.generate(analyze(load_article(EN)))


def test_no_gap_on_a_small_number_in_a_quotation() -> None:
    answers = [q.answer for q in _clozes()]
    assert "three" not in answers, answers
    assert "4,000" in answers, answers  # a figure the speaker gives is still asked


def test_name_in_a_relative_clause_ranks_below_a_main_clause_name() -> None:
    score = {q.answer: q.score for q in _clozes()}
    assert score["Oakley Academy"] < score["Harwick Rovers"] - 0.05, score


def test_date_or_number_in_a_relative_clause_ranks_below_the_main_fact() -> None:
    text = ("Cinema to close\n\nThe Regal Cinema in Hartwell, which has shown films since 1936, "
            "will close for good on 10 January. Ticket sales have fallen by 40 per cent.")
    score = {q.answer: q.score for q in cloze.generate(analyze(load_article(text)))}
    assert score["1936"] < score["10 January"] - 0.1, score


def test_a_holiday_is_no_organisation_to_fill_in() -> None:
    text = ("Maths teachers wanted\n\nBrookfield Academy in Oakley has been without a permanent "
            "head of maths since last Easter. The school has advertised the post five times.")
    answers = [q.answer for q in cloze.generate(analyze(load_article(text)))]
    assert "Easter" not in answers, answers


def test_how_long_something_took_ranks_below_the_figure_reported() -> None:
    text = ("Scooter ban\n\nNach mehr als drei Stunden Debatte stimmten 34 von 66 "
            "Ratsmitgliedern für den Antrag. Das Verbot gilt ab Januar.")
    score = {q.answer: q.score for q in cloze.generate(analyze(load_article(text)))}
    assert score["34"] > score["drei"], score
