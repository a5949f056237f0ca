# ruff: noqa: E501  (an article as written, a paragraph a line)
"""Comprehension faults of blind reviews 126-133 (comp15, session of 2026-11-29, round 2),
each a general rule tested on invented text."""

from __future__ import annotations

from dataclasses import replace

from quizgen.generate import distractors, wh
from quizgen.pipeline import analyze, load_article

BRIDGE_EN = """By Sarah Quill | Friday 27 November 2026, 08:15

Footbridge at Elmbury to be replaced

The wooden footbridge over the River Lenn at Elmbury is to be pulled down and replaced by a steel one, Brackwater Rail has confirmed.

Brackwater Rail, which owns the bridge, says the new crossing will cost around £400,000 and will open in the spring. "The old bridge has reached the end of its life," said Dr Helen Marsh, Brackwater Rail's head of property. "We cannot keep patching it up." The old timbers would be offered to a local museum, she added.

Local historian Peter Gannet, who leads the Elmbury Society, said the bridge was "part of the village". Councillor Tamsin Hale said she had asked the company to keep the old railings. Walker Jory Pellow said he cared more about a safe path than about old wood.
"""


def test_a_person_of_the_key_body_is_no_wrong_option():
    # blind review 129 en_lighthouse #4 (F): 'Who says ...? - Trinity House' (a PER entity
    # there) offered Helen Voss, Trinity House's director of operations; the other way round
    # (her key, the body an option) is as arguable
    analysis = analyze(load_article(BRIDGE_EN))
    # the body as the entities read 'Trinity House, which runs ...': a person
    analysis.entities = [replace(e, label="PER") if e.name == "Brackwater Rail" else e
                         for e in analysis.entities]
    by_name = {e.name: e for e in analysis.entities}
    marsh, body = by_name["Helen Marsh"], by_name["Brackwater Rail"]
    assert marsh.role == "Brackwater Rail's head of property"
    assert distractors.surely_person(analysis, body)
    options = distractors.entities(analysis, body)
    assert "Helen Marsh" not in options and "Peter Gannet" in options, options
    options = distractors.entities(analysis, marsh)
    assert "Brackwater Rail" not in options and "Peter Gannet" in options, options


def test_role_names_reads_genitives():
    from quizgen.model import Entity

    verein = Entity(id="E1", label="ORG", name="Förderverein Leuchtturm Seehörn")
    assert distractors._role_names("Vorsitzende des Fördervereins Leuchtturm Seehörn", verein)
    assert not distractors._role_names("Vorsitzende des Sportvereins Seehörn", verein)
    house = Entity(id="E2", label="PER", name="Brackwater House")
    assert distractors._role_names("Brackwater House's director of operations", house)
    assert not distractors._role_names("director of operations", house)


ROOF_DE = """Von Jan Hollerbach | Freitag, 27. November 2026, 08:15 Uhr

Alte Schule in Wiesenau soll verkauft werden

Die Landesanstalt für Liegenschaften (LaLi) will die alte Schule in Wiesenau verkaufen. Bürgermeister Jens Albrecht will in der Ratssitzung am 9. Dezember einen Nachtragshaushalt vorlegen, damit die Gemeinde mitbieten kann.

Eine Sprecherin der LaLi, Katrin Wendler, verwies dagegen auf die Landeshaushaltsordnung. Die LaLi sei verpflichtet, zum vollen Wert zu verkaufen, sagte LaLi.

Unterstützung bekommt der Bürgermeister von Gesche Brandt, der Vorsitzenden des Heimatvereins. „Die Schule gehört ins Dorf“, sagte Brandt. Der Kreistagsabgeordnete Hauke Reimers sagte, der Kreis könne sich eine Beteiligung vorstellen.
"""


def test_a_role_that_is_a_persons_name_makes_no_person():
    # blind review 126 de_leuchtturmverkauf #13: 'BImA' (a PER with the role 'Katrin
    # Mehlhorn', from 'Eine Sprecherin der BImA, Katrin Mehlhorn, ...') stood among three
    # persons as the options of 'Wer will ... vorlegen? - Jens Oltmanns'
    analysis = analyze(load_article(ROOF_DE))
    lali = next(e for e in analysis.entities if e.name == "LaLi")
    assert not distractors.surely_person(analysis, replace(lali, label="PER", role="Katrin Wendler"))
    assert distractors.surely_person(analysis, replace(lali, label="PER", role="Pressestelle"))


KIOSK_EN = """By Sarah Quill | Friday 27 November 2026, 08:15

Kiosk stolen from Elmbury green

Twice in March, the till was forced open at night, and on 4 April the whole kiosk, including a coffee machine, was stolen. Owner Peter Gannet said he would not rebuild it.
"""


def test_and_clause_goes_on_past_inserted_examples():
    # blind review 131 en_honesty_box #3 (D): ', and on 11 November the entire stall,
    # including a small fridge, was taken' was read as part of the first clause: 'When was
    # the cash tin prised open overnight, and the entire stall ... was taken twice in October?'
    from quizgen.generate import clauses

    analysis = analyze(load_article(KIOSK_EN))
    s = next(s for s in analysis.sentences if s.text.startswith("Twice"))
    first = clauses.english_clauses(s)[0]
    assert "kiosk" not in " ".join(t.text for t in first.rest), first
    for q in wh.generate(analysis):
        assert not ("till" in q.prompt and "kiosk" in q.prompt and q.type != "cloze"), q.prompt


def test_bare_plans_and_reasons_point_back():
    # blind review 131 de_melkroboter #2: 'Wer wehrt sich gegen die Pläne?' (which plans?);
    # 133 de_steillagen #3: 'Wer kennt die Gründe aus eigener Erfahrung?' (for what?)
    assert wh._BARE_ANAPHOR.fullmatch("Wer wehrt sich gegen die Pläne?")
    assert not wh._BARE_ANAPHOR.fullmatch("Wer wehrt sich gegen die Pläne des Landwirts Bode?")
    assert wh.BACK_NOUNS.search("Wer kennt die Gründe aus eigener Erfahrung?")
    assert not wh.BACK_NOUNS.search("Wer kennt die Gründe für den Rückgang?")
    assert not wh.BACK_NOUNS.search("Who explained the reasons for the delay?")
    assert wh._BARE_ANAPHOR_ANSWER.fullmatch("gegen die Pläne")
    assert wh._BARE_ANAPHOR_TAIL.search("Was sammelt der Heimatverein seit Mai gegen die Pläne?")
    assert not wh._BARE_ANAPHOR_ANSWER.fullmatch("gegen die Pläne des Landwirts")


def test_a_time_counted_from_an_earlier_event_points_back():
    # blind review 131 en_cider_orchard #2: 'Who had formed the Much Aston Orchard Trust
    # within days?' (of what?)
    assert wh.POINTS_BACK.search("who had formed the elmbury meadow trust within days?")
    assert wh.POINTS_BACK.search("wer gründete wenige tage später einen verein?")
    assert not wh.POINTS_BACK.search("who formed a trust within days of the sale?")
    assert not wh.POINTS_BACK.search("who will decide within two weeks?")
    assert not wh.POINTS_BACK.search("who claims the materials break up within weeks?")
    assert not wh.POINTS_BACK.search("wie viele völker sind innerhalb weniger tage eingegangen?")


SHELTER_EN = """By Sarah Quill | Friday 27 November 2026, 08:15

Villagers fear the end of the village pump after storm damage

Villages across the Lenn valley say storms have damaged dozens of shelters this autumn, and some parishes are now considering removing them.

The village pump has been part of rural life in the county for generations. Parish clerk Peter Gannet said repairs would cost around £3,000.

From May, the parish will pay for repairs only once a year, and a new bench has been fitted beside the pump. Gannet said the council had agreed to share the cost.
"""


def test_headline_thing_as_answer_and_fronted_time_of_the_first_clause():
    # blind review 132 en_honesty_box #3 (D): 'What has been part of rural life in the county
    # for generations? - the honesty box' under '... fear the end of the honesty box ...';
    # outside the 30: 'What has been fitted above the table from June?' (June is the card
    # payments' time, the clause before the ', and')
    analysis = analyze(load_article(SHELTER_EN))
    qs = wh.generate(analysis)
    shelter = [q for q in qs if "for generations" in q.prompt and q.type != "cloze"]
    assert shelter and all(q.score <= wh.VAGUE_ANSWER_SCORE for q in shelter), shelter
    assert not any("bench" in str(q.answer) and "from May" in q.prompt for q in qs), [
        q.prompt for q in qs]


def test_however_before_an_adjective_stays():
    # blind review 131 en_honesty_box (outside the 30): 'Who urged farmers to report every
    # theft, small?' lost the 'however' of 'however small'
    text = """By Sarah Quill | Friday 27 November 2026, 08:15

Thefts from garden stalls rise

Thefts from unstaffed garden stalls have risen sharply this year. Parish clerk Peter Gannet urged stallholders to report every loss, however small. He said the police needed the figures.
"""
    qs = wh.generate(analyze(load_article(text)))
    urged = [q.prompt for q in qs if "report every loss" in q.prompt]
    assert urged and all("however small" in p for p in urged), urged
