"""Media-literacy fixes of blind reviews 37-39 (round 2 of 2026-11-28, mediaB). Sentences
invented."""

from __future__ import annotations

from quizgen.generate import media_discussion as md
from quizgen.generate.media_text import claims, evidence_markers
from quizgen.pipeline import analyze, load_article

FARMERS_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Kürbishöfe im Emsland: Bauern finden keine Fahrer

Vor der Ernte fehlen im Emsland Dutzende Fahrer für die Traktoren.

Auf dem Hof von Gerd Hollmann in Lathen stehen zwei Traktoren still. Der 52-jährige Landwirt \
hat beschlossen, ein Viertel seiner Felder nicht zu ernten. „Uns fehlen einfach die Leute“, \
sagte Hollmann.

Nach Angaben des Maschinenrings fehlen derzeit mehr als 80 Fahrer. Kreislandwirt Bernd \
Sievers sagte, viele junge Leute arbeiteten lieber in der Industrie.

Die Preise für Kürbisse sind kaum gestiegen.
"""

SURNAME_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bakery family opens a night shop

A family bakery in Harwick now sells bread from a hatch after midnight.

For 30 years the Dalton family sold its bread to a supermarket chain. That ended in March, \
when Sam Dalton, 51, gave notice on the contract.

"We could not go on losing money on every loaf," Sam Dalton said. "People queued in the \
rain," his daughter Amy Dalton said.

Mr Dalton believes that the chain pushed prices down on purpose. He has not offered any \
evidence for this, and the chain said that all of its suppliers were paid the same.

The hatch opens from midnight to 4am.
"""

PORTAL_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Fair must leave its field after 50 years

The Harwick Steam Fair has to find a new home after the owner of its field decided to sell.

Chairman Peter Lowe said the news had come as a shock. "We have been here since 1975," he \
told BBC Radio Kent.

The owner, Anne Marsh, said the fair had been given two years' notice.

Some visitors have claimed online that the field is to become a car park. No application has \
been made, according to Harwick Borough Council's planning register. The claim could not be \
confirmed.

The fair opens on 3 July.
"""


def _voices(text: str):
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if q.type == "open" and "speak" in q.prompt
          or "zu Wort" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[0]


def test_a_farmer_who_speaks_is_one_of_the_headlines_farmers():
    # blind review 39 de_spargelernte #17: 'Die Überschrift nennt Bauern, doch niemand von
    # ihnen kommt im Artikel zu Wort' with a Landwirt and the Kreislandwirt quoted
    q = _voices(FARMERS_DE)
    assert "Überschrift nennt Bauern" not in q.answer, q.answer


def test_a_shared_surname_is_no_voice_of_its_own():
    # blind review 39 en_milk_vending #11: 'Tom Pryce, Ellie Pryce and Pryce'
    q = _voices(SURNAME_EN)
    assert "Sam Dalton and Amy Dalton speak" in q.prompt, q.prompt
    assert "; Dalton" not in q.answer, q.answer


def test_the_claim_flag_points_to_the_claim_not_to_the_record_before():
    # blind review 39 en_agricultural_show: 'The claim could not be confirmed.' after the
    # council's planning portal is about the exhibitors' claim
    a = analyze(load_article(PORTAL_EN))
    flags = [m for m in evidence_markers(a) if m.text == "could not be confirmed"]
    assert flags, evidence_markers(a)
    assert "have claimed" in a.sentences[flags[0].claim_sentence].text


def test_a_council_record_is_no_statement_of_the_council():
    # blind review 39 en_agricultural_show #12: 'The article also reports what Fenmoor District
    # Council said' (it cites the council's planning portal)
    q = _voices(PORTAL_EN)
    assert "Council said" not in q.answer, q.answer


def test_the_second_hand_note_names_whose_words_and_where():
    # blind review 38: every open item said 'Some statements the article takes from another
    # outlet' although one quotation was given to a broadcaster
    q = _voices(PORTAL_EN)
    assert "Some statements" not in q.answer, q.answer
    assert "Peter Lowe spoke to another outlet (“BBC Radio Kent”); the article quotes that " \
        "statement from there" in q.answer, q.answer


CHAIR_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um neue Glocken in Wittenbach

Die evangelische Gemeinde in Wittenbach will ihre alten Glocken ersetzen.

Die Gemeinde hat für die neuen Glocken rund 80.000 Euro gesammelt. Anwohnerin Petra Lenz \
sagte, die Glocken seien schon jetzt zu laut.

Über die Glocken entscheidet allein der Kirchenvorstand. Dessen Vorsitzender Jörg Albers \
betonte, man wolle „zuhören, aber nicht jedes Jahr neu anfangen“.

Die Versammlung beginnt um 19 Uhr.
"""


def test_dessen_vorsitzender_after_the_body_as_subject():
    # blind review 37 de_kirchenfenster #16: 'Vorsitzender' of nothing
    q = _voices(CHAIR_DE)
    assert "Jörg Albers (Vorsitzender des Kirchenvorstands)" in q.answer, q.answer


COORDINATOR_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Chess club for young carers loses its grant

A club for children who look after a sick parent may close in the summer.

The club has met every Friday in a room above the library. Its grant from the council, which \
pays for a part-time coordinator, ends on 30 June.

Coordinator Laura Benn said the news had come as a blow. "This is the one evening they get \
for themselves," she told BBC Radio Kent.

Councillor Mark Tate, cabinet member for children's services, said the council had to make \
savings of £4m.

The club hopes to find a new sponsor.
"""


def test_a_title_opening_the_sentence_is_the_role():
    # blind review 37 en_young_carers #12: 'Coordinator Gemma Hollis' listed without a role
    q = _voices(COORDINATOR_EN)
    assert "Laura Benn (coordinator)" in q.answer, q.answer


LAWYER_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Garage owner fined over fake MOT certificates

A garage owner in Harwick has been fined £3,000 for issuing MOT certificates without testing \
the cars.

Darren Pike, 52, who runs Pike Motors on Mill Lane, pleaded guilty at Harwick Magistrates' \
Court on Monday to four offences.

Prosecuting, Helen Ward said inspectors had found 12 certificates for cars that had never been \
in the garage.

Defending, solicitor Tom Reeve said his client had been ill for much of the year and had left \
the garage to a mechanic. Mr Pike had since sacked the mechanic, he said.

District Judge Anne Cole said the offences put drivers at risk.
"""


def test_a_defendant_heard_only_through_his_solicitor_is_named():
    # blind review 38 en_vape_sales #17: the shopkeeper, heard only through his solicitor,
    # was not named as the missing voice
    q = _voices(LAWYER_EN)
    assert "Darren Pike is heard only through Tom Reeve (solicitor)" in q.answer, q.answer


RUMOUR_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Lange Wartezeiten im Ordnungsamt Weißbach

Wer im Ordnungsamt Weißbach einen Anwohnerparkausweis beantragen will, wartet derzeit bis zu \
vier Wochen auf einen Termin. Amtsleiterin Petra Lenz sagte, zwei Stellen seien seit dem \
Sommer unbesetzt.

Für Ärger sorgt zudem ein Gerücht, das in einer Chatgruppe kursiert. Dort heißt es, die \
Termine würden von einer Agentur gebucht und für 20 Euro weitergegeben. Belege dafür gibt es \
bislang nicht.

Bürgermeister Uwe Kranz sagte, die Stadt wolle im Januar zwei neue Mitarbeiter einstellen.
"""


def _open_claim_item(text: str):
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if "Belege bräuchte" in q.prompt
          or "evidence would be needed" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[-1]


def test_an_anonymous_rumour_asks_for_no_source():
    # blind review 39 de_oldtimertreffen #13: 'Warum könnte ihre Quelle sie aufstellen' for
    # a claim that 'kursiert'
    q = _open_claim_item(RUMOUR_DE)
    assert "Quelle sie aufstellen" not in q.prompt and "wer sie aufstellt" not in q.answer, \
        (q.prompt, q.answer)


def test_dort_heisst_es_is_cited_with_the_place_it_points_to():
    # blind review 36 de_buergeramt: the note cited 'Dort heißt es, ...' alone
    q = _open_claim_item(RUMOUR_DE)
    assert "in einer Chatgruppe kursiert" in q.answer, q.answer


FOUNDER_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um Neubaugebiet in Wittenbach

Am Rand von Wittenbach sollen 40 Reihenhäuser entstehen. Viele Anwohner sind dagegen.

Bürgermeisterin Anja Krüger sagte, die Gemeinde brauche dringend Wohnraum. Die Straße sei \
schon jetzt zu eng, sagte Klaus Vennemann, der die Bürgerinitiative „Grünes Wittenbach“ \
gegründet hat.

„Wir wollen keine Schlafstadt werden“, sagte Vennemann dem NDR.

Der Gemeinderat entscheidet im Mai.
"""


def test_who_founded_the_initiative_is_its_founder():
    # round 1 (blind review 34 de_tinyhaus #12): Oltmanns listed without a role
    q = _voices(FOUNDER_DE)
    assert "Klaus Vennemann (Gründer der Bürgerinitiative „Grünes Wittenbach“)" in q.answer, \
        q.answer


TOLD_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bakery stops selling to supermarket

A family bakery in Harwick now sells its bread from a hatch.

For 30 years the Dalton family sold its bread to a supermarket chain. That ended in March, \
when Sam Dalton, 51, gave notice on a contract which, he says, paid him less than it cost to \
bake the bread.

"We were losing money on every loaf," he told BBC Radio Kent. "Either we changed something \
or the bakery had to close."

The hatch opens from midnight to 4am.
"""


def test_he_told_the_station_after_the_named_person_gets_a_source_item():
    # blind review 39 en_milk_vending: no source item on '..., he told BBC Radio Shropshire'
    from quizgen.generate import media_sources as ms

    a = analyze(load_article(TOLD_EN))
    qs = [q for q in ms.generate(a, claims(a)) if q.answer == "BBC Radio Kent"]
    assert qs, [q.prompt for q in ms.generate(a, claims(a))]
    assert "Sam Dalton" in qs[0].prompt, qs[0].prompt


def test_a_shared_surname_is_no_column_of_a_matching_item():
    # blind review 39 en_milk_vending: 'Mr Pryce' beside Tom and Ellie Pryce
    from quizgen.generate import media_sources as ms

    a = analyze(load_article(SURNAME_EN + '\n"It works," councillor Ruth Gale said.\n'))
    for q in ms.generate(a, claims(a)):
        if q.type == "matching":
            assert not any(p[0] == "Dalton" for p in q.pairs), q.pairs


def test_a_titled_surname_keeps_its_title_in_the_open_item():
    # blind review 39 en_milk_vending #12: 'Why might Pryce make this claim?' with Tom and
    # Ellie Pryce in the article. Since 7315b2e 'Mr Dalton' beside 'his daughter Amy Dalton'
    # is known to be Sam Dalton, and the item may name him in full; never by the bare surname
    a = analyze(load_article(SURNAME_EN))
    qs = [q for q in md.generate(a, claims(a)) if "Why might" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    assert qs[0].prompt.startswith(("Mr Dalton believes", "Sam Dalton believes")), qs[0].prompt
    assert "Why might Mr Dalton make this claim?" in qs[0].prompt or \
        "Why might Sam Dalton make this claim?" in qs[0].prompt, qs[0].prompt
    assert "Why might Dalton" not in qs[0].prompt and "Amy" not in qs[0].prompt.split(".")[0]
