"""Blind reviews 21/22 and quick reading 27, media literacy: faults found on unseen articles,
tested on invented text."""

from __future__ import annotations

import pytest


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


# ------------------------------------------------------------------ the flag is no claim

QUARRY = """Residents fight plans for a new quarry near Elmbridge

Plans for a limestone quarry on 60 acres of land near Elmbridge have drawn more than 400 \
objections.

The application was submitted by the firm Redstone Aggregates in March. Its managing director, \
Paul Harker, said the quarry would create 35 jobs.

The campaign group Keep Elmbridge Quiet also claims that blasting at the site would crack the \
walls of the old chapel in the village. That claim has not been independently checked, and a \
report commissioned by the firm is said to reach a different conclusion.

Councillors are due to decide the application in June.
"""

STEINBRUCH = """Anwohner wehren sich gegen neuen Steinbruch bei Oberlinden

Gegen die Pläne für einen Steinbruch bei Oberlinden sind mehr als 400 Einwendungen eingegangen.

Den Antrag hat die Firma Rotstein im März gestellt. Ihr Geschäftsführer Paul Harker sagte, \
der Steinbruch schaffe 35 Arbeitsplätze.

Die Bürgerinitiative Stilles Oberlinden behauptet außerdem, die Sprengungen würden die Mauern \
der alten Kapelle beschädigen. Belege dafür legte sie nicht vor, und ein Gutachten der Firma \
soll zu einem anderen Ergebnis kommen.

Der Gemeinderat will im Juni entscheiden.
"""


@pytest.mark.parametrize("text,flag", [(QUARRY, "That claim has not"),
                                       (STEINBRUCH, "Belege dafür")])
def test_the_flag_sentence_is_not_asked_as_a_hedged_report(text, flag):
    """review 22 en_solar_farm #11 (D): "'That claim has not been independently checked, and
    a soil survey ... is said to reach a different conclusion.' - Does the article present this
    as an established fact?": the sentence is the article's note on the claim before, not a
    report; the claim is what is asked."""
    qs = _media(text)
    hedged = [q for q in qs if q.skill == "evidence" and flag in q.prompt]
    assert not hedged, [q.prompt for q in hedged]
    ev = [q for q in qs if q.skill == "evidence"]
    assert any("chapel" in q.answer or "Kapelle" in q.answer for q in ev
               if isinstance(q.answer, str)) or any(
        "chapel" in q.prompt or "Kapelle" in q.prompt for q in ev), [(q.prompt, q.answer)
                                                                      for q in ev]


# ------------------------------------------------------------------ whose view is missing

def _voices_note(text: str) -> str:
    qs = [q for q in _media(text) if q.skill == "discussion" and q.type == "open"
          and ("speak" in q.prompt or "zu Wort" in q.prompt)]
    assert qs, "no voices item"
    return qs[0].answer


QUARRY_VOICES = """Villagers fight plans for a quarry near Elmbridge

Plans for a limestone quarry on 60 acres of land near Elmbridge have drawn more than 400 \
objections from residents.

The firm Redstone Aggregates submitted the application in March. Its managing director, \
Paul Harker, said the quarry would create 35 jobs. "We will keep the dust and noise to a \
minimum," he said.

Ruth Palmer, who chairs the Elmbridge Action Group, said residents were not against new \
jobs as such. "Put the quarry where nobody lives," she said.

The parish council voted against the plans in April. Its chairman, Colin Webb, said the \
vote had been unanimous.
"""

KREISSAAL = """Klinik in Hohenau schließt ihren Kreißsaal

Die Kreisklinik Hohenau schließt ihren Kreißsaal zum 31. März.

Nach Angaben der Geschäftsführung fehlen seit dem Frühjahr vier Ärztinnen. Geschäftsführer \
Martin Albers sagte, ein sicherer Betrieb sei nicht mehr möglich.

Die Hebamme Sabine Roth, die seit 18 Jahren in der Klinik arbeitet, sieht das anders. „Man \
hätte früher gegensteuern müssen“, sagte sie. Landrat Peter Kunz sprach von einem schweren \
Tag für den Landkreis.

Für die Mitarbeiterinnen und Mitarbeiter der Station sollen andere Stellen im Haus gefunden \
werden.
"""


def test_an_action_groups_chair_speaks_for_the_villagers():
    """review 22 en_solar_farm #15 (D): 'The headline speaks of villagers, but none of them is
    heard' and 'People affected (residents) ... none of them is quoted by name', while the
    chair of the village's action group was quoted at length."""
    note = _voices_note(QUARRY_VOICES)
    assert "none of them is heard" not in note and "none of them is quoted" not in note, note


def test_a_voice_who_works_there_is_one_of_the_staff():
    """quick reading 27 de_geburtsstation: 'Betroffene (Mitarbeiter) werden erwähnt, aber
    niemand von ihnen wird namentlich zitiert' beside the quoted midwife 'die seit 22 Jahren
    in Waldkirchen arbeitet'."""
    note = _voices_note(KREISSAAL)
    assert "Mitarbeiter" not in note, note
    assert "Sabine Roth (Hebamme)" in note, note


def test_its_chairman_takes_the_organisation_of_the_sentence_before():
    """review 22 en_solar_farm: 'Its chairman, Graham Ashdown, said ...' after '... split the
    parish council, which voted ...': Ashdown was listed without a role."""
    note = _voices_note(QUARRY_VOICES)
    assert "Colin Webb (chairman of the parish council)" in note, note
