"""Blind reviews 26-28, media literacy: faults found on new articles, tested on invented
text."""

from __future__ import annotations


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


# ------------------------------- headline figure: 'etwa 80 der rund 400 Betten' is 80 Betten

KLINIK = """Kreisklinik Lauterbach schließt 80 Betten

Die Kreisklinik in Lauterbach will im kommenden Jahr ihre Geburtsstation aufgeben.

Auf einer Sitzung am Montag teilte Klinikchef Peter Haller mit, dass etwa 80 der rund 400 \
Betten wegfallen sollen. Grund seien fehlende Hebammen und Ärzte.

Der Kreistag will im Dezember über die Pläne beraten. Landrätin Eva Roth sagte, sie hoffe \
auf eine Lösung mit dem Nachbarkreis.
"""


def test_headline_figure_is_the_partitive_share_not_the_total():
    qs = [q for q in _media(KLINIK) if q.skill == "headline" and q.options]
    for q in qs:
        assert "400" not in q.answer, (q.prompt, q.answer, q.options)
