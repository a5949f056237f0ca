"""mediaA fixes of round 2 of 2026-11-28: a 'not proven' note after blame laid.
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_text
from quizgen.pipeline import analyze, load_article

BRIDGE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Risse an der Fußgängerbrücke in Talheim

An der Fußgängerbrücke über die Lauter sind im Herbst neue Risse aufgetaucht.

Stadtbaumeister Felix Rau sagte, seit Oktober seien vier neue Risse gezählt worden. Ein \
Anwohnerverein machte im November die schweren Baufahrzeuge der nahen Baustelle für die \
Schäden verantwortlich. Belegt ist dieser Zusammenhang nicht. Die Stadt lässt die Brücke prüfen.

Bürgermeisterin Jana Wolf sagte, das Gutachten komme im Februar.
"""


def test_a_note_after_blame_laid_is_about_the_blame():
    a = analyze(load_article(BRIDGE_DE))
    blame = next(s.index for s in a.sentences if "verantwortlich" in s.text)
    notes = [m for m in a.markers if m.kind == "no_evidence" and "Belegt" in m.text]
    assert notes, a.markers
    targets = [r.claim_sentence for m in notes for r in media_text._retarget(a, m)]
    assert targets and all(t == blame for t in targets), (targets, blame)
