"""Blind review 14 and quick reading 20, newspaper syntax in questions (invented text): a
name's age between commas stays out of a question; 'by' with the past perfect keeps it; a
fronted adverbial of a saying goes before what was said; a German genitive after a counted
noun moves with it."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

EN = """Village shop to close after storm

Retired baker Alan Moss, 71, opened his village shop in 1998. By Tuesday evening, Kelby Parish \
Council had declared the shop unsafe. In a statement, council leader Ruth Dale said the council \
had "every sympathy for the owner". Staff member Jo Hart, 24, has worked in the shop for nine \
years.
"""

DE = """Neue Zählung im Landkreis

Forscher der Universität Kelbach haben zwischen Mai und August 2026 mehr als 400 Nester des \
Vogels im Landkreis gezählt. Die Zählung soll im nächsten Jahr wiederholt werden.
"""


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analyze(load_article(text)))]


def test_no_age_between_commas_in_a_question() -> None:
    prompts = _prompts(EN)
    assert "In what year did retired baker Alan Moss open his village shop?" in prompts, prompts
    assert not any(", 71," in p or ", 24," in p for p in prompts), prompts


def test_by_when_keeps_the_past_perfect() -> None:
    prompts = _prompts(EN)
    assert "By when had Kelby Parish Council declared the shop unsafe?" in prompts, prompts


def test_a_fronted_adverbial_of_saying_goes_before_what_was_said() -> None:
    prompts = _prompts(EN)
    said = [p for p in prompts if p.startswith("Who said") and "sympathy" in p]
    assert said == ['Who said in a statement that the council had "every sympathy for the '
                    'owner"?'], prompts


def test_a_genitive_moves_with_the_counted_noun() -> None:
    prompts = _prompts(DE)
    many = [p for p in prompts if p.startswith("Wie viele Nester")]
    assert many and all(p.startswith("Wie viele Nester des Vogels ") for p in many), prompts


WITNESSES = """Einbruch in Kelbach

Unbekannte sind in der Nacht zu Montag in die Grundschule Kelbach eingebrochen. Sie stahlen \
nach Angaben der Polizei 20 Laptops. Die Polizei bittet Zeugen, sich unter der Telefonnummer \
0800 1234567 zu melden. Police in Kelby have appealed for witnesses to come forward.
"""


def test_the_call_for_witnesses_is_no_who_question() -> None:
    from quizgen.select import MIN_SCORE

    qs = [q for q in wh.generate(analyze(load_article(WITNESSES))) if "Zeugen" in q.prompt]
    assert all(q.score < MIN_SCORE for q in qs), [(q.prompt, q.score) for q in qs]
