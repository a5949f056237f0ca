"""mediaA fixes of the fix round of the session of 2026-11-28 (21:00): faults found by the blind
reviews 64-71, each as a general rule on an invented article."""

from __future__ import annotations


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _headline(a):
    return next(s for s in a.sentences if s.block == "headline")


BAKERY_EN = """By Tom Reed | Monday 4 May 2026, 09:00 BST

End of an era as Dunmore's last baker hangs up his apron

The last independent bakery in Dunmore will close at the end of June after more than 90 \
years on Mill Street. Owner Peter Crane, 71, said he had run out of time to find a buyer.

Crane had hoped that his nephew would carry on the business, but the young man has taken a \
job in Leeds. "I have baked bread here every morning for 45 years," Crane told BBC Radio Leeds.

Around 300 customers still buy bread at the shop every week. Regular customer Joan Hill said \
she would miss the smell of fresh loaves on her way to work.
"""


def test_a_hope_that_failed_is_no_counterpart_of_the_headline():
    # blind review 70 en_butcher #18/#19: 'He had hoped that one of his staff would carry on
    # the business, but nobody was willing ...' made 'End of an era as ... butcher prepares to
    # shut its doors' a headline the body does not confirm (keyed False, D)
    from quizgen.generate import media_contrast, media_headline
    a = _analysis(BAKERY_EN)
    assert not [f for f in media_contrast.findings(a) if f.kind == "contrast"]
    assert not [q for q in media_headline.generate(a) if q.type == "true_false"
                and "carry on" in q.explanation]
    # a denied counterpart is none either ...
    a = _analysis(BAKERY_EN.replace(
        "Crane had hoped that his nephew would carry on the business, but the young man has "
        "taken a job in Leeds.", "Nobody in the family will carry on the business."))
    assert not [f for f in media_contrast.findings(a) if f.kind == "contrast"]
    # ... while one the body reports still is
    a = _analysis(BAKERY_EN.replace(
        "Crane had hoped that his nephew would carry on the business, but the young man has "
        "taken a job in Leeds.", "His nephew will carry on the business in a smaller shop."))
    assert [f for f in media_contrast.findings(a) if f.kind == "contrast"]


def test_unrealised_counterpart_rule():
    from quizgen.generate.media_contrast import _unrealised
    text = "Er hatte gehofft, dass die Gaststätte weitergeführt wird."
    assert _unrealised(text, text.find("weitergeführt"), "de")
    text = "Er hatte auf einen Käufer gehofft, doch nun wird die Gaststätte weitergeführt."
    assert not _unrealised(text, text.find("weitergeführt"), "de")
    text = "The shop will not remain open after June."
    assert _unrealised(text, text.find("remain open"), "en")
    text = "The fire did not spread, and the factory remains open."
    assert not _unrealised(text, text.find("remains open"), "en")


WELL_DE = """Von Jana Brück | Dienstag, 3. März 2026, 08:00 Uhr

Freibad Lindenhof soll schließen – Stammgäste wollen kämpfen

Das Freibad Lindenhof in Mersburg soll nach dem kommenden Sommer schließen. Der Gemeinderat \
hat am Montag beschlossen, die Sanierung des Beckens nicht zu bezahlen.

Zu den Stammgästen gehört der Rentner Walter Obermann. Seit vierzig Jahren schwimmt er jeden \
Morgen seine Bahnen. „Hier habe ich schwimmen gelernt, und hier haben es meine Enkel \
gelernt“, sagt der 78-Jährige. Im Hallenbad der Nachbarstadt sei es ihm dagegen zu voll.

Es wäre beschämend für eine Gemeinde, die gern mit dem Wort „familienfreundlich“ wirbt, \
wenn ausgerechnet ihr einziges Freibad verschwinden müsste.

Eine Unterschriftenliste liegt seit Dienstag im Kiosk am Eingang aus.
"""


def test_the_writers_paragraph_with_a_quoted_label_is_not_the_last_speakers():
    # blind review 65 de_unverpacktladen #10: 'Es wäre ein Armutszeugnis für eine Stadt, die
    # sich gern mit dem Etikett „nachhaltig“ schmückt, wenn ...' (a paragraph of its own) was
    # asked as what Hannelore Brix says: the quoted label made it look like a quotation
    from quizgen.generate import media_opinion
    from quizgen.select import candidates
    a = _analysis(WELL_DE)
    items = [q for q in candidates(a) if q.skill == "fact_opinion"
             and "beschämend" in q.prompt]
    assert items
    assert all("Obermann" not in q.prompt for q in items)
    assert not media_opinion._quoted_speech("eine Gemeinde, die sich „familienfreundlich“ nennt")
    assert media_opinion._quoted_speech("Sie sagte: „Das werden wir nicht hinnehmen.“")


def test_what_would_have_been_better_is_a_verdict():
    # blind review 70 de_kanuverleih: 'Ein Kompromiss ... wäre hier allemal vernünftiger
    # gewesen als eine starre Sperrung.' had no cue and no item
    from quizgen.generate.media_opinion import opinion_cues
    assert any(c.kind == "judge" for c in opinion_cues(
        "Eine Ampel wäre an dieser Kreuzung sicher sinnvoller gewesen als ein weiterer "
        "Kreisverkehr.", "de"))
    assert any(c.kind == "judge" for c in opinion_cues(
        "A phased closure would have been far more sensible than shutting the bridge at once.",
        "en"))
    assert not opinion_cues("Die Ampel wäre im Mai fertig gewesen, sagte der Planer.", "de")


DIG_DE = """Von Lea Sommer | Mittwoch, 14. Oktober 2026, 10:00 Uhr

Alte Schmiede unter dem Marktplatz entdeckt

Bei Bauarbeiten am Marktplatz von Kellbach haben Arbeiter die Reste einer alten Schmiede \
gefunden. Das Landesamt für Denkmalpflege hat die Baustelle für vier Wochen gesperrt.

Im Heimatverein wird vermutet, die Schmiede habe der Familie Bergmann gehört, die im 17. \
Jahrhundert am Markt lebte. Die Vorsitzende Ingrid Roth hält das für „sehr wahrscheinlich“. \
Belegt ist diese Vermutung bislang nicht.

Die Grabungsleiterin Petra Lux sagte, man habe bereits Hufeisen und Werkzeuge gefunden. Die \
Funde sollen im Frühjahr im Rathaus gezeigt werden.
"""


def test_a_view_of_something_another_sentence_says_is_not_asked_on_its_own():
    # blind review 65 de_ausgrabung #10: 'Vereinsvorsitzender Bernd Oswald hält das für
    # „sehr wahrscheinlich“.' asked fact or opinion with 'das' unresolved
    from quizgen.generate.media_opinion import POINTING_VIEW
    from quizgen.select import candidates
    a = _analysis(DIG_DE)
    assert not [q for q in candidates(a) if q.skill == "fact_opinion"
                and "hält das für" in q.prompt]
    assert POINTING_VIEW["en"].search("The club's chair thinks this is very likely.")
    assert not POINTING_VIEW["de"].search("Sie hält es für richtig, dass die Stadt spart.")
    assert not POINTING_VIEW["de"].search("Roth hält das für möglich: Schon zwei Familien "
                                          "hätten sich gemeldet.")


BUS_DE = """Von Ole Brandt | Montag, 9. März 2026, 07:30 Uhr

Buslinie 14 wird eingestellt

Die Verkehrsbetriebe Hollstedt stellen die Buslinie 14 zum 1. Juni ein. Die Linie verbindet \
die Dörfer im Norden mit dem Bahnhof.

Die Rentnerin Erika Krause, 81, fährt seit Jahren jeden Dienstag mit dem Bus zum Arzt. Nach \
Feldheim komme sie künftig nur noch mit dem Taxi, sagte Krause. Der Betriebsleiter Jonas Wirth \
sagte, die Linie sei im Schnitt nur mit vier Fahrgästen besetzt gewesen.
"""


def test_no_true_false_on_a_pronoun_that_is_its_own_sentences_speaker():
    # blind review 64 de_nachtzug #8 ('Nach Hagenfeld komme Hartung abends nur mit dem Taxi,
    # sagte Hartung.'), 65 de_ausgrabung #6 ('Für Demir sei die Grabung ein Glücksfall, sagt
    # die 23-Jährige.'): the sentence again, the name twice
    from quizgen.generate import truefalse
    a = _analysis(BUS_DE)
    assert not [q for q in truefalse.generate(a) if "Feldheim" in q.prompt]


FRAUD_EN = """By Amy Cole | Tuesday 3 March 2026, 16:00 GMT

Former treasurer jailed for taking £40,000 from bowls club

A former treasurer of Hallow Bowls Club who took more than £40,000 from its accounts has been \
jailed for 18 months.

Margaret Palmer, 63, admitted fraud at Worcester Crown Court. Judge Alan Brooke said she had \
betrayed the trust of the club's members. Club chairman Dennis Webb said the money had been \
meant for a new pavilion.

A hearing, at which the court will decide how much Palmer must pay back, is due to take place \
in June.
"""


def test_no_other_person_swapped_into_a_wrong_or_its_penalty():
    # blind review 71 en_parish_clerk_fraud #8: 'the court will decide how much Hale must pay
    # back' (the judge swapped in for the clerk): absurd, false at sight
    from quizgen.generate import truefalse
    a = _analysis(FRAUD_EN)
    for q in truefalse.generate(a):
        if "pay back" in q.prompt:
            assert "Palmer must pay back" in q.prompt


DEPOT_EN = """By Kim Shah | Tuesday 10 March 2026, 11:00 GMT

Old bus depot to make way for 47 council flats

An empty bus depot in Harnley is set to be demolished and replaced with around 47 new \
council flats after planners approved the scheme on Monday.

The council's planning committee voted six to three in favour of the plans. Councillor Ruth \
Innes said the flats would go to families on the waiting list.
"""


def test_a_headline_figure_keeps_the_noun_it_counts():
    # blind review 71 en_garage_homes #19: 'The headline reports “46 council”', options
    # 'fewer than 46 council' - the quantity ended on the first word of 'council homes'
    from quizgen.generate import media_headline
    a = _analysis(DEPOT_EN)
    items = [q for q in media_headline.generate(a) if q.type == "multiple_choice"
             and "47" in q.prompt]
    assert items
    assert "“47 council flats”" in items[0].prompt
    assert all(o.endswith("council flats") for o in items[0].options)


FIRES_DE = """Von Uwe Kranz | Dienstag, 1. Dezember 2026, 17:00 Uhr

Dritter Einbruch in vier Wochen: Kiosk am Stadtpark erneut aufgebrochen

In der Nacht zum Montag ist der Kiosk am Stadtpark in Welbach erneut aufgebrochen worden. Es \
ist bereits der dritte Einbruch dort seit Anfang November. Die Täter erbeuteten Zigaretten \
und etwa 200 Euro Wechselgeld.

Bei den Einbrüchen am Kiosk entstand bisher ein Schaden von rund 1.500 Euro. Die Polizei \
bittet Zeugen, sich zu melden. Der Betreiber Kemal Aydin sagte, er wolle nun eine Kamera \
anbringen lassen.
"""


def test_a_span_since_a_date_backs_a_headline_duration():
    # blind review 66 de_strohballen #15: 'Siebter Brand in sechs Wochen' over 'seit Mitte
    # Oktober' on a page of 27 November was called a number the text does not back
    from quizgen.generate import media_headline
    a = _analysis(FIRES_DE)
    assert not [q for q in media_headline.generate(a) if "vier" in q.prompt
                and q.type == "true_false"]
    # a span the date does not give stays asked
    a = _analysis(FIRES_DE.replace("seit Anfang November", "seit Anfang September"))
    assert media_headline._since_backed(a, next(
        q for q in a.quantities if q.number_text == "vier")) is False


BUSLINE_EN = """By Ann Lowe | Monday 9 March 2026, 10:00 GMT

Villagers fight to keep the number 62 bus

More than 12,500 people have signed a petition against plans to cut the number 62 bus \
between Hopwell and Carston. The operator wants to stop the service at the end of April.

Pensioner Edna Blake, 84, said the bus was the only way she could reach the doctor. "Without \
it I would be stuck at home," she told BBC Radio Derby.

The operator said fewer than 20 passengers used the route on an average day. The county \
council said it would look at whether a community minibus could take over.

A village that can collect 12,500 signatures in a fortnight should never again be told that \
nobody cares about its bus service.

Sign up to our newsletter for the latest news from the Derwent Valley.
"""


def test_the_writers_last_word_with_a_figure_and_a_passive_told_is_asked():
    # invented after a fault found on an invented article (mediaA4 en_cinema): 'A town that
    # can raise £210,000 ... should never again be told that ...' - the figure's comma cut
    # the 'A town that ..., should' verdict, and 'be told that' read as a report
    from quizgen.select import candidates
    a = _analysis(BUSLINE_EN)
    assert [q for q in candidates(a) if q.skill == "fact_opinion" and "never again" in q.prompt
            and q.answer == "an opinion or assessment"]


def test_headline_figure_options_keep_the_bodys_words_between_number_and_noun():
    # invented article (mediaA4 en_gp_surgery): 'Around 3,800 registered patients' was the
    # only option with 'registered' beside 'exactly 3,800 patients', 'more than 3,800
    # patients': the key stood out by its form
    from quizgen.generate import media_headline
    a = _analysis(DEPOT_EN.replace("47 council flats", "50 flats").replace(
        "around 47 new council flats", "around 46 affordable flats"))
    items = [q for q in media_headline.generate(a) if q.type == "multiple_choice"]
    assert items
    assert all(o.endswith("affordable flats") for o in items[0].options), items[0].options


def test_a_verb_after_a_range_is_no_unit_of_a_fact_items_detail():
    # blind review 67 en_youth_club #11: the fact item's explanation named the detail
    # '11 to 18 use' ('Around 120 young people aged 11 to 18 use the club each week.')
    from quizgen.generate.media_opinion import _anchors
    a = _analysis(DEPOT_EN.replace(
        "Councillor Ruth Innes said the flats would go to families on the waiting list.",
        "About 60 children aged 5 to 11 visit the depot's play area every Saturday."))
    s = next(x for x in a.sentences if "aged 5 to 11" in x.text)
    assert all(not d.endswith(" visit") for d in _anchors(a, s)), _anchors(a, s)


SHOP_DE = """Von Eva Roth | Montag, 4. Mai 2026, 09:00 Uhr

ENDE EINER ÄRA! Letzter Dorfladen in Mühlbach stellt Betrieb ein

Der letzte Dorfladen in Mühlbach soll Ende Mai seinen Betrieb einstellen. Die Inhaberin \
Karin Vogt, 68, geht in den Ruhestand und hat keinen Nachfolger gefunden.

Der Gemeinderat sucht nun nach einer Lösung. Ob der Ladenbetrieb im kommenden Jahr unter \
neuer Leitung weiterläuft, ist allerdings noch offen. Bürgermeister Tim Reich sagte, man \
spreche mit einer Genossenschaft aus dem Nachbarort.
"""


def test_what_comes_after_the_end_called_open_leaves_the_end_standing():
    # invented article (mediaA4 de_faehre): 'Ob der Fährbetrieb im kommenden Jahr weiterläuft,
    # ist allerdings noch offen' made 'Letzte Rheinfähre ... stellt Betrieb ein' (the lead: the
    # ferry is to stop on 31 December) a headline the body does not confirm
    from quizgen.generate import media_contrast
    a = _analysis(SHOP_DE)
    assert not [f for f in media_contrast.findings(a) if f.kind == "uncertain"]
    # a headline that says it goes on is what the open question is about
    a = _analysis(SHOP_DE.replace(
        "ENDE EINER ÄRA! Letzter Dorfladen in Mühlbach stellt Betrieb ein",
        "Dorfladen in Mühlbach: Betrieb soll weiterlaufen"))
    assert [f for f in media_contrast.findings(a) if f.kind == "uncertain"]


SCOOTERS_EN = """By Ravi Dutt | Tuesday 24 November 2026, 12:30 GMT

Skateboards BANNED from ALL Marlow trams after crash

Skateboards have been banned from trams across Marlow after a board rolled into a passenger \
during the morning rush. The ban comes into force on Monday 7 December.

Marlow Transit said staff would be able to refuse entry to anyone carrying a skateboard. \
Some passengers have claimed on social media that the skateboard involved in the crash had \
been left in the aisle. Marlow Transit said it had found no evidence of that.

Regional manager Tom Hale said the risk of injury was "simply too high".
"""


def test_some_restricts_the_noun_after_it_not_the_headlines_all():
    # invented article (mediaA4 en_scooters): 'Some passengers have claimed ... the scooter
    # that caught fire' was taken to restrict 'E-scooters BANNED from ALL Kelford buses and
    # trains', and the headline keyed 'not confirmed by the body'
    from quizgen.generate import media_contrast
    a = _analysis(SCOOTERS_EN)
    assert not [f for f in media_contrast.findings(a) if f.kind == "restricts"]
    # 'some trams' still restricts 'ALL ... trams'
    a = _analysis(SCOOTERS_EN.replace("Some passengers have claimed",
                                      "Some trams will still carry folded boards, and passengers "
                                      "have claimed"))
    assert [f for f in media_contrast.findings(a) if f.kind == "restricts"]
