"""Blind review 36: a comprehension prompt that prints the body's wording a headline item asks
for ('Die Überschrift meldet „Sechs Wochen“. Welche Angabe macht der Artikeltext dazu? - Rund
sechs Wochen' beside the cloze 'Rund sechs Wochen beträgt die Wartezeit ..., im vergangenen
Sommer waren es noch knapp ____ Wochen') answers it."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import LENIENT, RELAXED, _gives_away, select


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


def test_a_cloze_printing_a_name_answers_a_gap_on_it_in_a_short_set_too():
    # blind review 37 de_kirchenfenster: 'Ein modernes Fenster der Künstlerin ___ ...' - Mira
    # Lendt beside a cloze on another sentence printing 'Glaskünstlerin Mira Lendt'
    gap_text = "Ein modernes Fenster der Künstlerin Jana Vossberg soll im Sommer eingebaut werden."
    gap = _q("gap", "comprehension", "cloze", "who", "Ergänze die Lücke: Ein modernes Fenster "
             "der Künstlerin ________ soll im Sommer eingebaut werden.", "Jana Vossberg", 4,
             gap_text)
    shown_text = ("Am Sonntag stellte der Kirchenvorstand den Entwurf der Glaskünstlerin Jana "
                  "Vossberg vor.")
    shown = _q("shown", "comprehension", "cloze", "when", "Ergänze die Lücke: Am ________ "
               "stellte der Kirchenvorstand den Entwurf der Glaskünstlerin Jana Vossberg vor.",
               "Sonntag", 6, shown_text)
    assert _gives_away(shown, gap) and _gives_away(shown, gap, relaxed=RELAXED)
    # a set that would have fewer than ten questions without the gap keeps it
    assert not _gives_away(shown, gap, relaxed=LENIENT)


def test_a_source_item_on_the_quotations_other_sentence_answers_the_who_said_item():
    # blind review 39 en_agricultural_show Q7/Q8
    first = "“It is like being asked to leave the home you grew up in,” Ruth Penhale told ITV News."
    second = "“But we were never going to let the fair die.”"
    source = _q("source", "media_literacy", "multiple_choice", "source", "The article takes "
                "this information from another news outlet: “‘It is like being asked to leave "
                "the home you grew up in,’ Ruth Penhale told ___.” Which outlet fills the gap?",
                "ITV News", 10, first, options=["ITV News", "Sky News", "BBC News",
                                                "Channel 5 News"])
    who = _q("who", "media_literacy", "multiple_choice", "attribution", "Who said this, "
             "according to the article? “But we were never going to let the fair die.”",
             "Ruth Penhale", 11, second, options=["Ruth Penhale", "Tom Ashby", "Jack Reed",
                                                  "Ann Cole"])
    assert _gives_away(source, who)
