"""Faults of blind review 11 and the fresh batch judged15 (docs/review11.md, docs/judged.md),
each on invented text: a when-question whose prompt keeps a clock time or a 'during ...'
phrase ('Wann fiel die Heizung gegen 6 Uhr morgens aus?' asks the time it shows), and a day
cut out of 'jeden Montag' ('Wann fahren ... jeden mit ...?')."""

from __future__ import annotations

import re

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article


def _wh(text: str) -> list[tuple[str, str, str]]:
    return [(q.skill, q.prompt, str(q.answer)) for q in wh.generate(analyze(load_article(text)))]


def test_german_when_with_a_clock_time_in_the_prompt_asks_the_day() -> None:
    qs = _wh("Stromausfall im Rathaus\n\nIm Rathaus von Birkenau fehlt der Strom. Am "
             "Dienstag, dem 3. März, fiel die Anlage des Nordflügels gegen 7 Uhr morgens aus. "
             "Ein Elektriker sucht den Fehler.")
    when = [(p, a) for s, p, a in qs if s == "when" and "Nordflügels" in p]
    assert when, qs
    assert all(p.startswith("An welchem Tag ") and "3. März" in a for p, a in when), when


def test_english_when_with_a_during_phrase_asks_the_day() -> None:
    qs = _wh("Row at the regatta\n\nA rower was disqualified in Kelby. The collision "
             "happened on Saturday 14 March during the third heat of the regatta, officials "
             "said. Nobody was hurt.")
    when = [(p, a) for s, p, a in qs if s == "when" and "collision" in p]
    assert when, qs
    assert all(p.startswith("On which day ") and "14 March" in a for p, a in when), when


def test_english_when_with_a_clock_time_in_the_prompt_asks_the_day() -> None:
    qs = _wh("Bridge shut\n\nThe Kelby bridge is shut. On Tuesday 9 June, a lorry hit the "
             "railing at about 4.30pm, police said. Repairs will take a week.")
    when = [(p, a) for s, p, a in qs if s == "when" and "lorry" in p]
    assert when, qs
    assert all(p.startswith("On which day ") for p, a in when), when


def test_a_day_after_jeden_is_not_cut_out() -> None:
    qs = _wh("Busse statt Bad\n\nDas Hallenbad in Talheim ist zu. Seit dem 2. März fahren "
             "drei Klassen jeden Dienstag um 9 Uhr mit dem Bus nach Oberau. Die Eltern "
             "sind verärgert.")
    assert not any(re.search(r"\bjeden (?!Dienstag)", p) for _, p, _ in qs), qs
    assert any(s == "when" and a == "seit dem 2. März" for s, _, a in qs), qs
