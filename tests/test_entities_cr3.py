"""A job whose first noun names a place ('a park ranger', 'an estate agent', 'a village shop
owner') keeps the person before it a person; a place word that ends its apposition still makes
the name a place (code review cr3 #1 of round 1's 'Gwel Cove, a smaller beach' rule)."""

from quizgen import pipeline

ARTICLE = """By Ruth Gale | Monday 23 November 2026, 09:10 GMT

Dog ban on Penmore beach starts in May

Dogs will be banned from Penmore beach from May, Penmore Town Council has decided. Tom Hendry, \
a park ranger, said the ban would protect nesting birds. Mary Colley, a village shop owner, \
said she would lose customers. Owen Price, an estate agent, said house prices would fall. \
Dog walkers can use Gwel Cove, a smaller beach about a mile to the east.
"""


def _labels() -> dict[str, str]:
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    return {e.name: e.label for e in analysis.entities}


def test_jobs_that_start_with_a_place_word_are_persons():
    labels = _labels()
    assert labels.get("Tom Hendry") == "PER"
    assert labels.get("Mary Colley") == "PER"
    assert labels.get("Owen Price") == "PER"


def test_a_place_word_that_ends_the_apposition_makes_a_place():
    assert _labels().get("Gwel Cove") == "LOC"
