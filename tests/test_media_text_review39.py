"""mediaA fixes of blind reviews 37-39 (round 2 of 2026-11-28): unproven claims the evidence
items missed. Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

HEAD = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Ferry timetable cut from January

The ferry between Carrick and Dunmore will sail only twice a day from January, the operator \
said on Monday.

"""

DENIED_IN_SENTENCE = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings. Councillor Ann Webb said she had asked for a meeting.

Some islanders have suggested that the operator cut the crossings to sell one of its boats; \
the company has denied this, and no evidence has been produced to support the claim.
"""

NAMED_BACK = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

Some islanders have claimed on social media that the operator is selling one of its boats. \
The council said it had seen no evidence to support those claims but would ask the operator.
"""

IMPERSONAL_WHERE = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

It has been claimed in a local chat group that the operator is selling one of its boats. \
Police said there was no evidence to support that claim.
"""


def _unsupported(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [c.content for c in claims(a) if c.unsupported]


def test_charge_before_the_denial_in_the_notes_sentence_is_the_claim():
    # blind review 38 en_test_centre: '...; the DVSA has denied this, and no evidence has been
    # produced to support the claim' -- no evidence item
    found = _unsupported(DENIED_IN_SENTENCE)
    assert any("sell one of its boats" in c for c in found), found
    assert not any("denied" in c for c in found), found


def test_note_naming_those_claims_points_at_the_claim_before():
    # blind review 38 en_vape_sales: 'The council said it had found no evidence to support
    # those claims' after 'Some parents have claimed on social media that ...'
    found = _unsupported(NAMED_BACK)
    assert any("selling one of its boats" in c for c in found), found


def test_impersonal_claim_in_a_named_place():
    # blind review 33 en_mot: 'It has been claimed in a local Facebook group that ...'
    found = _unsupported(IMPERSONAL_WHERE)
    assert any(c.startswith("the operator is selling") for c in found), found


PAST_DENIAL_EN = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

Some islanders have claimed on a ferry forum that the operator is selling one of its boats. \
The company denies this, and no sale has been registered, according to the shipping register. \
The claim could not be confirmed.
"""

PAST_DENIAL_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Fähre fährt seltener

Die Fähre zwischen Altdorf und Neudorf fährt ab Januar nur noch zweimal am Tag, teilte der \
Betreiber am Montag mit.

Unter Pendlern kursiert zudem der Vorwurf, der Betreiber habe den Verkauf eines Schiffes \
längst beschlossen und den Fahrplan deshalb gekürzt. Der Betreiber weist das zurück. \
Überprüfen lässt sich die Behauptung bislang nicht, weil die Verträge nicht öffentlich sind.
"""

NO_SUCH_EN = HEAD + """Islander Peter Lowe, who runs the harbour cafe, is worried about his \
trade. He says the operator plans to sell the second boat to a company in Norway. The \
operator denies this, and no such sale has been confirmed.
"""

THERE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Fähre fährt seltener

Die Fähre zwischen Altdorf und Neudorf fährt ab Januar nur noch zweimal am Tag, teilte der \
Betreiber am Montag mit. Sprecher Udo Klein sagte, es gebe zu wenige Fahrgäste.

Für Ärger sorgt zudem ein Gerücht, das in einem Forum von Pendlern kursiert. Dort heißt es, \
der Betreiber wolle eines der beiden Schiffe an eine Reederei in Norwegen verkaufen. Belege \
dafür gibt es bislang nicht.
"""


def test_note_naming_the_claim_skips_a_bare_denial():
    # blind review 39 en_agricultural_show ('The estate denies this, ... The claim could not
    # be confirmed.'), blind review 37 de_containerschule ('Die Verwaltung weist das zurück.
    # Überprüfen lässt sich die Behauptung bislang nicht')
    assert any("selling one of its boats" in c for c in _unsupported(PAST_DENIAL_EN))
    assert any("Verkauf eines Schiffes" in c for c in _unsupported(PAST_DENIAL_DE))


def test_denial_of_a_named_persons_report():
    # blind review 37 en_bandstand: 'He says the trust intends to ... The trust denies this,
    # and no such bookings have been confirmed.'
    found = _unsupported(NO_SUCH_EN)
    assert any("sell the second boat" in c for c in found), found


def test_dort_heisst_es_after_the_place():
    # blind review 36 de_buergeramt: 'Dort heißt es, freie Termine würden ... weiterverkauft.'
    found = _unsupported(THERE_DE)
    assert any("an eine Reederei in Norwegen" in c for c in found), found


VERIFY_EN = HEAD + """Operator spokesman Tom Reed said fewer passengers had used the \
morning crossings.

Some islanders claim that the operator has already cut two other routes in the region this \
year. The operator has not confirmed this, and the Chronicle has not been able to verify it.
"""


def test_not_able_to_verify_it_flags_the_claim_before():
    # blind review 37 en_young_carers: 'Some parents claim that ... The council has not
    # confirmed this, and the Gazette has not been able to verify it.' -- no evidence item
    found = _unsupported(VERIFY_EN)
    assert any("cut two other routes" in c for c in found), found
