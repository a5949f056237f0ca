"""'Canal Lane' after 'on' is a street, not a person offered among a who-question's options
(en_mural's 'Who said ...? [... / Canal Lane]', seen while widening English who-questions);
'Kate Lane said' stays a person. Invented text."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Mural painted over

A mural on Canal Lane in Ashworth was painted over on Monday. Town clerk Alison Brereton \
said a contractor had been told to clear all graffiti on Canal Lane.

Kate Lane, a local artist, said she was shocked. "It was a gift to the town," Lane said.
"""


def test_name_of_a_street_after_on_is_a_place() -> None:
    labels = {e.name: e.label for e in analyze(load_article(EN)).entities}
    assert labels.get("Canal Lane") == "LOC", labels
    assert labels.get("Kate Lane") == "PER", labels
