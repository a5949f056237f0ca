"""A 'Wer sagt was?' item prints its statements: a comprehension question on one of them
asks again who said it, or has its answer printed there (quick reading 25: 'Wer sagte dem
Lindenauer Boten, ...? - Sabine Krüger' beside the row of Krüger's statement; the cloze
'... nicht vor ____ eröffnet werde' beside the statement 'Die Strecke werde nicht vor
Herbst 2028 eröffnet.')."""

from __future__ import annotations

import pytest

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select


def _ev(*sentences: tuple[int, str]) -> list[Evidence]:
    return [Evidence(i, 0, len(t), t) for i, t in sentences]


SAID = "Die Bibliothek werde ab Januar 70 Stunden geöffnet sein, sagte Leiterin Anna Roth."
OTHER_SAID = "Ein Gutachten sei nicht nötig, sagte Kämmerer Paul Stein."
ROWS = Question(
    id="rows", family="media_literacy", type="matching", skill="attribution",
    prompt="Wer sagt was?", answer="Anna Roth = Die Bibliothek werde ab Januar 70 Stunden "
    "geöffnet sein.\nPaul Stein = Ein Gutachten sei nicht nötig.",
    options=["Ein Gutachten sei nicht nötig.",
             "Die Bibliothek werde ab Januar 70 Stunden geöffnet sein."],
    pairs=[["Anna Roth", "Die Bibliothek werde ab Januar 70 Stunden geöffnet sein."],
           ["Paul Stein", "Ein Gutachten sei nicht nötig."]],
    evidence=_ev((3, SAID), (8, OTHER_SAID)), score=0.6)
BOTH = Settings(families=["comprehension", "media_literacy"])


@pytest.mark.parametrize("asked", [
    Question(id="who", family="comprehension", type="short_answer", skill="who",
             prompt="Wer sagte, die Bibliothek werde ab Januar 70 Stunden geöffnet sein?",
             answer="Anna Roth", evidence=_ev((3, SAID)), score=0.8),
    Question(id="gap", family="comprehension", type="cloze", skill="how_many",
             prompt="Ergänze die Lücke: Die Bibliothek werde ab Januar ____ Stunden geöffnet "
                    "sein, sagte Leiterin Anna Roth.", answer="70",
             evidence=_ev((3, SAID)), score=0.8),
    # quick reading 26: the attribution item and a true statement on who said it
    Question(id="attr", family="media_literacy", type="multiple_choice", skill="attribution",
             prompt="Wer sagte, die Bibliothek werde ab Januar 70 Stunden geöffnet sein?",
             answer="Anna Roth", options=["Anna Roth", "Paul Stein"], evidence=_ev((3, SAID)),
             score=0.8),
    Question(id="tf", family="comprehension", type="true_false", skill="who",
             prompt="Richtig oder falsch? Anna Roth sagte, die Bibliothek werde ab Januar 70 "
                    "Stunden geöffnet sein.", answer="Richtig", options=["Richtig", "Falsch"],
             evidence=_ev((3, SAID)), score=0.8),
])
def test_a_statement_of_the_matching_item_asked_again_makes_one_item(asked):
    assert [q.id for q in select([asked, ROWS], BOTH)] == [asked.id]


def test_a_question_on_another_sentence_stands_beside_the_matching_item():
    other = Question(id="when", family="comprehension", type="short_answer", skill="when",
                     prompt="Wann öffnet die neue Bibliothek?", answer="im Januar",
                     evidence=_ev((1, "Die neue Bibliothek öffnet im Januar.")), score=0.8)
    assert {q.id for q in select([other, ROWS], BOTH)} == {"when", "rows"}
