"""Quick readings 36 and 37, media literacy: faults found on new articles, tested on
invented text."""

from __future__ import annotations

import pytest


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


def _fo(text: str):
    return [q for q in _media(text) if q.skill == "fact_opinion" and len(q.options) == 2]


# ------------------------------------------ fact/opinion: the writer's verdict, not a schedule

BOLZPLATZ = """Bolzplatz für die Grundschule: Kinder sammeln, Gemeinde wartet ab

Die Kinder der Grundschule Aschau wünschen sich einen Bolzplatz hinter dem Schulhaus. Rund \
6.000 Euro haben sie schon gesammelt.

Die Klasse 4b hatte im Herbst ausgerechnet, was ein kleiner Platz mit Toren und Zaun kosten \
würde. Seitdem wurden Waffeln verkauft und Briefe an Firmen im Ort geschrieben. Bis Ende \
Oktober kamen so rund 6.000 Euro zusammen.

Bauamtsleiter Konrad Wiesmeier erklärte, der Boden müsse erst untersucht werden. Ein \
Gutachten ist bestellt; es soll im Januar vorliegen.

Ehrlich gesagt ist schwer zu verstehen, warum eine Gemeinde mit so vielen jungen Familien so \
lange für die Prüfung eines Platzes braucht, den die Kinder fast selbst bezahlen.

Der Gemeinderat wird sich voraussichtlich im April mit dem Bolzplatz befassen.
"""

BOATHOUSE = """Lifeboat crew appeal for new boathouse doors

A volunteer lifeboat crew in Harlow Bay has launched an appeal to raise £40,000 for new \
boathouse doors.

The crew, made up of 24 volunteers, was called out 61 times last year. Crew leader Sam \
Pryor said the old doors had jammed twice during a launch.

A sponsored swim across the bay will be held on 3 January.

It is hard not to admire people who leave warm beds in the middle of the night to help \
strangers at sea, and the least the rest of us can do is drop a few coins in the tin.

Donations can be made online or at the boathouse on the harbour wall.
"""

VEREIN = """Zu wenige Helfer: Tafel in Moosach nimmt keine neuen Kunden auf

Die Tafel in Moosach nimmt seit dem 1. Oktober keine neuen Kunden mehr auf. Es fehlen \
ehrenamtliche Fahrer.

Leiterin Gisela Haberl sagte, im Sommer hätten drei Fahrer aufgehört. Die Tafel hat im \
September Aushänge gemacht und eine Anzeige im Gemeindeblatt geschaltet. Gemeldet hat sich \
niemand.

Eine Tafel, die Bedürftige abweisen muss, weil keiner Zeit zum Fahren findet, sagt viel über \
unseren Ort – und wenig Gutes.

Der Aufnahmestopp gilt vorerst bis Ende Januar.
"""


def test_a_schedule_as_the_last_paragraph_is_no_verdict():
    qs = _fo(BOLZPLATZ)
    assert not [q.prompt for q in qs if "voraussichtlich" in q.prompt
                and "Meinung" in q.answer], [(q.prompt, q.answer) for q in qs]
    assert any("schwer zu verstehen" in q.prompt and "Meinung" in q.answer for q in qs), \
        [(q.prompt, q.answer) for q in qs]


def test_a_donation_notice_is_no_verdict():
    qs = _fo(BOATHOUSE)
    assert not [q.prompt for q in qs if "Donations" in q.prompt], \
        [(q.prompt, q.answer) for q in qs]
    assert any("hard not to admire" in q.prompt and "opinion" in q.answer for q in qs), \
        [(q.prompt, q.answer) for q in qs]


def test_says_a_lot_about_us_is_the_writers_verdict():
    qs = _fo(VEREIN)
    assert any("sagt viel über" in q.prompt and "Meinung" in q.answer for q in qs), \
        [(q.prompt, q.answer) for q in qs]


@pytest.mark.parametrize("text,lang", [
    ("The Hartley Bowls Club, which has around 90 members, reacted angrily.", "en"),
    ("Residents responded furiously to the plans at a meeting on Monday.", "en"),
])
def test_an_angry_reaction_is_no_plain_fact(text, lang):
    from quizgen.generate.media_opinion import classify
    assert classify(text, 0.2, lang)[0] != "fact"


def test_ausgerechnet_as_calculated_is_no_stance():
    from quizgen.generate.media_opinion import opinion_cues
    text = ("Im Herbst hatte die Klasse von Lehrer Tom Berger ausgerechnet, was ein neuer "
            "Bolzplatz kosten würde.")
    assert not [c for c in opinion_cues(text, "de") if c.text == "ausgerechnet"]


# ------------------------------------------ voices: whose spokesman, chair, daughter

def _voices(text: str):
    return [q for q in _media(text) if q.skill == "discussion" and q.type == "open"
            and ("Zu Wort kommen" in q.answer or "Quoted are" in q.answer)]


SKATEPARK = """Skatepark am Mühlbach eröffnet

Am Samstag ist der neue Skatepark am Mühlbach in Oberndorf eröffnet worden.

Bürgermeister Peter Gassner sagte, der Park habe 240.000 Euro gekostet. Anwohner der \
nahen Gartenstraße hatten im Frühjahr mehr als 200 Unterschriften gegen den Standort \
gesammelt. Ihr Sprecher, der pensionierte Förster Alfred Maier, erklärte, der Lärm sei bis \
in die Schlafzimmer zu hören.

Unterstützung kommt von der Ortsgruppe Oberndorf des Skiclubs. Deren Vorsitzender Bernd \
Kastner sagte, man werde die Anlage im Winter pflegen.
"""

ALLOTMENT = """Allotment shed broken into

Tools worth about £2,000 were stolen from the allotments in Hollins Lane on Saturday night.

The break-in was discovered on Sunday morning by groundsman Neil Parry, who had come in to \
open the gates. Mr Parry said the padlock had been cut.

The thefts follow the death of Arthur Price, a 79-year-old plot holder, who built the shed in \
1998. His granddaughter, Megan Price, who has looked after his plot ever since, said the \
family was heartbroken.
"""


@pytest.mark.parametrize("text,wanted", [
    (SKATEPARK, "Alfred Maier (Sprecher der Anwohner der nahen Gartenstraße"),
    (SKATEPARK, "Bernd Kastner (Vorsitzender der Ortsgruppe Oberndorf des Skiclubs)"),
    (ALLOTMENT, "Neil Parry (groundsman)"),
    (ALLOTMENT, "Megan Price (granddaughter of Arthur Price)"),
])
def test_voices_say_whose_role_it_is(text, wanted):
    qs = _voices(text)
    assert qs and wanted in qs[0].answer, qs[0].answer if qs else None


LAUNDERETTE = """Villagers save the launderette

The only launderette in Brindle Cross has been saved by villagers.

When owner Alan Marsh said in August that he would retire, a group of residents formed a \
community interest society and raised £18,000 in shares. "We could not let it close," said \
Janet Ives, who chairs the new society.

Parish councillor Ruth Dale said the society had shown what a village could do. Many \
residents had used the launderette for decades, she said.
"""


def test_residents_who_formed_the_society_are_heard_through_its_chair():
    qs = _voices(LAUNDERETTE)
    assert qs and "none of them is quoted" not in qs[0].answer, qs[0].answer if qs else None


# ------------------------------------------ attribution and source items

FELL = """Fell runners raise money for new stretcher

Fell runners in Borrowdale have raised £6,000 for the local rescue team.

"Every minute counts on the hill," said team leader Joanna Kerr. "We cannot keep borrowing \
kit." Deputy leader Tom Briggs said the new stretcher was lighter. Runner Paul Oates said \
the race had been hard.

On Saturday, volunteers will take a loaded stretcher to the summit of Harter Pike and back.
"""

BOWLS = """Bowls club angry at rent rise

The council has doubled the rent for the bowling green in Hartley Park.

The Hartley Bowls Club, which has around 90 members, held an emergency meeting. Its \
secretary, Brian Hollis, told BBC Radio Kent that members were "being priced out of their \
own green". Councillor Ann Moss said the rent had not changed for ten years.
"""

LANTERN = """Old lantern restored in Wells

A lantern that hung outside the Wells market hall for a century has been restored.

When it was taken down in 2019, it was badly rusted. Council officer Sam Holt said at the \
time that he feared it could not be saved, and a cheaper modern copy was briefly considered. \
Restorer Ellen Cole said the glass was original. Councillor Joan Reed said the town was \
delighted. Historian Peter Lane said the lantern was made in Bristol.
"""


def test_a_mountain_is_no_person_who_said_it():
    qs = [q for q in _media(FELL) if q.skill == "attribution"]
    assert not [q.options for q in qs if "Harter Pike" in q.options], \
        [(q.prompt, q.options) for q in qs]


def test_the_source_item_prints_the_name_without_its_possessive_role():
    qs = [q for q in _media(BOWLS) if q.skill == "source" and "___" in q.prompt]
    assert qs and not [q.prompt for q in qs if "Its secretary" in q.prompt], \
        [q.prompt for q in qs]
    assert any("Brian Hollis told ___" in q.prompt for q in qs), [q.prompt for q in qs]


def test_who_said_takes_no_clause_the_writer_adds():
    qs = [q for q in _media(LANTERN) if q.skill == "attribution"]
    assert not [q.prompt for q in qs if "copy was briefly considered" in q.prompt], \
        [q.prompt for q in qs]


def test_the_quote_attribution_prompt_is_a_question():
    qs = [q for q in _media(FELL) if q.skill == "attribution" and "“" in q.prompt]
    assert qs and all("?" in q.prompt for q in qs), [q.prompt for q in qs]


# ------------------------------------------ loaded language: damage told literally

ORCHARD = """Vandals wreck community orchard

Young trees in the community orchard at Ferndale were damaged on Friday night.

Volunteers found that two benches were smashed and a trailer's tyres were slashed. Orchard \
chair Helen Marsh said the group would replant the trees in spring. Police said they were \
looking for witnesses.
"""


def test_literal_damage_is_no_loaded_word():
    qs = [q for q in _media(ORCHARD) if q.skill == "loaded_language"]
    assert not [q.prompt for q in qs if q.answer in {"smashed", "slashed"}], \
        [(q.prompt, q.answer) for q in qs]


# ------------------------------------------ fact item: no leftover connective

CAFE = """Volunteers keep village café open

The only café in Little Barford will stay open after its owners retire.

When Mark and Jenny Ross said in May that they would retire, nobody offered to buy the café. \
Instead, a group of residents formed a community company in July, raised £24,000 in shares \
and signed a five-year lease on the building. The café will be run by 30 volunteers from 1 \
December. "We could not let it go," said Ann Hill, who chairs the company.
"""


def test_a_fact_item_does_not_open_with_a_leftover_connective():
    qs = _fo(CAFE)
    assert not [q.prompt for q in qs if "Instead" in q.prompt], [q.prompt for q in qs]


FERRY = """Ferry timetable cut for the winter

The ferry between Kellby and Oster Island will run only twice a day from November.

The ferry company's managing director, Alan Prentice, told the Island Gazette that fewer \
than 40 passengers a day had used the midday crossings. Councillor Ruth Owen said islanders \
would struggle to reach hospital appointments. Shopkeeper Dan Hale said trade would suffer.
"""


def test_the_source_item_prints_no_role_apposition():
    qs = [q for q in _media(FERRY) if q.skill == "source" and "___" in q.prompt]
    assert qs and all("managing director" not in q.prompt for q in qs), [q.prompt for q in qs]
