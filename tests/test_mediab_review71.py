"""mediaB fixes of round 4 of the session of 2026-11-28: faults found by blind reviews 64-71
(unproven claims on the wrong speaker, options, voices, roles, sources). Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


ROWING_EN = """By Tom Ashby | Monday 9 November 2026, 10:15 GMT

Rowing club to move its boats to the marina

The Kestrel Rowing Club will move its boat store to Haddon Marina in March, after the old \
boathouse was found to be unsafe.

Club captain Helen Marsh said the move was overdue and that the members had voted for it in \
October. "We have waited for this for years," she told BBC Radio Devon.

Secretary Paul Dunmore said the club would pay £4,000 a year in rent. He said he was pleased \
that the club would stay on the river. It has been reported locally that the marina's owners \
plan to double the mooring fees next year. That has not been confirmed, and the marina said it did \
not comment on rumours.

Training will continue on Tuesday and Thursday evenings.
"""


def test_unnamed_report_keeps_its_note_off_the_speaker_before():
    # 'It has been reported locally that ... That has not been confirmed': the note is on the
    # report nobody makes by name, not on the secretary's remark before it (blind review 70
    # en_darts_league #11/#16/#17 keyed the landlord's plain remark as unproven)
    qs = _media(ROWING_EN)
    for q in qs:
        text = " ".join([q.prompt, str(q.answer), q.explanation or "", *(q.options or [])])
        assert "Dunmore's unproven" not in text and "Why might Paul Dunmore" not in text, text
        if q.skill == "evidence" and q.type == "multiple_choice" and "rent" in str(q.answer):
            raise AssertionError(q)
    assert any(q.skill == "evidence" and "reported locally" in q.prompt for q in qs)


FREIBAD_DE = """Von Jana Ortlieb | Dienstag, 12. Mai 2026, 09:40 Uhr

Neues Kassensystem im Freibad Lindenhof sorgt für lange Schlangen

Das Freibad Lindenhof hat zum Saisonstart ein neues Kassensystem bekommen. Seitdem warten \
Badegäste an warmen Tagen bis zu einer halben Stunde am Eingang.

Rentnerin Gisela Hartmann kommt seit vierzig Jahren jeden Morgen zum Schwimmen. „Das Warten in \
der Sonne ist für ältere Leute eine Qual“, sagte sie dem Südwestrundfunk. Sie schwimme deshalb \
jetzt lieber im Hallenbad.

Der Bäderleiter der Stadt, Markus Vogler, räumte Anlaufprobleme ein. Die Drehkreuze würden im \
Juni ausgetauscht, dann solle man auch mit dem Handy bezahlen können. Den Eintrittspreis \
verteidigte Vogler jedoch: Ein beheiztes Becken koste im Jahr rund 90.000 Euro Energie.

Stadtrat Tobias Wieland sagte, die Stadt habe das System ohne Probelauf eingeführt. \
Bürgermeisterin Anja Kessler erklärte, man werde die Wartezeiten im Juli auswerten. \
Schwimmmeister Jens Rohde sagte, viele Stammgäste kämen inzwischen erst am Nachmittag.
"""


def test_matching_keeps_a_carried_sentence_off_the_speaker_before_a_new_name():
    # 'sagte sie dem SWR. ... Der Bäderleiter, Markus Vogler, räumte Anlaufprobleme ein. Die
    # Drehkreuze würden ... ausgetauscht': Vogler's words, never Hartmann's (blind review 69
    # de_fahrradparkhaus #14 paired the commuter with the officer's announcement)
    for q in _media(FREIBAD_DE):
        for who, said in q.pairs or []:
            if who == "Gisela Hartmann":
                assert "Drehkreuze" not in said and "Eintrittspreis" not in said and \
                    "Energie" not in said, q.pairs


CHEESE_EN = """By Ruth Penrose | Tuesday 24 November 2026, 08:30 GMT

Thieves take honey from three Cotswold apiaries

Honey worth about £9,000 has been stolen from three apiaries near Stow in a week, police said.

The break-in at Hillside Bee Farm happened on Sunday night. Owner Mark Tolley, whose \
grandmother kept the first hives on the farm in 1952, said the loss had hit the business hard.

The Cotswold Beekeepers' Guild, which represents about 40 keepers, has urged members to fit \
trackers. Its chair, Ann Whitford, said the thefts were "a blow for small producers".

Retired magistrate Colin Pryor, who sat on the Stow bench for 20 years, said the thieves knew \
what they were doing. Ward sister Claire Obi, who has kept bees for 17 years, said she had \
moved her hives. Stow's MP, James Whitlow, said he would raise the thefts with the police. \
Peter Hale, landlord of the Red Lion in Stow, said he had seen a white van on the lane. \
His brother, Tom Hale, who runs a bakery in Stow, said the van had been there twice before. \
Agricultural engineer Rita Lowe, who checked the hives, said two locks had been cut.
"""


def test_voices_take_the_role_the_article_gives():
    # whole organisation names, a qualified or two-word title before the name, an office
    # noun without its story, an MP of a place, a role after the name without an article
    # (blind reviews 64 en_hospital_parking, 66 en_cheese_theft, en_magistrates_court,
    # 70 en_darts_league)
    from quizgen.generate.media_discussion import quoted_voices
    from quizgen.generate.media_text import claims

    a = _analysis(CHEESE_EN)
    roles = {v.name: v.role for v in quoted_voices(a, claims(a))}
    assert roles.get("Ann Whitford") == "chair of the Cotswold Beekeepers' Guild", roles
    assert roles.get("Mark Tolley") == "owner", roles
    assert roles.get("Colin Pryor") == "retired magistrate", roles
    assert roles.get("Claire Obi") == "ward sister", roles
    assert roles.get("James Whitlow") == "Stow's MP", roles
    assert roles.get("Peter Hale") == "landlord of the Red Lion in Stow", roles
    assert roles.get("Rita Lowe") == "agricultural engineer", roles
    assert roles.get("Tom Hale") == "brother of Peter Hale, who runs a bakery in Stow", roles


ZECHE_DE = """Von Jana Ortlieb | Dienstag, 12. Mai 2026, 09:40 Uhr

Kleingartenanlage soll Wohnungen weichen

Die Kleingartenanlage am Mühlbach soll bis 2029 einem Wohngebiet weichen. Der Stadtrat hat \
den Plan am Dienstag gebilligt.

Projektleiter Sven Albers sagte, es entstünden 120 Wohnungen. Renate Kuhl, die seit 1980 einen \
Garten am Mühlbach hat und die Initiative „Grüne Lunge Mühlbach“ gegründet hat, sprach von einem \
„schwarzen Tag“. Stadtrat Jonas Wendt sagte, die Stadt brauche dringend Wohnungen.

Der Gartenverein, den der frühere Platzwart Otto Kramer leitet, will nun klagen. Kramer sagte, \
die Stadt habe die Pächter zu spät informiert.
"""


def test_german_roles_founder_and_former():
    # ', die seit 1971 in der Schachtstraße lebt und die Mieterinitiative „…“ gegründet hat':
    # the founder of the initiative (blind review 66 de_zechensiedlung #21 had no role)
    from quizgen.generate.media_discussion import quoted_voices
    from quizgen.generate.media_text import claims

    a = _analysis(ZECHE_DE)
    roles = {v.name: v.role for v in quoted_voices(a, claims(a))}
    assert roles.get("Renate Kuhl") == "Gründerin der Initiative „Grüne Lunge Mühlbach“", roles
    # 'den der frühere Herbergsvater Dieter Meinken leitet' (blind review 67
    # de_jugendherberge #16 listed him as '(Herbergsvater)')
    assert roles.get("Otto Kramer") == "früherer Platzwart", roles


FREIBAD_FLAG_DE = FREIBAD_DE + """
Stadträtin Petra Hanke behauptete in der Sitzung, in zwei Nachbarorten seien die Schlangen mit \
dem gleichen System nach einer Woche verschwunden. Belege dafür nannte sie nicht.
"""


def test_evidence_options_lose_their_narrative_lead_in():
    # 'Den Eintrittspreis verteidigte Vogler jedoch: Ein beheiztes Becken koste ...' as a wrong
    # option: the claim after the colon, as the others are (blind review 69 de_schulsanitaeter
    # #12, de_fahrradparkhaus #10)
    qs = [q for q in _media(FREIBAD_FLAG_DE) if q.skill == "evidence"
          and q.type == "multiple_choice" and ("Beweise" in q.prompt
                                               or "nicht bestätigt" in q.prompt)]
    assert qs
    for q in qs:
        for o in q.options:
            assert "verteidigte" not in o and "räumte" not in o, q.options


def test_bare_option_loses_its_link_to_the_sentence_before():
    # 'Die Häufung im Norden sei aber auffällig.' as an option: the contrast is gone with the
    # sentence before (invented articles of round 71); a conjunction after a comma stays
    from quizgen.generate.media_claims import _without_lead_in

    assert _without_lead_in("Die Wartezeit sei aber zu lang.") == "Die Wartezeit sei zu lang."
    assert _without_lead_in("Das Becken sei warm, aber zu klein.") == \
        "Das Becken sei warm, aber zu klein."
    assert _without_lead_in("Den Preis verteidigte Vogler jedoch: Das Bad koste viel Geld.") == \
        "Das Bad koste viel Geld."


HALLE_DE = """Von Jana Ortlieb | Dienstag, 12. Mai 2026, 09:40 Uhr

Neue Sporthalle in Lindenau wird teurer

Die neue Sporthalle in Lindenau wird rund 1,2 Millionen Euro teurer als geplant. Der Gemeinderat \
hat die Mehrkosten am Dienstag gebilligt.

Bürgermeister Karl Heinrich verteidigte die Entscheidung. Die Halle sei dringend nötig, sagte er \
dem NDR; auf der Warteliste der Vereine stünden derzeit rund 40 Gruppen. Kämmerin Ute Sander \
sagte, der Kredit werde über 20 Jahre abbezahlt. Ratsherr Olaf Brandt kritisierte, die Planung \
sei von Anfang an zu knapp gewesen.
"""


def test_source_gap_sentence_ends_at_its_semicolon():
    # '..., sagte sie dem SWR; auf der Warteliste stünden derzeit rund 600 Haushalte.': the
    # statement through the outlet, not the next fact (blind review 71 de_buergerentscheid:
    # its gap gave the waiting list's figure away and the source item was left out)
    qs = [q for q in _media(HALLE_DE) if q.skill == "source" and "___" in q.prompt]
    assert qs
    for q in qs:
        assert "Warteliste" not in q.prompt and "dem ___." in q.prompt, q.prompt


WARTUNG_DE = """Von Birte Hansen | Montag, 16. November 2026, 07:50 Uhr

Seilbahn am Kahlenberg steht still

Die Seilbahn am Kahlenberg steht seit Freitag still. Bei einer Kontrolle waren Schäden an einem \
Tragseil entdeckt worden.

Betriebsleiter Jens Hinrichs sagte, die Sicherheit gehe vor. Skilehrerin Anke Wübbena sagte, \
viele Kurse müssten nun ausfallen. Hotelier Hauke Janssen sagte, die ersten Gäste hätten \
bereits abgesagt.

Im Gemeinderat wird behauptet, die Betreiber hätten eine fällige Prüfung im Sommer aus \
Kostengründen verschoben. Überprüfen lässt sich das bislang nicht. Hinrichs wies den Vorwurf \
zurück: Alle Prüfungen seien fristgerecht erfolgt.
"""


def test_denial_of_the_flagged_claim_is_no_wrong_option():
    # 'Hinrichs wies den Vorwurf zurück: Alle Prüfungen seien fristgerecht erfolgt.' right after
    # the note: the other side's word on the same matter, no fair wrong answer (invented
    # articles of round 71)
    qs = [q for q in _media(WARTUNG_DE) if q.skill == "evidence"
          and q.type == "multiple_choice" and ("Beweise" in q.prompt
                                               or "nicht bestätigt" in q.prompt)]
    assert qs
    for q in qs:
        assert not any("fristgerecht" in o for o in q.options), q.options


DEPOT_EN = """By Megan Doyle | Tuesday 17 November 2026, 11:40 GMT

Bowling green to make way for clinic car park

The bowling green in Harwell will be turned into a car park for the new health clinic, the \
council has decided.

Club secretary Margaret Hollins said the club's oldest members had bowled on the green since \
the 1970s. Practice nurse Priya Kaur said patients with walking frames needed spaces close to the \
door.

It has been claimed in a local Facebook group that the car park could have been built on the \
old depot site on Mill Lane. That has not been confirmed, and Harwell Town Council said the \
depot land was being sold for housing.
"""


def test_answer_in_the_note_sentence_is_no_wrong_option():
    # 'That has not been confirmed, and the council said the depot land was being sold for
    # housing.': the council's answer inside the note is no fair wrong answer (invented
    # articles of round 71)
    qs = [q for q in _media(DEPOT_EN) if q.skill == "evidence"
          and q.type == "multiple_choice" and ("no evidence" in q.prompt
                                               or "not been confirmed" in q.prompt)]
    assert qs
    for q in qs:
        assert not any("sold for housing" in o for o in q.options), q.options


def test_voices_give_a_carried_sentence_to_the_person_named_before_it():
    # 'Der Bäderleiter der Stadt, Markus Vogler, räumte Anlaufprobleme ein. Die Drehkreuze
    # würden ... ausgetauscht': Vogler speaks and is listed (blind review 69
    # de_fahrradparkhaus #15 left Dominik Farr out of the voices)
    from quizgen.generate.media_discussion import quoted_voices
    from quizgen.generate.media_text import claims

    a = _analysis(FREIBAD_DE)
    roles = {v.name: v.role for v in quoted_voices(a, claims(a))}
    assert "Markus Vogler" in roles, roles
    assert roles["Markus Vogler"] == "Bäderleiter der Stadt", roles
