"""mediaA fixes of blind reviews 40-42 (round 1 of 2026-11-28): the historical name of a regime
is never the loaded word; an evaluative verb may be. Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_language import loaded_words
from quizgen.pipeline import analyze, load_article

DE_HISTORY = """Schule erhält neuen Namen

Die Realschule am Markt in Hollbach soll einen neuen Namen bekommen. Ihr Namensgeber war nach \
einer neuen Studie enger in das NS-Regime verstrickt als bisher angenommen.

Der Schulrat will im Herbst über den neuen Namen entscheiden.
"""

EN_HISTORY = """School to be renamed

A school in Hollby is to drop the name of its founder. A new study found that he had worked \
closely with the Nazi regime during the war.

The governors will choose a new name in the autumn.
"""


def _words(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [w for s in a.sentences for w, _ in loaded_words(s, a.language, a.article.text)]


def test_the_ns_regime_is_no_loaded_word_but_verstrickt_is_de():
    found = _words(DE_HISTORY)
    assert "NS-Regime" not in found, found
    assert "verstrickt" in found, found


def test_the_nazi_regime_is_no_loaded_word_en():
    assert "regime" not in _words(EN_HISTORY)
