"""Quick readings 26 and 27 and a lead's dump (not blind material): garbled questions from a
participle before the verb, a count with its own participle, 'both' as a count, an
organisation that opens or closes asked 'who', a how-many on a measure adjective, two
coordinated past verbs read as one. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _questions(text: str, language: str = "en") -> list:
    return [q for q in candidates(analysed(text, language)) if q.family == "comprehension"]


def _prompts(text: str, language: str = "en") -> list[str]:
    return [q.prompt for q in _questions(text, language) if q.type != "cloze"]


def test_a_participle_with_a_particle_before_the_verb():
    text = ("Meanwhile, the number of hot meals given out has doubled since March. The "
            "charity needs more cooks.")
    prompts = _prompts(text)
    assert not [p for p in prompts if p.startswith("What given out")], prompts


def test_an_attributive_participle_is_not_the_verb():
    text = ("Plans for a two-mile guided bus route along Elm Road have divided the town, with "
            "more than 300 objections lodged before Friday.")
    prompts = _prompts(text)
    assert not [p for p in prompts if "guide bus" in p or ", lodged" in p], prompts


def test_both_is_no_count():
    prompts = _prompts("Both teams have a case, but the row has turned sour. The league "
                       "will decide in May.")
    assert not [p for p in prompts if p.startswith("How many teams")], prompts


def test_an_organisation_that_closes_is_no_who():
    prompts = _prompts("Eastfield Community Pantry will close on Mondays from January. "
                       "Kelby Council will close the library in May.")
    assert not [p for p in prompts if p.startswith("Who will close on Mondays")], prompts
    assert "Who will close the library in May?" in prompts, prompts


def test_a_measure_adjective_is_no_count():
    prompts = _prompts("The developer says the masts would be up to 60 metres tall. Work "
                       "could start next year.")
    assert not [p for p in prompts if p.startswith("How many metres")], prompts


def test_two_past_verbs_are_asked_apart():
    prompts = _prompts("The tribunal docked 15 points and fined the club £3,000. The club "
                       "will appeal.")
    assert "How much did the tribunal fine the club?" in prompts, prompts
    assert not [p for p in prompts if "and fined" in p], prompts


def test_a_fronted_connective_is_left_out():
    prompts = _prompts("Außerdem sollen nach den neuen Plänen rund 60 Bäume am Ufer fallen. "
                       "Die Stadt prüft Alternativen.", "de")
    assert not [p for p in prompts if "außerdem" in p.lower()], prompts
    assert any(p.startswith("Wie viele Bäume sollen") for p in prompts), prompts
