"""Blind review 21: 'The club's former owners, the Hollis family, sold the land ... Club
secretary Graham Hollis said ...' -> 'Who sold the land? - Graham Hollis'. A family is not
the one person of that surname. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _analysis(text: str, language: str):
    return analysed(text, language)


def test_the_family_is_not_the_person_en():
    text = ("The farm's previous owners, the Pendry family, sold the barn to a developer in "
            "May. Parish clerk Alan Pendry said the village had lost a landmark.")
    a = _analysis(text, "en")
    alan = next(e for e in a.entities if e.name == "Alan Pendry")
    assert all(m.sentence == 1 for m in alan.mentions), alan.mentions
    answers = [q.answer for q in candidates(a) if q.prompt.startswith("Who sold")]
    assert "Alan Pendry" not in answers, answers


def test_the_family_is_not_the_person_de():
    text = ("Familie Brunner verkaufte den Hof im Herbst an die Gemeinde. Ortsvorsteher "
            "Josef Brunner sagte, das sei eine gute Lösung. Brunner lebt seit 40 Jahren im "
            "Dorf.")
    a = _analysis(text, "de")
    josef = next(e for e in a.entities if e.name == "Josef Brunner")
    assert all(m.sentence != 0 for m in josef.mentions), josef.mentions
    assert any(m.sentence == 2 for m in josef.mentions), josef.mentions


def test_a_couple_is_not_the_person():
    text = ("Mr and Mrs Pendry sold the barn in May. Parish clerk Alan Pendry said the "
            "village had lost a landmark.")
    a = _analysis(text, "en")
    alan = next(e for e in a.entities if e.name == "Alan Pendry")
    assert all(m.sentence == 1 for m in alan.mentions), alan.mentions


def test_a_name_above_which_something_stands_is_a_place():
    text = ("A developer wants to put six turbines on the hill above Cwm Tegid. Farmer "
            "Dafydd Rees said he would welcome the rent.")
    a = _analysis(text, "en")
    place = next(e for e in a.entities if e.name == "Cwm Tegid")
    assert place.label == "LOC", place


def test_a_joint_college_is_one_name():
    text = ("The club is working with Burnley and Pendle College, whose students run the "
            "cafe. Coach Amy Hart said it had helped.")
    a = _analysis(text, "en")
    assert any(e.name == "Burnley and Pendle College" for e in a.entities), a.entities
    assert not any(e.name == "Pendle College" for e in a.entities), a.entities


def test_a_campaigns_name_holds_no_person():
    text = ("Opponents have formed a group called Save Ashford Green, which held a meeting "
            "on Monday. Resident Tom Walsh said the field mattered.")
    a = _analysis(text, "en")
    assert not [e for e in a.entities if e.label == "PER" and "Green" in e.name], a.entities
