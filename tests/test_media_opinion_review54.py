"""mediaA fixes of round 2 of the second session of 2026-11-28 (blind reviews 55-57): fact
or opinion. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

CHOIR_DE = """Von Jana Roth | Montag, 4. Mai 2026, 09:00 Uhr

Kirchenchor Bergheim sucht neue Stimmen

Seit mehr als 60 Jahren singt der Kirchenchor Bergheim jeden Sonntag in der Marienkirche. \
Inzwischen sind nur noch zwölf Sängerinnen und Sänger übrig, sagte Chorleiterin Eva Brandt.

Die Musikschule will helfen. Für einen Schnupperabend am 14. Mai haben sich nach Angaben der \
Musikschule bislang etwa 20 Interessierte angemeldet.

Es wäre ein Verlust, wenn ausgerechnet dieser Chor verstummte, der so viele Feste im Ort \
begleitet hat.
"""


def _opinions(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    return [(q.prompt, q.explanation) for q in media_opinion.generate(a, claims(a))
            if q.id and q.answer.startswith("eine Meinung")]


def test_an_evaluative_frame_in_its_own_last_paragraph_is_the_writer_s():
    # blind review 56 de_plattdeutsche_buehne: 'Es wäre ein Jammer, wenn ausgerechnet die
    # Bühne verstummte, ...' after '... nach Angaben der Schule ...' was read on as the
    # school's reported speech and gave no fact/opinion item
    items = _opinions(CHOIR_DE)
    assert any("Es wäre ein Verlust" in p and "Autor" in e for p, e in items), items
