"""mediaA fix of blind review 40 (round 1 of 2026-11-28): a long sentence printed whole, its
pronoun resolved, makes no true statement. Sentences invented."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

DE_WHOLE = """Stadt plant neues Freibad

Der Gemeinderat von Kirchtal hat am Dienstag beschlossen, das alte Freibad abzureißen. Das Bad \
war im Juli 2026 geschlossen worden, nachdem Gutachter Schäden an den Becken gefunden hatten. \
Stadtrat Jonas Wolf (SPD) sagte, das neue Bad solle im Mai 2029 öffnen.

Der Abriss soll im Oktober beginnen. Bürgermeisterin Petra Adler (CDU) sprach von einem \
schweren Schritt. Sie kündigte an, dass im März eine Bürgerversammlung stattfinden werde, bei \
der die Stadt über die Pläne für das neue Bad informieren wolle.
"""


def test_a_long_sentence_printed_whole_makes_no_true_statement_de():
    a = analyze(load_article(DE_WHOLE))
    trues = [q.prompt for q in truefalse.generate(a) if q.answer == "Richtig"]
    assert not any("Bürgerversammlung stattfinden werde, bei der" in p for p in trues), trues
