"""A false statement keeps the title before a swapped name, so only someone the article gives
that title may take its place: no 'Dr Baker' for a retired nurse, no 'Dr' on a firm's name."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

EN_CAT = """By Lena Moss | Monday 23 November 2026, 10:00 GMT

Cat falls ill after river swim

A cat fell ill near Dunmore after drinking from the river. Retired nurse Tom Baker said his \
cat, Pepper, came home shaking on Friday evening.

The vet who treated Pepper, Dr Helen Ward, said the symptoms were consistent with poisoning.

Marsh Water Services said it would test the river on Wednesday 25 November.
"""


def _false(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.prompt for q in truefalse.generate(a) if q.answer == "False"]


def test_a_title_stays_only_with_a_name_the_article_gives_it():
    bad = [p for p in _false(EN_CAT) if "Dr " in p and "Dr Helen Ward" not in p]
    assert not bad, bad
    # with a second doctor in the article the swap has a fair partner
    two = EN_CAT.replace("Marsh Water Services said", "Dr Amir Khan, a biologist at the "
                         "University of Dunmore, said the river was tested in summer. Marsh "
                         "Water Services said")
    assert any("The vet who treated Pepper, Dr Khan, said" in p for p in _false(two))
