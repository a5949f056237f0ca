"""The writer's last verdict in the progressive ('... is treating its own residents with
contempt') is asked as an opinion: round 1's rule that reads 'is ...ing' as a report of an
activity had taken it for a fact to report (code review cr3 #6)."""

from quizgen import pipeline
from quizgen.generate import media
from quizgen.generate.media_opinion import ONGOING

ARTICLE = """By Ruth Gale | Monday 23 November 2026, 09:10 GMT

Hollowbrook library to close in March

Marlow County Council has voted to close the library in Hollowbrook in March. The building will \
be sold.

More than 1,500 residents signed a petition against the closure. Council leader Paul Denby said \
the library cost £80,000 a year to run and was used by fewer than 40 people a week.

Marlow County Council is treating its own residents with contempt.
"""


def test_a_verdict_in_the_progressive_is_asked_as_an_opinion():
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    opinion = [q for q in media.generate(analysis) if q.skill == "fact_opinion"
               and "treating its own residents with contempt" in q.prompt + str(q.answer)]
    assert opinion
    assert all("opinion" in str(q.answer) or "contempt" in str(q.answer) for q in opinion)


def test_participial_adjectives_are_no_activity():
    assert not ONGOING.match("The silence from the town hall is deafening.")
    assert not ONGOING.match("Leaving pensioners in the cold is shocking.")
    # control: an activity the text reports
    assert ONGOING.match("The group is also compiling a list of affected households.")
