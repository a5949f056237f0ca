"""Blind review 14 and quick readings 20-21, media faults on invented text: the neutral word
a loaded-language item suggests is plain itself ('Störungen', not 'Durcheinander' for
'CHAOS'); a word that is literal for what it describes ('crumbling cliff') is no loaded word,
while a heading's 'flee' and 'swallows' dramatise; a headline's shouted kicker
('EINSTURZGEFAHR') or a judging compound is never offered as the plain option beside the
loaded one; an outlet is asked among outlets of its kind, language and case, never beside
one of its own house ('BBC News' beside 'BBC Look North') or the page's own agency; an
authority's advice with 'sollte' is no opinion, the writer's own verdict comes first; a share
in words ('a fifth') is backed by its percentage, a subheading on what experts think by an
expert below it; the discussion note counts a 'Krankenpflegerin' among those affected, lets a
spokeswoman in the next sentence answer for her party and asks no animal for a statement;
an evidence option keeps no second reported clause ('but that ...') and names no evidence."""

from __future__ import annotations

from quizgen.generate import media_headline, media_language
from quizgen.pipeline import analyze, load_article

DE_TRAM = """CHAOS IM NETZ! Bauarbeiten legen Straßenbahnlinie wochenlang lahm

Die Straßenbahnlinie 4 in Grünfeld fährt ab Montag sechs Wochen lang nicht.

Die Verkehrsbetriebe erneuern die Gleise zwischen Bahnhof und Rathaus. Ersatzbusse fahren \
alle zehn Minuten. Fahrgäste müssen mit längeren Fahrzeiten rechnen.
"""

EN_COAST = """Families given days to flee as crumbling cliff swallows gardens

Four homes in the village of Saltwick will be pulled down after a storm washed away part of \
the clay cliff.

About six metres of the cliff fell into the sea on Sunday night. The council told the owners \
to move out by Friday.

Geologist Anna Reid said the coast loses about a metre a year.
"""

DE_GARAGE = """ABSTURZGEFAHR! Brücken-Chaos mitten im Berufsverkehr

Die Rheinbrücke in Wallstadt ist seit Dienstag für Lastwagen gesperrt.

Prüfer hatten Risse in den Trägern gefunden. Autos dürfen die Brücke weiter nutzen. Die \
Stadt rechnet mit Staus im Berufsverkehr.
"""


def _loaded_items(a):
    return [q for q in media_language.generate(a) if q.skill == "loaded_language"]


def test_the_neutral_word_for_chaos_is_plain_itself_de():
    a = analyze(load_article(DE_TRAM))
    items = [q for q in _loaded_items(a) if q.answer == "CHAOS"]
    assert items, [q.prompt for q in _loaded_items(a)]
    assert "Durcheinander" not in items[0].explanation, items[0].explanation


def test_every_neutral_word_of_the_lexicon_is_no_loaded_word():
    for lang, lex in media_language.LEXICON.items():
        table = {**lex, **media_language.HEADING_LEXICON[lang]}
        for word, neutral in table.items():
            if neutral is None:
                continue
            for w in neutral.lower().split():
                assert w not in table, (lang, word, neutral)


def test_a_literal_word_is_not_loaded_but_flee_and_swallows_are_en():
    a = analyze(load_article(EN_COAST))
    items = _loaded_items(a)
    assert items, "no loaded-language item"
    assert all(q.answer != "crumbling" for q in items), [q.answer for q in items]
    assert items[0].answer in {"flee", "swallows"}, items[0].answer
    head = [s for s in a.sentences if s.block == "headline"]
    words = media_headline.overstated_words(a, head)
    assert "crumbling" not in words and "flee" in words, words


def test_a_crumbling_building_stays_loaded_en():
    a = analyze(load_article(EN_COAST.replace("crumbling cliff swallows gardens",
                                              "crumbling school shuts its doors")))
    head = [s for s in a.sentences if s.block == "headline"]
    assert "crumbling" in media_headline.overstated_words(a, head)


def test_a_shouted_word_is_never_the_plain_option_de():
    a = analyze(load_article(DE_GARAGE))
    for q in _loaded_items(a):
        wrong = [o for o in q.options if o != q.answer]
        assert "ABSTURZGEFAHR" not in wrong, q.options


def test_a_judging_compound_is_never_the_plain_option_de():
    a = analyze(load_article(DE_GARAGE.replace("ABSTURZGEFAHR! ", "")
                             .replace("mitten im Berufsverkehr",
                                      "wegen Einsturzgefahr im Berufsverkehr")))
    for q in _loaded_items(a):
        assert "Einsturzgefahr" not in q.options, q.options


DE_MARKET = """Wochenmarkt zieht um

Der Wochenmarkt in Talbach zieht im Frühjahr auf den Kirchplatz.

Die Stadt will den Marktplatz neu pflastern lassen. Die Arbeiten sollen drei Monate dauern.

Gemüsehändler Jens Kolb sieht den Umzug gelassen. „Die Kunden finden uns auch dort“, sagte \
Kolb dem „Talbacher Tageblatt“. Er hoffe auf gutes Wetter, sagte Kolb dem „Talbacher \
Tageblatt“.

Quelle: Talbach Online / dpa
"""

EN_FLOOD = """Road closed after landslip

The A39 near Porthmoor has been closed after a landslip on Tuesday night.

Engineers said the road could stay shut for two weeks. Diversions are in place.

"We have never seen the hillside move like this," farmer Tom Bryce told BBC Spotlight.

Source: Cornwall Live / PA Media
"""


def _outlet_items(a):
    from quizgen.generate import media_sources
    from quizgen.generate.media_text import claims

    return [q for q in media_sources.generate(a, claims(a)) if q.skill == "source"
            and q.options and ("Tageblatt" in q.answer or "Spotlight" in q.answer)]


def test_a_german_paper_is_asked_among_german_papers_de():
    a = analyze(load_article(DE_MARKET))
    items = _outlet_items(a)
    assert items, "no outlet item"
    for q in items:
        wrong = [o for o in q.options if o != q.answer]
        assert not {"Reuters", "BBC", "AFP", "dpa", "Spiegel"} & set(wrong), q.options
        assert not any("Rundfunk" in o or "Radio" in o for o in wrong), q.options
        assert "Aus welcher Quelle" not in q.prompt, q.prompt


def test_the_outlets_house_gives_no_second_option_en():
    a = analyze(load_article(EN_FLOOD))
    items = _outlet_items(a)
    assert items, "no outlet item"
    for q in items:
        wrong = [o for o in q.options if o != q.answer]
        assert not any(o.startswith("BBC") for o in wrong), q.options
        assert "PA Media" not in wrong, q.options


DE_FERRY = """Fähre bleibt im Hafen

Die Fähre „Möwe“ zwischen Seeburg und Lindau bleibt bis Ende des Monats im Hafen.

Der Betreiber nennt technische Probleme als Grund. Nach Informationen des „Seeburger Boten“ \
soll die letzte Inspektion der Fähre schon zwei Jahre zurückliegen. Fahrgäste müssen einen \
Umweg von 40 Kilometern fahren.
"""

EN_SITE = """Village pub to close

The Red Lion in Farnley will close at the end of the month after 200 years.

Landlord Tom Price said rising energy bills had made the pub too expensive to run. He told \
Farnleynews.co.uk that he had tried for two years to find a buyer.

Regulars said they were sad to lose the pub.
"""


def test_a_genitive_gap_takes_genitive_options_de():
    a = analyze(load_article(DE_FERRY))
    items = [q for q in _source_items(a) if "des ___" in q.prompt]
    assert items, [q.prompt for q in _source_items(a)]
    for q in items:
        assert all(o == q.answer or o.endswith("s") for o in q.options), q.options


def test_a_site_named_by_its_address_is_asked_among_sites_en():
    a = analyze(load_article(EN_SITE))
    items = [q for q in _source_items(a) if q.answer.endswith(".co.uk")]
    assert items, [q.prompt for q in _source_items(a)]
    for q in items:
        assert all("." in o for o in q.options), q.options


def _source_items(a):
    from quizgen.generate import media_sources
    from quizgen.generate.media_text import claims

    return [q for q in media_sources.generate(a, claims(a)) if q.skill == "source"
            and q.options]

DE_TICKS = """Zecken breiten sich aus

Im Kreis Lindau gibt es in diesem Jahr deutlich mehr Zecken als 2025.

Forscher der Universität Lindau zählten an 40 Stellen mehr als 3.000 Tiere. Die Ergebnisse \
wurden am Montag vorgestellt.

Das Gesundheitsamt ruft die Bürgerinnen und Bürger zur Vorsicht auf. Wer nach einem \
Spaziergang eine Zecke entdeckt, sollte sie mit einer Pinzette vorsichtig entfernen und die \
Stelle beobachten.

Dass der Kreis erst jetzt eine Informationskampagne plant, ist viel zu wenig und viel zu spät.
"""

EN_TICKS = """Tick numbers rise

There are far more ticks in Linford this year than in 2025.

Researchers counted more than 3,000 ticks at 40 sites. The results were presented on Monday.

The health authority urged walkers to take care. Anyone who finds a tick after a walk should \
remove it carefully with tweezers and watch the spot.

That the county is only now planning an information campaign is too little, too late.
"""


def _opinion_items(a):
    from quizgen.generate import media_opinion
    from quizgen.generate.media_text import claims

    return [q for q in media_opinion.generate(a, claims(a)) if q.skill == "fact_opinion"]


def test_an_authoritys_advice_is_no_opinion_and_the_writers_verdict_is_asked_de():
    a = analyze(load_article(DE_TICKS))
    items = _opinion_items(a)
    opinions = [q for q in items if q.answer == "eine Meinung bzw. Einschätzung"]
    assert not any("Pinzette" in q.prompt for q in opinions), [q.prompt for q in opinions]
    assert opinions and "viel zu spät" in opinions[0].prompt, [q.prompt for q in opinions]


def test_an_authoritys_advice_is_no_opinion_and_the_writers_verdict_is_asked_en():
    a = analyze(load_article(EN_TICKS))
    opinions = [q for q in _opinion_items(a) if q.answer == "an opinion or assessment"]
    assert not any("tweezers" in q.prompt for q in opinions), [q.prompt for q in opinions]
    assert opinions and "too little" in opinions[0].prompt, [q.prompt for q in opinions]


DE_CABLE = """Kabeldiebe legen Bahnstrecke lahm

Nach einem Kabeldiebstahl fahren zwischen Altdorf und Neustadt seit Montag keine Züge. Hunderte \
Pendler müssen in Busse umsteigen – wohl noch bis Freitag.

Die Diebe hatten in der Nacht rund 300 Meter Kupferkabel gestohlen. Die Bahn setzt 20 \
Ersatzbusse ein.

Dass eine wichtige Strecke tagelang an ein paar Metern Kupfer hängt, ist ein Armutszeugnis \
für die Bahn.

Die Polizei bittet Zeugen, sich unter der Telefonnummer 0800 123456 zu melden.
"""


def test_the_writers_verdict_comes_before_a_hedged_lead_de():
    a = analyze(load_article(DE_CABLE))
    opinions = [q for q in _opinion_items(a) if q.answer == "eine Meinung bzw. Einschätzung"]
    assert opinions, "no opinion item"
    best = max(opinions, key=lambda q: q.score)
    assert "Armutszeugnis" in best.prompt, [(q.score, q.prompt) for q in opinions]


DE_DOG = """Streit um Schulhund

An der Lindenschule in Talbach streiten Eltern über einen Schulhund.

Die Schulleiterin Anna Roth sagte, der Hund bleibe vorerst zu Hause.

Experten erkennen Chancen

Die Tierärztin Dr. Eva Brandt hält den Hund für ruhig. Hunde im Unterricht könnten Stress \
senken, erklärte sie.
"""

EN_BUS = """Bus fares to rise by a quarter as council caves in to operator

Bus fares in Linford will go up by 25 per cent from January after the council approved the \
operator's request.

The council voted eight to four for the new prices. Passengers said they were worried.
"""


def test_a_subheading_over_named_speakers_is_not_judged_unsupported_de():
    a = analyze(load_article(DE_DOG))
    sub = next(s for s in a.sentences if s.block == "subheading")
    assert media_headline.judge(a, sub) != "unsupported"


def test_a_share_in_words_is_backed_by_its_percentage_en():
    a = analyze(load_article(EN_BUS))
    head = next(s for s in a.sentences if s.block == "headline")
    assert "quarter" not in media_headline._absent_words(a, head, limit=9)
    assert "caves in" in media_headline.overstated_words(a, [head])


DE_TRAIN = """Stellwerk gestört: Regionalzüge fallen aus

Zwischen Altdorf und Neustadt fahren seit Montag keine Regionalzüge.

Ein Stellwerk ist nach einem Blitzeinschlag ausgefallen, teilte die Bahn mit. \
Bahnsprecherin Julia Roth sagte, die Reparatur dauere bis Freitag.

Viele Fahrgäste und Pendler sind verärgert. Die Krankenpflegerin Sara Kunz, die jeden Morgen \
nach Neustadt fährt, sagte, sie komme jeden Tag eine Stunde zu spät.

Landrat Peter Vogt forderte mehr Ersatzbusse. „Die Leute brauchen Verlässlichkeit“, sagte er.
"""

DE_CLUB = """Ärger um Vereinsheim

Der Sportverein Talbach muss sein Vereinsheim räumen.

Vereinschef Tom Berg sagte, man sei enttäuscht. „Wir waren 40 Jahre hier“, sagte er.

Kassiererin Jana Stein sagte, das Geld für einen Umzug fehle.

Die Stadtverwaltung soll den Pachtvertrag schon im Sommer gekündigt haben. Eine Sprecherin \
bestätigte lediglich, man prüfe den Fall.
"""

DE_DOGHOUSE = """Streit um Schulhund

An der Lindenschule in Talbach streiten Eltern über den Schulhund Rex.

Schulleiterin Anna Roth sagte, der Hund bleibe vorerst zu Hause.

Mutter Petra Lang sagte, sie habe Angst um ihre Tochter.

Einige Eltern behaupten, Rex habe schon im vergangenen Jahr ein Kind gebissen. Bewiesen ist \
das nicht.
"""


def _voices_note(a):
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims

    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.prompt.startswith(("Der Artikel lässt", "The article lets"))]
    assert notes, "no voices item"
    return notes[0]


def test_a_nurse_who_commutes_is_one_of_those_affected_de():
    note = _voices_note(analyze(load_article(DE_TRAIN)))
    assert "niemand von ihnen wird namentlich zitiert" not in note, note


def test_a_spokeswoman_in_the_next_sentence_answers_for_the_party_de():
    note = _voices_note(analyze(load_article(DE_CLUB)))
    assert "Stadtverwaltung selbst kommt aber nicht zu Wort" not in note, note


def test_an_animal_is_asked_for_no_statement_de():
    note = _voices_note(analyze(load_article(DE_DOGHOUSE)))
    assert "Rex selbst" not in note and "Rex um eine Stellungnahme" not in note, note


EN_CHESS = """School bans phones in lessons

Greenfield Academy has banned mobile phones in all lessons from Monday.

Head teacher Paul Moss said the rule would help pupils concentrate. Some parents claimed the \
school wanted to save money on supervision. There is no evidence for this.

Parent Lisa Kent said the school was responsible for the phones but that staff "should \
never search bags".

Councillor Ravi Shah said the council supported the school's decision. Teacher Mark Lowe said \
the ban was backed by evidence from other schools.
"""


def test_no_option_keeps_a_second_reported_clause_or_names_evidence_en():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims

    a = analyze(load_article(EN_CHESS))
    items = [q for q in media_claims.generate(a, claims(a))
             if q.options and "no evidence" in q.prompt]
    assert items, "no evidence item"
    for q in items:
        assert not any("but that" in o for o in q.options), q.options
        assert not any("evidence" in o for o in q.options if o != q.answer), q.options


# ---- quick readings 21 and 22 (second round)

EN_LIMIT = """Council cuts speed limit on estate roads

Westbury Council will cut the speed limit on 40 roads from 30mph to 20mph from April.

The council voted 12 to 5 for the change on Tuesday. Drivers' groups said the limit was \
too strict.

Slowing down by ten miles an hour is a small price to pay for a child's life.
"""

DE_PAPER = """Bäckerei schließt nach 90 Jahren

Die Bäckerei Roth in Talbach schließt Ende des Monats.

Inhaber Karl Roth sagte dem „Talbacher Tageblatt“, er finde keinen Nachfolger. Die Kunden \
bedauern das.
"""

EN_RADIO = """Library to cut opening hours

Farnley library will open on three days a week instead of five from January.

Librarian Jane Cole told BBC Radio Farnshire that the cuts would hit older readers hardest.

The council said it had to save £200,000 next year.
"""

EN_SHARE = """Shock study finds one in four pupils skip breakfast

Researchers at Linford University say far more pupils skip breakfast than official figures \
suggest.

The researchers asked 2,000 pupils in 20 schools. Around 26 per cent of them said they never \
ate breakfast on school days.

Head teacher Anna Cole said the figures matched what staff saw every morning.
"""

EN_CANAL = """Boats stuck after canal bank bursts

Dozens of boats are stuck after a section of the Kennet and Avon Canal near Westbury burst \
its banks on Sunday.

Regional director Alison Grey said engineers were working on the bank. Boat owner Colin \
Marsh said he had lost his home for the winter.
"""


def test_a_price_worth_paying_is_the_writers_opinion_en():
    a = analyze(load_article(EN_LIMIT))
    opinions = [q for q in _opinion_items(a) if q.answer == "an opinion or assessment"]
    assert any("small price" in q.prompt for q in opinions), [q.prompt for q in opinions]


def test_a_local_paper_is_asked_among_papers_of_its_kind_de():
    a = analyze(load_article(DE_PAPER))
    items = [q for q in _source_items(a) if q.answer == "Talbacher Tageblatt"]
    assert items, [q.prompt for q in _source_items(a)]
    wrong = [o for o in items[0].options if o != items[0].answer]
    # papers of the key's own town since quick reading 24 (only the key carried the town
    # among other towns' papers): 'Talbacher Anzeiger', 'Talbacher Kurier' ...
    assert wrong and all(o.startswith("Talbacher ") for o in wrong), wrong


def test_a_bbc_local_station_is_asked_among_bbc_local_stations_en():
    a = analyze(load_article(EN_RADIO))
    items = [q for q in _source_items(a) if q.answer == "BBC Radio Farnshire"]
    assert items, [q.prompt for q in _source_items(a)]
    wrong = [o for o in items[0].options if o != items[0].answer]
    # since quick reading 27: national outlets a student cannot rule out by the story's
    # region, with at most one other BBC local station (no other BBC outlet: one house)
    assert wrong and sum(o.startswith("BBC Radio ") for o in wrong) <= 1, wrong
    assert not any(o.startswith("BBC ") and not o.startswith("BBC Radio ") for o in wrong), \
        wrong


def test_one_in_four_is_backed_by_a_quarter_in_per_cent_en():
    a = analyze(load_article(EN_SHARE))
    qs = media_headline.generate(a)
    assert not [q for q in qs if "four" in q.prompt and q.type != "open"], \
        [q.prompt for q in qs]
    assert not any("“four pupils”" in q.answer for q in qs), [q.answer for q in qs]


def test_no_person_is_swapped_into_a_canals_name_en():
    from quizgen.generate import truefalse

    a = analyze(load_article(EN_CANAL))
    for q in truefalse.generate(a):
        assert "Kennet and Grey" not in q.prompt and "Kennet and Marsh" not in q.prompt, q.prompt


def test_no_option_runs_two_reports_together_en():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims

    text = EN_CHESS.replace('Councillor Ravi Shah said the council supported the school\'s '
                            'decision.', 'Councillor Ravi Shah described the rule as "fair" '
                            'and said the council supported the school\'s decision.')
    a = analyze(load_article(text))
    for q in media_claims.generate(a, claims(a)):
        if q.options and "no evidence" in q.prompt:
            assert not any(" and said " in o for o in q.options), q.options


EN_TWO_EXPERTS = """Study finds more teenagers vape

Researchers say vaping among teenagers in Linford is more common than thought.

Lead author Dr Hannah Cole, a public health researcher, said the results were "a wake-up \
call". "We asked pupils anonymously," she said.

Head teacher Tom Reid said his school had banned vapes. Parent Lisa Dunn said she was shocked.

Professor Alan Whitby, a statistician at Durham University, said the schools might not be \
typical of the region.
"""


def test_no_expert_question_with_two_experts_en():
    a = analyze(load_article(EN_TWO_EXPERTS))
    assert not [q for q in _source_items(a) if "expert" in q.prompt], \
        [(q.prompt, q.answer) for q in _source_items(a)]


DE_APOLOGY = """Tablets gesperrt

An der Realschule Talbach können 400 Schüler seit Montag nicht mit ihren Tablets arbeiten.

Ursache war nach Angaben des Landkreises ein fehlerhaftes Update. „Das hätte nicht passieren \
dürfen, dafür entschuldigen wir uns“, sagte Landrätin Eva Kunz.

Schulleiter Peter Brand sagte, der Unterricht laufe mit Papier weiter.
"""


def test_an_apology_is_no_opinion_item_de():
    a = analyze(load_article(DE_APOLOGY))
    assert not [q for q in _opinion_items(a) if "entschuldigen" in q.prompt]


EN_COAST_WHO = """Homes to be demolished on cliff

Four homes in Saltwick will be demolished after a storm.

Retired postman Keith Darby bought his bungalow in 2009. He said a surveyor had assured him \
that the house would be safe "for at least 20 years".

Ms Joanne Pryce, a councillor, said the council was helping every household. Mrs Hannah \
Ellison, a nurse, said her family would still have to pay the mortgage.

Mrs Anna Reid, a geologist, said the coast loses about a metre a year.
"""


def test_a_who_said_prompt_with_him_offers_no_woman_en():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims

    a = analyze(load_article(EN_COAST_WHO))
    for q in media_claims.generate(a, claims(a)):
        if q.skill == "attribution" and " him " in q.prompt:
            assert not {"Joanne Pryce", "Hannah Ellison", "Anna Reid"} & set(q.options), \
                q.options


DE_RADIO_NOTE = """Seilbahn wird teurer

Die geplante Seilbahn in Talbach soll 40 Millionen Euro kosten statt 25 Millionen.

Baudezernentin Eva Kunz sagte, die Preise seien gestiegen. Pendlerin Sara Lind sagte dem \
Radiosender Antenne Talbach, sie warte seit Jahren auf eine bessere Verbindung.

Oberbürgermeister Paul Roth sagte, der Stadtrat entscheide im Dezember.
"""


def test_the_voices_note_names_the_station_without_its_kind_de():
    note = _voices_note(analyze(load_article(DE_RADIO_NOTE)))
    assert "Radiosender Antenne" not in note, note


EN_LEAGUE_QUOTES = """CHEATS? League leaders stripped of 20 points in ineligible player scandal

Ashcombe RFC have dropped from first to fifth after a panel ruled that they fielded an \
unregistered player in five matches. The club says it made an honest mistake.

"Nobody set out to cheat"

Club chairman Graham Pell said the form had been sent off in August. "Nobody at this club set \
out to cheat anyone," he said.

Rivals: "Rules are rules"

Tidworth Park RFC now top the table. Their coach, Chris Amadi, said the rules "are there for \
everyone". "You can't pick and choose which rules apply to you," he said.
"""


def test_a_quote_heading_not_in_the_body_is_no_found_option_en():
    a = analyze(load_article(EN_LEAGUE_QUOTES))
    for q in media_headline.generate(a):
        if q.options and "not report as it stands" in q.prompt:
            wrong = [o for o in q.options if o != q.answer]
            assert not any("Nobody set out" in o or "Rules are rules" in o for o in wrong), \
                q.options


def test_a_literal_word_is_not_named_as_missing_from_the_body_en():
    a = analyze(load_article(EN_COAST))
    notes = [q.answer for q in media_headline.generate(a) if q.type == "open"]
    assert notes, "no headline note"
    assert not any("do not occur in the body" in n and "crumbling" in n for n in notes), notes


EN_HERALD = """Dentist stops NHS treatment

A dental practice in Farnley will stop treating NHS patients from March.

"We cannot keep running a service at a loss," principal dentist Priya Raman told the Farnley \
Herald. About 4,000 patients are affected.

Patient Tom Lowe said he did not know where to go now.
"""


def test_a_local_paper_after_the_gap_is_asked_among_regional_papers_en():
    a = analyze(load_article(EN_HERALD))
    items = [q for q in _source_items(a) if q.answer == "Farnley Herald"]
    assert items, [q.prompt for q in _source_items(a)]
    assert not {"Guardian", "Times", "Daily Telegraph", "Independent", "Observer"} & set(
        items[0].options), items[0].options
