"""A sentence that places its fact against an earlier one ('wenige Tage zuvor': before what?,
'bis dahin', 'an ihrer Stelle') is no statement to judge alone; the same fact with its own
date is (blind review 102 de_bienen #5). Sentences invented."""

from __future__ import annotations

from quizgen.generate import statements
from quizgen.pipeline import analyze, load_article

DE = """Von Lena Ostrow | Montag, 16. November 2026, 08:15 Uhr

Fischsterben im Mühlenteich von Talheim

Im Mühlenteich von Talheim sind am Wochenende mehr als 300 Fische verendet. Ein Landwirt hatte \
wenige Tage zuvor ein angrenzendes Feld mit Gülle gedüngt. Ein Landwirt hatte am 9. November ein \
angrenzendes Feld mit Gülle gedüngt. Die Stadt will bis Ende des Monats ein Gutachten vorlegen. \
Bis dahin bleibt der Teich für Angler gesperrt.
"""


def test_a_fact_placed_against_an_earlier_sentence_is_no_statement():
    an = analyze(load_article(DE))
    usable = {s.text: statements.usable(an, s, allow_quotes=True, modal_ok=True,
                                        max_words=1000) for s in an.sentences}
    assert usable["Ein Landwirt hatte wenige Tage zuvor ein angrenzendes Feld mit Gülle "
                  "gedüngt."] is False
    assert usable["Bis dahin bleibt der Teich für Angler gesperrt."] is False
    assert usable["Ein Landwirt hatte am 9. November ein angrenzendes Feld mit Gülle "
                  "gedüngt."] is True
