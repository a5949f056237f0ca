"""German what-questions (review 39), on invented text: a hedge before the object goes with
the key ('Was macht Ingrid Sauter ... an dem Wochenende rund?' left 'rund' behind)."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

HEDGE = """Sorge um das Stadtfest

Die Stadt will das Stadtfest kürzen. Jana Koller, die am Rathausplatz eine Bäckerei betreibt, \
macht nach eigenen Angaben an dem Festwochenende rund ein Zehntel ihres Jahresumsatzes. Sie ist \
besorgt.
"""


def test_hedge_stays_with_the_key() -> None:
    qs = [q for q in wh.generate(analyze(load_article(HEDGE))) if "Koller" in q.prompt and
          q.prompt.startswith("Was macht")]
    assert qs, qs
    for q in qs:
        assert not q.prompt.endswith("rund?"), q.prompt
        assert q.answer.startswith("rund ein Zehntel"), q.answer

