"""Blind review 12 (de_tigermuecke): no where-question across a speech frame and what was
said ('Wo betonte X am Mittwoch im Ausschuss, sei ... nachgewiesen?'), and 'laut X' goes
after a reflexive pronoun and its subject ('Wo hat sich die Mücke laut Demir ...', not
'Wo hat laut Demir sich die Mücke ...')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

FRAME = """Käfer im Stadtwald

Im Stadtwald von Kerbach ist der Borkenkäfer entdeckt worden. Förster Lukas Imhof betonte \
am Dienstag im Umweltausschuss, in Sachsen sei bisher kein Befall von Buchen nachgewiesen. \
Die Stadt will die Bäume im Frühjahr prüfen.
"""

REFLEXIVE = """Käfer im Stadtwald

Im Stadtwald von Kerbach ist der Borkenkäfer entdeckt worden. Der Biologe Lukas Imhof \
erklärte, trockene Sommer begünstigten die Ausbreitung. "Wer jetzt nicht handelt, verliert \
den Wald", sagte er. In Thüringen habe sich der Käfer in manchen Orten innerhalb weniger \
Jahre in ganzen Wäldern festgesetzt.
"""


def test_no_where_question_across_a_speech_frame() -> None:
    a = analyze(load_article(FRAME))
    for q in wh.generate(a):
        assert not (q.prompt.startswith("Wo ") and "betonte" in q.prompt), q.prompt


def test_laut_after_the_reflexive_and_its_subject() -> None:
    a = analyze(load_article(REFLEXIVE))
    prompts = [q.prompt for q in wh.generate(a) if q.skill == "where"]
    assert any("festgesetzt" in p for p in prompts), prompts
    for p in prompts:
        assert "laut Imhof sich" not in p, p
        if "festgesetzt" in p and "laut" in p:
            assert p.startswith("Wo hat sich der Käfer laut Imhof"), p
