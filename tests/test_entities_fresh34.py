"""Fresh reading 34 (jugendparlament Q12): 'Der Gemeinderat hat sich verpflichtet ...' after
'Gemeinderat Klaus Engelhardt' is the council, not the councillor. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _analysis(text: str):
    return analysed(text)


def test_the_council_is_not_the_councillor():
    text = ("Stadtrat Bernd Kowalski (CDU) sagte, er erwarte eine lange Debatte über das "
            "Freibad. Der Stadtrat hat sich aber verpflichtet, bis Ende März über die "
            "Sanierung zu entscheiden.")
    a = _analysis(text)
    kowalski = next(e for e in a.entities if e.name == "Bernd Kowalski")
    at = text.index("Der Stadtrat")
    assert not [m for m in kowalski.mentions if m.start >= at], kowalski.mentions
    answers = {q.prompt: q.answer for q in candidates(a) if q.skill == "who"}
    assert "Bernd Kowalski" not in [v for k, v in answers.items() if "verpflichtet" in k], \
        answers


def test_a_town_with_a_town_council_is_no_person():
    text = ("For the first time since 1981, Little Harwood has a brass band. Little Harwood "
            "Town Council paid for the instruments. A contest will take place in Upper "
            "Fenwick in June, and bandleader Tom Price said the band would enter.")
    a = analysed(text, "en")
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Little Harwood") in {"LOC", None}, labels
    assert labels.get("Upper Fenwick") in {"LOC", None}, labels
    assert labels.get("Tom Price") == "PER", labels
    answers = [q.answer for q in candidates(a) if q.skill == "who"]
    assert "Little Harwood" not in answers, answers


def test_a_club_title_names_the_club():
    text = ("Nicht alle sind zufrieden. Der Schützenverein kritisiert die neue Halle. "
            "Vereinsvorsitzender Gerd Hansen sagte, der Bau sei zu teuer gewesen. "
            "Der Förderverein der Grundschule sammelt dagegen Spenden.")
    a = _analysis(text)
    hansen = next(e for e in a.entities if e.name == "Gerd Hansen")
    assert hansen.role == "Vorsitzender des Schützenvereins", hansen.role


def test_a_role_after_the_bodys_possessive():
    text = ("\"Empty shops cost us all,\" said Councillor Maya Reed, the council's cabinet "
            "member for housing. The scheme starts in April.")
    a = analysed(text, "en")
    reed = next(e for e in a.entities if e.name == "Maya Reed")
    assert reed.role == "the council's cabinet member for housing", reed.role


def test_an_acronym_answer_names_the_compound_it_stands_for():
    text = ("Die Lehrerkonferenz hat das Verbot beschlossen. Der Elternrat hatte dagegen "
            "gestimmt. Der ER hatte vorgeschlagen, eine Sprechstunde einzurichten, statt das "
            "Verbot sofort einzuführen.")
    a = _analysis(text)
    answers = [q.answer for q in candidates(a) if q.skill == "who" and "Sprechstunde" in
               q.prompt and q.type != "cloze"]
    assert answers and all(x == "der Elternrat (ER)" for x in answers), answers
