"""Blind review 21, media literacy: faults found on unseen articles, tested on invented text."""

from __future__ import annotations

import pytest

from quizgen.generate.media_opinion import classify


@pytest.mark.parametrize("text,lang", [
    # a hedged attribution: what is held to be so, not what is shown
    ("Als Auslöser gilt ein defektes Ventil im Pumpwerk an der Seestraße, das seit Mai "
     "für rund 2 Millionen Euro erneuert wird.", "de"),
    ("Der Brückenpfeiler gilt seit 2019 als einsturzgefährdet.", "de"),
    ("Die beiden Brüder gelten in Oberfeld als die besten Schwimmer des Vereins.", "de"),
    ("Der Täter soll am Dienstag gegen 22 Uhr über den Zaun geklettert sein.", "de"),
    ("The fire is thought to have started in a kitchen on Mill Road on 4 March.", "en"),
    ("The owner is believed to have paid £40,000 for the building in 2019.", "en"),
    ("The driver was said to have been travelling at 60mph on the A30.", "en"),
    # a sentence that describes someone's attitude: a judgement about them
    ("Der Kassenwart Tim Brenner, 54, sieht die Lage deutlich entspannter.", "de"),
    ("Die Trainerin Nora Feld, 38, nimmt die Niederlage gelassen.", "de"),
    ("Bürgermeister Jens Haller zeigte sich am Mittwoch zuversichtlich.", "de"),
    ("Shop owner Ravi Shah, 47, is more relaxed about the roadworks.", "en"),
    ("Head teacher Ann Cole, 51, remains optimistic about the May deadline.", "en"),
])
def test_hedged_attribution_and_attitude_are_no_checkable_fact(text, lang):
    verdict, _ = classify(text, 0.05, lang)
    assert verdict != "fact", text


@pytest.mark.parametrize("text,lang", [
    ("Die neue Regel gilt ab dem 1. August für alle 14 Schulen im Kreis.", "de"),
    ("Die Kläranlage an der Seestraße wurde im Mai 2019 für 2 Millionen Euro erneuert.", "de"),
    ("The fire started in a kitchen on Mill Road on 4 March, the fire service said.", "en"),
    ("The club was founded in 1921 and has 340 members.", "en"),
])
def test_plain_facts_stay_facts(text, lang):
    verdict, _ = classify(text, 0.05, lang)
    assert verdict == "fact" or "said" in text, text
