"""Media items after the judged15 readings and blind review 11, on invented articles.

- a scheduling 'soll' ('soll frühestens am 14. Januar eintreffen') is no hearsay;
"""

from __future__ import annotations

from quizgen.generate import media_claims
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
