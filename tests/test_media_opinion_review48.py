"""mediaA fixes of round 3 of 2026-11-28 (blind review 48): fact or opinion.
Sentences invented."""

from __future__ import annotations

import pytest

from quizgen.generate import media_opinion

ATTITUDES = [
    ("Trainerin Ute Lamprecht vom Sportverein Talheim sieht die neuen Regeln mit gemischten "
     "Gefühlen.", "de"),
    ("Der Vorsitzende Karl Ebner betrachtet den Umbau mit Skepsis.", "de"),
    ("Der Elternbeirat der Grundschule Talheim steht dem Umbau kritisch gegenüber.", "de"),
    ("Head teacher Tom Fraser of Eastby Primary views the new timetable with mixed "
     "feelings.", "en"),
    ("The Eastby Rowing Club regards the new bridge with suspicion.", "en"),
]


@pytest.mark.parametrize("text,lang", ATTITUDES)
def test_a_reported_attitude_is_no_checkable_fact(text, lang):
    # the reporter's characterisation of how somebody takes something (blind review 48
    # de_ganztag #14 keyed 'sieht die Pläne mit gemischten Gefühlen' a checkable fact)
    assert media_opinion.classify(text, 0.1, lang)[0] != "fact"


@pytest.mark.parametrize("text,lang", [
    ("Trainerin Ute Lamprecht sieht die Spieler am 4. Mai wieder auf dem Platz.", "de"),
    ("Head teacher Tom Fraser met the parents on 4 June with two governors.", "en"),
])
def test_a_plain_fact_with_see_or_with_stays_a_fact(text, lang):
    assert media_opinion.classify(text, 0.1, lang)[0] == "fact"


@pytest.mark.parametrize("text,lang", [
    ("A scheme that fines hundreds of careful parents every week is failing at its most "
     "basic task, which is keeping children safe.", "en"),
    ("A policy that leaves old people waiting for months has lost sight of who it is for.",
     "en"),
    ("Ein Konzept, das Hunderte Familien monatelang warten lässt, hat sein Ziel verfehlt.",
     "de"),
])
def test_the_writers_verdict_on_a_scheme_is_an_opinion(text, lang):
    # blind review 48 en_bus_gate: 'A scheme that catches thousands of ordinary drivers every
    # month is failing at its most basic task, ...' was never offered as the writer's opinion
    assert media_opinion.classify(text, 0.3, lang, closing=True)[0] == "opinion"
