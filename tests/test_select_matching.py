"""One media-literacy exercise asked once: a matching item 'Who says what?' answers a
multiple-choice 'Which account ... comes from X?' whose answer is one of its parts (blind
review 13: Rachel Dunn asked twice with identical option texts), and a true/false item on a
caption repeats the multiple-choice item that asks which caption the body lacks (the seed)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

SAID = [
    "said the hall would close in March",
    "said the club had not been asked",
    "said she would write to the minister",
]
TEXT = "Hall manager Ann Fisk said the hall would close in March."


def _media(qtype: str, skill: str, prompt: str, options: list[str], answer,
           sentences: tuple[int, ...], score: float = 0.6) -> Question:
    return Question(id=f"{qtype}-{skill}", family="media_literacy", type=qtype, skill=skill,
                    prompt=prompt, options=options, answer=answer,
                    evidence=[Evidence(s, 0, len(TEXT), TEXT) for s in sentences], score=score)


MATCHING = _media("matching", "attribution", "Who says what? Match each person with the "
                  "statement the article reports from them.", SAID,
                  ["Ann Fisk = " + SAID[0], "Ben Cole = " + SAID[1], "Mia Roy = " + SAID[2]],
                  sentences=(4, 9, 12))
WHOSE = _media("multiple_choice", "interested_party", "Which account of events does the "
               "article give as coming from Ann Fisk? Complete: Ann Fisk …", SAID, SAID[0],
               sentences=(4,), score=0.7)
EVIDENCE = _media("multiple_choice", "evidence", "For which statement does the article say "
                  "explicitly that no evidence was given?", SAID, SAID[1], sentences=(9,))


def test_whose_account_and_matching_on_the_same_parts_are_one_exercise():
    chosen = select([MATCHING, WHOSE], Settings(families=["media_literacy"]))
    assert len(chosen) == 1


def test_a_question_on_evidence_may_offer_the_same_statements():
    """It asks which claim lacks evidence, not whose it is: both stay."""
    chosen = select([MATCHING, EVIDENCE], Settings(families=["media_literacy"]))
    assert len(chosen) == 2


def test_whose_account_on_a_statement_the_matching_lacks_stays():
    """The matching item says nothing of whose 'said the roof was safe' is."""
    other = _media("multiple_choice", "interested_party", WHOSE.prompt,
                   [SAID[0], SAID[1], "said the roof was safe"], "said the roof was safe",
                   sentences=(4,), score=0.7)
    chosen = select([MATCHING, other], Settings(families=["media_literacy"]))
    assert len(chosen) == 2


def test_whose_account_with_one_more_option_is_still_answered_by_the_matching():
    more = _media("multiple_choice", "interested_party", WHOSE.prompt,
                  [*SAID, "said the roof was safe"], SAID[0], sentences=(4,), score=0.7)
    chosen = select([MATCHING, more], Settings(families=["media_literacy"]))
    assert len(chosen) == 1


CAPTION = "Der Bürgermeister droht offen mit der Schließung des alten Hallenbads."
CAPTION_TRUE_FALSE = Question(
    id="tf-caption", family="media_literacy", type="true_false", skill="headline",
    prompt=f"Der Artikeltext berichtet ebenfalls, was die Bildunterschrift „{CAPTION}“ sagt.",
    options=["Richtig", "Falsch"], answer="Falsch",
    evidence=[Evidence(3, 0, len(CAPTION), CAPTION)], score=0.6)
CAPTION_CHOICE = Question(
    id="mc-caption", family="media_literacy", type="multiple_choice", skill="headline",
    prompt="Welche dieser Aussagen aus Überschriften oder Bildunterschriften findet sich so "
           "nicht im Artikeltext?",
    options=[CAPTION, "Hallenbad: Sanierung kostet Millionen"], answer=CAPTION,
    evidence=[Evidence(3, 0, len(CAPTION), CAPTION), Evidence(8, 0, 10, "Die Sanierung")],
    score=0.65)


def test_one_caption_is_not_asked_as_true_false_and_as_multiple_choice():
    chosen = select([CAPTION_TRUE_FALSE, CAPTION_CHOICE], Settings(families=["media_literacy"]))
    assert [q.id for q in chosen] == ["mc-caption"]
