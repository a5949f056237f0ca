"""Blind review 51 (comprehension): a date cloze gaps the date, not the part of the day
before it. Invented text."""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _all(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))]


def test_the_part_of_the_day_stays_in_the_sentence():
    # review 51 de_giftkoeder #3: 'am ___' -> 'Morgen des 21. Februar'
    got = _all("Den ersten Schaden meldete ein Anwohner am Abend des 12. Februar: Aus dem "
               "Pflaster der Marktgasse trat Wasser aus.")
    answers = [a for _, a in got]
    assert "Abend des 12. Februar" not in answers, got
    assert any(a == "12. Februar" and "am Abend des ___" in p.replace("_" * 8, "___")
               for p, a in got), got


def test_a_body_named_as_an_area_is_no_who_gap():
    # review 49 de_nutria #5: 'Weil Nutrias in der ___ als invasive Art gelten' - EU ('who')
    got = _all("Weil Waschbären in der EU als invasive Art gelten, dürfen gefangene Tiere "
               "nicht ausgesetzt werden. Die Fallen stellt der Naturschutzbund Oberfranken "
               "auf.")
    assert "EU" not in [a for _, a in got], got
    got = _all("Because grey squirrels are listed as invasive across the EU, trapped animals "
               "may not be released.", "en")
    assert "EU" not in [a for _, a in got], got
