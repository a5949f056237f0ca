"""mediaB fixes of the second fix round of the session of 2026-11-29 (10:46): faults in the
media-literacy items found by blind reviews 115-133 and by the compB14 note. Sentences
invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


BAKERY_EN = """By Ruth Cole | Monday 23 November 2026, 08:30 GMT

Village bakery to close after 40 years as rent doubles

The only bakery in Ashby Marsh will close at the end of December after its landlord doubled \
the rent, its owner has said.

Sarah Lindley and her sister Jane Lindley have run the bakery on the High Street since 1986. \
Her landlord, Mr Tom Hartley, said the new rent was in line with other shops in the area. \
"We simply cannot pay twice as much for the same four walls," she told BBC Radio \
Lincolnshire.

The parish council said it was disappointed. Some residents have claimed on a village \
Facebook group that the building will be turned into flats. That has not been confirmed.

Councillor Peter Moss said he would ask the district council whether the shop could be \
listed as a community asset.
"""


def test_she_told_an_outlet_is_not_the_man_named_before():
    """compB14 note (blind53): 'she told BBC Radio X' went to the one man named in the
    sentence before ('Her landlord, Mr Tom Hartley, said ...'): the voices note said he spoke
    to the outlet. The pronoun's sex rules him out; with two women before, nobody is named."""
    qs = [q for q in _media(BAKERY_EN) if q.skill == "discussion"
          and q.answer.startswith("Quoted are")]
    assert qs, [q.prompt for q in _media(BAKERY_EN)]
    assert "Tom Hartley spoke to another outlet" not in qs[0].answer, qs[0].answer
    assert "BBC Radio Lincolnshire" in qs[0].answer, qs[0].answer


SEILBAHN_DE = """Von Petra Lang | Montag, 23. November 2026, 08:15 Uhr

Streit um Sessellift: In Oberkirnach wächst der Widerstand

Der alte Sessellift am Kirnberg soll durch eine neue Kabinenbahn ersetzt werden. Die Gemeinde \
hofft auf mehr Gäste, doch viele Anwohner sind skeptisch.

Nach Angaben der Gemeinde kostet die neue Bahn rund 4,5 Millionen Euro. Bürgermeister Stefan \
Haller (CDU) sagte, der Bund habe einen Zuschuss von bis zu 50 Prozent zugesagt. Das \
Bundesverkehrsministerium wollte dies auf Anfrage nicht bestätigen.

Die Vorsitzende des Heimatvereins, Ursula Brandner, sagte, die Bahn zerstöre den Blick auf \
den Kirnberg. Der Hotelier Markus Eder erklärte, ohne neue Bahn würden die Wintergäste \
ausbleiben. Einige Anwohner behaupten zudem, ein Investor aus München wolle am Gipfel ein \
Hotel bauen. Belege dafür gibt es nicht.

Der Gemeinderat will im Januar über das Projekt entscheiden.
"""


def test_claim_the_next_sentence_doubts_is_no_clean_distractor():
    """133 de_steillagen #10: 'X sagte, das Land habe ... in Aussicht gestellt. Das Ministerium
    wollte dies auf Anfrage nicht bestätigen' has no claim word of its own, but the article
    doubts it: no wrong answer of 'which claim has no evidence' (the flagged claim is still
    asked, here in the why item)."""
    qs = _media(SEILBAHN_DE)
    for q in qs:
        if q.skill == "evidence" and q.type == "multiple_choice":
            assert not any("Zuschuss" in o for o in q.options), q.options
    assert any("Investor" in q.prompt + q.answer for q in qs if q.skill == "discussion"), \
        [q.prompt for q in qs]


FRUIT_EN = """By Mark Ellis | Tuesday 24 November 2026, 07:40 GMT

Strawberry growers fear losses as pickers stay away

Strawberry growers in the Vale of Eldon say thousands of punnets could be lost this summer \
because too few seasonal pickers have arrived.

The Somerset Soft Fruit Growers' Association estimates that about 300 tonnes of fruit could \
go unpicked. Its chair, Ruth Adebayo, said the visa scheme had opened far too late.

Marsh End Farm, which sells strawberries at the roadside, opened a farm shop in 2021. Its \
owners, Helen and Peter Holt, say they may have to close the shop. "We cannot sell what \
nobody picks," Helen Holt told BBC Radio Somerset.

At Brookside Farm, which is run by brothers Alan and Neil Parry, local students and retired \
neighbours have been picking at weekends. Alan Parry said about 30 volunteers had signed up \
after a post in the village newsletter. "They are slower, but they are keen," he said.

Councillor Joan Hale said the council would write to the Home Office.
"""

FRUIT_OFFICIAL_EN = """By Mark Ellis | Tuesday 24 November 2026, 07:40 GMT

Strawberry growers fear losses as pickers stay away

Strawberry growers in the Vale of Eldon say thousands of punnets could be lost this summer \
because too few seasonal pickers have arrived.

The Somerset Soft Fruit Growers' Association estimates that about 300 tonnes of fruit could \
go unpicked. Its chair, Ruth Adebayo, said the visa scheme had opened far too late.


At Brookside Farm, which is run by brothers Alan and Neil Parry, local students and retired \
neighbours have been picking at weekends. Alan Parry said about 30 volunteers had signed up \
after a post in the village newsletter. "They are slower, but they are keen," he said.

Councillor Joan Hale said the council would write to the Home Office.
"""


def _voices_note(text: str) -> str:
    qs = [q for q in _media(text) if q.skill == "discussion"
          and q.answer.startswith(("Quoted are", "Zu Wort kommen"))]
    assert qs, [q.prompt for q in _media(text)]
    return qs[0].answer


def test_roles_of_a_body_a_pair_of_owners_and_a_farm_run_by_brothers():
    """130 en_vineyard_events #15 'Claire Ashdown, owners of ...' and 'Hannah Lowe' (Visit
    Kent's spokesperson, after 'Visit Kent estimates that ...') without role; 133
    en_apple_pickers #16 'Tom Ashdown (brothers)' for '... Farm, which is run by brothers Tom
    and Sam Ashdown', and Helen Okonjo (Its chair) without role."""
    note = _voices_note(FRUIT_EN)
    assert "Ruth Adebayo (chair of the Somerset Soft Fruit Growers' Association)" in note, note
    assert "Helen Holt (owner of Marsh End Farm)" in note, note
    assert "Alan Parry (head of Brookside Farm)" in note, note
    assert "brothers" not in note, note


def test_group_named_just_before_the_volunteers_is_not_affected():
    """133 en_apple_pickers (once the voices have their roles): 'local students and retired
    neighbours have been picking at weekends. X said about 30 volunteers had signed up' names
    helpers, not people affected."""
    note = _voices_note(FRUIT_OFFICIAL_EN)
    assert "students" not in note, note
    assert "head of Brookside Farm" in note, note


OBSTBAU_DE = """Von Jana Roth | Dienstag, 24. November 2026, 06:50 Uhr

Obstbauern im Kreis Wendelstein fehlen Erntehelfer

Im Kreis Wendelstein sind in diesem Herbst Hunderte Tonnen Äpfel an den Bäumen geblieben. Den \
Betrieben fehlen Saisonkräfte.

Obstbauer Lukas Fendt, der den Hof seiner Eltern seit 2015 führt, musste in diesem Jahr rund \
ein Fünftel der Ernte aufgeben. „Ohne Helfer geht es nicht“, sagte Fendt dem Bayerischen \
Rundfunk.

Die Vorsitzende des Obstbauverbands, Martina Keller, sagte, die Regeln für Saisonkräfte seien \
zu kompliziert. Landrat Thomas Berger (CSU) kündigte an, im Dezember mit den Betrieben zu \
sprechen.

Nach Angaben des Verbands gibt es im Kreis noch rund 80 Obstbaubetriebe.
"""


def test_parents_in_the_genitive_are_no_affected_group():
    """132 de_steillagen #17: 'Winzer X, der das Weingut seiner Eltern ... führt' made
    'Betroffene (Eltern)'."""
    note = _voices_note(OBSTBAU_DE)
    assert "Eltern" not in note, note
    assert "Martina Keller (Vorsitzende des Obstbauverbands)" in note, note


CAFE_EN = """By Lucy Barnes | Wednesday 25 November 2026, 10:05 GMT

Riverside café closes early as heating costs soar

A riverside café in Danford will close for the winter months because of rising energy bills.

At the Willow Tea Rooms, which is run by Marion and Keith Dawes, the heating bill has more \
than doubled since last year. Keith Dawes said the café would reopen in March. "We would \
rather close for three months than for good," he said.

The Federation of Small Businesses said many cafés in the area faced similar bills. FSB \
regional adviser Priya Shah said small firms needed help with energy costs before the winter.

One regular, Colin Webb of Danford Rowing Club, said the café was the only place on the river \
where members could meet after training.
"""


def test_roles_of_an_acronym_title_a_pair_running_a_place_and_a_club():
    """133 en_honesty_box #15 ('NFU county adviser Rebecca Thorne', '..., which is run by
    Davinder and Alison Sandhu' listed without roles); 115 en_short_course #16 ('Gareth Pryce
    of Fenmouth Harriers' listed without role). A club in the role keeps the person a voice."""
    note = _voices_note(CAFE_EN)
    assert "Priya Shah (FSB regional adviser)" in note, note
    assert "Keith Dawes (head of Willow Tea Rooms)" in note, note
    assert "Colin Webb (of Danford Rowing Club)" in note, note


POST_DE = """Von Jana Roth | Dienstag, 24. November 2026, 06:50 Uhr

Postfiliale in Lindhagen schließt

Die Postfiliale in Lindhagen schließt Ende Februar. Die Inhaberin Maria Kohl geht in den \
Ruhestand.

Die Deutsche Post bestätigte die Schließung. Eine Sprecherin, Sabine Lorenz, erklärte, man \
suche einen neuen Partner im Ort.

Ortsvorsteher Peter Brandt sagte, viele ältere Menschen seien auf die Filiale angewiesen.
"""


def test_a_spokeswoman_after_the_body_that_speaks():
    """125 de_postfiliale: 'Die Deutsche Post bestätigte die Schließung. Eine Sprecherin, Anja
    Dietrich, erklärte ...' listed her without a role."""
    note = _voices_note(POST_DE)
    assert "Sabine Lorenz (Sprecherin der Deutschen Post)" in note, note
