"""A number word before Dutzend/Hundert/dozen/hundred is one figure with its hedge (blind
review 12: 'mehr als ein Dutzend Lehrkräfte' became 'Wie viele Lehrkräfte fehlen mehr als
ein? -> dutzend')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Busfahrer fehlen

Weil mehr als ein Dutzend Busfahrer krank sind, fallen in Kerbach viele Linien aus. Zwei \
Dutzend Eltern beschwerten sich am Montag im Rathaus. Mehrere Hundert Schüler kamen zu spät.
"""

EN = """Drivers missing

More than a dozen drivers are off sick in Kerbury. Two dozen parents complained at the town \
hall on Monday. Several hundred pupils were late.
"""


def _figures(text: str) -> dict[str, tuple[str | None, float, str | None]]:
    a = analyze(load_article(text))
    return {q.number_text: (q.hedge, q.value, q.unit) for q in a.quantities}


def test_german_dozen_is_one_figure_with_its_hedge() -> None:
    found = _figures(DE)
    assert found["ein Dutzend"] == ("mehr als", 12, "Busfahrer")
    assert found["Zwei Dutzend"] == (None, 24, "Eltern")
    assert found["Mehrere Hundert"][2] == "Schüler"
    assert "Dutzend" not in found and "Zwei" not in found


def test_english_dozen_is_one_figure_with_its_hedge() -> None:
    found = _figures(EN)
    assert found["a dozen"] == ("More than", 12, "drivers")
    assert found["Two dozen"] == (None, 24, "parents")
    assert found["Several hundred"][2] == "pupils"


def test_how_many_keeps_the_whole_figure() -> None:
    a = analyze(load_article(DE))
    for q in wh.generate(a):
        if q.skill == "how_many" and "Busfahrer" in q.prompt:
            assert "ein?" not in q.prompt and q.answer != "dutzend", (q.prompt, q.answer)
            assert "Dutzend" in str(q.answer), q.answer
