"""mediaB fixes of the fix round of the session of 2026-11-28/29: faults found by blind
reviews 75-82 (unproven claims missed, the evidence wording, options, the voices list).
Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


def _flags(text: str) -> list[tuple[str, str]]:
    """(flag, the claim sentence it is on) of every no-evidence marker."""
    a = _analysis(text)
    return [(m.text, a.sentences[m.claim_sentence].text) for m in a.markers
            if m.kind == "no_evidence"]


HALLE_DE = """Von Miriam Falk | Dienstag, 24. November 2026, 08:40 Uhr

Kletterhalle in Brandeck soll schließen

Die Kletterhalle im alten Lokschuppen von Brandeck soll Ende März 2027 schließen. Der Stadtrat \
stimmte am Montagabend mit 21 zu 12 Stimmen für den Verkauf des Gebäudes.

Bürgermeister Rainer Kolb (SPD) sagte dem Südwestrundfunk, die Stadt könne sich eine Sanierung \
nicht leisten. Vorsitzende Sabine Ortmann erklärte, der Verein habe bereits 240.000 Euro an \
Spenden gesammelt.

Der Kletterverein behauptet, die Stadt habe ihm die Halle im Sommer bereits für einen \
symbolischen Euro angeboten. Bestätigt hat die Stadt das nicht; ein Sprecher sagte lediglich, \
man sei "für Gespräche offen".

Die Gegner des Verkaufs verweisen zudem auf eine Umfrage, wonach drei Viertel der Einwohner die \
Halle erhalten wollten. Die Umfrage wurde bisher nicht veröffentlicht, und ob die Zahl stimmt, \
ist nicht bestätigt.

Stadtrat Holger Brandt (FDP) nannte die Halle "ein Fass ohne Boden".
"""

DEPOT_EN = """By Hannah Pryce | Tuesday 24 November 2026, 07:50 GMT

Depot closure will leave villages without buses

Marsh Valley Buses will close its depot in Wenlow next spring, the company said on Monday.

Managing director Philip Adair said the decision had been "extremely difficult". He said fuel \
and wage costs had risen by more than 30 per cent in two years.

Several parents claim that the company has already cut the number of drivers on the valley \
routes. The company has not confirmed that there have been any cuts and said the timetable had \
not changed since September.

Karen Holt, who chairs the parish council, said the village would lose its only link to the \
town. The parish council said it would write to the company.
"""


def test_german_unconfirmed_flags_find_the_claim_before():
    # 'Bestätigt hat die Bahn das nicht' and '..., und ob die Zahl stimmt, ist nicht bestätigt'
    # flagged nothing: the claims before them got no evidence item (blind reviews 81
    # de_schrankenwaerter, 82 de_azubiwohnheim)
    flags = _flags(HALLE_DE)
    assert ("Bestätigt hat die Stadt das nicht",
            next(s for f, s in flags if f.startswith("Bestätigt"))) in flags
    claims = {f: s for f, s in flags}
    assert claims["Bestätigt hat die Stadt das nicht"].startswith("Der Kletterverein behauptet")
    assert claims["ob die Zahl stimmt, ist nicht bestätigt"].startswith(
        "Die Gegner des Verkaufs verweisen")


def test_has_not_confirmed_that_there_are_any():
    # 'The council has not confirmed that there are any delays' after 'Several newsagents
    # claim that ...' (blind review 82 en_paper_rounds): the claim went unasked
    flags = _flags(DEPOT_EN)
    assert [s for _, s in flags] == [
        "Several parents claim that the company has already cut the number of drivers on the "
        "valley routes."]
    # only not yet announced: no flag without a claim before it and without 'any'
    assert not _flags("""The school said on Monday that it would stay open.

The council has not confirmed that the school will close in July. A decision is expected in May.
""")


def test_unconfirmed_wording_fits_the_text():
    # 'For which statement does the article say explicitly that no evidence was given?' where
    # the text says 'has not been confirmed' (blind review 80 en_community_garden #11,
    # en_compost_site #10); the open item said 'no evidence was given' too
    from quizgen.nlp.evidence import unconfirmed
    assert unconfirmed("has not been confirmed")
    assert unconfirmed("Bestätigt hat die Bahn das nicht")
    assert not unconfirmed("Belege dafür gibt es bislang nicht")
    assert not unconfirmed("provided no evidence")
    qs = _media(DEPOT_EN)
    ev = [q for q in qs if q.skill == "evidence"]
    assert ev and all("no evidence was given" not in q.prompt for q in ev)
    assert any(q.prompt == "Which statement does the article say has not been confirmed?"
               for q in ev)
    for q in qs:
        if q.skill == "discussion":
            assert "no evidence was given" not in q.prompt
    de = [q for q in _media(HALLE_DE) if q.skill in ("evidence", "discussion")]
    assert de and all("keine Beweise vorgelegt" not in q.prompt for q in de)


BRIDGE_EN = """By Tom Reilly | Friday 6 November 2026, 10:05 GMT

Ferry link suspended after engine failure

The ferry between Ashby Quay and Lanton has been suspended after an engine failure on Tuesday, \
the operator said.

Channel Link said the repairs had been "unavoidable". Harbour master Greta Moss said \
the slipway was "in a poor state". Parish councillor Neil Drury said the ferry was "a lifeline \
for the whole village".

Alice Fenn, who runs the village shop, has urged the operator to lay on a free bus until the \
crossing reopens.

Some passengers have claimed online that the operator knew about the fault in the summer. The \
operator has not confirmed this, and no repair log has been made public.
"""


def test_no_option_without_a_verb():
    # 'Brennan has asked the council to lay on a free minibus ...' gave the evidence option
    # 'The council to lay on a free minibus until the bridge reopens.' (blind review 81
    # en_footbridge #9)
    from quizgen.generate.media_claims import _resolved
    from quizgen.generate.media_text import claims
    a = _analysis(BRIDGE_EN)
    urged = [c for c in claims(a) if "lay on" in (c.statement or "")]
    assert urged and all(_resolved(c, "en", a.entities, a) is None for c in urged)
    options = [o for q in _media(BRIDGE_EN) for o in (q.options or [])]
    assert not any(o.lower().startswith("the operator to lay on") for o in options)
    from quizgen.generate.media_claims import _OBJECT_TO
    assert _OBJECT_TO.match("the operator to lay on a free bus until the crossing reopens")
    assert not _OBJECT_TO.match("the slipway was closed to traffic")


ORCHARD_EN = """By Sarah Lowe | Monday 9 November 2026, 09:20 GMT

Apple thieves strip community orchard

Thieves have stripped almost every tree in the Millbrook community orchard, volunteers said.

Volunteer Helen Carter, who planted many of the trees, said the loss was "heartbreaking". \
PC Tom Ellis, a rural crime officer, said marked crates were easier to trace.

Orchard chairman Peter Gould said that some people would buy cheap fruit without asking where \
it came from. Gould also claimed that the apples had been sold at a market in another county. \
That has not been confirmed, and police said they were checking local farm shops.
"""


def test_matching_leaves_a_flagged_claim_to_the_evidence_items():
    # 'Robert Lane = Some of the stolen hives had been taken abroad on lorries.' in the
    # matching item beside the evidence item and the discussion on that claim (blind review
    # 78 en_hive_thefts #12): a speaker's other statement goes in the matching item
    qs = _media(ORCHARD_EN)
    match = [q for q in qs if q.type == "matching"]
    assert match
    for q in match:
        assert "another county" not in q.answer
    assert any("another county" in str(q.answer) for q in qs if q.skill == "evidence")


def test_no_leftover_contrast_in_the_who_question():
    # 'Wer betonte jedoch, dass ...?' (blind review 75 de_marktgebuehren #14): 'jedoch' sets
    # the sentence against one the question does not print
    from quizgen.generate.media_claims import _ADDITIVE
    assert _ADDITIVE.sub(r"\1", "betonte jedoch, dass die Halle nicht zulasten des Haushalts "
                         "gehen dürfe", count=1) == \
        "betonte, dass die Halle nicht zulasten des Haushalts gehen dürfe"
    assert _ADDITIVE.sub(r"\1", "sagte aber, die Stadt prüfe alles", count=1) == \
        "sagte, die Stadt prüfe alles"
    # an 'aber' inside the clause stays
    assert _ADDITIVE.sub(r"\1", "sagte, die Stadt prüfe aber alles", count=1) == \
        "sagte, die Stadt prüfe aber alles"
    qs = _media(HALLE_DE.replace(
        "Stadtrat Holger Brandt (FDP) nannte die Halle \"ein Fass ohne Boden\".",
        "Stadtrat Holger Brandt (FDP) betonte jedoch, dass die Halle nicht auf Dauer zulasten "
        "des Haushalts gehen dürfe."))
    assert not any(q.prompt.startswith("Wer betonte jedoch") for q in qs)


HOMES_EN = """By Amy Ward | Friday 13 November 2026, 08:15 GMT

Councillors reject developer's names for new streets

Streets on a new estate in Dunmore will be named after the town's lifeboat crews, after \
councillors overruled the names proposed by developer Larchfield Homes.

Committee chair Graham Pike said the crews had "earned a place on the map". Local historian Joan \
Ellery said she was delighted. Resident Linda Carrow told BBC Radio Tees that the new names were \
"a lovely idea".

Larchfield Homes had argued that the names could confuse delivery drivers. A spokesperson for \
the company said it would "work constructively" with the council.
"""


def test_spokesperson_for_the_company_named_before():
    # 'Northvale Homes had argued ... A spokesperson for the company said ...': the voices
    # list had 'a spokesperson for the company' and, apart, 'what Northvale Homes ... said'
    # (blind review 79 en_street_names #9)
    qs = [q for q in _media(HOMES_EN) if q.skill == "discussion" and "speak" in q.prompt]
    assert qs
    for q in qs:
        assert "a spokesperson for the company" not in q.prompt + q.answer
        assert "a spokesperson for Larchfield Homes" in q.answer
        assert "what Larchfield Homes" not in q.answer


def test_the_report_and_the_rumour_before():
    # 'The practice said it was not aware of any such case, and the report has not been
    # confirmed': the report is the claim before, not the practice's statement (blind review
    # 83 en_gp_phones #15, D); 'The trust called the claim "completely untrue", and no
    # evidence for it has been produced' after a rumour goes to the rumour, not to the survey
    # before it, which has its own flag (blind review 83 en_hospital_radio #13, D)
    flags = _flags("""The surgery's phones failed for three days last week.

Some parents have claimed online that a boy with a broken arm was turned away from the clinic. \
The clinic said it was not aware of any such case, and the report has not been confirmed.
""")
    assert [s[:30] for _, s in flags] == ["Some parents have claimed onli"]
    flags = _flags("""The choir has sung at the home every Sunday since 1998.

A survey carried out by the singers suggested that most residents felt happier after a visit, \
though the survey has not been independently checked. Rumours have also spread in a local \
Facebook group that the home plans to sell the music room. The home called the claim \
"nonsense", and no evidence for it has been produced.
""")
    assert sorted((f, s[:20]) for f, s in flags) == [
        ("no evidence", "Rumours have also sp"),
        ("the survey has not been independently checked", "A survey carried out")]


def test_a_firm_that_did_not_comment_keeps_its_capital():
    # 'According to the article, northgate Voice has not commented' (blind review 83
    # en_gp_phones #14)
    text = """The surgery's phones failed for three days last week.

Practice manager Louise Hart said staff had been "working flat out". Patient Tom Reeve said he \
had waited for two hours. Councillor Amy Shaw said the failure was "not good enough". The \
problem was caused by a fault in the phone system. The supplier, Westgate Voice, was working on \
a fix.

Westgate Voice did not respond to a request for comment.
"""
    answers = " ".join(str(q.answer) for q in _media(text) if q.skill == "discussion")
    assert "Westgate Voice has not commented" in answers
    assert "westgate" not in answers


def test_so_the_claim_cannot_be_checked():
    # 'Several fishermen have suggested that ... if the trust had carried out repairs ... The
    # trust says the survey found only minor wear. The report has not been made public, so
    # the claim cannot be checked.': the fishermen's claim, not the flag's own sentence
    # (blind review 84 en_harbour_wall: no evidence item)
    flags = _flags("""The pier at Kelham has been closed since a storm last week.

Several anglers have suggested that the damage could have been avoided if the council had \
repaired the pier after a 2021 inspection. The council says the inspection found only minor \
wear. The inspection report has not been published, so the claim cannot be checked.
""")
    assert [s[:22] for _, s in flags] == ["Several anglers have s"]


MENSA_DE = """Von Jana Roth | Donnerstag, 12. November 2026, 07:30 Uhr

Caterer insolvent: Schulen in Halmstedt ohne warmes Essen

Seit Montag bekommen die Kinder an fünf Schulen in Halmstedt kein warmes Mittagessen mehr. Der \
Caterer Frischeküche Nord hat Insolvenz angemeldet.

Geschäftsführer Rainer Bode sagte dem NDR, gestiegene Preise hätten das Unternehmen in die Knie \
gezwungen. Schuldezernent Markus Feld erklärte, die Stadt verhandle bereits mit zwei anderen \
Anbietern. Elternvertreterin Sabine Kühn sagte, viele Kinder kämen hungrig nach Hause.

Nach Angaben der Gewerkschaft NGG haben die Beschäftigten ihre Löhne für Oktober noch erhalten.

Die Stadt rechnet mit Mehrkosten von rund 40.000 Euro. Bode hält diese Zahl für zu niedrig, \
sagte er.

In einer Elterngruppe im Messengerdienst WhatsApp wird behauptet, die Stadt habe schon im Sommer \
von den Schwierigkeiten des Caterers gewusst. Bestätigt ist das nicht; die Stadt wollte sich dazu \
nicht äußern.
"""


def test_a_rumour_is_listed_once_and_the_union_gets_its_article():
    # 'Der Artikel gibt mehrere Behauptungen wieder' with one claim listed twice, and
    # 'Außerdem äußert sich laut Artikel NGG' (blind review 85 de_essenslieferant #17, #18);
    # 'Die Behauptung stammt von WhatsApp' in the evidence explanation
    qs = _media(MENSA_DE)
    disc = [q for q in qs if q.skill == "discussion"]
    text = " ".join(q.prompt + " " + str(q.answer) for q in disc)
    assert "mehrere Behauptungen" not in text
    assert "laut Artikel NGG" not in text
    assert not any("stammt von WhatsApp" in (q.explanation or "") for q in qs)
    # 'Bode hält diese Zahl für zu niedrig': which figure? No option (blind review 85
    # de_kitagebuehren #10)
    assert not any("diese Zahl" in o for q in qs for o in (q.options or []))


def test_spokesman_of_an_office_opening_the_sentence_before():
    # 'Das Ministerium in Hannover weist das zurück. Ein Sprecher erklärte, ...': the spokesman
    # was left out and the ministry called unheard (blind review 84 de_hafenschlick #15)
    text = """Von Tim Lau | Montag, 16. November 2026, 09:00 Uhr

Fähre nach Borkum fällt aus

Die Fähre nach Borkum fährt seit Montag nicht mehr. Kapitän Arne Lüders sagte dem NDR, das \
Fahrwasser sei zu flach. Reederin Heike Janssen erklärte, man verliere jeden Tag Geld.

Das Ministerium in Hannover weist die Kritik zurück. Ein Sprecher erklärte, der Antrag der \
Reederei sei unvollständig gewesen. Janssen behauptet dagegen, das Ministerium habe die \
Unterlagen "monatelang liegen lassen". Belege dafür legte sie nicht vor.
"""
    answers = " ".join(str(q.answer) for q in _media(text) if q.skill == "discussion")
    assert "ein Sprecher des Ministeriums" in answers
    assert "das Ministerium selbst kommt aber nicht zu Wort" not in answers


def test_narration_with_nach_eigenen_angaben_is_no_statement():
    # 'Über die Zustände hatte Marx an die Heimaufsicht geschrieben, eine Antwort erhielt sie
    # nach eigenen Angaben erst im Februar.' went into the matching item as her statement
    # (blind review 83 de_heimaufsicht #15)
    from quizgen.generate.media_sources import _column_text
    from quizgen.generate.media_text import claims
    a = _analysis("""Von Eva Lang | Montag, 9. November 2026, 10:00 Uhr

Schwimmbad bleibt zu

Das Hallenbad in Kirchdorf bleibt bis zum Frühjahr geschlossen. Bürgermeister Jan Roth sagte, \
die Reparatur dauere länger als geplant.

Über den Zustand des Beckens hatte Vereinschefin Anna Pohl bereits im Sommer an die Stadt \
geschrieben, eine Antwort erhielt sie nach eigenen Angaben erst im Oktober.
""")
    for c in claims(a):
        text = _column_text(c, "statement", "de")
        assert not text or "nach eigenen Angaben" not in text


def test_a_professor_who_speaks_for_his_trust_is_no_expert():
    # 'Its chair, Professor Alan Brierley, said talks had been held ...' was the key of 'Who is
    # quoted in the article as an expert?' (blind review 84 en_harbour_wall #11, D)
    text = """By Ruth Hale | Monday 23 November 2026, 08:00 GMT

Storm closes Kelby harbour

Kelby harbour has been closed after a storm damaged its outer wall.

Harbour master Gillian Shaw told BBC Radio York that the boats had to leave. Fisherman Dean \
Marsh said he was losing money every day. Councillor Nadia Khan said the town needed help.

The Kelby Harbour Trust has run the harbour since 1987. Its chair, Professor Alan Bright, said \
talks had been held with the council, but no funding had yet been agreed.
"""
    assert not any("as an expert" in q.prompt and q.answer == "Alan Bright"
                   for q in _media(text))


def test_a_german_organisation_keeps_its_article():
    # 'Kletterverein Brandeck behauptet, ...', 'Warum könnte Kletterverein Brandeck ...?',
    # 'die unbelegte Behauptung von Grundschule Kapellenfeld' (invented articles of this
    # round; blind53 de_spielplatz)
    text = """Von Miriam Falk | Dienstag, 24. November 2026, 08:40 Uhr

Kletterhalle in Brandeck soll schließen

Die Kletterhalle im alten Lokschuppen von Brandeck soll Ende März 2027 schließen. Der Stadtrat \
stimmte am Montagabend für den Verkauf des Gebäudes.

Bürgermeister Rainer Kolb (SPD) sagte dem Südwestrundfunk, die Stadt könne sich eine Sanierung \
nicht leisten. Stadtrat Holger Brandt (FDP) sagte, der Verkauf bringe mindestens 900.000 Euro.

Der Kletterverein Brandeck mit knapp 640 Mitgliedern will die Halle selbst übernehmen. \
Vorsitzende Sabine Ortmann erklärte, der Verein habe bereits 240.000 Euro gesammelt.

Der Verein behauptet, die Stadt habe ihm die Halle im Sommer bereits für einen symbolischen \
Euro angeboten. Belege dafür legte der Verein nicht vor.
"""
    disc = [q for q in _media(text) if q.skill == "discussion"]
    words = " ".join(q.prompt + " " + str(q.answer) for q in disc)
    assert "Kletterverein Brandeck" in words
    assert "von Kletterverein" not in words and "könnte Kletterverein" not in words
    assert not any(q.prompt.startswith("Kletterverein") for q in disc)


def test_no_leftover_also_in_the_claim_asked():
    # 'Parents have also claimed that ... – The article reports evidence for this claim.'
    # (blind review 77 en_diving_boards #15): 'also' leans on a sentence not printed
    text = DEPOT_EN.replace(
        "The parish council said it would write to the company.",
        "The parish council said it would write to the company. Some drivers have also said "
        "that the depot land is being sold to a housing developer. That has not been "
        "confirmed, and the company said no decision had been made.")
    qs = [q for q in _media(text) if q.skill in ("evidence", "discussion")]
    assert any("depot land" in q.prompt for q in qs)
    assert not any("have also said" in q.prompt for q in qs)
