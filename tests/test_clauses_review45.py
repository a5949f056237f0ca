"""Blind review 45 (comprehension, round 2): German clause bounds. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def test_a_noun_list_after_a_comma_runs_on_to_the_modal_s_infinitive():
    # review 45 de_entnahmeverbot #2: 'Seit wann darf niemand mehr Wasser aus Bächen?'
    text = ("Seit Dienstag darf niemand mehr Holz aus Wäldern, Parks und Gärten holen – auch "
            "Förster nicht. Wer sich nicht daran hält, muss mit einem Bußgeld rechnen.")
    got = [(q.prompt, q.answer) for q in wh.generate(analysed(text)) if q.skill == "when"]
    assert got, got
    assert all(p == "Seit wann darf niemand mehr Holz aus Wäldern, Parks und Gärten holen?"
               for p, _ in got), got
