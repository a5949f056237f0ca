"""mediaA fixes of blind reviews 37-39 (round 2 of 2026-11-28): the portal's newsletter line is
no fact/opinion item. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

NEWSLETTER_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Hallenbad bleibt länger zu

Das Hallenbad in Altdorf bleibt bis mindestens Ostern geschlossen, teilte die Stadt am Montag \
mit.

Bei einer Prüfung im November waren Risse in der Decke über dem großen Becken entdeckt worden. \
Badleiter Jens Ott sagte, die Reparatur dauere mindestens drei Monate. Die Schwimmkurse der \
Grundschulen finden bis dahin im Bad in Neudorf statt.

Lesen Sie auch: Neue Sporthalle am Marktplatz wird im Mai eröffnet

Altdorf aktuell: Alle Meldungen aus der Stadt jeden Abend per E-Mail – jetzt kostenlos anmelden.
"""


def test_newsletter_line_is_no_fact_or_opinion_item():
    # blind review 37 de_containerschule #10: 'Bergfeld kompakt: Die wichtigsten Nachrichten
    # jeden Morgen per E-Mail – hier anmelden.' keyed 'Meinung bzw. Einschätzung'
    a = analyze(load_article(NEWSLETTER_DE))
    qs = media_opinion.generate(a, claims(a))
    assert not any("anmelden" in q.prompt for q in qs), [q.prompt for q in qs]
