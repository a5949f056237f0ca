"""Evidence flags of blind reviews 49-51 (mediaB, round of 2026-11-28 13:30). Sentences
invented."""

from __future__ import annotations

from quizgen.generate.media_text import evidence_markers
from quizgen.pipeline import analyze, load_article

SCOOTER_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

E-scooters to be tested in Dunmere

Electric scooters for hire will be tested in Dunmere from March.

The council has picked the firm Zipwheel for the trial. Its founder, Mia Cole, claims that \
the scooters are "quieter than a bicycle" and that her riders have covered more than 50,000 \
miles without a crash. Those figures have not been independently checked, and the firm has \
declined to publish its data.

The trial will last one year.
"""

BRIDGE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Footbridge in Dunmere to close for repairs

The footbridge over the river in Dunmere will close for six weeks in spring.

The council said the steps had worn out. The residents' group Dunmere Walks has claimed that \
the contractor, Stonebuild, has refused to put up a temporary crossing. Stonebuild has not \
confirmed this, and a spokesperson said that talks were "ongoing".

Work will begin on 2 March.
"""

TEICH_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Schwäne am Stadtweiher in Kaltenbrunn

Am Stadtweiher leben wieder Schwäne. Die Stadt hat dort das Füttern verboten.

Ordnungsamtsleiter Jonas Wolf sagte dem SWR, das Brot schade den Tieren.

Für Gesprächsstoff sorgt zudem eine Nachricht in einem Nachbarschaftsforum, wonach im Mai ein \
Kind von einem Schwan verletzt worden sei. Ob sich das tatsächlich so ereignet hat, ist unklar; \
im Rathaus ist keine Beschwerde eingegangen.

Der Weiher wird im Herbst gereinigt.
"""


def _flagged(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
            if m.kind == "no_evidence"]


def test_those_figures_have_not_been_independently_checked():
    # 'Those figures have not been independently checked' after 'Ross Duncan claims that ...
    # and that his drones have flown more than 10,000 test miles' was no flag (blind review 51
    # en_medical_drones: the unchecked claim was never asked)
    flagged = _flagged(SCOOTER_EN)
    assert any("Mia Cole, claims that" in s for s in flagged), flagged


def test_has_not_confirmed_this_before_a_second_clause():
    # 'Northern has not confirmed this, and a spokesperson said that talks were "ongoing"'
    # (blind review 49 en_station_reopening: the campaign group's claim had no closed item)
    flagged = _flagged(BRIDGE_EN)
    assert any("Dunmere Walks has claimed" in s for s in flagged), flagged


def test_whether_flag_after_a_post_wonach():
    # 'ein Beitrag in einer Facebook-Gruppe, wonach im April ein Hund gebissen worden sei. Ob
    # sich der Vorfall tatsächlich so zugetragen hat, ist unklar' was no flag (blind review 49
    # de_nutria)
    flagged = _flagged(TEICH_DE)
    assert any("wonach im Mai" in s for s in flagged), flagged


PRIZE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

School choir wins national prize

The choir of Dunmere High School has won a national prize.

The choir will now sing in London in May. A local bakery is said to have offered to pay for \
the coach, but the bakery has not confirmed this, and the school said nothing had been agreed.

Music teacher Ann Pike said the singers had practised every week since September.
"""


def test_has_not_confirmed_this_in_a_later_clause_flags_its_own_report():
    # 'A Cambridge engineering company is said to have offered to pay for the flights, but the
    # firm has not confirmed this, and ...' (judged blind27 en_robotics_team): the report of
    # its own sentence, not the sentence before
    a = analyze(load_article(PRIZE_EN))
    before = [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
              if m.kind == "no_evidence"]
    assert not any("sing in London" in s for s in before), before


KOEDER_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Giftige Köder im Stadtpark von Kaltenbrunn

Im Stadtpark sind erneut präparierte Wurststücke gefunden worden.

In einer Chatgruppe mit rund 2.000 Mitgliedern wird seit Tagen ein Rentner aus der Nachbarschaft \
beschuldigt, die Köder ausgelegt zu haben. Die Polizei erklärte, es gebe keine Hinweise auf einen \
Täter; der Verdacht sei durch nichts belegt.

Hundehalter sollen ihre Tiere an der Leine führen.
"""


def test_der_verdacht_sei_durch_nichts_belegt_flags_the_accusation_before():
    # 'Die Polizei betonte, es gebe keinerlei Hinweise auf einen bestimmten Täter; der Verdacht
    # sei durch nichts belegt.' after the Facebook group's accusation: no flag (blind review 51
    # de_giftkoeder: the accusation was never asked)
    flagged = _flagged(KOEDER_DE)
    assert any("Rentner aus der Nachbarschaft" in s for s in flagged), flagged
