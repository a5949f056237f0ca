"""Blind review 38 de_heizoel_bach: under the headline 'Hunderte tote Fische' the gap went to
'Auf einer Strecke von rund ____ Kilometern ...' instead of '... mehr als ____ tote Fische':
a count of what the headline counts is the story's figure."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _counts_headline, _headline_counted, select

HEADLINE = "Gülle im Dorfteich: Dutzende tote Enten bei Lindau"
FIRST = "Aus einem Güllebehälter ist am Sonntag Gülle in den Teich gelaufen."
BODY = "Auf einer Länge von rund zwei Kilometern wurden seither mehr als 40 tote Enten gefunden."
TEXT = HEADLINE + "\n\n" + FIRST + "\n\n" + BODY
AT = len(HEADLINE) + len(FIRST) + 4
ARTICLE = {"text": TEXT, "blocks": [
    {"kind": "headline", "start": 0, "end": len(HEADLINE)},
    {"kind": "body", "start": len(HEADLINE) + 2, "end": len(HEADLINE) + 2 + len(FIRST)},
    {"kind": "body", "start": AT, "end": len(TEXT)}]}


def _gap(answer: str, score: float) -> Question:
    return Question(id=answer, family="comprehension", type="cloze", skill="how_many",
                    prompt="Ergänze die Lücke: " + BODY.replace(answer, "________"),
                    answer=answer, evidence=[Evidence(2, AT, len(TEXT), BODY)],
                    score=score)


def test_a_count_of_what_the_headline_counts_wins_its_sentence():
    distance, ducks = _gap("zwei", 0.56), _gap("40", 0.55)
    counted = _headline_counted(ARTICLE)
    assert counted == {"enten"}
    assert _counts_headline(ducks, counted) and not _counts_headline(distance, counted)
    chosen = select([distance, ducks], Settings(families=["comprehension"]), ARTICLE)
    assert [q.answer for q in chosen] == ["40"]
