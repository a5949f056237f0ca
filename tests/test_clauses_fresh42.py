"""Quick reading 43: a relative clause the tagger opened with an article cut the main
clause before its verb phrase. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _items(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language))
            if q.family == "comprehension" and q.type != "cloze"]


def test_a_relative_clause_the_tagger_opened_with_an_article_keeps_the_verb_phrase():
    text = ("Der Sommer in Lindach war trocken. Landwirt Klaus Ebert selbst will nach der "
            "Ernte, die Ende Oktober beginnen soll, Bilanz ziehen. Sein Hof hat 40 Kühe.")
    got = [q.prompt for q in _items(text, "de") if q.skill == "who"]
    assert not [p for p in got if p.rstrip("?").endswith("nach der Ernte")], got
