"""A claim nobody makes by name ('In sozialen Netzwerken wird behauptet, ...', 'It has been
claimed online that ...') that the article flags as unproven is what the evidence questions
ask about (four fresh German articles had such a flag and no question on it), and it gives
nobody a voice in the whose-view note."""

from __future__ import annotations

import pytest

from quizgen.generate import media_claims, media_discussion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """Masernfälle an Gymnasium

An einem Gymnasium in Freising sind mehrere Masernfälle aufgetreten. Schulleiter Bernhard \
Maier sagte, die Klassen erhielten ihre Aufgaben über eine Lernplattform. Die Leiterin des \
Gesundheitsamts, Ulrike Seitz, sagte, Masern seien keine harmlose Krankheit. Der \
Elternbeirat erklärte, die Eltern seien gut informiert worden.

In einer Elterngruppe im Netz wird behauptet, das Virus sei von einer Klassenfahrt \
eingeschleppt worden. Belege dafür gibt es nicht; das Gesundheitsamt ermittelt noch.
"""

EN = """Measles at Eastwick school

Measles has broken out at Eastwick Primary School. Headteacher Colin Harwood said the school \
had followed all official guidance. Nurse Jane Patel said most pupils had been vaccinated. \
The council said the school would reopen on Monday.

On social media, it has been claimed that the outbreak began at a swimming club. There is \
no evidence for this, and the club denies it.
"""


@pytest.mark.parametrize(("text", "claim"), [
    (DE, "Das Virus sei von einer Klassenfahrt eingeschleppt worden."),
    (EN, "The outbreak began at a swimming club."),
])
def test_an_impersonal_flagged_claim_is_asked_about(text, claim):
    a = analyze(load_article(text))
    cs = claims(a)
    assert [c.statement for c in cs if c.unsupported] == [claim]
    qs = [q for q in media_claims.generate(a, cs) if q.skill == "evidence"]
    # (a clause cut from its frame keeps the article's small letter: '„… das Virus sei ...“')
    assert qs and all(claim.rstrip(".")[1:] in (q.answer if q.type != "true_false" else q.prompt)
                      for q in qs)


def test_an_impersonal_claim_gives_no_group_a_voice():
    a = analyze(load_article(DE))
    notes = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "discussion"]
    assert notes and all("Stimmen" not in q.prompt + q.answer for q in notes)
