"""Unproven claims quick readings 36 and 37 found no evidence question for, their flag words
new: 'Eine Berechnung dazu wurde bisher nicht veröffentlicht', 'Belegt ist diese Zahl für
Hohenweiler allerdings nicht', 'Unabhängig überprüft wurde diese Zahl nicht', 'Ob das stimmt,
ist offen' after a rumour, 'the claim cannot be proved', 'That claim is hard to test',
'Police stressed that this had not been confirmed'."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _claims(text: str) -> list[str]:
    analysis = analyze(load_article(text))
    return [analysis.sentences[m.claim_sentence].text for m in analysis.markers
            if m.kind == "no_evidence"]


EN = ("New car park for Elmsbury\n\nThe district council will build a car park behind the "
      "station, it said on Tuesday.\n\n")
DE = ("Neuer Parkplatz in Lindach\n\nDie Stadt baut hinter dem Bahnhof einen Parkplatz, teilte "
      "sie am Dienstag mit.\n\n")


@pytest.mark.parametrize("text, claim", [
    (DE + "Der Förderverein rechnet mit Einsparungen von mindestens 30.000 Euro im Jahr. Eine "
     "Berechnung dazu wurde bisher nicht veröffentlicht.", "Der Förderverein rechnet"),
    (DE + "Der Naturschutzbund sagt, auf der Fläche lebten bis zu 500 Arten. Belegt ist diese "
     "Zahl für Lindach allerdings nicht.", "Der Naturschutzbund sagt"),
    (DE + "Die Bürgerinitiative behauptet, der Parkplatz koste 2 Millionen Euro. Unabhängig "
     "überprüft wurde diese Zahl allerdings nicht.", "Die Bürgerinitiative behauptet"),
    (DE + "In der Stadt kursiert die Behauptung, der Investor wolle später Wohnungen bauen. Ob "
     "das stimmt, ist offen.", "In der Stadt kursiert die Behauptung"),
    (EN + "Some residents say the site was once a Roman cemetery. However, no remains were "
     "found during the survey, and the claim cannot be proved, the archaeologist said.",
     "Some residents say"),
    (EN + "Councillor Jane Holt said the car park would cut traffic in the high street by a "
     "third. That claim is hard to test, however.", "Councillor Jane Holt said"),
    (EN + "Several residents claimed that the trees had been cut down at night. Police stressed "
     "that this had not been confirmed.", "Several residents claimed"),
])
def test_the_new_flag_words_mark_the_claim(text, claim):
    found = _claims(text)
    assert found and all(c.startswith(claim) for c in found), found


@pytest.mark.parametrize("text", [
    DE + "Die Stadt hat eine Berechnung veröffentlicht. Eine Berechnung dazu wurde im Mai "
    "veröffentlicht.",
    DE + "Der Stadtrat tagt am Montag. Ob der Parkplatz im Mai öffnet, ist offen.",
    EN + "The survey proved that the site had been a Roman cemetery.",
])
def test_plain_reports_and_open_plans_are_no_flag(text):
    assert _claims(text) == []


def test_a_claim_that_has_not_been_tested_stays_on_its_own_sentence():
    # 'that' opening the flag is a relative pronoun here, not a pointer back
    text = (EN + "Councillor Ann Bell said the money should go to the library. She also "
            "suggested that few drivers used the station, a claim that has not been tested by "
            "any survey.")
    assert [c[:22] for c in _claims(text)] == ["She also suggested tha"]


@pytest.mark.parametrize("text, claim", [
    (DE + "Die Polizei sucht Zeugen. Im Ort kursiert die Behauptung, Jugendliche hätten auf "
     "dem Platz Feuer gemacht; belegt ist das bislang nicht.", "Im Ort kursiert"),
    (EN + "Traders have gone further, claiming that trade could fall by as much as a fifth. "
     "That figure has not been backed by any published study.", "Traders have gone further"),
])
def test_quick_reading_39_flags_mark_the_claim(text, claim):
    # a rumour with its flag after a semicolon; 'That figure has not been backed by'
    found = _claims(text)
    assert found and all(c.startswith(claim) for c in found), found


@pytest.mark.parametrize("text, claim", [
    (DE + "Unter Anwohnern wird seit Wochen erzählt, der Investor habe schon einen Käufer. Ob "
     "das stimmt, ist offen.", "Unter Anwohnern wird"),
    (DE + "Einige Anwohner berichteten, nachts Wildschweine auf dem Gelände gesehen zu haben. "
     "Bestätigt ist ein Vorkommen in Lindach bisher nicht.", "Einige Anwohner berichteten"),
])
def test_quick_reading_38_flags_mark_the_claim(text, claim):
    # a rumour told ('wird erzählt'), 'Bestätigt ist ein Vorkommen ... bisher nicht'
    found = _claims(text)
    assert found and all(c.startswith(claim) for c in found), found
