"""Blind review 21, media literacy: faults found on unseen articles, tested on invented text."""

from __future__ import annotations

import re

import pytest

from quizgen.generate.media_opinion import classify


@pytest.mark.parametrize("text,lang", [
    # a hedged attribution: what is held to be so, not what is shown
    ("Als Auslöser gilt ein defektes Ventil im Pumpwerk an der Seestraße, das seit Mai "
     "für rund 2 Millionen Euro erneuert wird.", "de"),
    ("Der Brückenpfeiler gilt seit 2019 als einsturzgefährdet.", "de"),
    ("Die beiden Brüder gelten in Oberfeld als die besten Schwimmer des Vereins.", "de"),
    ("Der Täter soll am Dienstag gegen 22 Uhr über den Zaun geklettert sein.", "de"),
    ("The fire is thought to have started in a kitchen on Mill Road on 4 March.", "en"),
    ("The owner is believed to have paid £40,000 for the building in 2019.", "en"),
    ("The driver was said to have been travelling at 60mph on the A30.", "en"),
    # a sentence that describes someone's attitude: a judgement about them
    ("Der Kassenwart Tim Brenner, 54, sieht die Lage deutlich entspannter.", "de"),
    ("Die Trainerin Nora Feld, 38, nimmt die Niederlage gelassen.", "de"),
    ("Bürgermeister Jens Haller zeigte sich am Mittwoch zuversichtlich.", "de"),
    ("Shop owner Ravi Shah, 47, is more relaxed about the roadworks.", "en"),
    ("Head teacher Ann Cole, 51, remains optimistic about the May deadline.", "en"),
])
def test_hedged_attribution_and_attitude_are_no_checkable_fact(text, lang):
    verdict, _ = classify(text, 0.05, lang)
    assert verdict != "fact", text


@pytest.mark.parametrize("text,lang", [
    ("Die neue Regel gilt ab dem 1. August für alle 14 Schulen im Kreis.", "de"),
    ("Die Kläranlage an der Seestraße wurde im Mai 2019 für 2 Millionen Euro erneuert.", "de"),
    ("The fire started in a kitchen on Mill Road on 4 March, the fire service said.", "en"),
    ("The club was founded in 1921 and has 340 members.", "en"),
])
def test_plain_facts_stay_facts(text, lang):
    verdict, _ = classify(text, 0.05, lang)
    assert verdict == "fact" or "said" in text, text


# ------------------------------------------------------------------ the writer's last word

POOL = """Lindenau pool to close for two years

Lindenau's only public swimming pool will close on 1 March for repairs that are expected to \
last two years.

The council said the roof of the 1972 building had to be replaced at a cost of about \
4.2 million pounds. Around 900 pupils from eleven schools had their swimming lessons there \
last year. The nearest other pool is in Hartley, 19 miles away.

Parent Sara Quinn, 41, said her two children would now have no lessons at all. The council \
has offered to pay for buses to Hartley for two schools.

Whoever drew up this timetable has left a whole generation of children stranded on the side \
of the pool.
"""

KOMMENTAR = """Radweg in Osterfeld wird später fertig

Der neue Radweg zwischen Osterfeld und Kranichau wird erst im Herbst 2027 fertig.

Die Bauarbeiten hatten im April begonnen und sollten ursprünglich bis Dezember dauern. Nach \
Angaben des Landratsamts fehlen noch rund 3,1 Millionen Euro. Etwa 1.200 Pendler nutzen die \
Strecke täglich.

Ein Kommentar von Jana Roth: Wer Radfahrer ernst nimmt, plant anders. Für Pendler auf dem \
Rad bleibt Osterfeld damit ein weißer Fleck auf der Landkarte.
"""


def _fact_opinion(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return [q for q in media.generate(analyze(load_article(text))) if q.skill == "fact_opinion"]


def test_the_writers_last_word_is_asked_though_no_listed_word_judges():
    qs = _fact_opinion(POOL)
    best = max((q for q in qs if q.type == "multiple_choice" and q.options and
                len(q.options) == 2), key=lambda q: q.score)
    assert "stranded" in best.prompt and best.answer.startswith("an opinion"), \
        [(q.prompt, q.answer) for q in qs]
    assert "last paragraph" in best.explanation


def test_a_labelled_comment_paragraph_is_the_writers_opinion():
    qs = _fact_opinion(KOMMENTAR)
    best = max((q for q in qs if q.type == "multiple_choice" and len(q.options) == 2),
               key=lambda q: q.score)
    assert best.answer == "eine Meinung bzw. Einschätzung", [(q.prompt, q.answer) for q in qs]
    assert "Ein Kommentar von" not in best.prompt


# ------------------------------------------------------------------ open items on claims

HEALTH = """Streit um neuen Kunstrasen in Weilbach

Der Sportverein Weilbach hat im Sommer einen neuen Kunstrasenplatz bekommen.

Der Platz hat nach Angaben der Gemeinde rund 800.000 Euro gekostet. Mehrere Eltern behaupten, \
das Granulat des Platzes mache Kinder krank. Belege dafür gibt es nicht. Vereinschef Jonas \
Vogel sagte, der Platz sei von einem Prüfinstitut abgenommen worden.
"""

COSTS = """Row over new skate park in Ashby

A new skate park opened in Ashby in June.

The park cost about 300,000 pounds, the council said. Some residents claim that the park has \
doubled the cost of policing in the town. There is no evidence for this. Youth worker Amy Cole \
said the park was "packed every evening".
"""


@pytest.mark.parametrize("text", [HEALTH, COSTS])
def test_the_open_item_on_a_claim_asks_about_the_claim_not_events(text):
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(text))
    items = [q for q in media_discussion.generate(a, claims(a)) if q.type == "open"]
    prompts = [q.prompt for q in items if "Beweise" in q.prompt or "evidence" in q.prompt]
    assert prompts, [q.prompt for q in items]
    for p in prompts:
        assert "Ereignisse" not in p and "events" not in p, p
        assert "Behauptung" in p or "claim" in p, p
        assert "Suche sie heraus" not in p and "Find it" not in p, p


# ------------------------------------------------------------------ headline against body

ROUND = """Plans for 200 homes on Marlow meadow spark protest

More than 400 people have objected to plans to build about 200 homes on the meadow next to \
Marlow Primary School.

The application was submitted by Fenwick Homes on 3 October. The meadow has been used for the \
village fete since 1952.
"""

KLAGE = """Gestank-Alarm in Oberbach: Anwohner drohen der Gemeinde mit Klage

Seit Wochen riecht es in der Siedlung am Mühlweg nach faulen Eiern. Mehr als 200 Beschwerden \
sind bei der Gemeinde eingegangen.

Als Ursache vermutet die Gemeinde das neue Regenrückhaltebecken am Ortsrand. Die Anwohner haben \
eine Initiative gegründet und 400 Unterschriften gesammelt. Sollte sich bis März nichts ändern, \
werde man eine Klage prüfen, kündigte die Sprecherin der Initiative an.

Die Gemeinde will im Januar einen Gutachter beauftragen.
"""


def _headline_items(text: str):
    from quizgen.generate import media_headline
    from quizgen.pipeline import analyze, load_article
    return media_headline.generate(analyze(load_article(text)))


def test_a_round_figure_the_body_gives_with_about_is_no_headline_point():
    items = _headline_items(ROUND)
    assert not any(q.type == "multiple_choice" and "200 homes" in q.prompt for q in items), \
        [q.prompt for q in items]
    assert not any("about 200 homes”." in str(q.answer) and "gives the figure" in str(q.answer)
                   for q in items)


def test_the_headline_note_cites_the_body_sentence_on_its_claim():
    items = [q for q in _headline_items(KLAGE) if q.type == "open"]
    assert items and "werde man eine Klage prüfen" in items[0].answer, \
        [q.answer for q in items]


# ------------------------------------------------------------------ who speaks, who is affected

HAGEL = """Hagel zerstört Weinlese in Kellberg

Ein Hagelsturm hat am Sonntag in Kellberg große Teile der Weinberge verwüstet.

Winzer Paul Roth sagte, er habe auf einigen Parzellen fast alle Trauben verloren. Dutzende \
Helfer, unter ihnen Schülerinnen und Schüler des Kellberger Gymnasiums, haben sich bereits \
gemeldet. Bürgermeisterin Anja Feld sagte, die Gemeinde werde die Winzer unterstützen.
"""

@pytest.mark.parametrize("text,word", [(HAGEL, "Schüler")])
def test_helpers_are_not_called_people_affected(text, word):
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(text))
    voices = [q for q in media_discussion.generate(a, claims(a)) if "Wessen Sicht" in q.prompt
              or "Whose view" in q.prompt]
    assert voices, "no voices item"
    assert f"({word})" not in voices[0].answer and "Betroffene" not in voices[0].answer and \
        "People affected" not in voices[0].answer, voices[0].answer


# ------------------------------------------------------------------ quick reading 27


@pytest.mark.parametrize("text,lang", [
    ("The Spanish partner school has not yet commented publicly.", "en"),
    ("Der Betreiber des Campingplatzes hat sich bislang nicht geäußert.", "de"),
])
def test_a_no_comment_line_is_no_writers_verdict(text, lang):
    from quizgen.generate.media_opinion import _judges_last
    assert not _judges_last(text, 0.6, lang, [])


def test_what_nobody_has_to_fear_is_no_opinion():
    from quizgen.generate.media_opinion import opinion_cues
    cues = opinion_cues("Der Rektor kündigte an, dass Kinder, die wegen der Sperrung zu spät "
                        "kämen, keine Nachteile befürchten müssten.", "de")
    assert not [c for c in cues if c.kind in {"deontic", "must", "stance_verb"}], cues


SHOPS = """Shops fear loss of trade over bus lane

Plans for a bus lane on Mill Street in Ashby have split the town.

The Ashby Traders' Association claims that takings on the street would fall by a third if the \
lane went ahead. It has not published any figures, and council officers said they had seen no \
evidence to support it. More than 300 people have signed a petition against the plans.

Councillor Ruth Kemp said a decision would be made in May.
"""


def test_the_speaker_who_says_evidence_is_missing_makes_no_unproven_claim():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(SHOPS))
    cs = claims(a)
    assert not [c for c in cs if c.unsupported and "officers" in c.speaker], \
        [(c.speaker, c.statement) for c in cs if c.unsupported]
    items = media_claims.generate(a, cs)
    assert not any("They had seen" in q.prompt for q in items), [q.prompt for q in items]


TWIN = """By Tom Reed | Monday 23 November 2026

Mayor Helen Price welcomes French twin town choir for jubilee

A French choir of 24 singers from Saint-Brice in Normandy spent three days in Ashby last week \
to mark 30 years of town twinning.

The choir, which arrived on Friday evening, was welcomed at the Town Hall by Mayor Helen Price \
and members of the twinning committee. On Saturday the visitors sang at St Mary's Church and \
planted a cherry tree in the park.

The twinning link was signed in 1996. Since then, according to the committee, more than 500 \
people have taken part in visits in both directions.

Mayor Helen Price said the visit had been "a joy from start to finish". A return visit is \
planned for next summer.
"""


def test_a_headline_the_body_backs_gets_no_comparison():
    items = [q for q in _headline_items(TWIN) if q.type == "open"]
    assert not items, [q.answer for q in items]


RADAR = """Neuer Blitzer in Haslach sorgt für Streit

In Haslach steht seit zwei Wochen ein neuer Blitzer an der Ortsdurchfahrt.

In den ersten zehn Tagen hat die Anlage nach Angaben des Landratsamts mehr als 2.000 Autofahrer \
erfasst. Bürgermeisterin Eva Lenz sagte, es gehe um die Sicherheit der Schulkinder. Ganz anders \
sieht das Jonas Brühl, der jeden Tag nach Freiburg pendelt. Die Anlage hat rund 90.000 Euro \
gekostet.

Ein Kommentar

Über den Standort kann man reden, über das Tempo im Ort eigentlich nicht. Die Aufregung im \
Netz wirkt deshalb reichlich übertrieben.
"""


def test_a_paragraph_under_a_comment_heading_is_the_writers_opinion():
    qs = _fact_opinion(RADAR)
    best = max((q for q in qs if q.type == "multiple_choice" and len(q.options) == 2),
               key=lambda q: q.score)
    assert best.answer == "eine Meinung bzw. Einschätzung" and (
        "Aufregung" in best.prompt or "Über den Standort" in best.prompt), \
        [(q.prompt, q.answer) for q in qs]


def test_a_view_set_against_the_one_before_is_no_statement():
    from quizgen.generate import truefalse
    from quizgen.pipeline import analyze, load_article
    got = [q.prompt for q in truefalse.generate(analyze(load_article(RADAR)))]
    assert not any("anders sieht das" in p for p in got), got


PLAN = """Kinderstation in Waldau schließt

Die Kinderstation des Kreiskrankenhauses Waldau schließt zum 31. März.

Nach Angaben der Geschäftsführung fehlen der Station seit dem Sommer vier Ärztinnen und Ärzte. \
Für die Pflegekräfte der Station sollen nach Angaben der Klinik andere Stellen im Haus gefunden \
werden. Landrat Peter Huber sagte, der Kreis prüfe eine Kooperation mit Passau.
"""


def test_an_announced_plan_is_no_unconfirmed_report():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(PLAN))
    items = media_claims.generate(a, claims(a))
    assert not any("gesicherte Tatsache" in q.prompt and "Stellen im Haus" in q.prompt
                   for q in items), [q.prompt for q in items]
    source = [q for q in items if q.skill == "interested_party"]
    assert all("Hilfsorganisationen" not in " ".join(q.options) for q in source)


STATION = """Geburtsstation in Talheim schließt

Die Geburtsstation des Krankenhauses Talheim schließt Ende März.

Geschäftsführer Karl Brandl sagte, es fehlten seit dem Sommer drei Fachärzte. Die Hebamme Rosa \
Lindner, die seit 19 Jahren in Talheim arbeitet, sieht das skeptisch. „Eine Station ersetzt man \
nicht mit einem Taxi“, sagte sie. Ganz anders sieht das Max Gruber, der jeden Tag nach Passau \
pendelt. Die Strecke sei gut ausgebaut, meint er. Viele Pendler nutzen die Bundesstraße 12.
"""


def test_voices_take_the_title_before_the_name_and_a_commuter_is_one_of_the_commuters():
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(STATION))
    [q] = [q for q in media_discussion.generate(a, claims(a)) if "Wessen Sicht" in q.prompt]
    # (all roles after a comma where one voice has a relative clause: blind review 61 #9)
    assert "Rosa Lindner, Hebamme;" in q.answer, q.answer
    assert "Pendler)" not in q.answer and "Pendler," not in q.answer, q.answer


SLOPE = """Hangrutsch sperrt Kreisstraße

Nach einem Hangrutsch ist die Kreisstraße KU 9 zwischen Lindau und Weiher seit Sonntag gesperrt.

Etwa 400 Kubikmeter Erde liegen auf der Fahrbahn. Einige Anwohner berichteten, dass sich am \
Hang schon im Frühjahr Risse gezeigt hätten. Sie werfen dem Landkreis vor, Warnungen ignoriert \
zu haben. Belege dafür gibt es bisher nicht. Landrat Peter Vogl sagte, die Straße bleibe bis \
mindestens März gesperrt.
"""


def test_an_unproven_claim_is_not_printed_with_a_bare_pronoun():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(SLOPE))
    items = media_claims.generate(a, claims(a))
    assert not any(re.match(r"[„“\"]*Sie werfen", q.prompt) for q in items), \
        [q.prompt for q in items]


def test_every_quoted_speaker_is_listed_with_an_outlet_or_as_a_groups_chair():
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    text = ("Plans for 200 homes on Marlow meadow spark protest\n\nMore than 400 people have "
            "objected to plans to build 200 homes on the meadow next to the village school."
            "\n\nTom Pike, director at Fenwick Homes, told BBC Radio Devon that the scheme was "
            "\"just what the village needs\".\n\nOpponents have formed a group called Keep "
            "Marlow Green. Its chair, retired nurse Anna Reed, 71, said the meadow had been "
            "\"the heart of the village for a century\".\n\nCouncillor Jane Wilder, who chairs "
            "the planning committee, said she could not comment before the meeting.\n\n"
            "Parish clerk Ben Hollis said the hall had been \"full to the doors\".\n")
    a = analyze(load_article(text))
    [q] = [q for q in media_discussion.generate(a, claims(a)) if "Whose view" in q.prompt]
    for name in ("Tom Pike", "Anna Reed", "Jane Wilder", "Ben Hollis"):
        assert name in q.prompt, q.prompt


def test_an_advice_verb_inside_a_relative_clause_is_no_service_line():
    from quizgen.generate.media_opinion import _judges_last
    assert _judges_last("Schools that urge pupils to walk owe them pavements that are safe.",
                        0.45, "en", [])
    assert not _judges_last("Customers who need help are asked to call the hotline.", 0.45,
                            "en", [])


def test_a_long_relative_clause_role_keeps_its_first_part():
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    text = ("Neuer Blitzer in Haslach\n\nIn Haslach steht seit Montag ein neuer Blitzer an der "
            "Ortsdurchfahrt.\n\nBürgermeisterin Eva Lenz sagte, es gehe um die Sicherheit der "
            "Kinder. Ganz anders sieht das Jonas Brühl, der jeden Tag von Haslach nach Freiburg "
            "pendelt und in einer Facebook-Gruppe gegen die Anlage Stimmung macht. Der Blitzer "
            "stehe absichtlich hinter einer Kurve, meint er.\n")
    a = analyze(load_article(text))
    [q] = [q for q in media_discussion.generate(a, claims(a)) if "Wessen Sicht" in q.prompt]
    assert "Jonas Brühl, der jeden Tag von Haslach nach Freiburg pendelt." in q.answer, q.answer
