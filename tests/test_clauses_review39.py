"""An adverbial Vorfeld is no subject (review 39 de_spargelernte Q1: 'Was fehlen kurz vor dem
Start der Saison? - den Spargelbauern Hunderte Saisonkräfte'), on invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.generate.clauses import subject_like
from quizgen.pipeline import analyze, load_article

TEXT = """Köche gesucht

Kurz vor dem Beginn der Ferien fehlen den Gastwirten Dutzende Köche. Viele Betriebe wollen \
ihre Küchen deshalb mittags schließen.
"""


def test_no_what_question_with_the_adverbial_as_subject() -> None:
    qs = wh.generate(analyze(load_article(TEXT)))
    bad = [q.prompt for q in qs if q.prompt.startswith("Was fehlen")]
    assert not bad, bad


def test_adverb_and_preposition_is_no_subject() -> None:
    a = analyze(load_article(TEXT))
    toks = a.sentences[1].tokens[:6]
    assert [t.text for t in toks][:2] == ["Kurz", "vor"]
    assert not subject_like(toks)
