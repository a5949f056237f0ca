"""Blind review 30: prompts that point back to what they do not name. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _prompts(text: str, language: str) -> list[str]:
    return [q.prompt for q in candidates(analysed(text, language))
            if q.family == "comprehension" and q.type != "cloze"]


def test_the_problem_from_the_sentence_before_is_not_asked():
    text = ("The youth football club in Barnley has lost three of its five coaches since "
            "January. Regional organiser Mark Ellison said the problem was not unique to "
            "Barnley. Club secretary Joanne Price said the club would hold a meeting on 3 "
            "March.")
    got = _prompts(text, "en")
    assert not [p for p in got if "the problem" in p], got


def test_das_problem_from_the_sentence_before_is_not_asked():
    text = ("Dem Sportverein Lindenau fehlen seit Januar drei Übungsleiter. Kreisvorsitzender "
            "Markus Ebner sagte, das Problem betreffe fast alle Vereine im Landkreis. Der "
            "Verein will am 3. März eine Versammlung abhalten.")
    got = _prompts(text, "de")
    assert not [p for p in got if "das Problem" in p], got


def test_the_problem_named_in_the_prompt_is_still_asked():
    text = ("The youth football club in Barnley has lost three of its five coaches since "
            "January. Regional organiser Mark Ellison said the problem of finding coaches "
            "was not unique to Barnley. Club secretary Joanne Price said the club would "
            "hold a meeting on 3 March.")
    got = _prompts(text, "en")
    assert [p for p in got if "the problem of finding coaches" in p], got


def test_a_subject_with_an_apposition_is_answered_by_the_name():
    text = ("The sports hall in Barnley has been closed since October. The owner, Barnley "
            "Borough Council, said a survey carried out in 2021 had found no damp. The hall "
            "is used by eleven clubs.")
    answers = [q.answer for q in candidates(analysed(text, "en")) if q.skill == "who"]
    assert not [a for a in answers if isinstance(a, str) and a.rstrip().endswith(",")], answers


def test_no_question_from_the_writers_rhetorical_surely():
    text = ("The youth football club in Barnley needs three new coaches by April. "
            "Surely a town of nearly 20,000 people can find three adults willing to give up "
            "a Saturday morning. Club secretary Joanne Price said the club would hold a "
            "meeting on 3 March.")
    got = _prompts(text, "en")
    assert not [p for p in got if "surely" in p.lower() or "20,000" in p], got


def test_no_question_from_doch_wohl():
    text = ("Dem Sportverein Lindenau fehlen drei Übungsleiter. In einer Stadt mit 20.000 "
            "Einwohnern müssen sich doch wohl drei Erwachsene finden lassen. Der Verein will "
            "am 3. März eine Versammlung abhalten.")
    got = _prompts(text, "de")
    assert not [p for p in got if "wohl" in p or "20.000" in p], got
