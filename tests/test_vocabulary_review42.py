"""Blind review 40 (comprehension): an acronym's long form in the nominative. Invented text."""

from __future__ import annotations

from quizgen.generate import vocabulary

from .helpers import analysed


def test_an_acronym_whose_long_form_the_text_only_declines_is_not_asked_cut():
    # review 40 de_wohnungstausch #8: 'Wofür steht „NDR“?' -> 'Norddeutsche Rundfunk', cut
    # from 'dem Norddeutschen Rundfunk'
    text = ("Die Tauschbörse in Kellstadt hat bisher 12 Wohnungen vermittelt. „Viele wollen "
            "ihr Zuhause nicht aufgeben“, sagte Anna Berg dem Westdeutschen Rundfunk (WDR). "
            "Der Deutsche Mieterbund (DMB) lobt das Projekt.")
    keys = {q.prompt: q.answer for q in vocabulary.generate(analysed(text))}
    assert "Westdeutsche Rundfunk" not in keys.values(), keys
    assert "Deutscher Mieterbund" in keys.values(), keys


def test_a_feminine_long_form_keeps_its_e():
    text = ("In Kellstadt hat es am Montag in einer Lagerhalle gebrannt. Nach Angaben der "
            "Freiwilligen Feuerwehr Kellstadt (FFK) wurde niemand verletzt. Die Halle ist "
            "zerstört.")
    keys = [q.answer for q in vocabulary.generate(analysed(text))]
    assert "Freiwillige Feuerwehr Kellstadt" in keys, keys
