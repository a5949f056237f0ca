"""mediaB fixes of round 2 of the session of 2026-11-28: faults found on invented articles
(evidence flags, roles in the voices item). Sentences invented."""

from __future__ import annotations

from quizgen.nlp.evidence import find_markers
from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


CARE_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Care home owner ordered to pay £20,000 over broken heating

The owner of a care home in Millbrook has been ordered to pay £20,000 after residents spent a \
winter without proper heating.

Residents' families told the court that rooms were often below 15 degrees. Some relatives have \
alleged that the manager hid the boiler reports from inspectors. The tribunal did not examine \
that allegation, and the manager's solicitor rejected it.

Inspector Carol Webb said the home had since installed a new boiler. The home will be \
inspected again in June.
"""

PARKING_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Streit um Parkhaus: Händler werfen Stadt Fehler vor

Das Parkhaus am Marktplatz bleibt bis zum Sommer gesperrt. Die Händler der Innenstadt klagen \
über weniger Kunden.

Einige Händler behaupten, die Stadt habe von den Rissen in der Decke seit Jahren gewusst. Die \
Staatsanwaltschaft hat diesen Vorwurf bislang nicht geprüft, die Stadt weist ihn zurück.

Baudezernentin Karin Lutz sagte, die Sanierung koste rund zwei Millionen Euro. Der Stadtrat \
berät im Juni über den Fall.
"""


def test_an_allegation_nobody_examined_is_unproven_en():
    an = _analysis(CARE_EN)
    flags = [m for m in find_markers(an) if m.kind == "no_evidence"]
    assert flags and "did not examine that allegation" in flags[0].text
    assert "hid the boiler reports" in an.sentences[flags[0].claim_sentence].text
    items = [q for q in _media(CARE_EN) if q.skill == "evidence"]
    assert any("hid the boiler reports" in q.prompt for q in items)


def test_an_allegation_nobody_examined_is_unproven_de():
    an = _analysis(PARKING_DE)
    flags = [m for m in find_markers(an) if m.kind == "no_evidence"]
    assert flags and "nicht geprüft" in flags[0].text
    # the claim is the traders' sentence before, not the flag's own sentence
    assert an.sentences[flags[0].claim_sentence].text.startswith("Einige Händler behaupten")


FERRY_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Ferry service to end in September, operator confirms

The ferry between Stonehaven Quay and Little Brook will stop running in September, the \
operator has confirmed.

Pensioner Walter Greene, 81, said the ferry was his only way to reach the doctor's surgery. \
"Without it I am stuck," he told the Quayside News.

Campaigner Jane Hollis, who leads the Save Our Ferry group, said the town had been let down by \
the operator.

Crew member Hannah Price, who has worked on the ferry for nine years, said the crew had \
heard about it from a notice on the gangway.

The operator's owner, Martin Cole, has been criticised by residents for months. His \
solicitor, Ruth Evans, said her client had lost money on the ferry for five years. Mr Cole \
was not at the meeting.

A public meeting will be held on 3 June.
"""


def _voices(text: str) -> str:
    item = next(q for q in _media(text) if q.skill == "discussion" and (
        "view is missing" in q.prompt or "Wessen Sicht fehlt" in q.prompt))
    return str(item.answer)


def test_roles_of_voices_named_before_the_name():
    answer = _voices(FERRY_EN)
    assert "Walter Greene (pensioner)" in answer
    assert "Hannah Price (crew member)" in answer
    # a clause that names an office says which one: kept
    assert "Jane Hollis (campaigner who leads the Save Our Ferry group)" in answer
    assert "who has worked on the ferry" not in answer.split("A good answer")[0]


def test_a_lawyer_after_his_client_is_the_clients_and_the_client_is_named_once():
    answer = _voices(FERRY_EN)
    assert "Ruth Evans (solicitor of Martin Cole)" in answer
    assert "Martin Cole is heard only through Ruth Evans (solicitor):" in answer


POOL_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Freibad bleibt zu: Förderverein kritisiert die Gemeinde

Das Freibad in Kirchtal öffnet in diesem Sommer nicht. Die Gemeinde nennt Personalmangel als \
Grund.

Die Vorsitzende des Fördervereins, Helga Brenner, sagte, man habe der Gemeinde schon im Winter \
Hilfe angeboten. Zudem sei das Becken im vergangenen Jahr heimlich verkleinert worden.

Ob das Becken tatsächlich verkleinert wurde, ist bislang nicht belegt. Der Gemeinderat berät im \
Juni erneut über das Bad.
"""


def test_a_flagged_claim_going_on_from_its_speakers_sentence_names_the_speaker():
    items = [q for q in _media(POOL_DE) if q.skill == "evidence" and q.type == "true_false"]
    assert items
    assert items[0].prompt.startswith("Laut Helga Brenner sei das Becken im vergangenen Jahr "
                                      "heimlich verkleinert worden.")


def _flags(text: str):
    an = _analysis(text)
    return an, [m for m in find_markers(an) if m.kind == "no_evidence"]


LIBRARY_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Bücherei kürzt Öffnungszeiten

Die Stadtbücherei in Auental öffnet ab Juni nur noch an drei Tagen pro Woche.

Der Leiter des Fördervereins, Bernd Kohl, sagte, die Stadt habe die Stelle einer \
Bibliothekarin schon vor einem Jahr gestrichen. Diese Angabe hat die Stadt bislang weder \
bestätigt noch widerlegt.

Der Kulturausschuss berät im Juli über die Bücherei.
"""

FAIR_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Christmas fair moves to the car park

The Christmas fair in Oldbury will be held in the station car park this year.

Stallholders have claimed that the council moved the fair to charge them higher fees. The \
council has neither confirmed nor denied this.

A spokesperson said the old site was needed for building work. Last year, 40 stalls took \
part, and no figures on this year's bookings have been released.

The fair opens on 5 December.
"""

RACE_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Cycle race route changed

The Oldbury cycle race will avoid the town centre this year.

Some shop owners have accused the organisers of moving the race to cut their costs. The \
organisers did not comment, and no figures on the cost of the old route have been released.

The race starts on 6 June.
"""


def test_neither_confirmed_nor_denied_flags_the_claim_before():
    an, flags = _flags(LIBRARY_DE)
    assert flags and "weder" in flags[0].text
    assert "Bibliothekarin" in an.sentences[flags[0].claim_sentence].text
    an, flags = _flags(FAIR_EN)
    assert flags and flags[0].text.startswith("neither confirmed")
    assert "higher fees" in an.sentences[flags[0].claim_sentence].text


def test_no_figures_released_flags_only_a_claim_right_before():
    an, flags = _flags(RACE_EN)
    assert flags and "cut their costs" in an.sentences[flags[0].claim_sentence].text
    # after a plain report ('A spokesperson said the old site was needed ...') it says only
    # what is not known
    an, flags = _flags(FAIR_EN)
    assert not any("bookings" in m.text for m in flags)


ZOO_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Tierpark Eichstedt soll im Winter schließen

Der Tierpark in Eichstedt soll von Dezember bis Februar geschlossen bleiben. Der Förderverein \
ist empört.

Stadtkämmerin Petra Lang sagte, die Heizkosten für das Tropenhaus seien stark gestiegen. Der \
Vorsitzende des Fördervereins, Uwe Brandl, sagte, rund 40 Ehrenamtliche verlören ihre Aufgabe.

Tierpflegerin Sandra Mertens sagte, die Affen müssten dann in ein kleineres Gehege umziehen. \
Bürgermeister Jürgen Weiß (SPD) sagte, man prüfe, ob der Kreis einen Teil der Kosten übernehmen \
könne.

Der Stadtrat entscheidet im November.
"""


def test_what_an_office_is_looking_into_is_no_interested_party_account():
    items = [q for q in _media(ZOO_DE) if q.skill == "interested_party"]
    assert not any("prüfe, ob" in str(q.answer) for q in items)


HALL_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Village hall to close for repairs

Oldbury village hall will close for six months from June while its roof is repaired.

The hall's users' group says the parish council let the roof decay on purpose to sell the site. \
The group offered no documents to back this up, and the parish council denies it.

The hall will reopen in December.
"""

MARKET_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Wochenmarkt zieht um

Der Wochenmarkt in Auental zieht im Sommer auf den Kirchplatz um.

In einem Schreiben wirft der Marktverein der Stadt vor, die Besucherzahlen absichtlich zu \
niedrig angegeben zu haben. Nachprüfen lässt sich dieser Vorwurf derzeit nicht.

Der erste Markt auf dem Kirchplatz ist für den 6. Juni geplant.
"""


def test_no_documents_offered_and_cannot_be_checked_flag_the_claim_before():
    an, flags = _flags(HALL_EN)
    assert flags and flags[0].text.startswith("offered no documents to back")
    assert "on purpose" in an.sentences[flags[0].claim_sentence].text
    an, flags = _flags(MARKET_DE)
    assert flags and flags[0].text.startswith("Nachprüfen lässt sich")
    assert "Besucherzahlen" in an.sentences[flags[0].claim_sentence].text


CLINIC_EN = """By Tom Hale | Monday 4 May 2026, 10:15 GMT

Plan to move village clinic angers patients

The health board wants to move the clinic in Pennick to a new centre in Trewen, about 12 miles away.

"This is about giving patients more services in one place," said Martin Shaw, the board's \
director of planning. He said the Pennick clinic had seen 2,100 patients last year.

Practice nurse Laura Kemp, who has worked at the clinic for ten years, said: \
"In winter, that is the difference between being seen and staying at home."

Some patients have suggested that the board wants to sell the clinic building to a developer. \
There is no evidence for this so far, and the board says it has no plans to sell.

A public meeting will be held on 3 June.
"""


def test_no_wrong_option_whose_subject_is_a_pointing_that():
    items = [q for q in _media(CLINIC_EN) if q.skill == "evidence"
             and q.type == "multiple_choice"]
    assert not any("that is the difference" in o for q in items for o in q.options)


BIKES_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Neue Fahrradstraße in Auental

Die Stadt Auental will die Gartenstraße zur Fahrradstraße machen. Autos dürfen dort dann nur \
noch 30 fahren.

Verkehrsplaner Jonas Keller sagte, auf der Straße seien täglich rund 900 Radfahrer unterwegs.

Der Allgemeine Deutsche Fahrrad-Club (ADFC) lobt die Pläne. Sprecherin Maria Franke sagte, die \
Straße werde damit endlich auch für Schulkinder sicher.

Der Bauausschuss berät im Juni über die Pläne.
"""


def test_a_bare_role_after_a_club_with_adjectives_is_the_clubs():
    assert "Maria Franke (Sprecherin des Allgemeinen Deutschen Fahrrad-Clubs)" in _voices(BIKES_DE)
