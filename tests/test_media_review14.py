"""Blind review 14 and quick reading 20, media faults on invented text: the neutral word a
loaded-language item suggests is plain itself ('Störungen', not 'Durcheinander' for 'CHAOS');
a word that is literal for what it describes ('crumbling cliff') is no loaded word, while a
heading's 'flee' and 'swallows' dramatise; a headline's shouted word ('EINSTURZGEFAHR') or a
judging compound is never offered as the plain option beside the loaded one; an outlet is
asked among outlets of its kind and language, never beside one of its own house ('BBC News'
beside 'BBC Look North') or the page's own agency."""

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
