"""Blind reviews 34-36, where: a place after 'mit'/'ohne' and a bare noun belongs to that
noun ('eine Firma mit Sitz in Nordrhein-Westfalen'), so no 'Wo soll ... eine Firma mit Sitz
stehen?' (review36 de_schluesseldienst Q5). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]


def test_a_place_of_a_bare_noun_after_mit_is_not_cut_out():
    ps = _prompts("Hinter den Anrufen soll nach Angaben mehrerer Kunden eine Firma mit Sitz in "
                  "Niedersachsen stehen. Der Bäcker wohnt seit 2010 mit seiner Familie in Celle.")
    assert not [p for p in ps if "mit Sitz" in p and p.startswith("Wo ")], ps
    assert "Wo wohnt der Bäcker seit 2010 mit seiner Familie?" in ps, ps
