"""Quick reading 17 (de_klassenfahrt #3): 'Bis zum Stichtag am ____ hätten weniger als die
Hälfte der Familien ... überwiesen' - a Konjunktiv II of reported speech whose speaker the
sentence does not name reads as 'would have'; no cloze is made of it. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article

DE = """Skifahrt abgesagt

Die geplante Skifahrt des Goethe-Gymnasiums in Talheim ist abgesagt. Schulleiter Thomas \
Brenner teilte den Eltern am Montag mit, die Fahrt finde nicht statt. Bis zum Stichtag am \
20. November hätten weniger als die Hälfte der Familien die Anzahlung von 250 Euro \
überwiesen. Brenner sagte, bis zum Montag hätten nur 40 Familien gezahlt.
"""


def test_no_cloze_on_reported_konjunktiv_ii_without_its_source() -> None:
    prompts = [q.prompt for q in cloze.generate(analyze(load_article(DE)))]
    assert not any("Stichtag" in p for p in prompts), prompts
    assert any("Brenner sagte" in p for p in prompts), prompts  # its speaker is named


def test_no_gap_on_the_day_of_a_habit() -> None:
    text = ("Parkrun cancelled\n\nA weekly 5k run that has attracted hundreds of people every "
            "Saturday for eight years has been cancelled. The last run will be on 5 December.")
    answers = [q.answer for q in cloze.generate(analyze(load_article(text)))]
    assert "Saturday" not in answers, answers
    assert "eight" in answers, answers


def test_no_gap_on_the_day_or_doer_of_what_did_not_happen() -> None:
    text = ("Aufzug defekt\n\nDer Aufzug am Bahnhof Talheim ist seit Wochen kaputt. Die "
            "Bundespolizei konnte den Vorfall am Dienstag weder bestätigen noch dementieren. "
            "Die Stadtwerke Talheim wollten sich am Mittwoch nicht dazu äußern.")
    prompts = [q.prompt for q in cloze.generate(analyze(load_article(text)))]
    assert not any("weder" in p or "äußern" in p for p in prompts), prompts
