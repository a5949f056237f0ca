"""A German cloze whose sentence keeps no noun or name besides the gap ('In der ________ war
es wieder so weit.') says of nothing: found reading judged12 (de_wildschweine)."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article


def test_no_german_cloze_without_a_noun_outside_the_gap() -> None:
    text = ("Wildschweine im Garten\n\nIn Kelburg richten Wildschweine große Schäden an. In "
            "der Nacht zum Sonntag war es wieder so weit. Eine Rotte pflügte den Garten der "
            "Familie Kessler um.")
    qs = cloze.generate(analyze(load_article(text)))
    assert not [q.prompt for q in qs if "so weit" in q.prompt], [q.prompt for q in qs]
