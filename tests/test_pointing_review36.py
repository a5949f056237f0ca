"""Blind reviews 34-36, context: German 'dann' (then, after what?) and 'darüber' (about
what?) point at the sentence before; a question keeping them is vague ('Wann will der
Gemeinderat dann ... entscheiden?', review35 de_wohnmobilstellplatz Q8; 'Eine Entscheidung
darüber', review34 de_tinyhaus #6). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0.1]


def test_dann_and_darueber_pointing_back_are_not_asked():
    ps = _prompts("Der Verein will zunächst ein Gutachten abwarten, das bis Ende Mai vorliegen "
                  "soll. Über den Neubau will der Stadtrat dann am 3. Juli entscheiden. Die "
                  "Eltern wollen prüfen lassen, ob sie klagen können. Eine Entscheidung darüber "
                  "soll bei einem Treffen am 9. August fallen. Der Stadtrat hat am 2. Juni den "
                  "Haushalt beschlossen.")
    assert not [p for p in ps if " dann " in p or " darüber " in p], ps
    assert [p for p in ps if p.startswith("Wann hat der Stadtrat")], ps


def test_dann_after_a_condition_stays():
    from quizgen.generate.wh import _IF_DE, _THEN_DE

    low = "wer will, wenn das gutachten vorliegt, dann sofort entscheiden?"
    assert _THEN_DE.search(low) and _IF_DE.search(low)
