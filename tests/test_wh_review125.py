# ruff: noqa: E501  (an article as written, a paragraph a line)
"""wh, blind review 115 en_changing_rooms #3 (F): 'Who has estimated that repairing the roof
would cost around £85,000? - the council' - the owner is the guess, the sum the fact, and the
sum stands in the prompt. The rule read 'the council' only; once the council's name was found
the question came back with 'Ashcombe Town Council'. Invented article: the estimate by the
named council scores below the keep line, the council's grant offer does not."""

from __future__ import annotations

from quizgen import pipeline
from quizgen.generate import wh

ARTICLE = """By Helen Marsh | Monday 23 November 2026, 10:15

Pavilion roof repairs delayed again

Millford Town Council, which owns the pavilion, said on Friday that the building would stay closed until the spring. The council has estimated that repairing the roof would cost around £60,000. Millford Town Council has also offered a grant of up to £500 towards hiring portable changing rooms.

Club secretary Dawn Hale said the teams had been changing in cars for a month.
"""


def _who_scores() -> dict[str, float]:
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    return {q.prompt: q.score for q in wh.generate(analysis) if q.prompt.startswith("Who")}


def test_who_estimated_a_sum_is_no_question_for_the_named_council():
    scores = _who_scores()
    estimate = [s for p, s in scores.items() if "estimated" in p and "£60,000" in p]
    assert estimate and max(estimate) <= wh.VAGUE_ANSWER_SCORE


def test_who_offered_a_sum_still_is():
    scores = _who_scores()
    offer = [s for p, s in scores.items() if "offered a grant" in p]
    assert offer and max(offer) > wh.VAGUE_ANSWER_SCORE
