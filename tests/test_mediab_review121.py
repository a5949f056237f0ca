"""mediaB fixes of the second fix round of the session of 2026-11-29 (07:56): faults in the
media-literacy items found by blind reviews 112-121. Sentences invented."""

from __future__ import annotations

from quizgen.nlp.evidence import find_markers
from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


def _voices(text: str) -> str:
    qs = [q for q in _media(text) if q.skill == "discussion" and "Quoted are" in str(q.answer)
          or q.skill == "discussion" and "Zu Wort kommen" in str(q.answer)]
    assert qs, "no voices item"
    return str(qs[0].answer)


FERRY_EN = """By Ruth Ellis | Monday 23 November 2026, 16:20 GMT

Passengers left stranded as island ferry firm stops sailing

Dozens of passengers say they have lost money after a small ferry firm stopped its sailings \
to Holm Island without notice.

The service was run by Tidewell Crossings Ltd, a company run by former harbour master Owen \
Hale. Tickets were sold through the firm's own website.

According to the trust, six of its volunteers were booked on the cancelled boats. Its \
operations manager, Carys Penn, said the trust had asked for refunds "more than a month ago".

Hale could not be reached for comment, but in a short post on social media last week he \
blamed "engine repairs nobody could foresee" and said he was "doing everything to put it \
right".

Some passengers have claimed in an online forum that the company sold tickets for sailings \
it knew would not happen. This has not been confirmed.

Local councillor Amrit Sandhu said the council would look at how the route was licensed. \
"We trusted the operator," she said.
"""


def test_no_comment_but_quoted_from_elsewhere():
    """117 en_charity_run #16: a person who 'could not be reached for comment, but in a
    short statement posted on social media ... blamed ...' is among the voices; the note must
    not say he 'has not commented', nor ask both him and the company he runs."""
    note = _voices(FERRY_EN)
    assert "Owen Hale" in note.split(". ")[0], note
    assert "Hale has not commented" not in note, note
    assert "made elsewhere" in note, note
    assert "ask the company for a statement" not in note, note


def test_role_of_company_runner_and_its_office():
    """117 en_charity_run #16: 'Tidewell Crossings Ltd, a company run by former harbour
    master Owen Hale' -> his role names the company; 'According to the trust, ... Its
    operations manager, Carys Penn' -> 'operations manager of the trust'."""
    note = _voices(FERRY_EN)
    assert "head of Tidewell Crossings Ltd" in note, note
    assert "Carys Penn (operations manager of the trust)" in note, note
    assert "the company is not heard" not in note, note


HALLE_DE = """Von Jana Roth | Mittwoch, 25. November 2026, 07:15 Uhr

Bolzplatz soll Parkhaus weichen

Der Bolzplatz an der Lindenallee in Ostrode soll einem Parkhaus weichen. Der Gemeinderat hat \
am Dienstag mit 15 zu 11 Stimmen beschlossen, das Gelände neu zu überplanen.

Jugendtrainerin Mira Kessler sprach von einem "bitteren Abend für die Kinder". Der Verein habe \
den Platz jahrelang selbst gepflegt, sagte sie.

Bürgermeister Paul Wendler (SPD) sagte, Ostrode brauche dringend mehr Stellplätze in der \
Innenstadt. Den Kindern werde ein neuer Platz am Stadtrand angeboten.

In der Elterninitiative „Platz für alle“ heißt es, die Stadt habe den Verkauf an einen \
Investor längst vereinbart. Belege dafür gibt es bislang nicht.
"""


def test_mayor_speaks_for_the_council_decision():
    """117 de_tennisplatz #14: 'Der Gemeinderat hat ... beschlossen' is not 'unheard' where
    the mayor, who chairs the council, defends the decision."""
    note = _voices(HALLE_DE)
    assert "Der Gemeinderat hat laut Artikel entschieden" not in note, note


def test_group_saying_is_not_the_last_speakers_claim():
    """112 de_behelfsbruecke #18: 'In der Bürgerinitiative „...“ heißt es, ...' is the group's
    claim, not the person quoted before; the open item on it stays."""
    qs = _media(HALLE_DE)
    for q in qs:
        assert "Paul Wendler diese Behauptung" not in q.prompt, q.prompt
        assert "Behauptung von Paul Wendler" not in str(q.answer), q.answer
    assert any(q.skill == "discussion" and "Elterninitiative" in str(q.answer)
               and "arum könnte ihre Quelle" in q.prompt for q in qs), [q.prompt for q in qs]


SIRENEN_DE = """Von Tom Berger | Freitag, 20. November 2026, 11:10 Uhr

Neue Ampeln bleiben dunkel

Im Kreis Westfeld sollten bis Ende des Jahres rund 40 neue Ampeln in Betrieb gehen. Bislang \
funktioniert nur etwa die Hälfte.

Der Ortsvorsteher von Haldorf, Rainer Moll, sagte, die Firma habe mehrere Ampeln falsch \
angeschlossen. Ob das stimmt, ist nicht geklärt; das Landratsamt will die Anlagen erst \
prüfen lassen.

Ein neuer Prüftermin ist für den 9. Dezember angesetzt. Bis dahin sollen nach Angaben des \
Landratsamts mindestens 30 Ampeln funktionieren.
"""


def test_whether_that_is_true_flags_the_report_before():
    """121 de_sirenenausbau M1: 'X sagte, die Firma habe ... Ob das stimmt, ist nicht
    geklärt' flags what X said, although 'sagte' is no claim verb; and 'Bis dahin sollen nach
    Angaben des Landratsamts ...' is an announced target, not hearsay to ask about."""
    flagged = _flagged(SIRENEN_DE)
    assert any(t.startswith("Der Ortsvorsteher von Haldorf") for t in flagged), flagged
    qs = _media(SIRENEN_DE)
    assert not any("Bis dahin sollen" in q.prompt for q in qs), [q.prompt for q in qs]


def _flagged(text: str) -> list[str]:
    an = analyze(load_article(text))
    return [an.sentences[m.claim_sentence].text for m in find_markers(an)
            if m.kind == "no_evidence"]


MARSH_EN = """By Lee Hart | Friday 20 November 2026, 10:00 GMT

Anger as tide gauges are switched off

Two tide gauges on the Wenmouth estuary are to be switched off next month, the harbour board \
has confirmed.

Tom Reeve, who chairs the Wenmouth Boat Owners Group, said the change would put small boats \
at risk.

The group has collected more than 900 signatures against the plan. It also claims that one \
of the gauges failed during the storm of March 2024. That has not been confirmed by the \
board, which says its records show both working that night.
"""


def test_it_of_a_hedged_claim_is_named():
    """119 en_flood_sirens ML1: 'It also claims that ...' after 'The group has collected ...'
    names the group: 'It [the Wenmouth Boat Owners Group] also claims ...'."""
    qs = [q for q in _media(MARSH_EN) if "also claims" in q.prompt]
    assert qs and all("It [the Wenmouth Boat Owners Group] also claims" in q.prompt
                      for q in qs), [q.prompt for q in qs]


WEHR_DE = """Von Eva Lind | Donnerstag, 19. November 2026, 08:00 Uhr

Neues Gerätehaus wird teurer

Das neue Gerätehaus der Feuerwehr Ahlfeld kostet rund eine Million Euro mehr als geplant.

Bürgermeisterin Karin Stoll (parteilos) erklärte am Mittwoch im Bauausschuss, die Mehrkosten \
seien auf gestiegene Baupreise zurückzuführen. "Wir bauen für Jahrzehnte", sagte Stoll.

Ortsbrandmeister Henrik Bamberg zeigte sich enttäuscht. Bamberg befürchtet, dass junge \
Mitglieder abspringen könnten, wenn sich die Lage nicht bald bessert.

Anwohner Jakob Mertens sagte, er wünsche sich mehr Informationen von der Gemeinde.
"""


def test_titled_speaker_the_entity_layer_missed_is_a_voice():
    """119 de_geraetehaus #21: 'Ortsbrandmeister Thomas Rehberg ...' (taken for a place by the
    entity layer) speaks and belongs among the voices, with his title as role."""
    an = analyze(load_article(WEHR_DE))
    from quizgen.generate import media_discussion as md
    from quizgen.generate.media_text import claims
    names = [(v.name, v.role) for v in md.quoted_voices(an, claims(an))]
    assert ("Henrik Bamberg", "Ortsbrandmeister") in names, names


LADDER_DE = """Von Kai Bremer | Dienstag, 17. November 2026, 09:00 Uhr

Neues Löschfahrzeug verspätet sich

Das neue Löschfahrzeug für die Feuerwehr Kranzbach kommt frühestens im Frühjahr.

Wehrführer Lars Anker sagte dem NDR, man sei mit einem alten Fahrzeug unterwegs.

Bürgermeisterin Greta Holm (parteilos) wies Vorwürfe zurück, die Gemeinde habe zu spät \
bestellt. Die Verzögerung liege allein beim Hersteller, erklärte Holm am Montag. Man habe alle \
Fristen eingehalten.

Der Fraktionschef der Grünen, Ole Brandt, behauptete, die Bestellung sei wochenlang liegen \
geblieben.
"""


def test_rejected_charge_is_not_the_speakers_statement(monkeypatch):
    """121 de_drehleiter #20 (D): 'wies Vorwürfe zurück, die Stadt habe zu spät bestellt' is
    the charge the mayor rejects; no item gives it to her as her statement."""
    from quizgen.generate import media_discussion
    seen: list = []
    real = media_discussion.generate
    monkeypatch.setattr(media_discussion, "generate",
                        lambda an, cs: seen.extend(cs) or real(an, cs))
    qs = _media(LADDER_DE)
    assert seen and not any("zu spät bestellt" in c.content for c in seen), \
        [c.content for c in seen]
    for q in qs:
        assert "Greta Holm = Die Gemeinde habe zu spät bestellt" not in str(q.answer), q.answer
        assert not (q.skill == "attribution" and "zu spät bestellt" in q.prompt
                    and str(q.answer) == "Greta Holm"), q.prompt


def test_nobody_gave_evidence_is_a_flag():
    """118 de_geraetehaus: 'Belege dafür hat bislang niemand vorgelegt' flags the rumour
    before it (the set had no evidence item)."""
    text = """Von Eva Lind | Donnerstag, 19. November 2026, 08:00 Uhr

Streit um den neuen Bauhof

Der neue Bauhof in Wendlingen soll im Herbst fertig sein. Die Kosten liegen bei 2,1 Millionen \
Euro.

Im Ort wird zudem behauptet, ein Bauunternehmer habe der Gemeinde das Grundstück zu einem \
überhöhten Preis verkauft. Belege dafür hat bislang niemand vorgelegt; die Verwaltung wollte \
sich nicht äußern.
"""
    flagged = _flagged(text)
    assert any(t.startswith("Im Ort wird zudem behauptet") for t in flagged), flagged


def test_office_after_possessive_with_commas():
    """121 de_drehleiter #21: 'Ihr Wehrführer, Thomas Brandauer, lobt ...' gives him the
    office as his role."""
    text = """Von Kai Bremer | Dienstag, 17. November 2026, 09:00 Uhr

Nachbarwehr hilft aus

Bis das neue Fahrzeug kommt, hilft die Feuerwehr aus Tannried in Kranzbach aus.

Die Wehr aus Tannried ist bisher zu fünf Einsätzen ausgerückt. Ihr Wehrführer, Jonas Riedl, \
lobt die Zusammenarbeit. Man sei aber am Limit, sagte Riedl.

Bürgermeisterin Greta Holm sagte, eine Lösung sei in Sicht.
"""
    an = analyze(load_article(text))
    from quizgen.generate import media_discussion as md
    from quizgen.generate.media_text import claims
    roles = {v.name: v.role for v in md.quoted_voices(an, claims(an))}
    assert roles.get("Jonas Riedl", "").startswith("Wehrführer"), roles


def test_its_office_after_a_company_apposition_and_club_chair():
    """116 en_race_timing #17: 'X, a company based in Exeter. Its managing director, Paul
    Henshaw, said' -> 'managing director of X'; 116 de_sportplatzlaerm #14: 'Beim SV Eichenau
    ... Vorsitzender Jürgen Falkenberg' -> 'Vorsitzender des SV Eichenau'."""
    from quizgen.generate import media_discussion as md
    from quizgen.generate.media_text import claims
    en = """By Ruth Ellis | Monday 23 November 2026, 16:20 GMT

Results of fun run wiped out by storm

The results of Sunday's fun run in Wenmouth were lost in the storm.

The timing was run by SplitMark Sport, a company based in Bristol. Its operations director, \
Dale Rigby, said a cable had been cut in the wind.

Race organiser Fran Lowe said the runners would be sent their times by email.
"""
    an = analyze(load_article(en))
    roles = {v.name: v.role for v in md.quoted_voices(an, claims(an))}
    assert roles.get("Dale Rigby") == "operations director of SplitMark Sport", roles
    de = """Von Jana Roth | Mittwoch, 25. November 2026, 07:15 Uhr

Flutlicht bleibt aus

Das Flutlicht am Sportplatz in Westerau muss ab 20 Uhr ausgeschaltet werden.

Beim TSV Westerau ist der Ärger groß. Vorsitzender Malte Grote sagte, man wisse nicht, wohin \
mit den Mannschaften.

Bürgermeisterin Greta Holm sagte, man suche eine Lösung.
"""
    an = analyze(load_article(de))
    roles = {v.name: v.role for v in md.quoted_voices(an, claims(an))}
    assert roles.get("Malte Grote") == "Vorsitzender des TSV Westerau", roles
