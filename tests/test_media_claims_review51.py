"""Claim items of blind reviews 49-51 (mediaB, round of 2026-11-28 13:30). Sentences
invented."""

from __future__ import annotations

from quizgen.generate import media_claims as mc
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article
from tests.test_evidence_review51 import TEICH_DE  # the same invented article

FAIR_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Christmas fair in Dunmere called off

The Christmas fair on the harbour in Dunmere will not take place this year.

The Lions Club, which has run the fair since 1990, said it could no longer find enough \
volunteers. On Monday night, messages began to spread on social media claiming that the fair \
had really been cancelled because of a fire at last year's event. The club firmly denied this, \
and the fire service said it had no record of any call-out that night. No evidence has emerged \
to support the claim.

The town council said it would look for a new organiser.
"""



def _evidence(text: str) -> list:
    a = analyze(load_article(text))
    return [q for q in mc.generate(a, claims(a)) if q.skill == "evidence"]


def test_a_flagged_rumour_no_quotation_carries_is_asked_as_unconfirmed():
    # 'posts began to circulate on social media claiming that ... The Round Table firmly
    # denied this, ... No evidence has emerged to support the claim.' had no item (blind
    # review 49 en_bonfire_display)
    qs = [q for q in _evidence(FAIR_EN) if "messages began to spread" in q.prompt]
    assert qs, [q.prompt for q in _evidence(FAIR_EN)]
    assert qs[0].answer == "No, only as an unconfirmed report"
    # denied by the club: 'it explicitly refutes it' would be arguable
    assert len(qs[0].options) == 2, qs[0].options
    assert "No evidence has emerged" in qs[0].explanation
    # the denial between is no unproven claim
    assert not [q for q in _evidence(FAIR_EN) if "firmly denied" in q.prompt]


def test_a_flagged_post_wonach_is_asked_as_unconfirmed():
    # 'Für Aufregung sorgt zudem ein Beitrag ..., wonach im April ein Hund ... gebissen worden
    # sei. Ob sich der Vorfall tatsächlich so zugetragen hat, ist unklar' (blind review 49
    # de_nutria: no item on it)
    qs = [q for q in _evidence(TEICH_DE) if "wonach im Mai" in q.prompt]
    assert qs, [q.prompt for q in _evidence(TEICH_DE)]
    assert qs[0].answer == "Nein, nur als unbestätigte Angabe"
    assert qs[0].score >= 0.7


INVESTOR_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Altes Kino in Kaltenbrunn steht leer

Das alte Kino am Markt steht seit zwei Jahren leer.

Ein Hotelbetreiber soll bereits Interesse an dem Gebäude gezeigt haben. Das erzählen mehrere \
Nachbarn. Die Eigentümerin bestreitet das. Bewiesen ist es nicht.

Mehrere Kinder sollen dort gespielt haben. Einige Nachbarn führen das auf das offene Tor \
zurück. Bewiesen ist das nicht: Die Polizei hat bislang keine Anzeige erhalten.

Der Bauausschuss berät im Januar.
"""


def test_a_denial_or_a_pointer_before_a_flag_is_not_asked_as_a_report():
    # 'Die Stadtverwaltung bestreitet das. Bewiesen ist es nicht.' asked as 'nur als
    # unbestätigte Angabe'; 'Einige Eltern führen das auf den Schimmel zurück.' (what 'das' is
    # stays open): both in the dump of this round's first try
    prompts = [q.prompt for q in _evidence(INVESTOR_DE)]
    assert not [p for p in prompts if "bestreitet das" in p or "führen das" in p], prompts


CLUB_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

School to open on Saturdays

Dunmere Academy will open on Saturday mornings from January.

Pupils in Year 11 will be offered revision classes, and a library club will be open to \
everyone. The school expects around 80 pupils each week, although it has not said how that \
estimate was reached.

Head teacher Ann Pike said the classes were free.
"""


def test_a_flag_conceded_in_its_sentence_is_no_note_on_the_sentence_before():
    # '... a supervised "study club" will be open ... The school expects around 150 pupils to
    # use it each week, although it has not said how that estimate was reached.' asked the
    # study club as 'only an unconfirmed report' (judged34 en_fourdayweek, this round's try)
    prompts = [q.prompt for q in _evidence(CLUB_EN)]
    assert not [p for p in prompts if "library club" in p], prompts


CAFE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Cat cafe angers neighbours

A cat cafe has opened in a former bank on Dunmere's high street.

Owner Tom Reed said more than 500 guests had come in the first month. Some neighbours have also \
claimed that the conversion went ahead without the necessary building consent. The council said \
it was checking the matter but had not yet established whether any rules had been broken.

The cafe is open every day except Monday.
"""


def test_a_claim_the_council_has_not_yet_established_is_asked_as_unconfirmed():
    # 'Some neighbours have also claimed that the conversion went ahead without the necessary
    # planning permission. The council said it was "looking into" the matter but had not yet
    # established whether any rules had been broken' (blind review 51 en_escape_room: no item)
    qs = [q for q in _evidence(CAFE_EN) if "building consent" in q.prompt]
    assert qs, [q.prompt for q in _evidence(CAFE_EN)]
    assert qs[0].answer == "No, only as an unconfirmed report"
