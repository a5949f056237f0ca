"""mediaA fixes of round 3 of 2026-11-28: true/false statements. Sentences invented."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

# 'Sie' after a man with a masculine role noun ('Kreisrat'), a woman named before him
SIE_DE = """Gemeinde plant neue Sporthalle

Der Rat von Bergheim hat am Montag den Bau einer Sporthalle beschlossen. Schulleiterin \
Miriam Vogt sprach von einem guten Tag für die Schule. Die alte Halle war im Herbst 2025 \
gesperrt worden, weil das Dach undicht war. Kreisrat Oliver Brand (FDP) sagte, die neue \
Halle solle im August 2028 fertig sein.

Die Bauarbeiten sollen im Juni beginnen. Sie kündigte an, dass die Schüler bis zum Sommer \
in der Halle des Nachbarorts turnen.
"""

# the same with a woman in his place: the statement is asked
# ('bis zum Sommer': a 'bis dahin' of the sentence before gives no statement since 05:18 of
# 2026-11-29, mediaA10)
SIE_FITS_DE = SIE_DE.replace("Kreisrat Oliver Brand", "Kreisrätin Olivia Brand")


def _statements(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in truefalse.generate(analyze(load_article(text)))]


def test_a_she_resolved_to_a_man_with_a_masculine_role_gives_no_statement():
    items = _statements(SIE_DE)
    assert not any("kündigte an" in p for p, _ in items), items


def test_a_she_resolved_to_a_woman_still_gives_statements():
    items = _statements(SIE_FITS_DE)
    assert any("Brand kündigte an" in p for p, _ in items), items
