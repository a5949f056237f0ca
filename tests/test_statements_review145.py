"""A statement is not printed from a sentence that counts the rest of a number the sentence
before gave ('Mr Pell said the remaining four would be back ...': four of what? blind review
141 en_coach_inspection, a true/false outside the 30)."""

from quizgen import pipeline
from quizgen.generate import statements

EN = """By Jo Lee | Monday 2 March 2026

Coaches taken off the road

Inspectors ordered eleven coaches off the road on Monday after finding worn brakes. By \
Wednesday seven of the eleven coaches had been repaired, according to the company. Mr Pell said \
the remaining four would be back on their routes by Friday. The remaining four coaches need new \
brake discs, the company said.
"""

DE = """Von Eva Rausch | Montag, 2. März 2026

Busse aus dem Verkehr gezogen

Prüfer haben am Montag elf Schulbusse aus dem Verkehr gezogen. Sieben Busse sind inzwischen \
repariert. Die übrigen vier sollen nach Angaben der Firma bis Freitag folgen. Die übrigen vier \
Busse brauchen neue Bremsscheiben.
"""


def _usable(text: str) -> dict[str, bool]:
    analysis = pipeline.analyze(pipeline.load_article(text))
    return {s.text: statements.usable(analysis, s) for s in analysis.sentences
            if s.block == "body"}


def test_the_rest_of_a_count_without_its_noun_is_no_statement():
    en, de = _usable(EN), _usable(DE)
    assert not en["Mr Pell said the remaining four would be back on their routes by Friday."]
    assert not de["Die übrigen vier sollen nach Angaben der Firma bis Freitag folgen."]


def test_the_rest_of_a_count_with_its_noun_stays():
    en, de = _usable(EN), _usable(DE)
    assert en["Inspectors ordered eleven coaches off the road on Monday after finding worn brakes."]
    assert de["Die übrigen vier Busse brauchen neue Bremsscheiben."]
