"""Headings against the body by meaning: contrast, restriction, open questions, actors.

Small invented articles through the real sentence splitter, tagger and quantity finder
(people by hand, as in test_media). Each overstatement class is checked for the question it
should give, with the body sentence as evidence and in the explanation, and for the
question it must not give when the body does not clearly say otherwise.
"""

from __future__ import annotations

from quizgen.generate import media
from quizgen.generate.media_contrast import actor_findings, findings
from tests.test_media import build, by

DE_BRAND = """Feuer zerstört gesamtes Sägewerk – Hunderte fliehen

Bei einem Brand im Sägewerk Holzner in Tannau mussten am Montag rund 320 Menschen das \
Gelände verlassen. Das Feuer brach gegen 5 Uhr in einer Lagerhalle aus. Die Lagerhalle \
brannte vollständig aus, das Hauptgebäude blieb aber unbeschädigt. Verletzt wurde niemand. \
Die Polizei ermittelt zur Ursache.
"""

EN_DRIVER = """Bus driver ignored all warnings: whole town without power

A bus hit a power pole in Eastwick on Monday evening. Power went out in parts of Eastwick \
for about three hours. Whether the driver had been warned about the icy road is still \
unclear. The bus company said it was checking its records.
"""

EN_PLAIN = """Whole town cheers as Eastwick wins the cup

Thousands of fans celebrated in the streets of Eastwick on Saturday after the town's team \
won the county cup. The team beat Northby 2-1 in the final.
"""

DE_ACTOR = """Bürgermeisterin Jana Roth beschließt neue Straßenbahn

Der Stadtrat von Kellbach hat am Dienstag mit 31 zu 22 Stimmen den Bau der neuen \
Straßenbahn beschlossen. Jana Roth begrüßte die Entscheidung. Die Bauarbeiten sollen im \
Jahr 2027 beginnen.
"""


def _contrast(qs):
    return [q for q in by(qs, "headline", "true_false") if "bestätigt" in q.prompt
            or "confirms" in q.prompt]


def test_destroyed_against_undamaged_de():
    an = build(DE_BRAND, {}, [], [])
    [q] = _contrast(media.generate(an))
    assert q.answer == "Falsch" and "Feuer zerstört gesamtes Sägewerk" in q.prompt
    assert "unbeschädigt" in q.explanation and "Hauptgebäude" in q.explanation
    body = next(s for s in an.sentences if "unbeschädigt" in s.text)
    assert [e.sentence for e in q.evidence] == [0, body.index]


def test_vague_number_word_is_not_called_unsupported():
    """'Hunderte' and 'rund 320 Menschen': no question says the body lacks the figure."""
    qs = media.generate(build(DE_BRAND, {}, [], []))
    assert not [q for q in by(qs, "headline") if "Hunderte" in q.prompt and "Zahl" in q.prompt]


def test_stated_as_fact_but_open_and_restricted_en():
    an = build(EN_DRIVER, {}, [], [])
    kinds = {f.kind: f for f in findings(an)}
    assert kinds["uncertain"].cue == "unclear" and "ignored all warnings" in kinds[
        "uncertain"].phrase
    assert kinds["restricts"].phrase == "whole town" and kinds["restricts"].cue == "parts of"
    qs = _contrast(media.generate(an))
    assert len(qs) == 1  # one true/false per heading sentence
    assert qs[0].answer == "False" and "still unclear" in qs[0].explanation
    [note] = by(media.generate(an), "headline", "open")
    assert "still unclear" in note.answer and "parts of Eastwick" in note.answer


def test_no_finding_where_the_body_does_not_restrict():
    """'Whole town cheers' with a body that never says only part of it did: nothing."""
    an = build(EN_PLAIN, {}, [], [])
    assert not findings(an)
    assert not _contrast(media.generate(an))


def test_photo_caption_is_not_called_unsupported():
    text = ("Record in Dunmore\n\nAnna Berg crosses the finish line. Photo: Dunmore News\n\n"
            "Anna Berg finished the race in a record time on Sunday. Around 4,000 runners "
            "took part.\n")
    an = build(text, {"Anna Berg": {}}, [], [])
    cap = next(s for s in an.sentences if "crosses" in s.text)
    cap.block = "caption"
    assert not by(media.generate(an), "headline", "true_false")


def test_absent_figure_is_explained_with_the_bodys_figure():
    text = ("Kahlschlag bei Firma Mertens: 2.000 Jobs weg!\n\nDie Firma Mertens schließt ihr "
            "Werk in Halde. Rund 1.400 der etwa 1.900 Arbeitsplätze fallen weg.\n")
    qs = media.generate(build(text, {}, [], []))
    [q] = [q for q in by(qs, "headline", "true_false") if "2.000" in q.prompt]
    assert q.answer == "Falsch" and "Rund 1.400" in q.explanation


def test_heading_actor_against_body_actor():
    an = build(DE_ACTOR, {"Jana Roth": {"role": "Bürgermeisterin"},
                          "Stadtrat": {"label": "ORG"}}, [], [])
    [f] = actor_findings(an)
    assert f.cue == "Stadtrat" and "Bürgermeisterin Jana Roth" in f.phrase
    [q] = by(media.generate(an), "headline", "open")
    assert "Wer handelt" in q.prompt and "laut Text handelt Stadtrat" in q.answer
    assert not _contrast(media.generate(an))  # naming the face of an act is no falsehood


def test_vague_number_against_the_bodys_count():
    """'Tausende Menschen' and a body that counts 500 residents and nothing of that size: a
    true/false quoting the 500; with 3.000 in the body, no question."""
    text = ("Tausende Menschen auf der Flucht\n\nEin Waldbrand hat sich bei Tannau ausgebreitet. "
            "Zwei Dörfer wurden geräumt; rund {n} Bewohner kamen bei Verwandten unter.\n")
    qs = media.generate(build(text.format(n="500"), {}, [], []))
    [q] = [q for q in by(qs, "headline", "true_false") if "Tausende Menschen" in q.prompt]
    assert q.answer == "Falsch" and "rund 500 Bewohner" in q.explanation
    qs = media.generate(build(text.format(n="3.000"), {}, [], []))
    assert not [q for q in by(qs, "headline") if "Tausende" in q.prompt]


def test_ban_with_exceptions_only_contradicts_a_ban_for_good():
    """'an allen Schulen' stays true when teachers may allow phones in class; 'für immer'
    does not."""
    body = ("\n\nDer Landtag hat ein Handyverbot beschlossen. Im Unterricht bleibt das Handy "
            "erlaubt, wenn die Lehrkraft es freigibt.\n")
    an = build("Handy-Verbot an allen Schulen" + body, {}, [], [])
    assert not findings(an)
    an = build("Handy für immer aus dem Unterricht verbannt" + body, {}, [], [])
    [f] = findings(an)
    assert f.kind == "restricts" and "erlaubt" in f.body.text


EN_RUNOFF = """Landslide in Eastwick: Greens win mayor race

Anna Berg of the Green Party has won the mayoral runoff in Eastwick, narrowly beating the \
incumbent mayor. Turnout was around 46 per cent. She will take office in November.
"""


def test_landslide_against_a_narrow_win_en():
    [q] = _contrast(media.generate(build(EN_RUNOFF, {}, [], [])))
    assert q.answer == "False" and "Landslide in Eastwick" in q.prompt
    assert "narrowly" in q.explanation


def test_the_open_comparison_lists_no_words_the_body_merely_paraphrases():
    """'Gesundheitsamt schickt 140 Schüler nach Hause' over 'vom Unterricht ausgeschlossen',
    'double' over '£2.50 to £5': a list of headline words 'not in the text' was wrong
    whenever the body paraphrases, so it is gone (the lead's review of fresh articles);
    loaded words and unbacked feelings are named instead."""
    from quizgen.pipeline import analyze, load_article

    text = ("Judge imposes record fine on landlord\n\nA landlord in Dunmore has been fined "
            "£20,000 for damp flats. Judge Ann Keane said on Monday that the tenants had "
            "suffered for years. The landlord, Tom Kerr, owns about 40 flats in the town. He "
            "said he would appeal. A council spokesman said other landlords should take note.")
    qs = media.generate(analyze(load_article(text)))
    notes = [q.answer for q in qs if q.type == "open" and q.skill == "headline"]
    assert not any("nowhere in the body" in n or "no support for these words" in n
                   for n in notes)


def _open_note(text: str):
    from quizgen.pipeline import analyze, load_article

    qs = media.generate(analyze(load_article(text)))
    [q] = [q for q in qs if q.type == "open" and q.skill == "headline"]
    return q


def test_open_comparison_quotes_a_two_sentence_headline_whole_and_concludes_en():
    """'Deadly toy! ... from EVERY shop': the headline is quoted as printed; the note cites
    the body sentences that limit its 'every' and says what happened to people, states a
    conclusion, and lists only the overstating words (not 'toy' or 'shop')."""
    q = _open_note(
        "Deadly toy! Teddy bears pulled from EVERY shop in Wales\n\n"
        "Two batches of the Fluffo teddy bear have been recalled after loose eyes were found "
        "in a factory test. Kate Hill of the trading standards office said other batches of "
        "the bear were safe. Shops in Cardiff reported strong sales on Monday. Nobody has "
        "been hurt so far.")
    assert "“Deadly toy! Teddy bears pulled from EVERY shop in Wales”" in q.prompt
    assert "In short: no, not as it stands" in q.answer
    assert "other batches of the bear were safe" in q.answer
    assert "Nobody has been hurt" in q.answer
    assert "strong sales" not in q.answer  # bears on nothing the headline claims
    words = q.answer.split("Overstated words in the headline:")[1]
    assert "“EVERY”" in words and "shop" not in words and "Teddy" not in words


def test_open_comparison_a_superlative_the_body_limits_de():
    q = _open_note(
        "Schach-Genie, 12, schlägt die besten Spieler des Landes\n\n"
        "Der zwölfjährige Tim Berger hat am Sonntag das Schachturnier in Kassel gewonnen. "
        "Mehr als 200 Spieler nahmen teil. Keiner der zehn besten Spieler Deutschlands war "
        "am Start. Sein Trainer lobte seine Ruhe.")
    assert q.answer.count("Fazit: Nein, nicht so, wie sie dasteht.") == 1
    assert "„Keiner der zehn besten Spieler Deutschlands war am Start.“" in q.answer
    assert "Trainer" not in q.answer
    assert "„besten“" in q.answer.split("Zuspitzende Wörter der Überschrift:")[1]


def test_open_comparison_names_a_headline_figure_the_body_gives_otherwise():
    q = _open_note(
        "Bürgermeister boxt Hallenbad durch: 50 Millionen für neues Bad!\n\n"
        "Der Gemeinderat von Altdorf hat am Montag den Bau eines Hallenbads beschlossen. "
        "Bürgermeister Jan Roth sagte, die Stadt brauche das Bad. Die Kosten werden auf rund "
        "38 Millionen Euro geschätzt. Das Bad soll 2028 öffnen.")
    assert "Die Überschrift nennt „50 Millionen“, der Text „rund 38 Millionen Euro“: „Die " \
        "Kosten werden auf rund 38 Millionen Euro geschätzt.“" in q.answer
    assert "2028" not in q.answer  # a year is no figure to compare


def test_open_comparison_names_every_tabloid_word_and_an_idiom_en():
    q = _open_note(
        "Monster sinkhole EATS school playground as terrified parents flee\n\n"
        "A sinkhole about five metres wide opened up in the playground of Brook Lane Primary "
        "School in Dunmore on Tuesday morning. Nobody was injured. The school has been "
        "closed until Friday, a council spokesman said. Parents collected their children "
        "at noon.")
    words = q.answer.split("Overstated words in the headline:")[1]
    for w in ("Monster", "EATS"):
        assert f"“{w}”" in words, words
    # 'terrified' is named once, with the feeling the note says the body does not report
    assert "“terrified parents flee”" in words and "“terrified”" not in words, words
    assert "“playground”" not in words and "“school”" not in words


def test_open_comparison_a_death_word_over_a_body_without_deaths_de():
    q = _open_note(
        "Tod aus der Dose! Fischkonserven-Welle legt Kliniken lahm\n\n"
        "In Sachsen sind seit Anfang Oktober mehr als 30 Menschen nach dem Verzehr von "
        "Fischkonserven ins Krankenhaus gebracht worden. Die meisten konnten die Klinik nach "
        "zwei Tagen verlassen. Das Landesamt rief drei Chargen zurück.")
    assert "„Tod“" in q.answer.split("Zuspitzende Wörter der Überschrift:")[1]
    assert "Von einem Todesfall berichtet der Text nicht." in q.answer


def test_no_death_note_where_the_body_reports_deaths_en():
    q = _open_note(
        "Killer storm! Gales batter EVERY town on the coast\n\n"
        "Storm Ida brought winds of up to 120 km/h to the coast of Wales on Sunday. Two "
        "people died when a tree fell on their car near Tenby. Only three towns reported "
        "damage, the police said.")
    assert "The text reports no death." not in q.answer


def test_a_photo_description_is_never_offered_as_a_statement_the_body_reports_en():
    """'Which statement does the body not report?' needs every other option reported by the
    body: a caption describing its photo ('... during a rehearsal.') is reported nowhere."""
    from quizgen.pipeline import analyze, load_article

    text = ("Choir tour scrapped as singers walk out!\n\n"
            "The Harwick Choir has cancelled its spring tour of Norway. The choir said that "
            "rising hotel prices had made the tour too expensive.\n\n"
            "Singers of the Harwick Choir during a rehearsal. (Photo) Search\n\n"
            "Singers blame the rising prices\n\n"
            "Several singers said the hotel prices had doubled since last year. Tickets will be "
            "refunded, the choir said.\n\n"
            "Refunds for all ticket holders\n\n"
            "Ticket holders will get their money back within two weeks, the choir said.")
    an = analyze(load_article(text))
    for q in media.generate(an):
        if q.skill == "headline" and q.type == "multiple_choice" and q.options:
            assert not any("rehearsal" in o for o in q.options), q.options


def test_an_open_cause_does_not_make_the_headlines_toll_uncertain_de():
    """'Die Absturzursache ist unklar' is about the cause, not about 'Flugzeugabsturz ...
    fordert fünf Opfer': no 'the body calls this open' item on it."""
    from quizgen.pipeline import analyze, load_article

    an = analyze(load_article(
        "Flugzeugabsturz in den Alpen fordert drei Opfer\n\n"
        "Bei einem Flugzeugabsturz in den Alpen sind am Montag drei Menschen gestorben. Das "
        "Flugzeug war in felsigem Gelände abgestürzt. Die Absturzursache ist unklar; "
        "möglicherweise führte Nebel dazu, dass der Pilot die Kontrolle über das Flugzeug "
        "verlor."))
    assert not [q for q in media.generate(an) if q.type == "true_false" and q.skill ==
                "headline" and "unklar" in q.explanation]
