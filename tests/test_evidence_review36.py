"""Unproven claims the blind reviews 31-36 found never asked: the flag stands in its own
sentence and points back ('Dafür gibt es nach Angaben der Polizei bislang keine Belege.',
'Für diese Behauptung gibt es bislang keinen Beleg', 'Nachgewiesen ist das bislang nicht',
'Bestätigt wurde das von keiner Seite', 'there was no evidence to support that claim',
'there is nothing in the council's records to support it'). The flag belongs to the claim
before, not to its own sentence."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _claims(text: str) -> list[str]:
    analysis = analyze(load_article(text))
    return [analysis.sentences[m.claim_sentence].text for m in analysis.markers
            if m.kind == "no_evidence"]


EN = ("New bus depot for Harwick\n\nThe county council will build a bus depot next to the "
      "ring road, it said on Monday.\n\n")
DE = ("Neuer Busbahnhof in Molzau\n\nDer Landkreis baut am Stadtrand einen Busbahnhof, teilte "
      "er am Montag mit.\n\n")


@pytest.mark.parametrize("text, claim", [
    (DE + "Im Internet wird behauptet, der Bauunternehmer sei mit dem Landrat verwandt. Dafür "
     "gibt es nach Angaben der Kreisverwaltung bislang keine Belege.", "Im Internet wird"),
    (DE + "Bei der Versammlung behauptete ein Anwohner, der Lärm werde Kinder krank machen. Für "
     "diese Behauptung gibt es bislang keinen Beleg; ein Gutachten soll im Juni kommen.",
     "Bei der Versammlung"),
    (DE + "Die Anwohnerinitiative behauptet, das Grundstück sei mit Altöl belastet. "
     "Nachgewiesen ist das bislang nicht.", "Die Anwohnerinitiative behauptet"),
    (DE + "Im Ort heißt es, ein Discounter wolle das Nachbargrundstück kaufen. Bestätigt wurde "
     "das von keiner Seite.", "Im Ort heißt es"),
    (EN + "It has been claimed on a local forum that the contractor has links to a councillor. "
     "Police said there was no evidence to support that claim and asked people not to "
     "speculate.", "It has been claimed"),
    (EN + "Some objectors have claimed that the depot will run buses all night. The operator "
     "has denied this, and there is nothing in the council's records to support it.",
     "Some objectors have claimed"),
])
def test_flag_points_back(text: str, claim: str) -> None:
    assert any(c.startswith(claim) for c in _claims(text)), _claims(text)


@pytest.mark.parametrize("text", [
    # a flag whose own sentence makes the claim stays on it
    EN + "The group claimed, without evidence, that the depot would flood the lane.",
    DE + "Der Verein behauptet ohne Belege, der Busbahnhof werde die Straße überfluten.",
])
def test_own_sentence_claim_stays(text: str) -> None:
    cs = _claims(text)
    assert cs and all(c.startswith(("The group", "Der Verein")) for c in cs), cs
