"""Blind review 13 (comprehension), each fault on invented text: a facility ('the Riverside
Skatepark') and a firm ('Das Busunternehmen Weiler Reisen') offered among persons; 'Who has
skated at Riverside?' that lost 'since he was nine'; a why-key in the Konjunktiv I ('... gegeben
werden könne'); 'Wie viele Minuten dauert eine Spende rund eine Stunde, die eigentliche
Blutabnahme?'; 'Wie viele Euro koste der Führerschein?'."""

from __future__ import annotations

import re

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

EN = """Skatepark to close

Kelby Council wants to demolish the Riverside Skatepark to build a car park. Council leader \
Graham Oduya defended the plans on Monday. Tom Pike, 16, has skated at Riverside since he was \
nine. His mother, Lisa Pike, said teenagers would end up on the streets. Skater Mia Fennell \
started a petition. Councillor Priya Shah said the vote would come in January.
"""

DE = """Busse fallen aus

Seit Montag fallen im Landkreis Talheim mehrere Schulbuslinien aus. Das Busunternehmen \
Weiler Reisen begründet die Ausfälle mit Personalmangel. Geschäftsführer Jens Hartkopf \
verspricht eine schnelle Lösung. Landrätin Sabine Roth kritisierte die Firma. Neue Fahrer zu \
finden sei schwierig, weil der Führerschein für Busse mehr als 10.000 Euro koste. Besonders \
Fahrer der Klasse D werden gebraucht, weil sie auch Reisebusse fahren dürfen könne. Eine \
Fahrt dauert rund eine Stunde, die eigentliche Strecke etwa zehn Minuten.
"""


def _questions(text: str) -> list:
    return list(wh.generate(analyze(load_article(text))))


def test_a_person_key_gets_persons_only() -> None:
    for q in _questions(EN) + _questions(DE):
        if q.skill == "who" and q.options:
            assert not any(o in {"Riverside Skatepark", "Weiler Reisen"} for o in q.options), q


def test_a_time_span_stays_with_its_clause() -> None:
    prompts = [q.prompt for q in _questions(EN)]
    assert "Who has skated at Riverside?" not in prompts, prompts


def test_no_reported_mood_left_in_a_german_question_or_key() -> None:
    qs = _questions(DE)
    assert not any(re.search(r"\bkoste\b", q.prompt) for q in qs), [q.prompt for q in qs]
    assert not any(isinstance(q.answer, str) and q.answer.endswith(" könne") for q in qs)
    assert not any("die eigentliche Strecke" in q.prompt for q in qs), [q.prompt for q in qs]
