"""Blind reviews 34-36, question words: a thing named by a capitalised word that only ever
opens its sentence gets no 'who' (review35 en_red_squirrels Q1/Q4). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str, language: str = "en") -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text, language)) if q.score > 0]


def test_a_disease_opening_its_sentences_is_no_who():
    ps = _prompts("Beepox has been confirmed in honey bees at Marlow Wood, one of the last "
                  "strongholds of the species in the county. Volunteers fear the hives could be "
                  "wiped out within months. Beepox is carried by wasps, which are not harmed by "
                  "it, but it kills almost every bee that catches it.")
    assert not [p for p in ps if p.startswith("Who ")], ps


def test_a_firm_named_inside_a_sentence_is_still_who():
    ps = _prompts("Holbrook said on Monday that it would close its depot in Ashton. The firm "
                  "employs 40 drivers. Staff at Holbrook were told of the plan by letter.")
    assert [p for p in ps if p.startswith("Who ")], ps
