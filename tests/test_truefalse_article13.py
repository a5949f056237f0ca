"""True/false: a false statement takes its wrong value from the article only (fresh16 and
judged17 readings: '27. März' for 31. März was an invented near miss that still read as
'Ende März'; '34 von 33 Ratsmitgliedern' is impossible on its face; 'mehr als 40' for 'mehr
als 20' may still be true). Articles invented."""

from __future__ import annotations

import re

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

DE = """Mücken im Kornauer Stadtpark

Mitarbeiter des Gesundheitsamts haben am 12. November im Kornauer Stadtpark Larven der \
Tigermücke gefunden. In mehr als 40 Regentonnen lagen Eier. Die Stadt will ab dem 1. April \
rund 250 Gärten behandeln. Nach einer Debatte stimmten 34 von 66 Ratsmitgliedern für den \
Plan. Die Behandlung kostet 80.000 Euro, ein Merkblatt kostet 2 Euro.
"""

EN = """Mosquitoes in Tarnby park

Council staff found tiger mosquito larvae in Tarnby Park on 12 November. Eggs were found in \
more than 40 water butts. From 1 April the council will treat around 250 gardens. After a \
debate, 34 of 66 councillors voted for the plan. The treatment costs £80,000 and a leaflet \
costs £2.
"""


def _false_values(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    out = []
    for q in truefalse.generate(a):
        if q.answer in {"Falsch", "False"}:
            m = re.search(r"(?:Im Text steht|the article says) [„“](.+?)[“”], (?:nicht|not) "
                          r"[„“](.+?)[“”]", q.explanation)
            out.append((m.group(1), m.group(2)))
    return out


def _check(text: str) -> None:
    swaps = _false_values(text)
    assert swaps, "no false statement at all"
    body = text.split("\n", 2)[2]
    for original, replacement in swaps:
        # the wrong value is one the article gives elsewhere, never one made up
        number = re.sub(r"^\D*", "", replacement)
        assert number and number in body, (original, replacement)
        assert original not in {"40", "34", "66"}, (original, replacement)


def test_false_values_come_from_the_article_de():
    _check(DE)


def test_false_values_come_from_the_article_en():
    _check(EN)


DE_HOWEVER = """Klassenfahrt nach Kornau wird teurer

Die Klassenfahrt der Kornauer Gesamtschule kostet in diesem Jahr 780 Euro pro Kind. Der \
Förderverein hatte mit 500 Euro gerechnet. Allerdings stellten nur etwa 20 Prozent der \
Familien einen Antrag auf Zuschuss bei der Stadt. Die Fahrt beginnt am 3. März.
"""


def test_no_statement_opens_with_allerdings_de():
    """'Allerdings stellten ...' answers the sentence before; a true/false or cloze prints it
    alone (judged17)."""
    a = analyze(load_article(DE_HOWEVER))
    qs = truefalse.generate(a)
    assert qs and not [q for q in qs if "Allerdings" in q.prompt], [q.prompt for q in qs]
