"""mediaB fixes of the first fix round of the session of 2026-11-29 (05:18): faults in the
media-literacy items on unproven claims left from blind reviews 90-101 and found in reviews
102-105. Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


FERRY_EN = """By Carl Webb | Monday 23 November 2026, 09:30 GMT

Island ferry to run only twice a day from March

The ferry between Porthwen and the island of Skerra will sail only twice a day from 1 March \
instead of five times, its operator has announced.

Tidewater Crossings said the route had been running at a loss for several years. A \
spokesperson told BBC Radio Cornwall that fewer than 60 passengers a day were using the \
midday sailings. The operator has not published its accounts, and the claim that the route \
was losing money could not be independently confirmed.

Harbour master Gwen Pascoe said the cut would hit islanders who work on the mainland. "Some \
of them will have to leave home at six in the morning," she said. Pascoe added that the \
harbour office had not been consulted.

Shopkeeper Alan Treloar said deliveries to his store would now arrive a day late. He added \
that the island school had already changed its timetable.

Posts on social media that the operator plans to sell the route to a rival firm have not \
been confirmed. A spokesperson said the company "does not comment on rumours".

Local councillor Ruth Hendry said she would raise the matter at the next council meeting \
on 8 December. She said the council had written to the operator twice.
"""


def test_claim_named_by_its_flag_gets_an_evidence_item():
    """90 en_cash_machine_fees, 93 en_insect_startup: 'the claim that X could not be
    independently confirmed' and 'Reports on social media that X have not been confirmed'
    carry their claim in the flag's own subject, with no quotation: the claim is asked."""
    qs = _media(FERRY_EN)
    keys = {q.answer for q in qs if q.skill == "evidence" and q.type == "multiple_choice"}
    assert "The route was losing money." in keys, keys
    assert "The operator plans to sell the route to a rival firm." in keys, keys
    for q in qs:
        if q.answer == "The route was losing money.":
            # the operator's own case in the flag's paragraph is no wrong option
            assert not any("running at a loss" in o or "60 passengers" in o
                           for o in q.options), q.options


def test_plural_have_not_been_verified_flags_the_claim_before():
    """blind45 en_parish_resignations: 'The claims have not been independently verified.'
    after 'They claim that ...' (only 'has not been' was a flag)."""
    text = FERRY_EN.replace(
        "Shopkeeper Alan Treloar said deliveries to his store would now arrive a day late.",
        "Shopkeeper Alan Treloar claims that the operator cancelled sailings without notice. "
        "The claims have not been independently verified.")
    a = analyze(load_article(text))
    flagged = [a.sentences[m.claim_sentence].text for m in a.markers
               if m.kind == "no_evidence" and "verified" in m.text]
    assert flagged and flagged[0].startswith("Shopkeeper Alan Treloar claims"), flagged


BUERGERBUERO_DE = """Von Lena Vogt | Mittwoch, 25. November 2026, 08:00 Uhr

Bürgerbüro in Sandhagen nur noch an zwei Tagen geöffnet

Das Bürgerbüro im Ortsteil Sandhagen wird ab Januar nur noch dienstags und donnerstags öffnen. \
Das hat der Gemeinderat am Montag mit 15 zu 8 Stimmen beschlossen.

Bürgermeister Olaf Krämer sagte, die Gemeinde müsse in diesem Jahr rund 90.000 Euro beim \
Personal einsparen. Nach Angaben von Krämer soll der Schalter zunächst an zwei Vormittagen pro \
Woche besetzt sein.

Der Seniorenbeirat kritisiert die Entscheidung. Dessen Vorsitzende Helga Brandt sagte, viele \
ältere Menschen hätten kein Auto. Außerdem behauptet der Beirat, die Gemeinde habe die Stelle \
der Sachbearbeiterin schon im Sommer gestrichen. Belege dafür gibt es nicht.

Der Gemeinderat will im März über die Öffnungszeiten neu beraten.
"""


def test_soll_with_zunaechst_and_a_rhythm_is_a_plan_not_hearsay():
    """105 de_sperrmuell #13, D: 'Nach Angaben von X soll die Hotline zunächst an zwei
    Vormittagen pro Woche besetzt sein' is an announced plan, not an unconfirmed report."""
    qs = _media(BUERGERBUERO_DE)
    for q in qs:
        if q.skill == "evidence":
            assert "Schalter" not in q.prompt and "Schalter" not in str(q.answer), q.prompt


BEACH_EN = """By Nia Powell | Friday 27 November 2026, 10:00 GMT

Beach huts at Sandmouth to be removed after storm damage

Forty beach huts on Sandmouth's east promenade will be taken away in January, the town council \
has announced.

Councillor Peter Ashdown said the huts had become too costly to repair. The storms had also \
damaged the sea wall behind them, he said.

Hut owner Carol Finch said the council had ignored repeated warnings about the wall. Beach \
cafe owners say they have been left out of the talks.

Some sailors claimed that storm damage had doubled in nearby towns after they removed wooden \
groynes. That figure has not been confirmed, and the sailors did not say where it came from.

The council will decide on replacement huts in the spring.
"""


def test_flagged_claim_gets_its_multiple_choice_from_few_claims():
    """105 en_bulky_waste / en_bottle_banks: unproven claims only in open items. A 'they'
    right after a plural noun ('in nearby towns after they removed ...') is that noun's, and
    with too few named speakers' claims a group's ('Beach cafe owners say ...') is an option."""
    qs = _media(BEACH_EN)
    mc = [q for q in qs if q.skill == "evidence" and q.type == "multiple_choice"
          and "Storm damage had doubled" in str(q.answer)]
    assert mc and len(mc[0].options) >= 3, [(q.prompt, q.answer) for q in qs]


def test_bestaetigt_ist_die_behauptung_nicht_flags_the_rumour_before():
    """103 de_busbegleiter: '...; bestätigt ist die Behauptung nicht' after 'In einer
    Elterngruppe kursiert die Behauptung, ...' (only 'das'/'diese X' were read as flags)."""
    text = BUERGERBUERO_DE.replace(
        "Der Gemeinderat will im März",
        "Im Ort kursiert zudem die Behauptung, das Gebäude solle an einen Supermarkt verkauft "
        "werden. Die Gemeinde teilte mit, ihr liege dazu kein Angebot vor; bestätigt ist die "
        "Behauptung nicht.\n\nDer Gemeinderat will im März")
    a = analyze(load_article(text))
    flagged = [a.sentences[m.claim_sentence].text for m in a.markers
               if m.kind == "no_evidence" and "bestätigt ist" in m.text]
    assert flagged and flagged[0].startswith("Im Ort kursiert"), flagged
