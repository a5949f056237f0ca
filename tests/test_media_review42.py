"""Media-literacy fixes of blind reviews 40-42 (round 1 of 2026-11-28 09:40, mediaB). Sentences
invented."""

from __future__ import annotations

from quizgen.generate import media_discussion as md
from quizgen.generate.media_text import claims, evidence_markers
from quizgen.pipeline import analyze, load_article

FERRY_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Ferry "could stop in spring" as passenger numbers fall

The ferry landing at Gorran Quay could close in April after Kerrow County Council said it was \
losing £90,000 a year. Commuters and staff at the harbour warn of longer journeys.

Councillor Mark Ellery, the cabinet member for transport, said the council could no longer pay \
for the crossing. "Every trip costs us £6," he told BBC Radio Cornwall.

Helen Tamsin, a midwife at Kerrow Community Hospital who lives across the estuary, said that \
without the ferry she would have to drive for an hour.

Tom Pascoe, chairman of the Gorran Harbour Association, warned that visitors would stay away.

A final decision is expected on 3 March.
"""

SHOP_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Traders in Wexbury say thefts are out of control

Shopkeepers in Wexbury say thefts have become a daily event. Shop workers and staff at the \
market say they feel unsafe.

Ravi Mehta, who has run a newsagent's on Castle Street for 20 years, said he loses goods every \
day. "Nobody comes when we call," he told ITV News.

Inspector Claire Dunn, who leads neighbourhood policing in Wexbury, said every report was \
assessed.

The police commissioner, Paul Grange, said he would meet traders on 11 February.
"""

OFFICIAL_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bridge in Hollins to close for repairs

The bridge on Mill Road in Hollins will close for six weeks from March. Residents will have \
to take a detour of four miles.

Councillor Mark Ellery, the cabinet member for highways, said the repairs could not wait. \
"The bearings are worn out," he told BBC Radio Cornwall.

Tom Pascoe, the council's head of engineering, said the work would cost £400,000.

The detour will be signposted.
"""

GMBH_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Wohnungstausch in Kaltenbrunn

Mieter der Kaltenbrunner Wohnbau GmbH können ihre Wohnungen tauschen.

Nach Angaben der Kaltenbrunner Wohnbau GmbH stehen 400 Familien auf der Warteliste. \
Geschäftsführerin Anna Weller sagte, der Tausch sei freiwillig. „Niemand muss umziehen“, \
sagte sie.

Der Vorsitzende des Mietervereins, Jörg Albers, sagte, viele Mieter hätten Angst vor \
höheren Mieten.
"""


def _voices(text: str):
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if q.type == "open" and "speak" in q.prompt
          or "zu Wort" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[0]


def test_a_quoted_midwife_may_be_one_of_the_commuters():
    # blind review 42 en_park_and_ride #16: 'People affected (passengers, staff) are
    # mentioned, but none of them is quoted by name' beside a quoted commuting nurse
    q = _voices(FERRY_EN)
    line = q.answer.split("People affected")[-1].split(".")[0]
    assert "commuters" not in line and "staff" not in line, q.answer


def test_a_site_is_no_voice():
    # blind review 42 en_park_and_ride #16: 'Quoted are: Whitmore Cross; ...'
    q = _voices(FERRY_EN)
    assert "Gorran Quay" not in q.prompt and "Gorran Quay" not in q.answer, q.answer


def test_a_shopkeeper_described_by_a_clause_may_be_one_of_the_workers():
    # blind review 42 en_shoplifting #17: 'People affected (workers, staff) ... none of them
    # is quoted by name' beside Sandeep Gill, who runs a shop
    q = _voices(SHOP_EN)
    assert "none of them" not in q.answer, q.answer


def test_with_only_official_voices_the_residents_are_missing():
    q = _voices(OFFICIAL_EN)
    assert "People affected (residents)" in q.answer, q.answer


def test_one_company_speaks_in_the_singular():
    # blind review 40 de_wohnungstausch #22: 'äußern sich laut Artikel die Hohenbrücker
    # Wohnungsbau GmbH'
    assert not md._plural_party("die Kaltenbrunner Wohnbau GmbH")
    assert md._plural_party("die Leipziger Verkehrsbetriebe")
    assert md._plural_party("die Stadtwerke")
    assert not md._plural_party("die Stadt Bremen")
    q = _voices(GMBH_DE)
    assert "äußern sich laut Artikel die Kaltenbrunner" not in q.answer, q.answer


def test_one_office_named_twice_is_one_body():
    # blind review 41 de_pferdeherpes #16: 'das Kreisveterinäramt und das Veterinäramt'
    out = ["das Kreisveterinäramt"]
    assert not md._new_institution("das Veterinäramt", set(), "", set(), out, "de")
    assert md._new_institution("das Ordnungsamt", set(), "", set(), out, "de")


def test_a_party_keeps_its_capital_in_a_role():
    # blind review 40 en_councillor_allowances #13: '(conservative group leader)'
    a = analyze(load_article(OFFICIAL_EN))
    assert md._lower_start(a, "conservative group leader") == "Conservative group leader"


PAYBACK_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Council to buy flats for homeless families

Harwick Borough Council will borrow £8 million to buy 40 flats.

The flats would be used instead of hotel rooms. Councillor Ann Cole said the flats would pay \
for themselves within eight years, although the council has not shown how that figure was \
calculated.

The first flats could be bought in the spring.
"""

RUMOUR_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Hundekrankheit in Lindenau

In einer Hundeschule in Lindenau sind sechs Hunde an Zwingerhusten erkrankt.

Die Hundeschule bleibt bis auf Weiteres geschlossen. In einer WhatsApp-Gruppe wird behauptet, \
der Erreger sei mit einem Welpen aus Polen eingeschleppt worden. Eine Bestätigung dafür gibt \
es nicht. Die Trainerin Carla Mertens sagte, alle Hunde würden behandelt.

Der Kurs soll im Januar wieder beginnen.
"""


def test_a_figure_whose_calculation_is_not_shown_is_flagged():
    # blind review 40 en_temporary_housing: Pike's ten-year payback ('although the report
    # does not show how that figure was calculated') got no item
    a = analyze(load_article(PAYBACK_EN))
    flags = [m for m in evidence_markers(a) if m.kind == "no_evidence"]
    assert flags, evidence_markers(a)
    assert "pay for themselves" in a.sentences[flags[0].claim_sentence].text


def test_no_confirmation_for_a_rumour_is_a_flag_on_the_rumour():
    # blind review 41 de_pferdeherpes: 'Eine Bestätigung dafür gibt es nicht.' after a
    # Facebook rumour got no item
    a = analyze(load_article(RUMOUR_DE))
    flags = [m for m in evidence_markers(a) if m.kind == "no_evidence"]
    assert flags, evidence_markers(a)
    assert "wird behauptet" in a.sentences[flags[0].claim_sentence].text


def test_a_clause_cut_from_its_frame_drops_the_speakers_next_act():
    # blind review 42 en_shoplifting #11: 'Shoplifting is a priority and has promised more
    # patrols in the town centre.' (cut from 'Norshire Police insists that ...')
    from quizgen.generate.media_claims import _first_clause

    assert _first_clause("Fly-tipping is a priority and has promised more cameras at the "
                         "tip.", "en") == "Fly-tipping is a priority."
    # blind review 40 de_strassenumbenennung #17: '..., und forderte stattdessen ...'
    assert _first_clause("Man dürfe die Geschichte des Ortes nicht einfach löschen, und "
                         "forderte stattdessen eine Tafel.", "de") == \
        "Man dürfe die Geschichte des Ortes nicht einfach löschen."
    assert _first_clause("The bridge was closed and had been for weeks.", "en") == \
        "The bridge was closed and had been for weeks."


def test_a_claim_someone_was_told_is_printed_without_the_report():
    # blind review 41 en_foraging #9: 'Peter Marsh had been told that some of the pickers ...'
    # (true as a report; the claim is what he was told)
    from quizgen.generate.media_claims import _BARE_FRAME

    m = _BARE_FRAME.match("Tom Reed had been told that some of the anglers were selling "
                          "their catch to a restaurant in Leeds.")
    assert m and m.group(1).startswith("some of the anglers"), m


def test_a_statement_ending_in_a_pointer_is_no_matching_row():
    # blind review 41 en_foraging #14: 'The council had no evidence of this.'
    from quizgen.generate.media_sources import _POINTS_BACK_END

    assert _POINTS_BACK_END["en"].search("The council had no evidence of this.")
    assert not _POINTS_BACK_END["en"].search("The rules were too vague.")
    assert _POINTS_BACK_END["de"].search("Es gebe keine Belege dafür.")
    assert not _POINTS_BACK_END["de"].search("Die Stadt habe dafür kein Geld.")


NOISE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Neue Auflagen für das Sommerfest in Haldern

Das Sommerfest in Haldern muss in diesem Jahr um 22 Uhr enden.

In der Stadt heißt es, ein Nachbar des Festplatzes habe sich beim Landratsamt über Lärm \
beschwert. Bestätigt ist das nicht. Die Musik endet künftig um 22 Uhr.
"""


def test_a_bare_german_claim_in_marks_is_the_articles_words_visibly_cut():
    # review 39 de_oldtimertreffen Q11 (mediaA's note): '„Ein Anwohner des Marktplatzes
    # habe sich ... beschwert“' printed a clause cut from its frame and capitalised as if
    # verbatim
    from quizgen.generate.media_claims import _verbatim

    a = analyze(load_article(NOISE_DE))
    assert _verbatim(a, "Ein Nachbar des Festplatzes habe sich beim Landratsamt über Lärm "
                        "beschwert.") == \
        "„… ein Nachbar des Festplatzes habe sich beim Landratsamt über Lärm beschwert.“"
    assert _verbatim(a, "Die Musik endet künftig um 22 Uhr.") == \
        "„Die Musik endet künftig um 22 Uhr.“"
    assert _verbatim(a, "Der Nachbar habe sich beschwert.") is None


BOARD_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Reservoir path to stay shut

The path around Holm Reservoir will stay closed until the summer.

Walker Ann Dale, 64, said the closure had cut her off from her favourite route. "I have \
walked here for 30 years," she told BBC Radio Leeds.

Councillor Tom Reed said the council was pressing for an early reopening.

The Airedale Health Trust, which owns the reservoir, said the path was unsafe. A \
spokesperson added that repairs would start in May.
"""


def test_a_spokesperson_for_a_body_the_article_names_with_the():
    # blind review 41 en_ear_wax #14: 'a spokesperson for Kent and Medway Integrated Care
    # Board' (the article: 'The Kent and Medway Integrated Care Board ... A spokesperson')
    q = _voices(BOARD_EN)
    assert "a spokesperson for the Airedale Health Trust" in q.answer, q.answer


FRIENDS_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Park cafe to close in spring

The cafe in Holm Park will close in April, Harwick Borough Council has said.

Councillor Tom Reed said the lease could not be renewed. "The building needs a new roof," he \
told BBC Radio Leeds.

A petition organised by the Friends of Holm Park has collected nearly 900 signatures. Its \
spokesperson, Ann Reid, said the council had not asked park users.

The council will decide on 3 March.
"""


def test_a_plural_groups_name_keeps_its_the_in_a_role():
    # comp's note 09:58 (blind4 en_library_hours_brookfield): 'spokesperson of Friends of
    # Brookfield Library' once the entity layer kept the group's whole name
    q = _voices(FRIENDS_EN)
    assert "spokesperson of the Friends of Holm Park" in q.answer, q.answer


UNION_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bus drivers in Harwick face new rotas

Bus drivers in Harwick will work longer shifts from January.

Operator Dale Buses said the change would keep every route running. "We have no other choice," \
its managing director, Tom Reed, told BBC Radio Leeds.

Councillor Ann Cole said the council had not been consulted.

Drivers have complained about tiredness since the summer, according to the union Unite. Its \
regional officer, Julie Marsh, called for an independent review of the rotas.
"""


def test_a_named_officer_who_calls_for_something_is_a_voice():
    # blind review 42 en_shoplifting #17 left out 'Its regional officer, Karen Doyle, called
    # for more cameras ...'
    q = _voices(UNION_EN)
    assert "Julie Marsh" in q.answer, q.answer
