"""Blind review 12 de_viertagewoche (seen again in round 2): a cloze gapped a detail of
'Das Land soll der Schule ... fünf Vertretungskräfte zugesagt haben', hearsay the article
does not vouch for, and took the slot of the evidence question on that sentence. A gap in a
claim the article calls unproven, unconfirmed or tells as hearsay asks students to learn it
as a fact. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str) -> list[str]:
    return [q.prompt for q in cloze.generate(analysed(text, language)) if q.score >= 0.35]


DE = ("Die Grundschule Auental bleibt am Montag geschlossen. Der Kreis soll der Schule schon "
      "im Frühjahr sieben neue Lehrkräfte versprochen haben. Angekommen ist bisher keine. Ab "
      "dem 3. März sollen 240 Kinder wieder in ihre Klassen zurückkehren.")
EN = ("Harwick primary school will close on Monday. The county reportedly promised the school "
      "seven new teachers in the spring. None has arrived. A post online claimed that the "
      "heating had failed 14 times last winter. The claim has not been confirmed. From 3 "
      "March, 240 pupils are due to return to their classrooms.")


def test_no_gap_in_hearsay_de():
    prompts = _gapped(DE, "de")
    assert not any("versprochen haben" in p for p in prompts), prompts
    assert any("zurückkehren" in p for p in prompts), prompts  # the plain fact keeps its gap


def test_no_gap_in_hearsay_or_an_unconfirmed_claim_en():
    prompts = _gapped(EN, "en")
    assert not any("reportedly" in p for p in prompts), prompts
    assert not any("heating had failed" in p for p in prompts), prompts
    assert any("return to their classrooms" in p for p in prompts), prompts


def test_no_gap_for_a_service_its_work_names():
    # blind review 92 en_taxi_rank #2 (D): '____ said officers had been at the scene but no
    # arrests were made' - Kent Police
    text = ("Drivers blocked the road outside Merton station on Friday. Wessex Police said "
            "officers had attended but no arrests were made. Wessex Police said it would "
            "review the footage of the protest. Firefighters from Dorset Fire and Rescue "
            "Service were also called.")
    prompts = _gapped(text, "en")
    assert not any("officers had attended" in p for p in prompts), prompts
