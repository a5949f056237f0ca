"""Blind review 21 (media items): the advertising item offers page lines, not article
sentences. All articles here are invented."""

from __future__ import annotations

from quizgen import pipeline
from quizgen.generate import media_language

DE_PAGE = """Von Tessa Marquardt | 12.03.2026, 10:20 Uhr

Brücke über die Lenne bleibt monatelang gesperrt

Die Fußgängerbrücke am Lenneufer ist seit Montag mit Gittern abgesperrt. \
Bild: Lennetaler Bote / Tessa Marquardt

Die Fußgängerbrücke über die Lenne in Altwiese bleibt bis mindestens Juli gesperrt. Ein \
Gutachter hatte bei einer Prüfung im Februar Risse an zwei Stahlträgern gefunden. Nach Angaben \
der Stadt kostet die Reparatur rund 310.000 Euro. Schüler der Realschule Altwiese müssen nun \
einen Umweg von zwei Kilometern über die Bundesstraße nehmen.

Eltern fordern einen Schulbus

Die Elternsprecherin Katrin Hoyer sagte, der Umweg sei für jüngere Kinder gefährlich. Die Stadt \
prüft nach eigenen Angaben, ob ein Bus eingesetzt werden kann. Eine Entscheidung soll im April \
fallen.

Folgen Sie dem Lennetaler Boten jetzt auch bei Instagram und WhatsApp!

Quelle: Lennetaler Bote / eigene Recherche
"""

EN_BARE = """Library opening hours cut at two branches

The town library in Brackwell will close on Mondays from April, the council said. The branch \
in Oakmere will open only three days a week. A council spokesperson said the library service \
had to save 90,000 pounds this year. Readers can still borrow books online at any time.

Sign up for our newsletter and follow us on Facebook.
"""


def _promo(text: str):
    an = pipeline.analyze(pipeline.load_article(text.encode(), filename="invented.txt"))
    return an, [q for q in media_language._promo(an)
                if "Werbung" in q.prompt or "advertising" in q.prompt]


def test_the_advertising_item_offers_page_lines_not_article_sentences_de():
    an, [q] = _promo(DE_PAGE)
    assert q.answer.startswith("Folgen Sie")
    body = {s.text for s in an.sentences if s.block in ("body", "teaser")}
    wrong = [o for o in q.options if o != q.answer]
    assert len(wrong) >= 2
    assert not any(o in body or o.rstrip(".") in {b.rstrip(".") for b in body} for o in wrong)
    assert not any("Gutachter" in o or "Umweg" in o for o in wrong)
    assert "Brücke über die Lenne bleibt monatelang gesperrt" in wrong


def test_no_advertising_item_without_two_page_lines_en():
    # only a headline beside the body: the item would have to offer article sentences
    _, qs = _promo(EN_BARE)
    assert qs == []

