"""Quick readings 26 and 27 (not blind material): cloze gaps on a road code's letters, on a
country its adjective gives away, on a surname after 'Mrs', on a weekday list taken for a
name. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _clozes(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language)) if q.type == "cloze"]


def test_no_gap_on_a_road_codes_letters():
    text = ("Die Sperrung trifft vor allem Pendler, denn die BT 27 ist die schnellste "
            "Verbindung nach Bayreuth. Der Landrat will bis Freitag entscheiden.")
    assert not [q for q in _clozes(text, "de") if q.answer == "BT"]


def test_no_gap_on_a_country_its_adjective_names():
    text = ("Pupils who stayed with Spanish families often chose Spanish at A-level, and "
            "some later worked in Spain, headteacher Mark Lowe said.")
    assert not [q for q in _clozes(text, "en") if q.answer == "Spain"]


def test_no_gap_on_a_surname_after_mrs():
    text = ("Mayor Carys Jones welcomed the visitors on Friday. \"It is a great day for the "
            "town,\" Mrs Jones said at the reception.")
    assert not [q for q in _clozes(text, "en") if q.answer == "Jones"]


def test_weekdays_are_no_names():
    text = ("The community pantry will close on Saturdays from January. It has opened on "
            "Tuesdays, Thursdays and Saturdays since 2015.")
    assert not [q for q in _clozes(text, "en") if q.skill == "who"]


def test_no_gap_after_a_role_that_needs_its_of_what():
    text = ("Die Sprecherin Anna Kühn sagte, man prüfe den Fall. Der Elternbeirat will im "
            "Januar abstimmen.")
    assert not [q for q in _clozes(text, "de") if q.answer == "Anna Kühn"]


def test_a_side_place_gap_gives_way_to_a_figure():
    text = ("Hagelkörner, die nach Angaben des Wetterdienstes bis zu fünf Zentimeter groß "
            "waren, fielen auf die Felder zwischen Hausen und Lindenau. Der Schaden ist groß.")
    where = [q for q in _clozes(text, "de") if q.answer in {"Hausen", "Lindenau"}]
    assert all(q.score < 0.35 for q in where), [(q.prompt, q.score) for q in where]
