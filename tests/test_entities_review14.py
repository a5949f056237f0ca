"""Blind review 14: an English club named by its town and a suffix ('Ashcombe RFC') was cut
to the suffix ('Who have dropped ...? -> RFC'). Every text here is invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

FILLER = ("The decision has been discussed in the region for weeks. Many people have "
          "spoken about it and now want to wait and see what happens next.")


def _names(*paragraphs: str) -> set[str]:
    an = analyze(load_article("\n\n".join(["Club news from the league", *paragraphs, FILLER])))
    return {e.name for e in an.entities}


def test_town_and_club_suffix_are_one_name_at_the_start_of_a_sentence():
    names = _names("Brookfield RFC have dropped from first to fifth in the regional league "
                   "after a panel ruled against them. The club will appeal.",
                   "Brookfield FC said the result was fair.")
    assert "Brookfield RFC" in names and "Brookfield FC" in names
    assert "RFC" not in names and "FC" not in names


def test_two_word_town_keeps_its_club_suffix():
    names = _names("Tidworth Park RFC now top the table after a strong run of results.")
    assert "Tidworth Park RFC" in names and "Tidworth Park" not in names


def test_a_common_noun_before_a_suffix_is_no_club_name():
    names = _names("The Rugby Football Union confirmed the ruling on Monday evening. Club "
                   "FC officials declined to comment.")
    assert "Club FC" not in names
