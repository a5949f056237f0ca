"""Blind reviews 21/22 and quick reading 27, media literacy: faults found on unseen articles,
tested on invented text."""

from __future__ import annotations

import pytest


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


# ------------------------------------------------------------------ the flag is no claim

QUARRY = """Residents fight plans for a new quarry near Elmbridge

Plans for a limestone quarry on 60 acres of land near Elmbridge have drawn more than 400 \
objections.

The application was submitted by the firm Redstone Aggregates in March. Its managing director, \
Paul Harker, said the quarry would create 35 jobs.

The campaign group Keep Elmbridge Quiet also claims that blasting at the site would crack the \
walls of the old chapel in the village. That claim has not been independently checked, and a \
report commissioned by the firm is said to reach a different conclusion.

Councillors are due to decide the application in June.
"""

STEINBRUCH = """Anwohner wehren sich gegen neuen Steinbruch bei Oberlinden

Gegen die Pläne für einen Steinbruch bei Oberlinden sind mehr als 400 Einwendungen eingegangen.

Den Antrag hat die Firma Rotstein im März gestellt. Ihr Geschäftsführer Paul Harker sagte, \
der Steinbruch schaffe 35 Arbeitsplätze.

Die Bürgerinitiative Stilles Oberlinden behauptet außerdem, die Sprengungen würden die Mauern \
der alten Kapelle beschädigen. Belege dafür legte sie nicht vor, und ein Gutachten der Firma \
soll zu einem anderen Ergebnis kommen.

Der Gemeinderat will im Juni entscheiden.
"""


@pytest.mark.parametrize("text,flag", [(QUARRY, "That claim has not"),
                                       (STEINBRUCH, "Belege dafür")])
def test_the_flag_sentence_is_not_asked_as_a_hedged_report(text, flag):
    """review 22 en_solar_farm #11 (D): "'That claim has not been independently checked, and
    a soil survey ... is said to reach a different conclusion.' - Does the article present this
    as an established fact?": the sentence is the article's note on the claim before, not a
    report; the claim is what is asked."""
    qs = _media(text)
    hedged = [q for q in qs if q.skill == "evidence" and flag in q.prompt]
    assert not hedged, [q.prompt for q in hedged]
    ev = [q for q in qs if q.skill == "evidence"]
    assert any("chapel" in q.answer or "Kapelle" in q.answer for q in ev
               if isinstance(q.answer, str)) or any(
        "chapel" in q.prompt or "Kapelle" in q.prompt for q in ev), [(q.prompt, q.answer)
                                                                      for q in ev]
