"""Quick reading 18, media faults on invented text: a headline's 'Tausende Autofahrer' is not
compared with the body's 'mehrere Autofahrer' (options 'mehr als mehrere Autofahrer'), and
the unproven-claim true/false never asks about 'her takings' without saying whose."""

from __future__ import annotations

from quizgen.generate import media_claims, media_headline
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """ABZOCKE AN DER B 12? Neuer Blitzer kassiert Tausende Autofahrer ab

Seit drei Wochen steht an der Ortseinfahrt von Kornau ein neuer Blitzer. Nach Angaben des \\
Landkreises hat er bisher mehr als 4.000 Fahrzeuge erfasst. In sozialen Netzwerken behaupten \\
mehrere Autofahrer, die Anlage messe falsch. Belege dafür gibt es nicht.
"""

EN = """Florists fear for trade after Tarnby removes parking meters

Tarnby Council removed all 48 of its parking meters on Monday. Sally Prentice, who runs a \\
florist's on Castle Street, claimed that the loss of the meters had cost her a third of her \\
takings. There is no evidence for this, and the council says footfall usually drops in \\
November.
"""


def test_no_headline_figure_against_a_vague_body_count_de():
    a = analyze(load_article(DE))
    qs = [q for q in media_headline.generate(a) if q.type == "multiple_choice"
          and "Tausende" in q.prompt]
    assert not any("mehrere" in o for q in qs for o in q.options), [q.options for q in qs]


def test_the_claim_true_false_says_whose_takings_en():
    a = analyze(load_article(EN))
    tf = [q for q in media_claims.generate(a, claims(a)) if q.type == "true_false"]
    assert tf and all("Sally Prentice" in q.prompt for q in tf), [q.prompt for q in tf]
