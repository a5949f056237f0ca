"""Blind review 12 (en_mural #2): 'When had the picture appeared overnight?' - a when-question
on a past perfect asks in the simple past and drops a time adverb beside the date."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

EN = """Statue removed

Workers removed the bronze fox from Kerbury market square on Monday 23 November. The statue \
had appeared overnight in early March and soon drew crowds of visitors.
"""


def test_when_question_on_past_perfect_is_simple_past() -> None:
    a = analyze(load_article(EN))
    prompts = [q.prompt for q in wh.generate(a) if q.skill == "when"]
    assert not any(p.startswith("When had") for p in prompts), prompts
    assert not any("overnight" in p for p in prompts if "appear" in p), prompts
