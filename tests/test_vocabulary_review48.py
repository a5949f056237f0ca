"""Blind review 48 (comprehension): a role question accepts the other title the text gives
the person. Invented text."""

from __future__ import annotations

from quizgen.generate import vocabulary

from .helpers import analysed


def test_the_captions_title_is_accepted_beside_the_bodys():
    # review 48 en_seaweed #2: 'chief executive' the only key; the caption's 'Founders Amy
    # Trevaskis and Joel Carne' made 'co-founder' a right answer
    text = ("Founders Jenna Pascoe and Tom Rowe in the workshop they rented in March. (Photo)"
            "\n\nChief executive Jenna Pascoe said the firm had grown fast. \"We are busy,\" "
            "she told BBC Radio Cornwall. Councillor Mark Dunn welcomed the plan.")
    roles = {q.prompt: q for q in vocabulary.generate(analysed(text, "en"))
             if q.type == "short_answer"}
    q = roles["What is Jenna Pascoe's role according to the article?"]
    assert q.answer == "chief executive", q
    assert {"founder", "co-founder"} <= set(q.accepted_answers), q.accepted_answers
    assert "executive" not in q.accepted_answers, q.accepted_answers


def test_a_degree_before_the_name_is_no_role():
    text = ("Chefärztin Dr. Anna Berg leitet die Station. Dr. Anna Berg sagte dem NDR, man "
            "brauche mehr Personal.")
    for q in vocabulary.generate(analysed(text)):
        assert "Dr." not in q.accepted_answers, q.accepted_answers
