"""mediaB fixes of round 3 of the session of 2026-11-28: faults found by blind reviews 64-68
(evidence items on the wrong element or missing). Sentences invented."""

from __future__ import annotations

from quizgen.nlp.evidence import find_markers
from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


CAFE_EN = """By Laura Penhale | Monday 23 November 2026, 09:15 GMT

Riverside cafe closed after inspectors find damp kitchen

A riverside cafe in Kelmouth has been told to close its kitchen after inspectors found damp \
walls and a broken freezer, the district council has said.

The council said inspectors visited the Willow Tree Cafe on 12 November and found mould on two \
kitchen walls. Owner Dominic Pryce said a new freezer had been ordered the same day. "We have let \
our regulars down and I am sorry," he told BBC Radio Kent.

Customers speak out

Student Hannah Belcher, who had lunch at the cafe in October, said she had been sick for three \
days afterwards. It has not been confirmed that her sickness was caused by the cafe, and the \
council said it had received no formal complaint.

Councillor Martin Gale said the council had visited 40 cafes in Kelmouth this year. He said most \
of them had passed.
"""

KAPELLE_DE = """Von Sabine Kretschmer | 24.11.2026, 10:20 Uhr

Alte Kapelle in Birkenau wird saniert

Die Kapelle am Ortsrand von Birkenau soll im kommenden Jahr saniert werden. Der Gemeinderat hat \
dafür rund 180.000 Euro bereitgestellt.

Bei Voruntersuchungen waren unter dem Putz Reste alter Wandmalereien entdeckt worden. \
Restauratorin Claudia Weinert sprach von einem „erfreulichen Fund“. „Wir hatten mit so etwas \
nicht gerechnet“, sagte sie dem SWR.

Im Geschichtsverein wird unterdessen vermutet, die Malereien könnten von einem Maler aus dem \
Kloster Hirsau stammen. Vereinsvorsitzender Walter Brenner hält das für „gut möglich“. Belegt \
ist diese Vermutung allerdings nicht: Schriftliche Quellen zur Kapelle gibt es nach Auskunft \
des Kreisarchivs kaum.

Bürgermeister Thomas Fehling sagte, die Arbeiten sollten im Frühjahr beginnen. Die Kapelle \
bleibe in dieser Zeit geschlossen.
"""


def test_flag_that_names_its_own_claim_is_the_key():
    # 'X said she had been sick ... It has not been confirmed that her sickness was caused by
    # the cafe': unproven is the link, not the sickness (blind review 68 en_hygiene_rating #12)
    qs = [q for q in _media(CAFE_EN) if q.skill == "evidence" and q.type == "multiple_choice"]
    assert qs
    assert qs[0].answer == "Hannah Belcher's sickness was caused by the cafe."
    assert not any("sick for three days" in o for o in qs[0].options)


def test_guess_backed_by_a_chair_is_the_unproven_claim():
    # 'Im Verein wird vermutet, ... Vorsitzender X hält das für „gut möglich“. Belegt ist diese
    # Vermutung allerdings nicht': the guess, not the 'das' sentence (review 65 de_ausgrabung)
    a = _analysis(KAPELLE_DE)
    flags = [m for m in find_markers(a) if m.kind == "no_evidence"]
    assert flags and a.sentences[flags[0].claim_sentence].text.startswith("Im Geschichtsverein")
    qs = [q for q in _media(KAPELLE_DE) if q.skill == "evidence"]
    assert any("Kloster Hirsau" in q.answer for q in qs)


CHOR_DE = """Von Jonas Keller | 25.11.2026, 09:00 Uhr

Kirchenchor in Nöttingen sucht neue Sänger

Dem Kirchenchor in Nöttingen fehlen Stimmen. Seit Jahren probt der Chor im alten Pfarrhaus von \
Sankt Georgen jeden Donnerstag.

Chorleiterin Martina Sauer sagte, der Chor habe nur noch zwölf Mitglieder. Die meisten seien \
über siebzig.

Pfarrer Klaus Heinzmann sagte, die Gemeinde wolle den Chor unterstützen. Kassenwart Dieter Loos \
sagte, der Chor habe genug Geld für neue Noten.
"""

FAIR_EN = """By Owen Tarrant | Tuesday 24 November 2026, 08:40 GMT

Christmas fair cancelled after stalls damaged in storm

A Christmas fair in Linbury has been cancelled after high winds damaged most of its stalls, \
organisers have said.

Organiser Rachel Hughes said 24 stalls had been destroyed overnight. Similar fairs in Draycott \
and Kingsford Vale were also hit, the county council said.

Councillor Amy Ford said the council would help traders find a new date.
"""


def test_place_of_a_building_or_pair_is_no_one_who_said_it():
    # 'im alten Pfarrhaus von Sankt Alban' (review 68 de_pilgerherberge #13), 'thefts in
    # Cheddar and Shepton Mallet' (review 66 en_cheese_theft #10): places, not speakers
    from quizgen.generate.media_claims import _only_as_place
    qs = [q for q in _media(CHOR_DE) if q.skill == "attribution"]
    assert qs and not any("Sankt Georgen" in o for q in qs for o in q.options)
    assert _only_as_place(_analysis(FAIR_EN), "Kingsford Vale")
    assert not _only_as_place(_analysis(FAIR_EN), "Amy Ford")


SHOW_EN = """By Kate Morley | Friday 27 November 2026, 07:30 GMT

Flower show moves to the park after hall closes

Brenton's flower show will be held in Victoria Park next summer after the town hall was closed \
for repairs, organisers said.

Show secretary Linda Marsh said more than 200 growers had already entered. "We could not let \
the show die," she told BBC Radio Derby.

Retired gardener Frank Bowles, who has entered every show since 1985, said he was looking \
forward to it. "The roses will look better outside anyway," he told the Post.

Councillor Neil Carter said the park would be free for the show.

Source: Brenton Post
"""


def test_own_paper_by_its_short_name_is_no_other_outlet():
    # 'he told the Echo' under 'Source: Wexcombe Echo' (review 65 en_literary_festival #16)
    qs = [q for q in _media(SHOW_EN) if q.skill == "discussion" and "Quoted are" in q.answer]
    assert qs and "BBC Radio Derby" in qs[0].answer
    assert "Post" not in qs[0].answer.replace("Brenton Post", "")
