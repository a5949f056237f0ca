"""Media items after the judged15 readings and blind review 11, on invented articles.

- a scheduling 'soll' ('soll frühestens am 14. Januar eintreffen') is no hearsay;
- the writer's closing verdict on a town ('Eine Gemeinde, die ..., hat ...') is asked before
  an assessment in the report;
- a heading's 'Hunderte Realschüler' is set against the body's count of children, not its
  'vier Realschulen', and 'LSB warnt vor Folgen' over a body that quotes the LSB's
  spokeswoman is no heading the body fails to back.
"""

from __future__ import annotations

from quizgen.generate import media_claims, media_headline, media_opinion
from quizgen.generate.media_text import claims
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
