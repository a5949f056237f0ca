"""Blind review 21: role keys cut to the title ('Councillor Priya Nair, who chairs the
committee' -> 'councillor'; 'a researcher who studies care funding at ...' ->
'researcher'). The relative clause that says what the person does belongs to the key, and
the title alone is accepted too. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _roles(text: str, language: str) -> dict[str, object]:
    return {q.prompt: q for q in candidates(analysed(text, language))
            if q.skill == "role" and q.type == "short_answer"}


def test_who_chairs_belongs_to_the_role():
    text = ("Councillor Meera Shah, who chairs the licensing committee, said the bar would "
            "have to close at 11pm. \"We will look at every complaint,\" said Dr Owen Price, a "
            "lecturer who studies nightlife at Eastfield University.")
    roles = _roles(text, "en")
    shah = roles["What is Meera Shah's role according to the article?"]
    assert "chairs the licensing committee" in shah.answer, shah.answer
    assert "councillor" in shah.accepted_answers, shah.accepted_answers
    price = roles["What is Owen Price's role according to the article?"]
    assert "studies nightlife" in price.answer, price.answer
    assert "lecturer" in price.accepted_answers, price.accepted_answers


def test_a_german_relative_clause_belongs_to_the_role():
    text = ("Stadträtin Petra Lang, die den Sozialausschuss leitet, sagte, man prüfe alle "
            "Anträge. Die Entscheidung fällt im Mai.")
    roles = _roles(text, "de")
    lang = roles["Welche Funktion oder Rolle hat Petra Lang laut dem Artikel?"]
    assert "den Sozialausschuss leitet" in lang.answer, lang.answer
    assert "Stadträtin" in lang.accepted_answers, lang.accepted_answers
