"""mediaA fixes of round 2 of the second session of 2026-11-28 (blind reviews 55-57 and
what was left from 52-54): true/false statements. Sentences invented."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

BUS_DE = """Bergheim bekommt einen Bürgerbus

In Bergheim ist inzwischen fast jeder vierte Einwohner älter als 70 Jahre. Der Gemeinderat hat \
deshalb am Dienstag einen Bürgerbus beschlossen. Ab Juli soll der Bus dreimal in der Woche \
fahren. Eine 91 Jahre alte Frau hatte im Herbst eine Liste mit 240 Unterschriften übergeben. \
Fahrgäste unter 18 Jahren fahren kostenlos. Der Bus kostet die Gemeinde 35.000 Euro im Jahr.
"""

BUS_EN = """Ashby gets a community minibus

In Ashby almost one resident in four is now older than 70 years. The parish council agreed on \
Tuesday to run a community minibus. From July the bus will run three times a week. A \
91-year-old woman handed in a petition with 240 signatures in the autumn. Passengers aged \
under 18 years travel free. The bus will cost the parish £35,000 a year.
"""


def _statements(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in truefalse.generate(analyze(load_article(text)))]


def test_an_age_threshold_is_not_the_element_a_false_statement_changes():
    # blind review 53 de_seniorenampel: 'älter als 83 Jahre' for 'älter als 65 Jahre' is
    # false by a stock number a student guesses without reading (the cloze on it was dropped)
    for text, phrase in ((BUS_DE, "älter als"), (BUS_EN, "older than")):
        items = _statements(text)
        assert not any(phrase in p for p, a in items if a in {"Falsch", "False"}), items


def test_a_person_s_age_is_still_changed():
    items = _statements(BUS_DE)
    assert any("Eine 70 Jahre alte Frau" in p and a == "Falsch" for p, a in items), items
