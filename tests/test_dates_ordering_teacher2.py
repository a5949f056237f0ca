"""An ordering item must read as a whole event without its date: found reading judged12
(de_glasfaser 'Die Frist dafür laufe voraussichtlich' - the date 'bis Ende Januar' cut out,
a hedge left hanging, 'dafür' pointing back)."""

from __future__ import annotations

from quizgen.generate import ordering
from quizgen.pipeline import analyze, load_article

TEXT = ("Firma pleite\n\nDie Kelburg Netz GmbH hat am Montag, dem 23. November, Insolvenz "
        "angemeldet. Bürgermeisterin Petra Schulte kündigte am Dienstag, dem 24. November, "
        "eine Sondersitzung an. Die Stadt will Ansprüche anmelden. Die Frist dafür laufe "
        "voraussichtlich bis Ende Januar. Am 4. Dezember berät der Stadtrat über die Gräben.")


def test_no_item_with_a_hanging_hedge_or_a_pointing_back_word() -> None:
    items = [o for q in ordering.generate(analyze(load_article(TEXT))) for o in q.options]
    assert not any(i.endswith("voraussichtlich") or "dafür" in i for i in items), items


def test_no_item_ordered_by_a_deadline() -> None:
    text = ("Aufzug kaputt\n\nAm Montag, dem 2. November, fielen die Aufzüge am Bahnhof Kelburg "
            "aus. Die Reparatur solle nun bis zum 18. Dezember abgeschlossen sein. Am 10. "
            "November will der Minister den Bahnhof besuchen. Am 5. November protestierten "
            "Rollstuhlfahrer vor dem Rathaus.")
    items = [o for q in ordering.generate(analyze(load_article(text))) for o in q.options]
    assert not any("Reparatur" in i for i in items), items
