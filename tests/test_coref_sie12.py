"""German 'Sie' (blind review 12): 'Ein Sprecher, Jan Pohl, erklärte, die Gebührenreform sei
"kein Allheilmittel". Sie müsse zunächst vom Stadtrat beschlossen werden.' - 'Sie' is the
reform, not the spokesman: a singular 'sie' never resolves to a man, and where a feminine
thing could be meant it stays unresolved, so no who-question guesses a person."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

THING = """Gebühren steigen

Die Stadt Tarnow will die Kita-Gebühren erhöhen. Ein Sprecher der Stadtverwaltung, Jan Pohl, \
erklärte am Dienstag, die Gebührenreform sei "kein Allheilmittel". Sie müsse zunächst vom \
Stadtrat beschlossen werden. Die Eltern kündigten Widerstand an.
"""

MAN = """Gebühren steigen

Die Stadt Tarnow will die Kita-Gebühren erhöhen. Herr Jan Pohl leitet das Amt seit Jahren. \
Sie habe dem Plan nicht zugestimmt. Die Eltern kündigten Widerstand an.
"""

WOMAN = """Gebühren steigen

Die Stadt Tarnow will die Kita-Gebühren erhöhen. Bürgermeisterin Karin Wolters verteidigte \
den Plan am Dienstag im Stadtrat. Sie habe lange mit den Eltern gesprochen. Die Eltern \
kündigten Widerstand an.
"""


def _pronoun_owner(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [e.name for e in a.entities if any(m.kind == "pronoun" for m in e.mentions)]


def test_sie_after_a_feminine_thing_stays_unresolved() -> None:
    a = analyze(load_article(THING))
    assert "Jan Pohl" not in _pronoun_owner(THING)
    assert not any("Stadtrat beschlossen" in q.prompt for q in wh.generate(a)
                   if q.skill == "who")


def test_sie_never_resolves_to_a_man() -> None:
    assert "Jan Pohl" not in _pronoun_owner(MAN)


def test_sie_still_resolves_to_a_named_woman() -> None:
    assert "Karin Wolters" in _pronoun_owner(WOMAN)


SPEAKER = """Gebühren steigen

Die Stadt Tarnow will die Kita-Gebühren erhöhen. Elternsprecherin Karin Wolters sagte, die \
Verwaltung habe die Familien zu spät informiert. Zudem behauptete sie, der Kämmerer habe \
Zahlen zurückgehalten. Die Eltern kündigten Widerstand an.
"""


def test_sie_who_speaks_is_the_speaker_not_the_thing() -> None:
    assert "Karin Wolters" in _pronoun_owner(SPEAKER)
