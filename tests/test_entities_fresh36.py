"""Fresh reading 36 (streuobstwiese Q4): a club title names the whole club, also where its
name is a coordinated compound ('Obst- und Gartenbauverein'). Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def test_a_club_title_keeps_the_truncated_compound():
    text = ("Auf der Wiese am Ortsrand von Hallbach stehen seit Samstag 40 junge Obstbäume. "
            "Nach Angaben des Heimat- und Verkehrsvereins halfen rund 60 Menschen. "
            "„Die Bäume werden älter als wir alle“, sagte Vereinsvorsitzende Karin Moll.")
    a = analysed(text)
    roles = {q.prompt: q.answer for q in candidates(a) if q.skill == "role"}
    moll = [v for k, v in roles.items() if "Karin Moll" in k]
    assert moll and all(v == "Vorsitzende des Heimat- und Verkehrsvereins" for v in moll), roles
