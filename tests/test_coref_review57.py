"""Blind reviews 55-57 and round-1 leftovers (comprehension, coreference): a person's sex
read from what the article shows right after the name. Invented text."""

from __future__ import annotations

from quizgen.nlp.coref import gender

from .helpers import analysed

ARTICLE_DE = (
    "Renate Albrecht, die seit 40 Jahren in der Unterstadt wohnt, kämpft gegen den Abriss "
    "der alten Markthalle. Der Stadtrat hatte den Abriss im Mai beschlossen. Die Halle steht "
    "seit 2019 leer. Ein Gutachten nennt Kosten von 3,2 Millionen Euro für die Sanierung. "
    "„Hier habe ich als Kind eingekauft“, sagte sie. Bernd Kolbe, dessen Firma die Halle "
    "sanieren wollte, hält den Beschluss für falsch. Eingeladen waren Jonas Pfeiffer, die "
    "Stadträtin Ute Brenner und der Landrat. Paul und Mia Ostermann, die den Kiosk betreiben, "
    "sammeln Unterschriften. Die Scheune des Bauern Lukas Hahn, die erst im Mai eröffnet "
    "wurde, ist am Sonntag abgebrannt.")


def _sex(name: str) -> str | None:
    a = analysed(ARTICLE_DE, "de")
    found = [e for e in a.entities if e.label == "PER" and e.name == name]
    assert found, [e.name for e in a.entities]
    return gender(a, found[0])


def test_a_relative_pronoun_right_after_a_name_shows_the_sex():
    # round 1 leftover (blind 54 de_meisterbrief: 'Gisela Hornung, die sich ...')
    assert _sex("Renate Albrecht") == "f"
    assert _sex("Bernd Kolbe") == "m"


def test_a_list_or_a_pair_of_names_before_die_shows_nothing():
    assert _sex("Jonas Pfeiffer") is None
    assert _sex("Mia Ostermann") is None


def test_a_speaking_pronoun_three_sentences_later_is_the_woman_the_relative_clause_showed():
    # quotes.recent_person wants a known sex three or four sentences back
    a = analysed(ARTICLE_DE, "de")
    assert [q.speaker for q in a.quotes if q.sentence == 4] == ["Renate Albrecht"], a.quotes


def test_a_name_inside_a_genitive_shows_nothing_by_the_relative_after_it():
    # 'Die Scheune des Landwirts X, die ...': the clause may be the barn's
    assert _sex("Lukas Hahn") is None
