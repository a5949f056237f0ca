"""Blind reviews 34-36, German sums: a sum that is the subject behind a genitive in the
Vorfeld ('Für das Öffnen einer Tür seien etwa 80 bis 150 Euro üblich') is asked in the
singular ('Wie viel ist ... üblich?'), never 'Wie viel sind ...?' (review36
de_schluesseldienst Q4). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


def test_a_sum_after_a_genitive_vorfeld_is_asked_in_the_singular():
    ps = _prompts("Die Reparatur dauerte drei Tage. Für den Austausch eines Fensters seien im "
                  "Winter etwa 300 bis 500 Euro üblich, erklärte Meister Jan Kohl.")
    assert not [p for p in ps if p.startswith("Wie viel sind")], ps
    # (the figure is Kohl's, in Konjunktiv I with his name in the sentence: since e5fa413 the
    # question says whose it is)
    assert "Wie viel ist laut Kohl für den Austausch eines Fensters im Winter üblich?" in ps, ps


def test_a_sum_the_object_of_a_plural_subject_stays_plural():
    ps = _prompts("Die Mitglieder des Vereins haben im Sommer rund 6.000 Euro gesammelt. Das "
                  "Geld geht an die Tafel.")
    assert [p for p in ps if p.startswith("Wie viel haben")], ps
