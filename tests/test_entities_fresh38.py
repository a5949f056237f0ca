"""Fresh readings 38 and 39: things and bodies taken for persons; a cloze gap that only
finishes an authority's or a business's name. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _analysis(text: str, language: str):
    return analysed(text, language)


def _persons(an) -> set[str]:
    return {e.name for e in an.entities if e.label == "PER"}


def test_an_app_and_a_station_are_no_persons():
    an = _analysis("Über die Warn-App Katwarn wurden die Anwohner in Dornbach am Morgen "
                   "gewarnt. Bürgermeister Jens Albers sprach von einem großen Glück.", "de")
    assert "Warn-App Katwarn" not in _persons(an), _persons(an)
    an = _analysis('"We will not give up," Mary Fenton told ITV Tyne Tees. She runs the '
                   "village shop in Hexford.", "en")
    assert not [n for n in _persons(an) if n.startswith("ITV")], _persons(an)


def test_an_authority_seat_is_no_speaker():
    an = _analysis("Wie die Diebe in die Kirche kamen, ist unklar. Ein Sprecher des "
                   "Polizeipräsidiums Ravensburg erklärte, an der Tür seien Spuren gefunden "
                   "worden.", "de")
    assert "Ravensburg" not in _persons(an), _persons(an)


def test_no_gap_after_an_authority_or_a_trade():
    text = ("Ein Sprecher des Polizeipräsidiums Ravensburg erklärte, an der Tür seien Spuren "
            "gefunden worden. Der Bauhof sperrte den Weg zwischen dem Sportplatz und der "
            "Schreinerei Kolbinger ab.")
    got = [q.prompt for q in candidates(_analysis(text, "de")) if q.skill == "who"]
    assert not [p for p in got if "Polizeipräsidiums ____" in p or "Schreinerei ____" in p], got
