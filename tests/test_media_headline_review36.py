"""Headline checks after blind review 36: a check that is not sure is not asked.
'eine Rechnung über 640 Euro' names the amount ('über' is no hedge), and "'Not everyone ...'"
restricts itself (no overstated 'everyone'). Invented articles."""

from __future__ import annotations

from quizgen.generate import media
from quizgen.pipeline import analyze, load_article

DE_BILL = """Von Jana Kern | Dienstag, 9. März 2027, 10:15 Uhr

Für ein kleines Ventil: Handwerker verlangt 640 Euro von Rentnerin

In Falkenau ermittelt die Polizei gegen einen Heizungsnotdienst. Die Verbraucherzentrale warnt \
vor Lockangeboten.

Die 79-Jährige hatte am Samstag einen Notdienst gerufen, weil ihre Heizung ausgefallen war. \
Der Mann tauschte nach ihren Angaben nur ein kleines Ventil aus. Danach legte er ihr eine \
Rechnung über 640 Euro vor und verlangte Barzahlung.

Die Verbraucherzentrale rät, vor einem Auftrag nach dem Preis zu fragen. Die Polizei ermittelt \
wegen Wuchers, sagte ein Sprecher am Montag.
"""

EN_BAKERY = """By Tom Hale | Monday 8 March 2027, 09:00 GMT

Fresh start: Village bakery saved by its customers

The bakery in Lower Brampton will stay open after villagers bought it. The owner had planned \
to retire.

The shop's owner, Ruth Cole, 66, had planned to retire in March. About 40 villagers put money \
into a community share scheme, and the bakery was handed over on Friday.

'Not everyone can drive to the supermarket'

Many of the bakery's regular customers cannot drive to the supermarket in Hexley. The \
nearest supermarket is eleven miles away, and the bus runs twice a day.

The new owners want to keep the prices as they are, said Ms Cole.
"""


def _headline_items(text):
    a = analyze(load_article(text))
    return [q for q in media.generate(a) if q.skill == "headline"]


def test_a_bill_over_an_amount_is_no_hedged_figure():
    for q in _headline_items(DE_BILL):
        assert not str(q.answer).startswith("über 640"), (q.prompt, q.answer, q.explanation)
        assert "lässt „über“ weg" not in q.explanation, (q.prompt, q.explanation)


def test_a_negated_all_is_neither_overstated_nor_restricted():
    for q in _headline_items(EN_BAKERY):
        assert "everyone" not in q.explanation.lower().replace("not everyone", ""), \
            (q.prompt, q.answer, q.explanation)
        assert not (q.type == "true_false" and "Not everyone" in q.prompt
                    and q.answer == "False"), (q.prompt, q.explanation)


EN_TIE = """By Tom Hale | Saturday 6 March 2027, 08:15 GMT

Decided by lot: Council seat won by name drawn from a box after dead heat

A seat on Hexley town council was decided by drawing lots after two candidates tied.

Independent Sarah Price and Liberal Democrat Paul Green each received 311 votes on Thursday. \
After a recount, the returning officer wrote both names on slips and put them in a box. \
Ms Price's name was drawn, and she was declared elected.

Mr Green said one box of postal votes had been opened before the count began. That has not \
been confirmed by the council, which said all boxes had been sealed.

Mr Green said he would not challenge the result.
"""


def test_a_tie_draw_headline_is_not_called_unconfirmed_or_dead():
    for q in _headline_items(EN_TIE):
        assert not (q.type == "true_false" and q.answer == "False"), (q.prompt, q.explanation)
        assert "“dead”" not in q.answer and "no, not as it stands" not in q.answer, q.answer
