"""Blind review 29: the role of a person of long ago. Invented text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze
from quizgen.select import candidates


def _roles(text: str) -> dict[str, str]:
    art = Article(text=text, language="de", title="",
                  blocks=[Block("byline", 0, 38, text[:38]),
                          Block("body", 39, len(text), text[39:])])
    return {q.prompt: q.answer for q in candidates(analyze(art)) if q.skill == "role"}


_TEXT = ("Von Jana Roth | Freitag, 12. März 2027\n"
         "Im Rathaus von Lindau ist eine alte Truhe gefunden worden. Darin lag eine Urkunde "
         "vom 4. Juni 1908, die von Bürgermeister Anton Hegele unterzeichnet worden war. "
         "Stadtarchivarin Petra Baumann sagte, die Truhe werde im Herbst im Museum gezeigt.")


def test_a_role_of_long_ago_is_asked_in_the_past():
    got = _roles(_TEXT)
    assert "Welche Funktion oder Rolle hatte Anton Hegele laut dem Artikel?" in got, got
    assert not [p for p in got if "hatte Petra Baumann" in p], got


def test_select_still_knows_the_past_role_question():
    from quizgen.select import _role_of

    assert _role_of().match("Welche Funktion oder Rolle hatte Anton Hegele laut dem Artikel?")
    assert _role_of().match("What was Jane Hill's role according to the article?")


def test_a_role_held_since_long_ago_is_asked_in_the_present():
    text = ("Von Jana Roth | Freitag, 12. März 2027\n"
            "Auf dem Hof in Lindau sollen Solarmodule aufgestellt werden. Landwirt Anton "
            "Hegele, dessen Familie das Land seit 1952 bewirtschaftet, verpachtet die Felder.")
    got = _roles(text)
    assert not [p for p in got if "hatte" in p], got
