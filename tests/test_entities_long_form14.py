"""Long forms of acronyms (fresh batch 14 and Wikinews): 'Fälle von
Frühsommer-Meningoenzephalitis (FSME)' is no long form with 'Fälle von' (F, F, M spells no
part of FSME), and 'des Bundesnachrichtendienstes (BND)' is named in the nominative."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

TEXT = ("Geheimdienste\n\nDie Regierung stärkt die Befugnisse des Bundesnachrichtendienstes "
        "(BND). Der BND darf mehr. Bis Ende Oktober meldete das Amt 47 Fälle von "
        "Frühsommer-Meningoenzephalitis (FSME). Die Zahl der FSME-Fälle steigt.")


def _names() -> dict[str, str]:
    return {a: e.name for e in analyze(load_article(TEXT)).entities for a in e.aliases}


def test_long_form_without_a_word_that_spells_nothing() -> None:
    assert _names()["FSME"] == "Frühsommer-Meningoenzephalitis"


def test_single_word_genitive_long_form_in_the_nominative() -> None:
    assert _names()["BND"] == "Bundesnachrichtendienst"
