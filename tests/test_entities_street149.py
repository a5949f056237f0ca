"""A street name before a common noun ('the museum's Brook Lane depot') names a place, not a
person (blind review 149 en_tram_depot_museum: 'Brook Lane' was a who-option and the name
swapped into a true/false statement)."""

from quizgen import pipeline

ARTICLE = """By Ruth Gale | Monday 23 November 2026, 09:10 GMT

Tram museum told to leave its depot

Volunteers restore a 1927 tram at the museum's Mill Lane depot. The museum has used the depot \
since 1986. Its chair, Deborah Ashworth, said the volunteers were shocked. Kate Lane, a \
volunteer, said she had worked there for twenty years.
"""


def test_a_street_before_a_noun_is_a_place():
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    labels = {e.name: e.label for e in analysis.entities}
    assert labels.get("Mill Lane") != "PER"
    assert labels.get("Kate Lane") == "PER"  # control: a person whose surname is Lane
