"""Quick readings 38 and 39, media literacy: faults found on new articles, tested on
invented text."""

from __future__ import annotations


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


def _headline_items(text: str):
    return [q for q in _media(text) if q.skill == "headline"]


# ------------------------------------ headings: a heading that itself calls the matter open

SCHEUNE = """Scheune in Altmoor abgebrannt: Feuerwehr zwei Stunden im Einsatz

Eine Scheune am Ortsrand von Altmoor ist in der Nacht zum Sonntag vollständig abgebrannt. \
Verletzt wurde niemand, die Ursache ist aber noch unklar.

Rund 40 Feuerwehrleute aus drei Orten waren bis in den Morgen im Einsatz. In der Scheune \
lagerten Heu und zwei alte Traktoren.

Offene Fragen zur Ursache

Wie das Feuer ausbrach, ist noch nicht geklärt. Ein Gutachter soll die Brandstelle in der \
kommenden Woche untersuchen. Der Schaden wird auf rund 150.000 Euro geschätzt.
"""


def test_a_subheading_that_calls_the_cause_open_is_not_contradicted_by_unklar_de():
    items = [q for q in _headline_items(SCHEUNE) if "Offene Fragen" in q.prompt]
    assert not items, [(q.prompt, q.answer) for q in items]


# ------------------------------------ headings: 'für alle' says who may use it

TAUSCHREGAL = """Tauschregal für alle: Bücherei in Birkenfeld startet Leseaktion

Seit Montag steht im Foyer der Bücherei in Birkenfeld ein offenes Regal, aus dem jeder \
Bücher nehmen und in das jeder Bücher stellen darf. Ein Ausweis ist dafür nicht nötig.

In der ersten Woche wurden nach Angaben der Bücherei rund 200 Bücher getauscht. \
Büchereileiterin Sabine Korte sagte, das Regal werde jeden Morgen aufgeräumt.

Einige Leser fürchten, dass vor allem alte Zeitschriften abgelegt werden. Korte sagte, \
Zeitschriften würden aussortiert.
"""


def test_fuer_alle_in_a_headline_is_not_an_exaggeration_de():
    from quizgen.generate import media_headline
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(TAUSCHREGAL))
    head = [s for s in a.sentences if s.block == "headline"]
    assert "alle" not in media_headline.overstated_words(a, head)

