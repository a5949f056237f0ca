"""Blind reviews 40-42 (comprehension): wh-question wording. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.model import Article, Block
from quizgen.pipeline import analyze, generate


def _prompts(text: str, language: str = "de") -> list[tuple[str, str]]:
    art = Article(text=text, language=language, title="",
                  blocks=[Block("body", 0, len(text), text)])
    return [(q.prompt, q.answer) for q in generate(analyze(art)).questions]


def test_a_duration_is_asked_wie_lange():
    # review 40 de_strassenumbenennung #4: 'Wie lang war ... diskutiert worden?'
    got = _prompts("Der Gemeinderat von Obertal hat am Dienstag den Bau eines Hallenbads "
                   "beschlossen. Über den Antrag war zuvor im Bauausschuss mehr als drei "
                   "Stunden lang gestritten worden. Die Kosten liegen bei 12 Millionen Euro.")
    durations = [p for p, a in got if "drei Stunden" in a]
    assert durations, got
    assert all(p.startswith("Wie lange ") for p in durations), durations


def _candidates(text: str, language: str = "de") -> list[tuple[str, str]]:
    art = Article(text=text, language=language, title="",
                  blocks=[Block("body", 0, len(text), text)])
    return [(q.prompt, q.answer) for q in wh.generate(analyze(art))]


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
