"""Round 3 after blind reviews 64-68 (comprehension): what/who answers that are only an
amount or a bare collective, people asked with 'what', and an offence asked as a reason.
Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _asked(text: str, language: str) -> dict[str, str]:
    return {q.prompt: str(q.answer) for q in wh.generate(analysed(text, language))}


def test_an_amount_of_something_is_no_what_answer_en():
    got = _asked("Most of the remaining repairs will be done by the parish council. Much of "
                 "the interest is being driven by retired walkers.", "en")
    assert not any(a.lower().startswith(("most of", "much of")) for a in got.values()), got


def test_a_bare_group_is_no_who_answer_de():
    got = _asked("Aufgefallen war der Schaden im Mai, als eine Gruppe von rund 30 Schülern "
                 "den Bach hinter der Schule untersuchte.", "de")
    assert "eine Gruppe" not in got.values(), got


def test_gangs_are_not_asked_with_what_en():
    got = _asked("Police believe criminal gangs may be shipping the stolen tractors abroad.",
                 "en")
    assert not any(p.startswith("What") and a == "criminal gangs" for p, a in got.items()), got


def test_an_offence_is_asked_as_an_offence_de():
    got = _asked("Die Polizei ermittelt in allen fünf Fällen wegen Sachbeschädigung. Das "
                 "Freibad bleibt wegen eines Rohrbruchs geschlossen.", "de")
    assert got.get("Wegen welcher Straftat ermittelt die Polizei in allen fünf Fällen?") == \
        "wegen Sachbeschädigung", got
    assert not any(p.startswith("Warum ermittelt") for p in got), got
    assert got.get("Warum bleibt das Freibad geschlossen?") == "wegen eines Rohrbruchs", got


def test_a_span_counted_from_an_event_is_no_count_en():
    got = _asked("The town's free minibus service will be scrapped at the end of the year, "
                 "barely 14 months after it was introduced, the council has said.", "en")
    assert not any(p.startswith("How many months") for p in got), got
    assert not any(p.endswith("14 months?") for p in got), got


def test_a_surname_that_is_a_preposition_stays_with_the_name_de():
    a = analysed("Baudezernent Holger Anstatt sprach von einer Verzögerung.", "de")
    assert [e.name for e in a.entities if e.label == "PER"] == ["Holger Anstatt"], a.entities
