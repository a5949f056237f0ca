"""Entities on invented sentences: a surname that is also a common word is the word where
an article stands before it."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def test_a_surname_after_an_article_is_the_common_noun():
    a = analyze(load_article(
        "Die Sanierung des Rathauses in Lindau wird teurer. Bei Arbeiten am Dach hatten "
        "Handwerker im Sommer Schäden entdeckt. Fraktionschef Dirk Sommer sagte, der Rat sei "
        "zu spät informiert worden. Sommer verlangt eine Prüfung."))
    person = next(e for e in a.entities if e.name == "Dirk Sommer")
    shown = {a.article.text[m.start - 3:m.end] for m in person.mentions}
    assert not any(s.startswith("im ") for s in shown)
    assert any(a.article.text[m.start:m.end] == "Sommer" and m.kind == "alias"
               for m in person.mentions)  # 'Sommer verlangt' is still him


def test_a_name_after_a_role_and_a_comma_is_a_person_whatever_its_ending():
    a = analyze(load_article(
        "The charity BeeSafe UK welcomed the findings. Its director, Simon Achterberg, said "
        "councils should stop mowing verges."))
    assert next(e for e in a.entities if e.name == "Simon Achterberg").label == "PER"


def test_a_service_named_after_two_places_is_one_organisation():
    a = analyze(load_article(
        "The ferry was towed back to Portsmouth. Hampshire and Isle of Wight Fire and Rescue "
        "Service said the blaze had been put out by the sprinkler system."))
    assert "Hampshire and Isle of Wight Fire and Rescue Service" in {e.name for e in a.entities}


def test_a_name_after_a_noun_for_a_body_is_no_person():
    """'die Straßenbaubehörde Hessen Mobil' was a person, and so a wrong option among the
    people of a who-question (blind review 9)."""
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Die Brücke ist gesperrt. In der Nacht ließ die Straßenbaubehörde Hessen Mobil die "
        "Brücke schließen. Projektleiterin Claudia Reuter sagte, die Sperrung sei nötig."))
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Hessen Mobil") != "PER" and labels.get("Claudia Reuter") == "PER"


def test_a_theatre_is_no_person():
    """'Aberwen's Albert Playhouse' was a person, and a true/false item swapped it for a
    politician's surname ('Aberwen's Davies has closed ...', blind review 10)."""
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Aberwen's Albert Playhouse has closed with immediate effect. Engineers found "
        "dangerous concrete in its roof, said stage manager Owen Griffiths. Local MS Lowri "
        "Davies said she had written to the council."))
    labels = {e.name: e.label for e in a.entities}
    assert labels.get("Albert Playhouse") != "PER" and labels.get("Owen Griffiths") == "PER"


def test_a_descriptor_before_a_name_is_no_part_of_it():
    """'Mother-of-three Kelly Dawson' stood as an option of a who-question (blind review 10)."""
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Measles cases are rising in Northampton. Mother-of-three Kelly Dawson told BBC Radio "
        "Northampton that her son had missed his second jab. Dr Fiona Mallory said the "
        "vaccine was safe."))
    [e] = [e for e in a.entities if "Dawson" in e.name]
    assert e.name == "Kelly Dawson" and e.role == "mother-of-three"
    assert all(a.article.text[m.start:m.end] == m.text for m in e.mentions)
