# ruff: noqa: E501
"""mediaA fixes of the first fix round of the session of 2026-11-29 (13:50): faults of the
blind reviews 130-141 in the media files, each as a general rule on an invented article."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media import generate as media_generate


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _fact_opinion(text: str):
    an = _analysis(text)
    return [q for q in media_generate(an) if q.skill == "fact_opinion"]


def _keyed_opinion(text: str, needle: str) -> list:
    return [q for q in _fact_opinion(text) if needle in q.prompt and "Meinung" in str(q.answer)
            or needle in q.prompt and "opinion" in str(q.answer)]


HOCHWASSER = """Von Karin Albers | Dienstag, 24. November 2026, 11:30 Uhr

Hochwasser in Talheim: Keller vollgelaufen

Nach dem Starkregen am Sonntag sind in Talheim mehr als 40 Keller vollgelaufen. Die Feuerwehr war bis in die Nacht im Einsatz.

Betroffen ist vor allem die Siedlung am Mühlbach. Für die Schäden kommt die Gemeinde nach eigener Darstellung nicht auf. Es handle sich um ein Naturereignis, sagte Bürgermeister Frank Heidler. Betroffene sollten prüfen, ob ihre eigene Police zahle.

Die Feuerwehr pumpte bis Montagmittag rund 1,2 Millionen Liter Wasser ab. Verletzt wurde niemand.

Quelle: Talheimer Anzeiger
"""


def test_a_konjunktiv_i_after_reported_speech_is_not_the_writers_opinion():
    # blind review 136 de_sturm_friedhof #11 (D): 'Betroffene sollten prüfen, ob ihre eigene
    # Versicherung greife.' after '..., erklärte Stadtsprecher X.' was keyed the author's
    # opinion; its Konjunktiv I ('greife') goes on with the spokesman's account
    assert not _keyed_opinion(HOCHWASSER, "Betroffene sollten prüfen")


NOTSTROM = """Von Jens Haller | Mittwoch, 25. November 2026, 09:10 Uhr

Stromausfall im Krankenhaus Lindau: Aggregat blieb stumm

Zwei Stunden lang war das Kreiskrankenhaus in Lindau am Dienstag ohne Strom. Der Netzbetreiber meldete einen Kabelschaden an der Bahnhofstraße.

In der Klinik hätte eine Notstromanlage die Versorgung sichern sollen. Doch die Anlage im Keller sprang nicht an. Gegen 15 Uhr brachte das Technische Hilfswerk ein mobiles Aggregat.

Der Hersteller soll die Anlage in dieser Woche prüfen. Verletzt wurde niemand.

Quelle: Lindauer Bote
"""

GENERATOR = """By Clare Dunmore | Wednesday 25 November 2026, 09:10 GMT

Hospital left without power as backup generator fails

Ashcombe Community Hospital was without power for two hours on Tuesday after a cable was damaged on Station Road.

The emergency lighting should have come on automatically. But the machine in the basement did not start. At around 3pm the fire service brought a mobile generator.

The manufacturer will inspect the machine this week. Nobody was hurt.

Source: Ashcombe Herald
"""


def test_what_ought_to_have_happened_and_did_not_is_no_opinion():
    # blind review 134 de_notstrom_pflegeheim #15 (D): 'hätte ein Notstromaggregat die
    # Versorgung übernehmen sollen. Doch das Gerät ... sprang nicht an.' was keyed an opinion
    assert not _keyed_opinion(NOTSTROM, "hätte eine Notstromanlage")
    assert not _keyed_opinion(GENERATOR, "should have come on")


def test_a_verdict_with_should_is_still_an_opinion():
    # control: the writer's 'hätte längst ... sollen' with no failure told after it
    text = NOTSTROM.replace("Der Hersteller soll die Anlage in dieser Woche prüfen. Verletzt wurde niemand.",
                            "Die Klinikleitung hätte die Anlage regelmäßig unter Last testen lassen sollen.")
    an = _analysis(text)
    s = next(s for s in an.sentences if "unter Last" in s.text)
    assert media_opinion.classify(s.text, 0.5, "de")[0] == "opinion"


STORM = """By Clare Dunmore | Thursday 26 November 2026, 08:30 GMT

Storm brings down beech tree on village library

A beech tree fell onto Hartley Library during Storm Erin on Tuesday night, closing the building for at least a month.

The trunk smashed through the roof of the reading room and damaged the children's corner, whose carpet had been soaked by rain by the morning. Nobody was inside at the time.

The county council said repairs would cost around £60,000. Library staff are moving some of the books to the village hall.

Source: Hartley Gazette
"""


def test_a_tree_smashing_through_a_roof_is_no_dramatising_word():
    # blind review 134 en_school_storm_tree #11 (F): 'The trunk smashed through the roof ...'
    # asked which word judges or dramatises, key 'smashed': damage told literally
    from quizgen.generate import media_language
    an = _analysis(STORM)
    qs = [q for q in media_language.generate(an) if "smashed" in str(q.answer)]
    assert not qs, [q.prompt for q in qs]


REGISTER = """By Owen Price | Tuesday 24 November 2026, 07:45 GMT

Hundreds sign up to flood warning list after Storm Erin

More than 600 households in the Lydd Valley have joined a flood warning list since Storm Erin flooded 40 homes on Saturday 21 November.

The Environment Agency said the warnings are sent by text message and by phone. Sign-ups rose sharply after the storm, it said.

Margaret Cole, 81, said she had not known about the list until her neighbour told her. "I would have moved my things upstairs if I had known," she said.

The Lydd Valley Residents' Association is also collecting the names of neighbours who may need help to leave their homes during the next flood.

Source: Valley News
"""

PUB = """By Owen Price | Tuesday 24 November 2026, 07:45 GMT

Villagers raise £90,000 to save the Plough

Residents of Little Hallow have raised around £90,000 in four weeks to buy the Plough, the village's last pub, before it goes to auction on 12 December.

The owner, Hallow Inns, put the pub up for sale in October. A group of regulars formed the Plough Community Trust within a week.

"We are not giving up," said trust chair Alan Reeve. The trust needs about £250,000.

Whether or not the money arrives in time, the fight for the Plough proves how much a village can care about its last pub.

Source: Valley News
"""


def test_what_a_group_is_doing_in_the_last_paragraph_is_no_opinion():
    # blind review 135 en_priority_register #12 (D): 'Volunteers from Tarrow Community Council
    # are also compiling their own list ...' as the lone last paragraph was keyed the
    # writer's opinion: a report of what a group is doing
    assert not _keyed_opinion(REGISTER, "is also collecting")


def test_a_verdict_after_whether_or_not_is_the_writers_opinion():
    # blind review 131 en_cider_orchard: 'Whether or not the money is found in time, the
    # campaign shows how much a few old trees can mean to a small village.' was not asked:
    # its 'whether' read as something left open
    assert _keyed_opinion(PUB, "Whether or not the money arrives in time")


FRIEDHOF = """Von Karin Albers | Dienstag, 24. November 2026, 11:30 Uhr

Alte Grabsteine in Talheim: Stadt sucht Paten

Auf dem Alten Friedhof in Talheim sollen Bürger künftig Patenschaften für historische Grabsteine übernehmen. Der Stadtrat hat das Modell am Montag mit großer Mehrheit beschlossen.

Der Friedhof wurde 1840 angelegt. Seit dem Frühjahr sind vier Grabsteine umgestürzt, weil ihre Fundamente nachgegeben haben.

Dass die Stadt erst handelt, wenn die Steine schon im Gras liegen, ist ein Armutszeugnis für einen Ort, der mit seiner Geschichte wirbt.

Die Linke will im Januar beantragen, die Patenschaften für Familien mit wenig Geld kostenlos zu machen.

Quelle: Talheimer Anzeiger
"""

BENCHES = """By Owen Price | Tuesday 24 November 2026, 07:45 GMT

New shelters at Lydd bus station leave passengers in the rain

Passengers at Lydd bus station have complained that the new shelters, installed this month, have no side panels.

The shelters were part of a £900,000 upgrade of the station. The council said the design had been chosen to reduce cleaning costs.

A council that spends £900,000 on a bus station ought to be able to keep its passengers dry without being asked twice.

Passengers have started a petition asking for the old shelters to be brought back.

Source: Valley News
"""


def test_the_writers_verdict_before_a_last_report_line_is_the_opinion_asked():
    # blind reviews 139 de_grabpatenschaften #16 (D) and en_organ_builder #15: the sentence
    # after the writer's one-sentence verdict was keyed the opinion; 140 en_bench_armrests
    # and 141 de_brandschutz_schule never asked the verdict
    assert _keyed_opinion(FRIEDHOF, "ist ein Armutszeugnis")
    assert not _keyed_opinion(FRIEDHOF, "Die Linke will")
    assert _keyed_opinion(BENCHES, "ought to be able to keep its passengers dry")
    assert not _keyed_opinion(BENCHES, "have started a petition")


BATHING = """By Owen Price | Tuesday 24 November 2026, 07:45 GMT

Swimming warning at Lydd Sands after poor water tests

Swimmers have been told to stay out of the water at Lydd Sands after tests found high levels of bacteria on Monday.

The Environment Agency, which carries out the tests, said the likely causes were still being investigated and that a broken sewer pipe was among the possible sources. Signs have been put up at the two main paths to the beach.

Lifeguard Tom Ellis said the warning had been "a real blow" for the surf school.

Source: Valley News
"""


def test_the_state_of_an_inquiry_is_no_opinion_and_an_agency_keeps_its_article():
    # blind review 138 en_beach_dog_ban #15: 'The Environment Agency ... said the likely
    # causes were still being investigated ...' keyed an opinion, asked as 'what Environment
    # Agency says'
    qs = _keyed_opinion(BATHING, "still being investigated")
    assert not qs, [q.prompt for q in qs]
    assert all("what Environment Agency" not in q.prompt for q in _fact_opinion(BATHING))


SKATE = """By Owen Price | Tuesday 24 November 2026, 07:45 GMT

Skateboarders angry as park closes for the winter

Lydd's skate park will close from December to March after councillors voted to save on lighting and repairs.

The decision was made on Tuesday, despite a petition against it that was signed by more than 800 people. Opponents say the closure punishes young people for the damage done by a few.

Jack Moore, who runs a skateboarding club for children, said the park was the only place in town where they could practise safely.

The council said the park would reopen on 1 April.

Source: Valley News
"""


def test_a_heading_feeling_backed_by_a_petition_of_those_people_is_no_finding():
    # blind review 138 en_beach_dog_ban #18: 'Dog walkers angry as ...' over a petition,
    # opponents and 'a dog walking business': the headline item said the body reports no
    # such reaction ('walkers' found no 'walking')
    from quizgen.generate import media_headline
    qs = [q for q in media_headline.generate(_analysis(SKATE)) if q.skill == "headline"]
    assert not any("no such reaction" in str(q.answer) for q in qs), [q.answer for q in qs]
    # the answer names the reaction the body reports, beside the heading word it lacks
    assert any("But the text does report a reaction: “The decision was made on Tuesday, despite a "
               "petition" in str(q.answer) for q in qs), [q.answer for q in qs]
