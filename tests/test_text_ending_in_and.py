"""A text whose last sentence ends on 'and' (a cut-off paste) crashed the English clause
splitter: 'and' was read as opening a new clause and the word after it looked up past the
end (found by tests/test_properties.py in the CI dry run of 2026-11-28)."""

from __future__ import annotations

from quizgen.model import Settings
from quizgen.pipeline import analyze, generate, load_article


def test_a_text_cut_off_after_and_still_gives_questions():
    text = ("Town hall plan\n\nThe council met on Monday to discuss the new town hall. Mayor "
            "John Hale spoke on January 5 and")
    qset = generate(analyze(load_article(text)), Settings())
    assert qset.questions
    assert all(q.prompt for q in qset.questions)
