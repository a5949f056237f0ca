"""A false statement swaps in a person the sentence's 'his'/'she' does not rule out: 'Berg
lost his first game' for Anna Berg is false without reading the article."""

from __future__ import annotations

from quizgen.generate import truefalse
from quizgen.pipeline import analyze, load_article

CHESS = ("Schoolboy wins chess open\n\n"
         "Tom Keller from Harwick has won the city chess open ahead of four masters.\n\n"
         "Keller lost his first game but then won five games in a row. Anna Berg, head "
         "coach at Harwick Chess Club, said the boy trains every day. She said the boy could "
         "become a master. Peter Lund, a master from Oldbury, said the boy had been lucky.")


def test_a_person_of_the_other_sex_is_not_swapped_into_a_sentence_with_his():
    a = analyze(load_article(CHESS))
    assert truefalse._genders(a)[next(e.id for e in a.entities if e.name == "Anna Berg")] \
        == "f"
    statements = [q.prompt for q in truefalse.generate(a)]
    assert any(p.startswith("True or false? Keller lost his") for p in statements)
    assert not any("Berg lost his" in p for p in statements), statements


def test_a_sentence_without_a_gendered_word_swaps_anyone():
    a = analyze(load_article(CHESS))
    statements = [q.prompt for q in truefalse.generate(a) if q.answer == "False"]
    assert any("Berg from Harwick has won" in p or "Lund from Harwick has won" in p
               for p in statements), statements


def test_german_female_role_and_pronoun_give_a_gender():
    a = analyze(load_article(
        "Kantine wird teurer\n\nSabine Kröger, Sprecherin des Elternrats, kritisierte den "
        "Preis. Thomas Reinhardt, Leiter des Schulamts, wies die Kritik zurück. Er sagte, "
        "sein Amt habe keine Wahl gehabt."))
    genders = {e.name: g for e in a.entities if (g := truefalse._genders(a)[e.id])}
    assert genders.get("Sabine Kröger") == "f"
    assert genders.get("Thomas Reinhardt") in {"m", None}


def test_a_name_in_a_row_of_places_is_never_swapped_for_a_person():
    """'Seit 2007 haben die Bundesstaaten Ohio und New Jersey ...' with 'New Jersey' taken for
    a person must not become '... Ohio und Quinn ...' (a place swapped for the governor)."""
    from tests.test_media import build

    text = ("Todesstrafe abgeschafft\n\nPat Quinn unterzeichnete am Mittwoch das Gesetz. "
            "Seit 2007 haben die Bundesstaaten Ohio und New Jersey die Todesstrafe "
            "abgeschafft. Anna Berg und Pat Quinn sprachen am Abend in der Hauptstadt.")
    a = build(text, {"Pat Quinn": {"role": "Gouverneur"}, "New Jersey": {},
                     "Anna Berg": {"role": "Senatorin"}}, [], [])
    states = next(s for s in a.sentences if "Bundesstaaten" in s.text)
    assert not [w for w in truefalse._swaps(a, states) if w[4] == "who"]
    people = next(s for s in a.sentences if s.text.startswith("Pat Quinn"))
    assert [w for w in truefalse._swaps(a, people) if w[4] == "who"]  # persons still swap


def test_no_person_swapped_into_a_longer_name():
    """'Bristol Royal Infirmary' (the entity finder took 'Bristol Royal' for a person) must
    not become 'Norris Infirmary' (lead's review of a fresh article)."""
    from quizgen.generate import truefalse
    from quizgen.pipeline import analyze, load_article

    text = ("Bus drivers walk out\n\nUnion official Dan Norris said the strike would go on. "
            "Schools reported that some pupils had arrived late, and Bristol Royal Infirmary "
            "said several night-shift nurses had been unable to get home. Operator chief Jane "
            "Pike said talks would resume on Friday.\n")
    an = analyze(load_article(text))
    assert not any("Infirmary" in q.prompt and q.answer in {"False", "Falsch"}
                   and "Bristol Royal Infirmary" not in q.prompt
                   for q in truefalse.generate(an))


POOL = ("Lido stays shut\n\n"
        "The lido in Brackley will stay closed until spring. Environmental officer Mark Dolan "
        "said the pumps had failed in October. Dr Ruth Okoye, who tested the water, said "
        "the pool was safe.\n\n"
        "Jenny Alder, who runs the Brackley swimming club with around 200 members, said she "
        "was shocked. \"We swim here every morning,\" she said.")


def test_the_sex_a_quotation_shows_keeps_a_man_out_of_her_sentence():
    """'"...," she said' shows Jenny Alder is a woman: 'Dolan, who runs the club ..., said
    she was shocked' would be false on its face (lead's note on blind review 11)."""
    a = analyze(load_article(POOL))
    statements = [q.prompt for q in truefalse.generate(a) if q.answer == "False"]
    assert not any("Dolan, who runs" in p for p in statements), statements


HALL = ("Village hall stays shut\n\n"
        "The village hall in Brackley will stay closed until spring. Local MP Anna Reed said "
        "she had written to the minister about the roof. Jo Kerr, who chairs the parish "
        "council, said the hall must reopen soon.")


def test_an_acronym_role_before_a_name_is_not_left_with_another_name():
    """'Local MP Kerr said ...': the role would stay with a name that does not hold it."""
    a = analyze(load_article(HALL))
    statements = [q.prompt for q in truefalse.generate(a) if q.answer == "False"]
    assert not any("MP Kerr" in p for p in statements), statements
