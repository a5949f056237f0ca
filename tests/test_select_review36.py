"""Blind review 36: a comprehension prompt that prints the body's wording a headline item asks
for ('Die Überschrift meldet „Sechs Wochen“. Welche Angabe macht der Artikeltext dazu? - Rund
sechs Wochen' beside the cloze 'Rund sechs Wochen beträgt die Wartezeit ..., im vergangenen
Sommer waren es noch knapp ____ Wochen') answers it."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _gives_away, select


def _q(qid: str, family: str, qtype: str, skill: str, prompt: str, answer: str,
       sentence: int, text: str, options: list[str] | None = None,
       score: float = 0.8) -> Question:
    return Question(id=qid, family=family, type=qtype, skill=skill, prompt=prompt,
                    answer=answer, options=options or [], evidence=[
                        Evidence(sentence, 0, len(text), text)], score=score)


BODY = "Rund vier Monate dauert die Sanierung der Brücke inzwischen, geplant war knapp einer."
HEADLINE = _q("headline", "media_literacy", "multiple_choice", "headline",
              "Die Überschrift meldet „Vier Monate“. Welche Angabe macht der Artikeltext dazu?",
              "Rund vier Monate", 3, BODY, options=[
                  "Rund vier Monate", "weniger als vier Monate", "mehr als vier Monate",
                  "genau vier Monate"], score=0.85)


def test_a_cloze_printing_the_bodys_wording_answers_the_headline_item():
    cloze = _q("cloze", "comprehension", "cloze", "how_many", "Ergänze die Lücke: Rund vier "
               "Monate dauert die Sanierung der Brücke inzwischen, geplant war knapp ________.",
               "einer", 3, BODY)
    assert _gives_away(cloze, HEADLINE)
    assert len(select([HEADLINE, cloze], Settings())) == 1


def test_a_prompt_with_other_words_leaves_the_headline_item():
    other = "Die Brücke an der Mühlenstraße ist seit vier Monaten für Autos gesperrt."
    cloze = _q("cloze", "comprehension", "cloze", "where", "Ergänze die Lücke: Die Brücke an "
               "der ________ ist seit vier Monaten für Autos gesperrt.", "Mühlenstraße", 5, other)
    assert not _gives_away(cloze, HEADLINE)
    assert len(select([HEADLINE, cloze], Settings())) == 2
