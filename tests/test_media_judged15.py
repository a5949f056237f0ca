"""Media items after the judged15 readings and blind review 11, on invented articles.

- a scheduling 'soll' ('soll frühestens am 14. Januar eintreffen') is no hearsay;
- a note on a matter of its own ('The cause of the fire has not been confirmed') is not about
  a grieving owner's words before it;
- the writer's closing verdict on a town ('Eine Gemeinde, die ..., hat ...') is asked before
  an assessment in the report;
- the key of 'which claim has no evidence' has the form of its options (no lone 'Players
  claimed ...' or 'Owen Tate claimed ...' among '<Name> said ...');
- a heading's 'Hunderte Realschüler' is set against the body's count of children, not its
  'vier Realschulen', and 'LSB warnt vor Folgen' over a body that quotes the LSB's
  spokeswoman is no heading the body fails to back.
"""

from __future__ import annotations

from quizgen.generate import media_claims, media_headline, media_opinion
from quizgen.generate.media_text import claims, evidence_markers
from quizgen.pipeline import analyze, load_article

DE_HALLE = """Von Jana Brück | Dienstag, 24. November 2026, 10:15 Uhr

Turnhalle bleibt gesperrt

Die Turnhalle der Gebrüder-Grimm-Schule in Waldhofen ist seit drei Wochen geschlossen. Rund \
300 Kinder haben keinen Sportunterricht.

Ein Sturm hatte Anfang November Teile des Dachs beschädigt. Die neue Dachplatte muss nach \
Angaben des Landkreises aus Österreich geliefert werden und soll frühestens am 14. Januar \
eintreffen. Die übrigen Arbeiten sollen nach Angaben der Stadt bis Ende Februar abgeschlossen \
sein.

Ein Prüfbericht aus dem Sommer soll bereits vor losen Dachplatten gewarnt haben. Bewiesen ist \
das nicht.
"""


def _hedges(text: str) -> list:
    a = analyze(load_article(text))
    return [q for q in media_claims.generate(a, claims(a))
            if "gesicherte Tatsache" in q.prompt]


def test_a_scheduling_soll_is_a_plan_not_hearsay():
    hedges = _hedges(DE_HALLE)
    prompts = " ".join(q.prompt for q in hedges)
    assert "eintreffen" not in prompts  # 'soll frühestens am 14. Januar eintreffen'
    assert "abgeschlossen" not in prompts  # 'soll bis Ende Februar abgeschlossen sein'
    [q] = [q for q in hedges if "gewarnt haben" in q.prompt]
    # the explanation names the hearsay form and sets a plan against it
    assert "soll … gewarnt haben" in q.explanation and "Plan" in q.explanation


def test_a_leaked_or_unconfirmed_schedule_stays_hearsay():
    leak = DE_HALLE.replace("nach Angaben der Stadt", "nach Informationen dieser Zeitung")
    assert any("abgeschlossen" in q.prompt for q in _hedges(leak))
    denied = DE_HALLE.replace("eintreffen. Die übrigen", "eintreffen. Der Landkreis wollte "
                              "das Datum nicht bestätigen. Die übrigen")
    [q] = [q for q in _hedges(denied) if "eintreffen" in q.prompt]
    assert "niemand bestätigt" in q.explanation


EN_STABLE = """By Rob Kerr | Tuesday 24 November 2026, 18:00 GMT

Fire destroys riding stable

A riding stable near Oakley burned down on Sunday night. Two horses died in the fire.

Stable owner Janet Price, 58, said she had run the yard for thirty years. "I heard them \
calling and I could not get to them," Mrs Price told BBC Radio Kent.

The cause of the fire has not been confirmed by investigators. Fire officer Dan Cole said \
the blaze had spread quickly through the hay store.

Some neighbours believe that fireworks set off nearby started the fire. There is no \
evidence for this.
"""


def test_a_note_on_its_own_matter_does_not_flag_a_personal_quote():
    a = analyze(load_article(EN_STABLE))
    flagged = [c for c in claims(a) if c.unsupported]
    assert not any("could not get to them" in c.content for c in flagged)
    # the note that points back still flags the neighbours' belief
    assert any("fireworks" in c.content for c in flagged)
    # a note whose matter the claim does speak of keeps it
    same = EN_STABLE.replace("The cause of the fire has not been confirmed by investigators.",
                             "Police said the fire in the hay store was started deliberately. "
                             "The cause of the fire has not been confirmed by investigators.")
    a = analyze(load_article(same))
    targets = {m.claim_sentence for m in evidence_markers(a) if m.kind == "no_evidence"}
    assert any("deliberately" in a.sentences[i].text for i in targets)


DE_MARKT = """Von Uwe Brandt | Mittwoch, 25. November 2026, 08:30 Uhr

Weihnachtsmarkt in Eichenau abgesagt

Die Gemeinde Eichenau hat ihren Weihnachtsmarkt abgesagt. Als Grund nennt sie die Kosten für \
neue Sicherheitsauflagen.

Nach Angaben der Gemeinde würden Absperrungen und Wachdienst rund 45.000 Euro kosten. \
Bürgermeister Klaus Jäger (CDU) sagte, dafür sei im Haushalt kein Geld da.

Für viele der rund 25 Standbetreiber ist die Absage ein harter Schlag. Der Imkerverein Eichenau \
verkaufte auf dem Markt zuletzt Honig für etwa 3.000 Euro.

Eine Gemeinde, die ihren einzigen Weihnachtsmarkt an ein paar Absperrgittern scheitern lässt, \
hat ihre Bürger aus dem Blick verloren.
"""


def test_the_writers_closing_verdict_comes_before_an_assessment_in_the_report():
    a = analyze(load_article(DE_MARKT))
    items = sorted(media_opinion.generate(a, claims(a)), key=lambda q: -q.score)
    assert "aus dem Blick verloren" in items[0].prompt, [q.prompt for q in items]
    assert "Autor selbst" in items[0].explanation
    # the assessment in the report may stay, after it
    assert not any("harter Schlag" in q.prompt for q in items[:1])


EN_QUIZ = """By Amy Hart | Monday 23 November 2026, 21:00 GMT

Quiz champion banned after earpiece row

A pub quiz champion has been banned from the county league in Ashby.

Organiser Rachel Moore said the ban would last until the end of the season. Daniel Frost had \
won his last six quizzes, all against stronger teams. Rival players claimed online that he \
had been fed answers through an earpiece hidden under his hat. There is no evidence for this.

Daniel Frost said he had worn the hat only because the pub was cold. League secretary Paul \
Dean said the league would review its rules in January.
"""

DE_LADEN = """Von Ina Vogt | Montag, 23. November 2026, 09:00 Uhr

Baustelle vertreibt Kunden

Die Hauptstraße in Eichstett ist seit drei Wochen gesperrt.

Bürgermeisterin Jana Roth sagte, die Arbeiten würden bis Ende Januar dauern. Bauleiter Tim \
Brecht sagte, die Leitungen seien älter als erwartet. Ladenbesitzer in der Hauptstraße \
behaupten, sie hätten seit der Sperrung die Hälfte ihrer Kunden verloren. Bewiesen ist das \
nicht.
"""


EN_LEAGUE = """By Amy Hart | Tuesday 24 November 2026, 20:00 GMT

Pub league row over fees

The Ashby pub quiz league has banned one of its teams for a season.

Organiser Rachel Moore said the ban would last until the end of the season. League \
secretary Paul Dean said matches would start at 8pm from January. Club captain Owen Tate \
claimed that the fees had been raised in secret. He gave no evidence for this.
"""


def _unsupported_mc(text: str):
    a = analyze(load_article(text))
    return [q for q in media_claims.generate(a, claims(a)) if q.type == "multiple_choice"
            and ("no evidence was given" in q.prompt or "keine Beweise" in q.prompt)]


def test_a_groups_claim_is_offered_in_the_form_of_the_other_options():
    [q] = _unsupported_mc(EN_QUIZ)
    # the group's 'he' is the one person named just before; his own 'his' may stay
    assert q.answer == "Daniel Frost had been fed answers through an earpiece hidden under his hat."
    assert not any(" said " in o or " claimed " in o for o in q.options), q.options
    assert "Rival players claimed online" in q.explanation  # the claim as the text has it
    [q] = _unsupported_mc(DE_LADEN)
    # (unmarked: the key is cut from its frame, the other options are not, review 39)
    assert q.answer.startswith("Ladenbesitzer in der Hauptstraße hätten seit der Sperrung")
    assert not any(" sagte" in o or " behaupten" in o for o in q.options), q.options


DE_SPORT = """Von Eva Kern | 24.11.2026, 10:00 Uhr

SPORT-FRUST! Hunderte Realschüler in Altdorf ohne Sportunterricht – Eltern in Sorge

Weil die Sporthalle am Ring gesperrt ist, fällt an allen vier Realschulen in Altdorf der \
Sportunterricht aus. Viele Eltern sind in Sorge.

Betroffen sind nach Angaben des Schulamts mehr als 500 Kinder der fünften bis siebten \
Klassen. Die Halle am Ring wurde Anfang November gesperrt, weil Gutachter Schäden am Dach \
fanden. Bürgermeister Uwe Roth (CDU) sprach von „mindestens einem halben Jahr“.

Streit um die Kosten

Im Stadtrat gibt es Streit um die Kosten für Busse zur Halle in Neudorf. Ein Bus koste pro \
Fahrt etwa 150 Euro, sagte Kämmerer Rolf Brandt.

LSB warnt vor Folgen

Der Landessportbund (LSB) beobachtet die Lage mit Sorge. „Wer als Kind keinen Sport treibt, \
bewegt sich auch später weniger“, sagte Petra Lang, Sprecherin des LSB, dem Sender Radio \
Altdorf.
"""


def test_a_vague_heading_count_is_set_against_people_not_schools():
    a = analyze(load_article(DE_SPORT))
    qs = media_headline.generate(a)
    keyed = [q for q in qs if q.type != "open"]
    assert not any("Realschulen" in " ".join([q.answer, *q.options]) for q in keyed), keyed
    note = " ".join(q.answer for q in qs if q.type == "open")
    assert "„mehr als 500 Kinder“" in note


def test_a_heading_on_what_a_quoted_party_warns_is_not_unbacked():
    a = analyze(load_article(DE_SPORT))
    keys = [q.answer for q in media_headline.generate(a) if q.type != "open"]
    assert "LSB warnt vor Folgen" not in keys
    # a party the body never quotes still makes it unbacked
    silent = DE_SPORT.replace("sagte Petra Lang, Sprecherin des LSB, dem Sender Radio Altdorf",
                              "sagte Petra Lang, eine Mutter, dem Sender Radio Altdorf").replace(
        "Der Landessportbund (LSB) beobachtet die Lage mit Sorge. ", "")
    a = analyze(load_article(silent))
    keys = [q.answer for q in media_headline.generate(a) if q.type != "open"]
    assert "LSB warnt vor Folgen" in keys, keys


def test_a_claim_verb_does_not_give_the_key_away():
    [q] = _unsupported_mc(EN_LEAGUE)
    assert q.answer == "The fees had been raised in secret.", q.options
    assert not any(" claimed " in o or " said " in o for o in q.options), q.options
