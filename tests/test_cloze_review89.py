"""Blind reviews 87-88 (comprehension): cloze gaps a student fills without reading - one
year of a pair ('carried out in ___ and 2024'), and trivial counts of a person's private
life ('where their ___ children sleep', 'lives ___ streets away'). Invented text."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed

EN = (
    "More than 40 families in Dunmere say their homes have been damaged by faulty solar "
    "panels. The panels were fitted in 2021 and 2022 under a council scheme that paid for "
    "roofs in low-income homes. Paul Grady, a bus driver, and his wife Anne live in a "
    "terrace on Mill Road. Rain has come through the ceiling of the room where their three "
    "children sleep. The complaints were collected by Rita Vance, a retired nurse who lives "
    "two streets away. Council leader Mary Holt said the repairs would cost around "
    "£3 million."
)

DE = (
    "Mehr als 40 Familien in Dornbach klagen über undichte Dächer. Die Solaranlagen wurden "
    "zwischen 2021 und 2022 im Auftrag der Gemeinde montiert. Das Ehepaar Grube wohnt "
    "mit seinen drei Kindern in einem Reihenhaus an der Mühlstraße. Bürgermeisterin Anna "
    "Holt sagte, die Reparaturen würden rund drei Millionen Euro kosten."
)


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, str(q.answer)) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_one_year_of_a_pair_is_not_gapped():
    for text, lang in ((EN, "en"), (DE, "de")):
        gaps = _gaps(text, lang)
        assert not any(a in {"2021", "2022"} for _, a in gaps), gaps


def test_a_family_count_or_how_far_away_someone_lives_is_not_gapped():
    gaps = _gaps(EN, "en")
    assert not any(a in {"three", "two"} for _, a in gaps), gaps
    assert not any(a == "drei" for _, a in _gaps(DE, "de")), _gaps(DE, "de")


def test_the_news_figures_stay():
    assert any(a == "£3 million" or a == "3 million" for _, a in _gaps(EN, "en")), _gaps(EN, "en")
    assert any("40" in a for _, a in _gaps(DE, "de")), _gaps(DE, "de")
