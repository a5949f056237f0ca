"""Entity kinds behind the wrong-kind options of blind review 11 and judged15, on invented
text: a tournament ('the Midland Open') was a person and an option of 'Who rejected ...?', a
water company ('Anglia Waterways') a person beside its own manager, and a chemist after her
occupation ('Apothekerin Claudia Rehberg', a '-berg' name) a place ('Wo ...? - in Claudia
Rehberg')."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyze(load_article(text)).entities}


def test_a_tournament_is_no_person() -> None:
    a = analyze(load_article(
        "Cheating row\n\nA player has been thrown out of the Harwick Open in Leeds. Tom Reyes "
        "denied the accusations. Tournament director Anna Blake said he had refused a search. "
        "The Harwick Open ends on Sunday. Reyes said he would appeal."))
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Harwick Open") != "PER", labels
    reyes = next(e for e in a.entities if e.name == "Tom Reyes")
    assert "Harwick Open" not in distractors.entities(a, reyes)


def test_a_waterways_company_is_an_organisation() -> None:
    labels = _labels("Lake shut\n\nA lake near Dunham has been closed. Mercia Waterways, which "
                     "owns the lake, shut it on Monday. Mercia Waterways said the lake would "
                     "stay closed. Its manager, Ruth Kale, apologised.")
    assert labels.get("Mercia Waterways") == "ORG", labels


def test_a_woman_after_her_occupation_is_a_person_not_a_berg_place() -> None:
    a = analyze(load_article(
        "Kein Saft\n\nIn Lindhofen fehlt Fiebersaft. „Wir bekommen nichts“, sagte Apothekerin "
        "Maria Falkenberg aus Lindhofen. Falkenberg stellt den Saft nun selbst her. Ein "
        "Hersteller soll die Produktion in Deutschland gedrosselt haben."))
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Maria Falkenberg") == "PER", labels
    place = next(e for e in a.entities if e.name == "Lindhofen")
    assert not any("Falkenberg" in o for o in distractors.places(a, place, "in"))


def test_a_role_before_a_stacked_title_is_the_role() -> None:
    a = analyze(load_article(
        "Roads row\n\nPotholes are everywhere in Kelby. Cabinet member for transport "
        "Councillor Amy Ford blamed the rain. \"We are trying,\" she said. Campaigner Tom Reed "
        "disagreed."))
    ford = next(e for e in a.entities if e.name == "Amy Ford")
    assert (ford.role or "").lower() == "cabinet member for transport", ford.role


def test_a_bare_spokesperson_speaks_for_the_body_of_the_sentence_before() -> None:
    a = analyze(load_article(
        "Pothole misery\n\nDrivers in Kelby face costly repairs. The AA said breakdowns had "
        "risen. Spokesperson Jo Smith said drivers should check their tyres. Mayor Tom Reed "
        "said the council was trying."))
    smith = next(e for e in a.entities if e.name == "Jo Smith")
    assert smith.role == "Spokesperson for the AA", smith.role


def test_an_age_is_no_part_of_a_role() -> None:
    de = analyze(load_article(
        "Kalte Schule\n\nIn Talheim fällt die Heizung aus. „Wir frieren“, sagte die 16-jährige "
        "Schülersprecherin Mia Kern. Die Stadt prüft eine Reparatur."))
    kern = next(e for e in de.entities if e.name == "Mia Kern")
    assert kern.role == "Schülersprecherin", kern.role


def test_a_country_in_the_dative_plural_is_a_place_and_keeps_its_article() -> None:
    a = analyze(load_article(
        "Fähre gesucht\n\nDie Fähre in Kaltenau fährt nicht mehr. Ein Investor aus den "
        "Niederlanden prüft den Kauf. Fährmann Jens Ott wohnt in Bergau und pendelt nach "
        "Kaltenau. Ott sagte, er hoffe auf den Investor. Auch Lisa Ott aus Bergau hofft."))
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Niederlanden") == "LOC", labels
    bergau = next(e for e in a.entities if e.name == "Bergau")
    options = distractors.places(a, bergau, "in")
    assert "in den Niederlanden" in options and "in Niederlanden" not in options, options
