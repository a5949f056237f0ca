"""A typed answer written in words is also accepted in digits: a student who types '14' for
'fourteen' is right (blind review 19: the key 'fourteen / Fourteen dogs' had no '14')."""

from __future__ import annotations

import pytest

from quizgen.model import Settings
from quizgen.pipeline import generate
from quizgen.web.grading import grade

from .helpers import analysed


@pytest.mark.parametrize("text, language, typed", [
    ("By Ann Lee | Monday 2 March 2026\n\nPonies missing on the moor\n\nTwelve ponies have "
     "been reported missing on Bodmin Moor since May, the trust said on Monday. The trust "
     "has asked walkers to look out for them. A reward of £500 has been offered.", "en", "12"),
    ("Von Anna Beck | Montag, 2. März 2026\n\nPonys verschwunden\n\nZwölf Ponys sind seit Mai "
     "im Moor verschwunden, teilte der Verein am Montag mit. Der Verein bittet Wanderer um "
     "Hinweise. Eine Belohnung von 500 Euro wurde ausgesetzt.", "de", "12"),
])
def test_a_number_in_words_is_accepted_in_digits(text, language, typed):
    qset = generate(analysed(text, language), Settings(types=["short_answer", "cloze"],
                                                       families=["comprehension"]))
    worded = [q for q in qset.questions if q.answer.lower() in ("twelve", "zwölf")]
    assert worded, [q.answer for q in qset.questions]
    assert all(grade(q, typed) for q in worded)


def test_a_figure_in_digits_gets_no_scale_word_turned_into_digits():
    """Blind review 20: '6,4 Millionen' was also accepted as '6,4 1000000'."""
    from quizgen.generate.common import accepted_spellings

    assert accepted_spellings(["6,4 Millionen"]) == ["6,4 Millionen"]
    assert accepted_spellings(["zwei Millionen Euro"]) == [
        "zwei Millionen Euro", "2 Millionen Euro"]
