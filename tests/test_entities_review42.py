"""Blind reviews 40-42 (comprehension): entity faults. Invented text."""

from __future__ import annotations

from quizgen.model import Article
from quizgen.pipeline import analyze, generate

from .helpers import body_article


def _article(text: str, language: str) -> Article:
    return body_article(text, language)


def test_a_class_noun_means_the_body_named_before_not_a_later_one():
    # review 41 de_pferdeherpes #5: 'Der Verein' was answered 'Verein Reitunterricht', a
    # name cut from a later sentence
    text = ("Wegen eines Rohrbruchs muss der Schwimmverein Kellbach sein Sommerfest absagen. "
            "Das Freibad bleibt bis Juli geschlossen. Der Verein rechnet mit einem "
            "Verlust von mindestens 8.000 Euro, weil bereits bestellte Zelte bezahlt werden "
            "müssen. Betroffen sind auch die rund 120 Kinder, die im Verein Schwimmunterricht "
            "nehmen.")
    analysis = analyze(_article(text, "de"))
    at = text.index("Der Verein rechnet") + 4
    ent = analysis.entity_at(at, at + 6)
    assert ent is not None and ent.name == "Schwimmverein Kellbach", ent
    for q in generate(analysis).questions:
        assert "Schwimmunterricht" not in q.answer, (q.prompt, q.answer)


def test_a_name_after_at_is_a_place_not_a_person():
    # review 42 en_park_and_ride: 'The park and ride site at Whitmore Cross' was a person,
    # offered among the people of a who-question
    text = ("The bus depot at Pelham Cross could close next year after Elmshire County "
            "Council said it was losing money. Drivers at Pelham Cross were told on Monday. "
            "Councillor Ruth Keane, the cabinet member for transport, said the depot was too "
            "expensive. The council is looking at other uses for the land at Pelham Cross, "
            "including new homes. Tim Walsh, a driver, said staff were angry.")
    labels = {e.name: e.label for e in analyze(_article(text, "en")).entities}
    assert labels.get("Pelham Cross") == "LOC", labels
    assert labels.get("Ruth Keane") == labels.get("Tim Walsh") == "PER", labels


def test_a_person_after_a_verb_with_at_stays_a_person():
    text = ("Fans shouted at Graham Lowe after the match on Saturday. Graham Lowe, the club's "
            "manager, said he understood their anger.")
    labels = {e.name: e.label for e in analyze(_article(text, "en")).entities}
    assert labels.get("Graham Lowe") == "PER", labels


def test_a_friends_of_group_is_a_body_and_its_namesake_no_person():
    # review 41 en_foraging #5: 'Ashcombe Woods', cut from 'The Friends of Ashcombe Woods',
    # was offered among the persons of a who-question
    text = ("Anglers who take fish from Pelling Mere to sell them could be fined under new "
            "rules. The Friends of Pelling Mere, a group with about 90 members, welcomed the "
            "decision. Its chair, Rosa Tennant, said the lake had been emptied for years.")
    labels = {e.name: e.label for e in analyze(_article(text, "en")).entities}
    assert labels.get("Friends of Pelling Mere") == "ORG", labels
    assert labels.get("Pelling Mere") != "PER", labels
    assert labels.get("Rosa Tennant") == "PER", labels


def test_a_genus_is_no_body_and_a_town_after_into_a_place():
    # review 41 de_feuersalamander #5: the genus of 'Batrachochytrium salamandrivorans' was
    # gapped as 'who'; review 42 en_park_and_ride #1: 'into Carlbury' gapped as 'who'
    text = ("Die Olivenbäume bei Obersteg sind mit dem Bakterium Xylella fastidiosa befallen. "
            "Das teilte das Landesamt für Umwelt am Montag mit.")
    names = {e.name for e in analyze(_article(text, "de")).entities}
    assert "Xylella" not in names, names
    text = ("The bridge closure will push hundreds of lorries into Wenbury, traders warn. "
            "An inquiry into Hallam Freight found no fault. Read more: Wenbury's new bus "
            "lanes.")
    labels = {e.name: e.label for e in analyze(_article(text, "en")).entities}
    assert labels.get("Wenbury") == "LOC", labels
    assert labels.get("Hallam Freight") != "LOC", labels


def test_a_party_keeps_its_capital_in_a_role():
    text = ("Councillors voted to raise their allowances by 4 per cent on Tuesday. Conservative "
            "group leader Ian Pike said the rise was wrong. Liberal councillor Amy Roe agreed.")
    roles = {e.name: e.role for e in analyze(_article(text, "en")).entities}
    assert roles.get("Ian Pike") == "Conservative group leader", roles


def test_deren_after_a_feminine_dative_gives_the_whole_role():
    # review 42 de_schornsteinfeger #6: 'Obermeister' without 'der Schornsteinfeger-Innung'
    text = ("Der Bäcker Tom Lenz wehrt sich gegen die neuen Gebühren. Hilfe bekommt er von "
            "der Bäcker-Innung. Deren Obermeister Uwe Krapp sagte, die Gebühren seien zu hoch.")
    roles = {e.name: e.role for e in analyze(_article(text, "de")).entities}
    assert roles.get("Uwe Krapp") == "Obermeister der Bäcker-Innung", roles
