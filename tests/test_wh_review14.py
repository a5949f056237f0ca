"""Blind review 14: a genitive without an article ('Störung öffentlicher Betriebe') was left
in the prompt: 'Warum ermittelt die Bundespolizei öffentlicher Betriebe? -> wegen schweren
Diebstahls und Störung'. It belongs to the reason phrase. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

ARTICLE = ("Marktplatz gesperrt\n\n"
           "Die Stadt Harwick sperrt seit Montag wegen schwerer Schäden öffentlicher Gebäude "
           "den Marktplatz. Der Bürgermeister Tom Keller sagte, die Arbeiten dauerten bis Mai."
           "\n\nDie Polizei ermittelt wegen Diebstahls und Beschädigung fremder Sachen. Die "
           "Händler sind verärgert und fordern eine schnelle Lösung.")


def _why() -> dict[str, str]:
    a = analyze(load_article(ARTICLE))
    return {q.prompt: q.answer for q in wh.generate(a) if q.skill == "why"}


def test_a_bare_genitive_stays_with_the_reason():
    why = _why()
    assert not any("öffentlicher Gebäude" in p or "fremder Sachen" in p for p in why), why
    assert all(not a.endswith(("Schäden", "Beschädigung")) for a in why.values()), why


def test_the_reason_with_its_genitive_is_the_answer():
    why = _why()
    assert why.get("Warum sperrt die Stadt Harwick seit Montag den Marktplatz?") == \
        "wegen schwerer Schäden öffentlicher Gebäude", why
