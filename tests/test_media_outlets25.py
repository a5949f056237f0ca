"""The other media an article names are the first wrong options of an outlet item (judged24
de_baumfaellung: 'Kirchberger Rundschau' among invented papers while the article's WDR was
no option); in a gap only a name that fits it ('sagte dem ___': 'WDR', never a 'der Zeitung'
name; 'told ___' beside 'told the ___'). Articles invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """Streit um den Sportplatz in Talheim

Der Sportplatz in Talheim soll einem Neubaugebiet weichen. Das hat der Gemeinderat am \
Dienstag beschlossen.

Die Vereinsvorsitzende Karin Vogt sagte dem WDR, der Verein verliere damit seine Heimat. \
Die Kinder hätten dann keinen Platz mehr zum Trainieren, sagte sie. Der Anwohner Peter \
Sommer sagte dem Talheimer Anzeiger, die Häuser würden dringend gebraucht. Viele junge \
Familien suchten seit Jahren eine Wohnung, sagte er. Bürgermeister Martin Kessler will im \
Januar einen Ersatzplatz vorschlagen.
"""

EN = """Row over Talby playing field

Talby playing field is to make way for new homes, the council decided on Tuesday.

Club chair Karen Vogt told the Talby Herald that the club would lose its home. Resident \
Peter Summers told BBC Radio Kent that the homes were badly needed. Council leader Martin \
Kessler said a new pitch would be proposed in January.
"""


def _outlet_items(text: str):
    a = analyze(load_article(text))
    return [q for q in media_sources.generate(a, claims(a)) if q.skill == "source"]


def test_the_other_outlet_is_an_option_de():
    qs = _outlet_items(DE)
    assert qs
    for q in qs:
        other = "WDR" if "Talheimer" in q.answer else "Talheimer Anzeiger"
        assert other in q.options, (q.prompt, q.options)


def test_an_outlet_of_another_slot_is_no_option_en():
    qs = _outlet_items(EN)
    assert qs
    for q in qs:
        other = "BBC Radio Kent" if "Herald" in q.answer else "Talby Herald"
        assert other not in q.options, (q.prompt, q.options)
