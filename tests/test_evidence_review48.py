"""Evidence flags of blind reviews 46-48 (mediaB, round of 2026-11-28 12:15). Sentences
invented."""

from __future__ import annotations

from quizgen.generate.media_text import evidence_markers
from quizgen.pipeline import analyze, load_article

FERRY_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Ferry timetable cut angers island traders

The ferry to Holm Island will sail twice a day instead of four times from March.

The operator, Westsound Ferries, said fewer passengers had travelled this winter. Shop owner \
Dan Pryor, who chairs the island's traders' group, warned that the cut would hurt the \
summer season. He claimed that each day visitor spends about £40 on the island. That figure \
comes from a survey paid for by the traders' group and has not been checked independently.

The council will discuss the timetable on 12 January.
"""

SOAP_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Soap firm moves into old bakery

A small soap maker has bought the former bakery on Mill Street in Dunmere.

The firm plans to employ around 15 people by next year, its founder Mia Cole said.

According to the company, its wrappers dissolve in water within two days. That claim is \
based on the firm's own trials and has not yet been confirmed by an independent laboratory.

The bakery closed in 2019.
"""

BALL_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um den Bolzplatz in Kaltenbrunn

Die Gemeinde will den Bolzplatz am Weiher schließen. Der Sportverein ist dagegen.

Bürgermeister Jonas Wolf sagte dem SWR, der Platz liege zu nah an den neuen Häusern.

Eine Nachbarin behauptet, ein Ball habe das Fenster ihres Wintergartens zerstört. Ob der \
Ball tatsächlich vom Bolzplatz kam, ist nicht geklärt; die Polizei ermittelt nach eigenen \
Angaben nicht, weil keine Anzeige vorliegt.

Der Gemeinderat berät im Januar über den Platz.
"""


def _flagged(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
            if m.kind == "no_evidence"]


def test_that_figure_comes_from_and_has_not_been_checked():
    # 'That figure comes from a survey paid for by the cruise industry and has not been checked
    # independently' (blind review 47 en_cruise_ships: the £70 claim got no evidence item)
    flags = _flagged(FERRY_EN)
    assert flags and all(s.startswith("He claimed that each day visitor") for s in flags), flags


def test_that_claim_is_based_on_and_has_not_yet_been_confirmed():
    # '... comes from the firm's own tests and has not yet been confirmed by an independent
    # laboratory' (blind review 48 en_seaweed: the compost claim got no media item)
    flags = _flagged(SOAP_EN)
    assert flags and all(s.startswith("According to the company") for s in flags), flags


def test_whether_flag_before_a_semicolon_and_a_later_source_cue():
    # 'Ob der Pfeil tatsächlich vom Vereinsgelände stammte, ist nicht geklärt; die Polizei
    # ermittelt nach eigenen Angaben nicht, ...': the cue of the second clause made the whole
    # sentence a quotation, the flag the police's (blind review 46 de_bogenschiessen)
    flags = _flagged(BALL_DE)
    assert flags and all(s.startswith("Eine Nachbarin behauptet") for s in flags), flags
