"""Blind review 14: a day inside a list ('on 2 and 16 September') was swapped for a range the
article names elsewhere, and the false statement listed three days ('on 2 and 13 September
and 25 October'). Days in a list or a range are neither swapped nor swapped in. Invented text."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

ARTICLE = ("Library closes for repairs\n\n"
           "The Harwick town library was closed between 4 March and 19 April while the roof "
           "was repaired. The council said the work cost more than planned.\n\n"
           "According to the council's report, the builders were warned twice by letter, on 3 "
           "and 21 May, that the work was late. The library reopened on 11 June with a small "
           "party for readers.\n\n"
           "The head librarian said the staff were glad to be back in the building.")


def _false_statements() -> list[str]:
    a = analyze(load_article(ARTICLE))
    return [q.prompt for q in truefalse.generate(a) if q.answer == "False"]


def test_a_day_in_a_list_is_not_swapped():
    statements = _false_statements()
    assert not any("warned twice" in p for p in statements), statements


def test_a_range_is_not_swapped_in_for_a_single_day_nor_cut_to_one():
    statements = _false_statements()
    assert not any("closed between" in p for p in statements), statements  # 'between 21 May'
    assert not any("4 March and 19 April" in p and "reopened" in p for p in statements), \
        statements
    assert not any(p.count(" and ") >= 2 and "May" in p for p in statements), statements


def test_a_single_day_is_still_swapped_for_another_single_day():
    a = analyze(load_article(
        "Library closes for repairs\n\nThe Harwick town library closed on 4 March while the "
        "roof was repaired. The council said the work cost more than planned.\n\nThe library "
        "reopened on 11 June with a small party for readers. The head librarian said the "
        "staff were glad to be back in the building."))
    prompts = [q.prompt for q in truefalse.generate(a) if q.answer == "False"]
    assert any("on 11 June" in p or "on 4 March" in p for p in prompts), prompts
