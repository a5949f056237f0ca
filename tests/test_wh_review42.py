"""Blind reviews 40-42 (comprehension): wh-question wording. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.model import Article
from quizgen.pipeline import analyze, generate

from .helpers import analysed


def _prompts(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in generate(analysed(text, language)).questions]


def test_a_duration_is_asked_wie_lange():
    # review 40 de_strassenumbenennung #4: 'Wie lang war ... diskutiert worden?'
    got = _prompts("Der Gemeinderat von Obertal hat am Dienstag den Bau eines Hallenbads "
                   "beschlossen. Über den Antrag war zuvor im Bauausschuss mehr als drei "
                   "Stunden lang gestritten worden. Die Kosten liegen bei 12 Millionen Euro.")
    durations = [p for p, a in got if "drei Stunden" in a]
    assert durations, got
    assert all(p.startswith("Wie lange ") for p in durations), durations


def _candidates(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analysed(text, language))]


def test_a_reflexive_goes_right_after_the_verb_in_a_why_question():
    # review 42 de_schornsteinfeger #2: 'Warum haben mehr als 60 Hausbesitzer aus ... sich
    # ... gemeldet?'
    got = _candidates("Der Streit um die Müllgebühren in Haldenbach geht weiter. Mehr als 40 "
                   "Mieter aus Haldenbach und den Nachbardörfern haben sich beim Mieterbund "
                   "beschwert, weil die Gebühren um ein Drittel gestiegen sind. Der "
                   "Bürgermeister will die Zahlen prüfen.")
    why = [p for p, a in got if p.startswith("Warum")]
    assert why, got
    assert all(p.startswith("Warum haben sich mehr als 40 Mieter") for p in why), why


def test_a_past_year_has_no_option_after_the_page_date():
    # review 42 en_shoplifting #3: 2028 offered for a year counted before a page of 2027
    from quizgen.model import Block as B

    text = ("By Ann Lee | Monday 8 March 2027\n\n"
            "Thefts from shops in Harlow rose to about 1,200 in 2026, police said. "
            "The figure was 800 a year before. Shop owner Sam Reed said staff felt unsafe.")
    body = text.index("Thefts")
    art = Article(text=text, language="en", title="",
                  blocks=[B("byline", 0, body - 2, text[:body - 2]),
                          B("body", body, len(text), text[body:])])
    for q in wh.generate(analyze(art)):
        if q.answer in {"2026", "2025"}:
            assert all(int(o) <= 2027 for o in q.options), (q.prompt, q.options)
