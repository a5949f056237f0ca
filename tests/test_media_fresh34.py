"""Quick readings 34 and 35, media literacy: faults found on new articles, tested on
invented text."""

from __future__ import annotations

import pytest


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


def _voices(text: str):
    return [q for q in _media(text) if q.skill == "discussion" and q.type == "open"
            and ("Zu Wort kommen" in q.answer or "Quoted are" in q.answer)]


# ------------------------------------------ voices: institutions and people the list missed

NURSERY = """Tree nursery loses hundreds of saplings

A tree nursery near Pembury has lost more than 400 young oaks to a fungus, its owner says.

Nursery owner Rachel Osei said the disease had spread within a fortnight. "We have never \
lost so many trees in one season," she told BBC Radio Kent.

A message shared in a village group claims that a weedkiller sold by a farm shop nearby is \
to blame. There is no evidence that the weedkiller is connected to the losses, and the farm \
shop said the product met all current safety rules.

Forestry adviser Tom Bancroft said young oaks were often weak after a wet spring.
"""

KV = """Zahnarztpraxis in Lindhof schließt

Die einzige Zahnarztpraxis in Lindhof schließt zum Jahresende.

Zahnarzt Bernd Albers sagte, er finde seit drei Jahren keinen Nachfolger. Bürgermeister \
Stefan Rühl erklärte, die Gemeinde biete günstige Räume an.

Die Kassenzahnärztliche Vereinigung Hessen erklärte, im Kreis seien derzeit sechs Praxissitze \
unbesetzt. Man unterstütze Gemeinden mit Zuschüssen für junge Zahnärzte.
"""

DENKMAL = """Streit um das Dach der Zehntscheune

Die Zehntscheune in Oberbrück hat ein neues Dach aus Ziegeln bekommen.

Bürgermeister Frank Sieber sagte, die Arbeiten hätten 180.000 Euro gekostet. Der \
Geschichtsverein kritisiert die roten Ziegel. Vereinschef Martin Ahlers sagte, die Scheune \
sei früher mit Stroh gedeckt gewesen. Belegt ist das nicht: Eine Zeichnung, auf die sich der \
Verein beruft, ist nach Auskunft des Landesamts für Denkmalpflege nicht eindeutig datiert.
"""

TOWN = """Village hall reopens after flood repairs

The village hall in Amberley reopened on Saturday after eight months of repairs.

Hall chairman Neil Barker said the work had cost about £60,000. Parish councillor Sarah Quinn \
said the hall was the heart of the village.

The hall was built in 1932 by the brewer Walter Pike. A portrait of Mr Pike still hangs in \
the foyer, and it was his great-granddaughter, Alice Pike, who cut the ribbon with Mr Barker \
on Saturday. She said her family had been "proud" to see the hall saved.
"""

JUGEND = """Seniorenbeirat in Hollfeld gewählt

Hollfeld hat zum ersten Mal einen Seniorenbeirat.

Die Wahlbeteiligung lag nach Angaben der Stadt bei knapp 45 Prozent, was Bürgermeisterin \
Petra Hain (CSU) als „starkes Zeichen“ bezeichnete.

Die Vorsitzende Renate Vogl sagte, der Beirat wolle sich zuerst um die Busverbindungen \
kümmern. Stadtrat Klaus Wendel (SPD) sagte, er erwarte konkrete Vorschläge.
"""


@pytest.mark.parametrize("text,wanted", [
    (NURSERY, "farm shop"),
    (KV, "Kassenzahnärztliche Vereinigung"),
    (DENKMAL, "Landesamt für Denkmalpflege"),
    (TOWN, "Alice Pike"),
    (JUGEND, "Petra Hain"),
])
def test_voices_name_everyone_the_article_reports(text, wanted):
    qs = _voices(text)
    assert qs and wanted in qs[0].answer, [q.answer for q in qs]


@pytest.mark.parametrize("text", [NURSERY, KV, DENKMAL])
def test_prompt_does_not_say_the_people_are_the_only_voices(text):
    qs = _voices(text)
    assert qs and ("among others" in qs[0].prompt or "unter anderem" in qs[0].prompt), \
        qs[0].prompt


LAUF = """Streit um den Stadtlauf

Der Lauf soll im Mai durch die Altstadt führen.

Peter Korn, Vorsitzender des Laufvereins, sagte, die Strecke sei sicher. Händlerin Maria Sommer \
sagte, ihr fehle an dem Tag der Umsatz. Eine Studie zur Strecke konnte der Verein nach \
Angaben der Stadt nicht vorlegen.
"""


def test_a_bare_kind_of_organisation_is_no_institution_of_its_own():
    qs = _voices(LAUF)
    assert qs and "der Verein" not in qs[0].answer, qs[0].answer


# ------------------------------------------ voices: roles the list gave without whose

FRAKTION = """Neue Ampel an der Bahnhofstraße

Der Stadtrat hat eine neue Ampel an der Bahnhofstraße beschlossen.

Bürgermeister Jan Ostheim sagte, die Kreuzung sei zu gefährlich geworden. Die Freien Wähler, \
die gegen die Ampel gestimmt hatten, kritisieren, dass sie zu teuer sei. Ihr Sprecher Lars \
Kögel sagte, ein Zebrastreifen hätte genügt.
"""

RESCUE = """Swan rescue full for the winter

Riverside Swan Rescue, which was set up by retired teacher Helen Marsh in 2016, said on Monday \
that it could take no more birds. Ms Marsh said the cold had come early.

Local vet Dr Owen Price said the rescue was doing valuable work. Ferryman Tom Hale, 71, who \
has worked on the river for 40 years, said he had never seen so many injured swans.
"""


@pytest.mark.parametrize("text,wanted", [
    (FRAKTION, "Lars Kögel (Sprecher der Freien Wähler)"),
    (RESCUE, "Helen Marsh (retired teacher, founder of Riverside Swan Rescue)"),
    (RESCUE, "Tom Hale, who has worked on the river for 40 years"),
])
def test_voices_say_whose_role_it_is(text, wanted):
    qs = _voices(text)
    assert qs and wanted in qs[0].answer, qs[0].answer if qs else None


# ------------------------------------------ voices: no group the article never mentions

PATH = """Old drove road to be reopened

Residents of Hallbeck have long talked about the old drove road over the fell.

The claim was brought by the Hallbeck Footpath Society, whose chair, Joan Whitley, spent ten \
years collecting evidence. More than 30 people signed statements saying that they or their \
parents had walked the route.

Councillor Mark Dent said the committee had voted to make an order. Farmer Ian Bell said he \
would appeal.
"""


def test_their_parents_are_no_group_affected():
    qs = _voices(PATH)
    assert qs and "parents" not in qs[0].answer, qs[0].answer


@pytest.mark.parametrize("wanted", [
    "Joan Whitley (chair of the Hallbeck Footpath Society)",
])
def test_a_role_given_by_whose_names_the_organisation(wanted):
    qs = _voices(PATH.replace("Councillor Mark Dent said", "Joan Whitley said the society was "
                              "delighted. Councillor Mark Dent said"))
    assert qs and wanted in qs[0].answer, qs[0].answer


# ------------------------------------------ why-claim items: a leaflet or a post is no speaker

LEAFLET = """Primary school to try longer lunch break

Hillcrest Primary will give pupils a longer lunch break from January.

Head teacher Paul Rigby said the change would cost nothing. A leaflet sent to parents states \
that behaviour "improved by up to 30 per cent" at schools that had made the change. The \
leaflet does not name those schools, and the figure could not be independently checked.

Parent governor Anne Hollis said most families were in favour.
"""

POST = """Swans found dead on the river

Six swans have been found dead on the river near Elmford this month.

A message shared widely in a village group claims that a fertiliser spread on a nearby farm is \
poisoning the birds. There is no evidence so far that the fertiliser is connected to the \
deaths, and the farm said it followed all the rules.

Warden Carol Fenn said the birds had been sent for tests. Councillor Raj Patel said the \
council was waiting for the results.
"""


@pytest.mark.parametrize("text,bad", [(LEAFLET, "Why might a leaflet"),
                                      (POST, "Why might a message")])
def test_a_leaflet_or_post_is_not_asked_for_its_motives(text, bad):
    qs = [q for q in _media(text) if q.skill == "discussion" and (
        "no evidence" in q.prompt or "not been confirmed" in q.prompt)]
    assert qs and not [q.prompt for q in qs if bad in q.prompt], [q.prompt for q in qs]


@pytest.mark.parametrize("text,bad,wanted", [
    (LEAFLET, "reporters on the ground", "data"),
    (POST, "reporters on the ground", "experts"),
])
def test_evidence_suggested_fits_the_claim(text, bad, wanted):
    qs = [q for q in _media(text) if q.skill == "discussion" and (
        "no evidence" in q.prompt or "not been confirmed" in q.prompt)
          and "Pick one" not in q.prompt]
    assert qs and all(bad not in q.answer and wanted in q.answer for q in qs), \
        [q.answer for q in qs]


# ------------------------------------------ fact or opinion: the writer's verdict, no scene

PLAYGROUND = """Playground reopens after repairs

The playground on Mill Green in Oakhurst reopened on Monday after three months of repairs.

The work was paid for by the parish council and a lottery grant of £18,000. Parish clerk Sue \
Barton said the old climbing frame had been removed for safety reasons. A new zip wire and a \
sandpit were added in October, and the fence was replaced along the whole of Mill Lane.

Nearly 200 children from the village school took part in a vote on the new equipment in June.

It is hard to think of a better use of £40,000 in a village of this size. An opening party \
will be held on Saturday 5 December at 2pm.
"""

KREISEL = """Neuer Kreisel für Bernried

Wer morgens aus Richtung Seeshaupt nach Bernried hineinfährt, kennt das Bild: Lastwagen, die \
sich an der Ampel stauen, Schulbusse, die sich in die Abbiegespur drängen, und Radfahrer, die \
zwischen beiden kaum Platz finden.

Der Gemeinderat hat am Dienstag mit 15 zu 4 Stimmen beschlossen, die Kreuzung zu einem \
Kreisverkehr umzubauen. Die Kosten liegen bei rund 1,2 Millionen Euro. Bürgermeister Georg \
Hainz sagte, der Umbau solle im Frühjahr beginnen. Nach Angaben der Polizei gab es an der \
Kreuzung im vergangenen Jahr 14 Unfälle.
"""


def test_the_writers_hard_to_think_verdict_is_the_opinion_asked():
    qs = [q for q in _media(PLAYGROUND) if q.skill == "fact_opinion"
          and q.type == "multiple_choice" and len(q.options) == 2]
    assert any("hard to think" in q.prompt and "opinion" in q.answer for q in qs), \
        [(q.prompt, q.answer) for q in qs]


def test_a_scene_setting_lead_is_not_keyed_opinion():
    qs = [q for q in _media(KREISEL) if q.skill == "fact_opinion"]
    assert not [q.prompt for q in qs if "kennt das Bild" in q.prompt], \
        [(q.prompt, q.answer) for q in qs]


@pytest.mark.parametrize("text,lang", [
    ("Wer abends aus Richtung Seeshaupt nach Bernried hineinfährt, kennt das Bild: Lastwagen, "
     "die sich an der Ampel stauen, und Radfahrer, die kaum Platz finden.", "de"),
    ("Anyone who drives into Elmford in the morning knows the scene: lorries queuing at the "
     "lights and cyclists squeezed between them.", "en"),
])
def test_a_scene_anyone_knows_is_no_verdict(text, lang):
    from quizgen.generate.media_opinion import classify
    assert classify(text, 0.65, lang)[0] == "unclear"


# ------------------------------------------ source item: a BBC station without 'Radio' second

NEWTS = """Newts return to restored pond

A pond in Little Hadham has been restored by volunteers after years of neglect.

Ecologist Dr Ruth Cole told BBC Three Counties Radio that she had counted smooth newts and two \
kinds of dragonfly during a survey in October. The work cost about £12,000, most of it from a \
lottery grant.

Parish councillor Tom Ward said the village was proud of the volunteers.
"""


def test_a_bbc_local_station_gets_other_bbc_stations_as_options():
    qs = [q for q in _media(NEWTS) if q.skill == "source" and q.type == "multiple_choice"]
    assert qs and all(len(q.options) >= 3 for q in qs), [q.options for q in qs]


SCHOOLWEEK = """Academy to trial later start for pupils

About 700 pupils at Fellside Academy will start lessons an hour later from February.

Head teacher Mark Owens said the trial would last one term and that pupils would do more \
sport. Councillor Ann Pike said the council would be "watching closely". Parents can raise \
questions at an open evening on 12 January.

The trial is the first of its kind in the county, Mr Owens said.
"""


def test_an_announcement_is_not_the_fact_asked():
    qs = [q for q in _media(SCHOOLWEEK) if q.skill == "fact_opinion"
          and q.answer == "a checkable fact"]
    assert not [q.prompt for q in qs if "open evening" in q.prompt]


SHOPS = """Empty shops to open rent-free

Up to ten empty shops in Ashby Parade will be offered rent-free for six months.

Councillor Fiona Reed, the council's cabinet member for regeneration, said the scheme would \
bring people back. Tom Baxter, who has run a card and gift shop in the Parade for 18 years, \
said he was worried about newcomers. The Ashby Traders' Association has asked the council to \
protect existing shops.
"""


@pytest.mark.parametrize("wanted", [
    "Tom Baxter, who has run a card and gift shop in the Parade for 18 years",
    "the Ashby Traders' Association",
])
def test_names_and_clauses_are_not_cut(wanted):
    qs = _voices(SHOPS)
    assert qs and wanted in qs[0].answer, qs[0].answer if qs else None


OWLS = """Badger rescue full for the winter

A rescue in Elmford is caring for more than 60 badgers.

Prickles Badger Rescue, which was set up by retired teacher Mary Dunn in 2015, said on Monday \
that every pen was now in use.

Ms Dunn said the wet summer had left many young badgers underweight. "We took in three last \
week alone," she said.

Local vet Dr Ian Price said the rescue was doing valuable work. Councillor Jo Reeves said \
the council would look at a small grant.
"""


def test_an_organisation_cut_short_is_no_person_to_match():
    qs = [q for q in _media(OWLS) if q.type == "matching"]
    assert not [q.answer for q in qs if "Prickles Badger =" in q.answer]


# ------------------------------------------ a medium fronted in the dative

SCHULHOF = """Gymnasium verbietet Handys auf dem Schulhof

Am Goethe-Gymnasium in Lindstadt dürfen Schülerinnen und Schüler ihre Handys ab Januar in den \
Pausen nicht mehr benutzen.

Schulleiterin Dr. Karin Vogt begründete die Entscheidung mit Beobachtungen aus dem Alltag. \
Dem Bayerischen Rundfunk sagte Vogt: „Wir wollen, dass in den Pausen wieder geredet wird.“

Schulsprecher Jonas Brandl sagte, man habe nichts gegen Regeln. Elternbeirat Uwe Kern sagte, \
die meisten Eltern stünden hinter der Schule.
"""


def test_a_fronted_dative_medium_is_the_source():
    qs = _media(SCHULHOF)
    notes = [q.answer for q in _voices(SCHULHOF)]
    assert notes and "Bayerischer Rundfunk" in notes[0], notes
    src = [q for q in qs if q.skill == "source" and q.type == "multiple_choice"]
    assert src and "Bayerischen Rundfunk" in src[0].options and all(
        o not in src[0].options for o in ("Radio Bremen", "Antenne Bayern")), \
        [q.options for q in src]
