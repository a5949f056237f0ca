"""Blind review 44 (comprehension, round 2): clozes. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze

from .helpers import analysed, body_article


def test_no_cloze_on_a_sentence_opening_with_demnach():
    # review 44 de_notfallpraxis #5: 'Demnach soll die Praxis ... ab dem ____ ...'
    text = ("Die Stadtwerke Bergheim haben den Mietern am Montag einen Brief geschickt. Demnach "
            "soll das Hallenbad ab dem 1. Mai nur noch bis 18 Uhr geöffnet sein. Das Freibad "
            "in Bergheim öffnet am 15. Mai.")
    got = [q.prompt for q in cloze.generate(analysed(text))]
    assert got, got
    assert not any("Demnach" in p for p in got), got


def test_a_body_of_a_place_is_accepted_without_the_place():
    # review 40 de_strassenumbenennung #1: only 'Stadtrat von Altenweiler' was accepted
    text = ("Nach langem Streit hat der Gemeinderat von Obertal beschlossen, die Schillerstraße "
            "umzubenennen. Die Anwohner hatten mehr als 300 Unterschriften gesammelt.")
    art = body_article(text)
    got = [q for q in cloze.generate(analyze(art)) if q.answer == "Gemeinderat von Obertal"]
    assert got, [(q.prompt, q.answer) for q in cloze.generate(analyze(art))]
    assert all("Gemeinderat" in q.accepted_answers for q in got), [
        q.accepted_answers for q in got]
