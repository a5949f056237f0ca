"""Unproven claims quick readings 34 and 35 found no evidence question for: their flag words
were new ('Ob das stimmt, konnte die Verwaltung nicht bestätigen', 'Eine Studie dazu konnte der
Verein nicht vorlegen', 'Belegt ist das bislang allerdings nicht', 'found no document to prove
it', 'far too early to say whether that was true', 'had not seen any figures that would support
that estimate')."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _claims(text: str) -> list[str]:
    analysis = analyze(load_article(text))
    return [analysis.sentences[m.claim_sentence].text for m in analysis.markers
            if m.kind == "no_evidence"]


EN = ("Quarry plans divide village\n\nA firm wants to reopen the old quarry above Thornby, the "
      "county council said on Monday.\n\n")
DE = ("Streit um den Steinbruch\n\nEine Firma will den alten Steinbruch bei Hornbach wieder "
      "öffnen, teilte das Landratsamt am Montag mit.\n\n")


@pytest.mark.parametrize("text, claim", [
    (DE + "Der Kreisrat Udo Breiner behauptete in der Sitzung, der Steinbruch habe früher 200 "
     "Menschen beschäftigt. Ob das stimmt, konnte das Landratsamt am Dienstag nicht bestätigen.",
     "Der Kreisrat Udo Breiner behauptete"),
    (DE + "Bei anderen Steinbrüchen seien die Hauspreise sogar gestiegen, behauptete "
     "Firmenchef Lars Wendt. Eine Studie dazu konnte die Firma auf Nachfrage nicht vorlegen.",
     "Bei anderen Steinbrüchen"),
    (DE + "Die Bürgerinitiative sagte, der Steinbruch sei schon um 1900 stillgelegt worden. "
     "Belegt ist das bislang allerdings nicht.", "Die Bürgerinitiative sagte"),
    (EN + "Campaigner Ruth Pike said she had been told by a neighbour that the quarry once "
     "poisoned the brook, although she admitted she had found no document to prove it.",
     "Campaigner Ruth Pike said"),
    (EN + "Councillor Alan Voss has claimed that the quarry would bring 60 new jobs. The "
     "geologist Dr Kay Ince said it was far too early to say whether that was true.",
     "Councillor Alan Voss has claimed"),
    (EN + "A residents' group has claimed that 400 lorries a week would use the lane. The "
     "council said it had not seen any figures that would support that estimate.",
     "A residents' group has claimed"),
])
def test_the_new_flag_words_mark_the_claim(text, claim):
    found = _claims(text)
    assert found and all(c.startswith(claim) for c in found), found


@pytest.mark.parametrize("text", [
    DE + "Der Kreisrat Udo Breiner sagte, der Steinbruch habe früher 200 Menschen beschäftigt. "
    "Ob das Werk wieder öffnet, konnte das Landratsamt am Dienstag noch nicht sagen.",
    DE + "Die Firma legte eine Studie vor. Eine Studie dazu konnte die Firma rasch vorlegen.",
    EN + "Campaigner Ruth Pike found an old document to prove that the path was public.",
    EN + "The council said it was too early to say whether the quarry would reopen in May.",
])
def test_questions_still_open_and_proofs_given_are_no_flag(text):
    assert _claims(text) == []
