"""mediaA fix of blind reviews 44 and 45 (round 2 of 2026-11-28): a headline of two
sentences is offered whole as a page line, not its first half. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_language
from quizgen.pipeline import analyze, load_article

TWO_PART_HEADLINE_DE = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Badespaß oder Lärmquelle? Gemeinderat stimmt für Wasserrutsche im Freibad

Mit knapper Mehrheit hat der Gemeinderat von Kirchtal den Weg für eine Wasserrutsche im \
Freibad frei gemacht. Anwohner kündigen Widerstand an.

Nach einer langen Debatte hat der Gemeinderat am Dienstagabend mit zwölf zu zehn Stimmen \
beschlossen, die Rutsche zu bauen. Sie soll rund 400.000 Euro kosten.

Anwohner sprechen von Lärm

Bürgermeisterin Petra Adler sprach von einer Chance für junge Familien. Anwohner Jonas Wolf \
sagte, schon jetzt sei es im Sommer sehr laut.

Newsletter: Alles Wichtige aus Kirchtal – jetzt kostenlos anmelden.
"""


def test_the_promo_item_offers_the_headline_whole_de():
    a = analyze(load_article(TWO_PART_HEADLINE_DE))
    opts = [o for q in media_language.generate(a) if q.skill == "purpose"
            for o in (q.options or [])]
    assert "Badespaß oder Lärmquelle?" not in opts, opts
    assert any(o.startswith("Badespaß oder Lärmquelle? Gemeinderat") for o in opts), opts
