"""XQuAD gap study (comp session 11), on invented text: a year after 'im Jahr' is the gap,
not 'Jahr 1921' after 'im'."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article

DE = """Der Heimatverein feiert

Der Heimatverein Lindenau wurde im Jahr 1921 von Landwirten aus dem Dorf gegründet. Heute \
hat er mehr als 400 Mitglieder und betreibt ein kleines Museum am Marktplatz.
"""


def test_year_gap_after_im_jahr() -> None:
    qs = cloze.generate(analyze(load_article(DE)))
    when = [(q.prompt, q.answer) for q in qs if q.skill == "when"]
    assert any("im Jahr ________ von Landwirten" in p and a == "1921" for p, a in when), when
    assert not any(a.startswith("Jahr") for _, a in when), when
