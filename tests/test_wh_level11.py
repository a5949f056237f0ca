"""A level stated with 'betragen' (comp session 11, XQuAD gap study), on invented text:
'Die Arbeitslosenquote betrug im Oktober 5,2 Prozent' -> 'Wie hoch war die
Arbeitslosenquote im Oktober? - 5,2 Prozent' (was only 'Was betrug im Oktober 5,2
Prozent?')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Mehr Arbeitslose im Kreis

Die Arbeitslosenquote im Landkreis betrug im Oktober 5,2 Prozent. Die Wartezeit im \
Jobcenter beträgt derzeit etwa drei Stunden. Der Gewinn der Sparkasse betrug 2023 rund \
40.000 Euro mehr als im Vorjahr.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))]


def test_level_with_betragen_de() -> None:
    asked = _asked(DE)
    assert ("Wie hoch war die Arbeitslosenquote im Landkreis im Oktober?", "5,2 Prozent") in \
        asked, asked
    assert ("Wie lang ist die Wartezeit im Jobcenter derzeit?", "etwa drei Stunden") in asked, \
        asked
    assert not any(p.startswith("Was betrug im Oktober") for p, _ in asked), asked
    # a difference, not the level
    assert not any(p.startswith("Wie hoch") and "Vorjahr" in p for p, _ in asked), asked


def test_extent_is_wie_gross_de() -> None:
    text = "Der Wanderweg\n\nDie Länge des neuen Wanderwegs am Kornberg beträgt 14 Kilometer.\n"
    asked = _asked(text)
    assert ("Wie groß ist die Länge des neuen Wanderwegs am Kornberg?", "14 Kilometer") in \
        asked, asked


EN = """Jobless rate rises

The unemployment rate in the county was 5.2 per cent in October. The cost of the repairs is \
about £48,000. The fine is £100 a day. The winner was one of 12 children.
"""


def test_level_en() -> None:
    asked = _asked(EN)
    assert ("What was the unemployment rate in the county in October?", "5.2 per cent") in \
        asked, asked
    assert ("What is the cost of the repairs?", "about £48,000") in asked, asked
    # the wrong way round, once the level is asked
    assert not any(p.startswith("What was 5.2") for p, _ in asked), asked
    # a rate ('a day') and a part ('one of 12') are no level
    assert not any(p.startswith("What is the fine") or p.startswith("What was the winner")
                   for p, _ in asked), asked
