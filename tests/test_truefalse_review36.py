"""True/false after blind reviews 34 and 36: a sentence whose point is what a person feels
or lives through ('Wie sich das Warten anfühlt, weiß ...', 'Für ... kommt jede Hilfe zu
spät') gives no false item with another name swapped in. Invented article."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

DE_PRAXIS = """Von Jana Kern | Dienstag, 9. März 2027, 10:15 Uhr

Lange Wartezeiten beim Kinderarzt in Falkenau

In Falkenau warten Eltern bis zu acht Wochen auf einen Termin beim Kinderarzt. Die Stadt sucht \
nach Lösungen.

Seit im Januar die Praxis von Dr. Heinrich Albers geschlossen hat, gibt es in Falkenau nur noch \
einen Kinderarzt. Die Ärztin Sabine Roth betreut nach eigenen Angaben inzwischen mehr als \
3.000 Kinder. "Wir arbeiten an der Grenze", sagte Roth am Montag.

Wie sich das Warten anfühlt, weiß Petra Lindner. Die 36-Jährige hat im Februar drei Wochen \
auf einen Termin für ihren Sohn gewartet. "Das war sehr belastend", sagte sie.

Für Klaus Wendt kommt jede Lösung ohnehin zu spät. Der 41-Jährige ist mit seiner Familie im \
Februar nach Hellbach gezogen, wo es zwei Kinderärzte gibt.

Bürgermeister Martin Hesse sagte, die Stadt wolle einer neuen Ärztin die Praxisräume \
mietfrei überlassen.
"""


def test_no_name_swap_in_a_feeling_sentence():
    a = analyze(load_article(DE_PRAXIS))
    for q in truefalse.generate(a):
        if q.answer == "Falsch":
            assert "Wie sich das Warten" not in q.prompt and "Für " not in q.prompt, q.prompt
