"""Quick reading 17 (de_klassenfahrt): 'teilte Schulleiter Thomas Brenner den Eltern per
E-Mail mit' gave the person 'Thomas' - the surname, a common noun to the tagger ('Brenner'),
before an article. After a title, a first name and such a word before an article are one
name. Invented text."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

DE = """Skifahrt abgesagt

Am Montagabend teilte Schulleiter Thomas Brenner den Eltern per E-Mail mit, dass die Fahrt \
nicht stattfindet. „Wir bedauern das sehr“, schrieb Brenner. Die Eltern sind enttäuscht.
"""


def test_surname_that_is_a_noun_before_an_article_stays_with_the_first_name() -> None:
    names = {e.name: e.label for e in analyze(load_article(DE)).entities}
    assert names.get("Thomas Brenner") == "PER", names
    assert "Thomas" not in names, names
