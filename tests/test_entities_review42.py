"""Blind reviews 40-42 (comprehension): entity faults. Invented text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze, generate


def _article(text: str, language: str) -> Article:
    return Article(text=text, language=language, title="",
                   blocks=[Block("body", 0, len(text), text)])


def test_a_class_noun_means_the_body_named_before_not_a_later_one():
    # review 41 de_pferdeherpes #5: 'Der Verein' was answered 'Verein Reitunterricht', a
    # name cut from a later sentence
    text = ("Wegen eines Rohrbruchs muss der Schwimmverein Kellbach sein Sommerfest absagen. "
            "Das Freibad bleibt bis Juli geschlossen. Der Verein rechnet mit einem "
            "Verlust von mindestens 8.000 Euro, weil bereits bestellte Zelte bezahlt werden "
            "müssen. Betroffen sind auch die rund 120 Kinder, die im Verein Schwimmunterricht "
            "nehmen.")
    analysis = analyze(_article(text, "de"))
    at = text.index("Der Verein rechnet") + 4
    ent = analysis.entity_at(at, at + 6)
    assert ent is not None and ent.name == "Schwimmverein Kellbach", ent
    for q in generate(analysis).questions:
        assert "Schwimmunterricht" not in q.answer, (q.prompt, q.answer)
