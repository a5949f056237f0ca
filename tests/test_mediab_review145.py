"""mediaB fixes of the second fix round of the session of 2026-11-29 (13:50): faults in the
media-literacy items found by blind reviews 137-145. Sentences invented."""

from __future__ import annotations

from quizgen.nlp import evidence
from quizgen.pipeline import analyze, load_article


def _markers(text: str) -> list[tuple[str, str]]:
    an = analyze(load_article(text))
    return [(an.sentences[m.sentence].text, an.sentences[m.claim_sentence].text)
            for m in evidence.find_markers(an) if m.kind == "no_evidence"]


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


def _evidence_prompts(text: str) -> list[str]:
    return [q.prompt for q in _media(text) if q.skill == "evidence"]


# blind review 137 de_turnhallendach #13 F: the hedge MC asked on 'soll dies ... angedeutet
# haben', 'dies' unexplained, the flagged rumour before it asked a second time
RUMOUR_SOURCE_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Wasserschaden im Hallenbad Grünau: Becken bleibt bis Februar leer

Nach einem Rohrbruch bleibt das Hallenbad in Grünau bis Februar geschlossen. Der Schaden wird \
auf rund 200.000 Euro geschätzt.

Badleiterin Sonja Kramer sagte, das Wasser sei in der Nacht zum Sonntag in den Keller \
gelaufen. Bürgermeister Peter Lang sagte, die Versicherung prüfe den Fall.

In der Stadt kursiert die Behauptung, bei der Sanierung seien billige Rohre verbaut worden. Ein \
früherer Hausmeister des Bades soll dies in einem Gespräch angedeutet haben. Bestätigt ist das \
nicht: Die Stadt erklärte, ihr lägen keine Hinweise auf Mängel vor.

Der Schwimmverein trainiert bis Februar im Nachbarort.
"""


def test_hearsay_pointing_back_at_flagged_rumour_gets_no_hedge_item():
    items = [q for q in _media(RUMOUR_SOURCE_DE) if q.skill == "evidence"]
    prompts = [q.prompt for q in items]
    assert not any("soll dies" in p for p in prompts), prompts
    assert any("billige Rohre" in q.prompt + str(q.answer) for q in items), prompts


# blind review 142 de_eisabwurf #11 D: 'Ob ..., ist offen: Belege dafür gibt es bislang nicht'
# was taken for a flag on the sentence before (an operator's statement), and the hearsay
# 'Damals soll ein Stein, der sich ... gelöst hatte, ... gefallen sein' got no item
WHETHER_OPEN_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Steinschlag am Burgweg: Wanderweg bis Mai gesperrt

Wegen möglichen Steinschlags hat die Gemeinde Felsheim den Burgweg gesperrt. Betroffen sind \
rund zwei Kilometer unterhalb der Ruine.

Die Sperrung gilt seit Montag und soll bis Mai bestehen bleiben. Anlass ist ein Vorfall vom \
3. März: Damals soll ein großer Stein, der sich von der Burgmauer gelöst hatte, direkt neben \
einer Wandergruppe auf den Weg gefallen sein. Verletzt wurde niemand.

Der Burgverein sieht das anders. Sein Vorsitzender Egon Maier erklärte, die Mauer werde jedes \
Jahr von einem Statiker geprüft. Steine könnten deshalb allenfalls aus dem Hang darunter \
stammen. Ob der Stein vom 3. März überhaupt von der Mauer stammte, ist offen: Belege dafür \
gibt es bislang nicht, der Stein wurde nicht untersucht.

Die Gemeinde will im April über die Sperrung beraten.
"""


def test_whether_clause_before_colon_is_what_the_flag_points_to():
    pairs = _markers(WHETHER_OPEN_DE)
    assert pairs, pairs
    assert not any(claim.startswith("Steine könnten") for _, claim in pairs), pairs


def test_hearsay_soll_across_a_relative_clause_is_asked():
    prompts = _evidence_prompts(WHETHER_OPEN_DE)
    assert not any("Steine könnten" in p for p in prompts), prompts
    assert any("Damals soll ein großer Stein" in p for p in prompts), prompts


# blind review 144 en_fob_copying: 'Police said they had received a report ... but could not
# confirm how the intruder had entered' after a claim made no evidence item
CONFIRM_HOW_EN = """By Jane Hart | Monday 23 November 2026, 08:15 GMT

Residents angry as parking permits are cancelled at Elm Court

Residents of Elm Court in Ashford have been told that their parking permits will be cancelled \
from January. The housing trust says too many permits have been copied.

Trust manager Paul Kerr said around 30 copied permits had been found on cars in the last month.

Some tenants have claimed on a local Facebook group that a copied permit was used by a \
thief who stole a van from the car park. Kent Police said it had received a report of a \
theft from the car park in October but could not confirm how the thief had got in.

Tenant Sara Bell said she would have to park two streets away.
"""


def test_could_not_confirm_how_after_a_claim_flags_that_claim():
    pairs = _markers(CONFIRM_HOW_EN)
    assert any(claim.startswith("Some tenants have claimed") for _, claim in pairs), pairs


def test_could_not_confirm_how_after_a_plain_report_is_no_flag():
    text = CONFIRM_HOW_EN.replace("Some tenants have claimed on a local Facebook group that",
                                  "Last month")
    assert not any("could not confirm" in flag for flag, _ in _markers(text))


# blind review 141 en_coach_inspection #14: "Marlby Academy's principal, Dr Helen Forsyth, said"
# was listed without a role in the discussion answer
TITLED_EN = """By Jane Hart | Monday 23 November 2026, 08:15 GMT

School bus route cut as driver shortage bites

A school bus route between Ashby and Oakfield will be cut from January because the operator \
cannot find enough drivers, the county council has said.

Around 120 pupils use the route each day. Parent Karen Mills said her son would have to \
leave home an hour earlier. "It is simply not fair on the children," she told BBC Radio Kent.

Councillor Tom Reeve, the council's cabinet member for transport, said the council was \
looking for another operator. "We will do everything we can," he said.

Oakfield School's principal, Dr Anna Reid, said attendance could fall if pupils had to walk. \
"Some of our pupils live four miles away," she said.

The council will discuss the route on 12 December.
"""


def test_role_before_titled_name_is_listed():
    answers = [str(q.answer) for q in _media(TITLED_EN) if q.skill == "discussion"]
    assert any("Anna Reid" in a for a in answers), answers
    assert any("Anna Reid, Oakfield School's principal" in a
               or "Anna Reid (Oakfield School's principal)" in a for a in answers), answers


# blind review 141 en_lab_gas_pipes #13: the T/F evidence item asked the speaker's quote after
# what he told the outlet, not what the flag doubts (that he and staff had reported it before)
TOLD_THEN_QUOTE_EN = """By Jane Hart | Monday 23 November 2026, 08:15 GMT

Clinic roof leak closes waiting room for a month

The waiting room of the Elm Street clinic in Ashford will stay closed until December after \
water came through the ceiling during heavy rain last week.

Practice manager Ruth Cole said patients were being seen in two consulting rooms instead.

Nurse Helen Shaw, who has worked at the clinic for ten years, told BBC Radio Kent that staff \
had reported the leak "several times" over the past year. "Each time we were told it would \
be looked at," she said. The health trust has not confirmed that any earlier reports were \
made, and says it is checking its repair records.

The roof is due to be repaired in the second week of December.
"""


def test_flag_after_speakers_quote_is_on_what_she_told():
    pairs = _markers(TOLD_THEN_QUOTE_EN)
    assert any(claim.startswith("Nurse Helen Shaw") for _, claim in pairs), pairs


# blind review 141 en_lab_gas_pipes #14: 'Year 13 student Priya Chandran, who hopes to study
# medicine' was listed by her plans, not as what she is
def test_school_year_title_is_the_role():
    text = TITLED_EN.replace("Parent Karen Mills said her son would have to leave home",
                             "Year 11 pupil Karen Mills, who hopes to become a vet, said she "
                             "would have to leave home")
    answers = [str(q.answer) for q in _media(text) if q.skill == "discussion"]
    assert any("Karen Mills" in a for a in answers), answers
    assert any("Karen Mills (Year 11 pupil)" in a or "Karen Mills, Year 11 pupil" in a
               for a in answers), answers
