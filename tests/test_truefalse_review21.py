"""Blind review 21, true/false: a true statement states one fact; a false one never swaps a
person into the name of a group. Invented articles."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

GROUP = """Plans for 200 homes spark protest

More than 400 people have objected to plans to build 200 homes on the meadow.

Tom Pike, director at Fenwick Homes, said the scheme was "exactly what the village needs".

Opponents have formed a group called Save Kirby Green, which held a meeting attended by at \
least 150 people at the village hall last Friday. Its chair, retired nurse Anna Reed, 71, \
said the meadow should stay open.

On Tuesday Ben Hollis said the hall had been full. Mr Pike said the plans were ready.
"""

FEES = """Gebühren in Altdorf steigen

Die Gemeinde Altdorf erhöht zum 1. März die Gebühren für ihre Sporthallen.

Für jede Stunde in der großen Halle würden künftig 45 Euro fällig, für die kleine Halle nur \
noch 20 Euro. Bisher kostete eine Stunde in der großen Halle 30 Euro. Vereinschef Karl Brandt \
kritisierte die Pläne. Die Kassenwartin Jana Vogt rechnet mit 9000 Euro Mehrkosten.
"""

TURNOUT = """Pool vote in Ashford

Ashford council will raise prices at its two pools from 1 April.

Turnout at the ballot was around 52 per cent, up from 38 per cent two years ago. Manager Tom \
Reed said the pool had 40,000 visitors last year. The board approved the plan on 12 May, \
after board members had talked for more than three hours. Pool user Kate Hall said 300 \
people had signed a letter. A survey found that 61 per cent of users backed the plan. The \
pool first opened on 3 March.
"""


def _statements(text: str):
    return [(q.answer, q.prompt) for q in truefalse.generate(analyze(load_article(text)))]


def test_no_person_is_swapped_into_a_groups_name():
    got = _statements(GROUP)
    assert not any("Save Reed" in p or "Save Pike" in p or "Save Hollis" in p
                   for _, p in got), got
    # a weekday before a name and a title do not make it part of another name
    assert any(a == "False" and "On Tuesday Pike said" in p for a, p in got), got


def test_a_true_statement_is_cut_to_the_clause_with_one_figure():
    got = _statements(FEES)
    true = [p for a, p in got if a == "Richtig"]
    assert "Richtig oder falsch? Für jede Stunde in der großen Halle würden künftig 45 Euro " \
        "fällig." in true, got
    assert not any("45 Euro fällig, für die kleine Halle" in p for p in true), got


def test_english_true_statements_keep_one_figure():
    got = _statements(TURNOUT)
    true = [p for a, p in got if a == "True"]
    assert not any("up from 38 per cent" in p for p in true), got
    assert "True or false? Turnout at the ballot was around 52 per cent." in true, got
