"""Quick reading 21, names (invented text): a station's letters after 'BBC Radio' end its name;
a town in a prepositional phrase before a verb of saying is no speaker."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Row over school software

Parent Tom Hale told BBC Radio XK that his son had done the work himself.
"""

DE = """Streit um Lernzeiten

Das Kultusministerium in Velmarn erklärte, die Schule handle richtig. Schulleiterin Anna \
Berg sagte, man sei zufrieden.
"""


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyze(load_article(text)).entities}


def test_the_letters_after_bbc_radio_end_the_station_name() -> None:
    labels = _labels(EN)
    assert "BBC Radio XK" in labels and "XK" not in labels, labels


def test_a_town_after_in_is_no_speaker() -> None:
    labels = _labels(DE)
    assert labels.get("Velmarn") != "PER", labels
