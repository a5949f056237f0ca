"""A cloze gap on the story's topic (blind review 11: 'Wer eine Fähre auf dem ____ steuern
will' - Rhein, in an article on a 'Rheinfähre'), on invented text."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article


def test_no_gap_on_a_name_inside_a_compound_of_the_lead() -> None:
    a = analyze(load_article(
        "Fähre steht still\n\nDie Moselfähre zwischen Lindau und Bernhof fährt nicht mehr. "
        "Wer ein Schiff auf der Mosel steuern will, braucht ein Patent. Der Betreiber "
        "Klaus Ried sucht Personal. Pendler aus Bernhof fahren nun 30 Kilometer Umweg."))
    answers = [q.answer for q in cloze.generate(a)]
    assert "Mosel" not in answers, answers
    assert any(x in answers for x in ("Bernhof", "Lindau", "Klaus Ried", "30")), answers


def test_a_gap_on_a_defined_thing_is_a_what() -> None:
    a = analyze(load_article(
        "Paint ban\n\nThe council has banned old paint in Kelby. PCB are toxic chemicals once "
        "used in paint and cables. PCB were found in two schools. The Kelby Council said the "
        "ban starts in May."))
    skills = {q.skill for q in cloze.generate(a) if q.answer == "PCB" and "toxic" in q.prompt}
    assert skills and skills <= {"what"}, skills
