"""Quick reading 23, media faults on invented text: a "no evidence" note that shares its
sentence with a denial is on the charge made just before ('The council called the allegation
"completely untrue", and no evidence has been produced.'); a station's number word is part
of its name ('Radiosender Waldau Eins'); a 'sagte er der ___' whose person is not the only
one named just before shows the sentence before instead of a guessed name; what someone told
the page's own paper ('Quelle: Waldauer Zeitung / dpa') is no statement from another medium;
the outlet item's explanation quotes the sentence that names the medium; after 'der ___' an
uninflected paper's name stands among names that read the same in every case, and no option
shares the key's own name ('Radio Waldau' beside 'Waldau Eins')."""

from __future__ import annotations

from quizgen.generate import media_claims, media_discussion, media_sources
from quizgen.generate.media_text import claims, outlets
from quizgen.pipeline import analyze, load_article

EN_PARK = """Council to sell Riverside allotments

Brookvale Council has agreed to sell the Riverside allotments to a developer for £2 million.

"This is our community," said Ruth Okafor, who chairs the allotment association. Council \
leader Peter Hale said the town needed new homes. Resident Tom Price said the land often \
floods in winter.

Some plot holders have claimed that a council officer was offered a job by the developer. \
The council called the allegation "completely untrue", and no evidence has been produced.
"""


def test_a_note_sharing_its_sentence_with_a_denial_is_on_the_charge_before_en():
    a = analyze(load_article(EN_PARK))
    cs = claims(a)
    flagged = [c for c in cs if c.unsupported]
    assert flagged, [(c.speaker, c.statement) for c in cs]
    assert all("untrue" not in (c.statement or "") for c in flagged), \
        [(c.speaker, c.statement) for c in flagged]
    items = [q for q in media_claims.generate(a, cs) if q.skill == "evidence"
             and q.type == "multiple_choice"]
    assert items, [q.prompt for q in media_claims.generate(a, cs)]
    assert "offered a job" in items[0].answer, items[0].answer


DE_HALL = """Keime in der Dusche: Sporthalle in Waldau gesperrt

Die Sporthalle des Goethe-Gymnasiums in Waldau ist seit Mittwoch gesperrt.

Schulleiterin Petra Hinz sagte dem Radiosender Waldau Eins, der Sportunterricht finde im \
Freien statt. Bei Regen gebe es Unterricht im Klassenraum.

Der Vorsitzende des Elternbeirats, Kai Brüggemann, und die Elternsprecherin Lisa Ott \
kritisierten die Stadt. Die Leitungen seien seit Jahren marode, sagte er der Nordsee-Zeitung. \
Die Stadt wollte sich dazu nicht äußern.

Quelle: Waldauer Zeitung / dpa
"""


def _source_items(text: str):
    a = analyze(load_article(text))
    return a, media_sources.generate(a, claims(a))


def test_a_stations_number_word_is_part_of_its_name_de():
    a, items = _source_items(DE_HALL)
    assert "Waldau Eins" in outlets(a), list(outlets(a))
    keys = [q.answer for q in items]
    assert "Waldau" not in keys and "Waldau Eins" in keys, keys


def test_no_option_shares_the_keys_own_name_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Waldau Eins"]
    assert not any("Waldau" in o for o in q.options if o != q.answer), q.options


def test_a_guessed_pronoun_speaker_shows_the_sentence_before_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Nordsee-Zeitung"]
    assert "sagte er der ___" in q.prompt, q.prompt
    assert "kritisierten die Stadt" in q.prompt, q.prompt


def test_after_der_every_option_reads_the_same_in_every_case_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Nordsee-Zeitung"]
    assert not any(w.endswith("en") for o in q.options for w in o.split()), q.options


DE_OWN = """Kunstrasen in Waldau muss weg

Der Kunstrasenplatz des TuS Waldau wird im Sommer umgebaut.

Der Vorsitzende des TuS Waldau, Bernd Kowal, zeigte sich enttäuscht. Kowal sagte der \
Waldauer Zeitung, der Umbau dauere mindestens acht Wochen. Bürgermeisterin Eva Roth sagte, \
die Stadt habe keine Wahl. Trainer Jonas Wehr sagte, die Kinder müssten ausweichen.

Quelle: Waldauer Zeitung / dpa
"""


def test_what_someone_told_the_pages_own_paper_is_no_second_hand_statement_de():
    a, items = _source_items(DE_OWN)
    assert not any(q.answer == "Waldauer Zeitung" for q in items), \
        [(q.prompt, q.answer) for q in items]
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.skill == "discussion"]
    assert not any("Waldauer Zeitung" in n for n in notes), notes


DE_CARRIED = """Kunstrasen in Waldau muss weg

Der Kunstrasenplatz des TuS Waldau wird im Sommer umgebaut.

Der Vorsitzende des TuS Waldau, Bernd Kowal, zeigte sich enttäuscht. Der Umbau dauere \
mindestens acht Wochen, sagte Kowal dem Kornauer Anzeiger. In dieser Zeit müssten die \
23 Mannschaften des Vereins auf andere Plätze ausweichen. "Wir wissen nicht, wohin", sagte \
Kowal. Bürgermeisterin Eva Roth sagte, die Stadt habe keine Wahl. Trainer Jonas Wehr sagte, \
die Kinder müssten ausweichen.

Quelle: Waldauer Portal / dpa
"""


def test_the_outlet_items_explanation_quotes_the_sentence_naming_the_medium_de():
    a, items = _source_items(DE_CARRIED)
    qs = [q for q in items if q.answer == "Kornauer Anzeiger"]
    assert qs, [(q.prompt, q.answer) for q in items]
    assert all("Mannschaften" not in q.explanation for q in qs), [q.explanation for q in qs]


DE_AMPEL = """Nach Unfall: Eltern kämpfen für eine Ampel

Mehr als 200 Eltern und Kinder haben am Dienstag in Waldau für eine Fußgängerampel \
demonstriert.

Organisiert hatte den Protest die Elterninitiative "Sicherer Schulweg". Deren Sprecherin \
Julia Aksoy, Mutter zweier Kinder, sagte dem Waldauer Boten, man habe schon vor drei Jahren \
eine Ampel gefordert. Bürgermeister Georg Huber sagte, das Thema komme in den Stadtrat. \
Rektorin Claudia Weiß sagte, sie begrüße den Protest.
"""


def test_a_parents_initiatives_spokeswoman_speaks_for_the_parents_de():
    a = analyze(load_article(DE_AMPEL))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.skill == "discussion"]
    assert notes, notes
    assert not any("niemand von ihnen kommt" in n for n in notes), notes


EN_SPORTS = """Heat chaos at sports day: 14 pupils treated as temperatures soar

At least 14 children were treated by paramedics after falling ill during a sports day at \
Castleford Primary School on Friday, as temperatures reached around 31C.

Head teacher Andrew Blakely said the school had followed its heat plan. "The safety of our \
pupils always comes first," Mr Blakely said. Mother-of-three Kerry Dawson said it was \
obvious by lunchtime that it was far too hot.
"""


def test_an_english_role_that_opens_its_sentence_is_lower_case_beside_the_name():
    a = analyze(load_article(EN_SPORTS))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.skill == "discussion"]
    assert notes and "Andrew Blakely (head teacher)" in notes[0], notes


def test_a_word_of_a_compound_is_not_compared_as_the_headlines_noun():
    from quizgen.generate import media_headline

    a = analyze(load_article(EN_SPORTS))
    notes = " ".join(q.answer for q in media_headline.generate(a) if q.type == "open")
    assert "says only" not in notes, notes


EN_BUS = """LEFT STRANDED! Villagers fury as last bus to Ashcombe is axed

The only bus route serving the village of Ashcombe will be scrapped next month, leaving \
hundreds of residents without public transport.

Operator Redline Buses said the route was losing money. Residents say the figures do not tell \
the whole story. A petition calling for the route to be saved has been signed by more than \
2,300 people. "It is my only way to the doctor," said pensioner Margaret Ellery, 78.
"""


def test_a_petition_of_the_residents_is_a_reaction_of_the_villagers_en():
    from quizgen.generate import media_headline

    a = analyze(load_article(EN_BUS))
    notes = " ".join(q.answer for q in media_headline.generate(a) if q.type == "open")
    assert "no such reaction" not in notes, notes


def _opinions(text: str) -> list[str]:
    from quizgen.generate import media_opinion

    a = analyze(load_article(text))
    return [q.prompt for q in media_opinion.generate(a, claims(a))
            if q.answer == "an opinion or assessment"]


def test_a_concession_is_no_report_of_what_others_claim_en():
    text = """Council to sell allotments for housing

Brookmere Council has agreed to sell the Ferry Lane allotments to a developer for £3.4 \
million. The site has 84 plots and a waiting list of 120 people.

Council leader Mark Sutherland said the town needed new homes. Plot holder Linda Okonjo said \
members were shocked.

Selling off a thriving green space for a quick cash injection is short-sighted, whatever \
the council claims.
"""
    assert any("short-sighted" in p for p in _opinions(text)), _opinions(text)


def test_a_false_economy_is_the_writers_verdict_en():
    text = """Village bus route to be scrapped

The number 27 bus between Ashcombe and Wellsford will run for the last time on 4 April. \
Somerset Council withdrew its funding in January as part of a £12 million cut.

Operator manager Graham Pettigrew said the route lost £90,000 a year. Parish council chair \
Owen Rhys said the village had not been asked.

Cutting off a village like Ashcombe is a false economy that will cost far more in the long run.
"""
    assert any("false economy" in p for p in _opinions(text)), _opinions(text)


def test_a_subheading_whose_noun_the_body_has_inside_a_compound_is_not_unbacked_de():
    from quizgen.generate import media_headline

    text = """Keime in der Dusche: Sporthalle in Waldau gesperrt

Die Sporthalle des Goethe-Gymnasiums in Waldau ist seit Mittwoch gesperrt. Im Wasser der \
Duschen wurden Legionellen gefunden.

Sportunterricht findet im Freien statt

Schulleiterin Petra Hinz sagte, der Sportunterricht finde bis auf Weiteres im Freien statt.

Eltern erheben Vorwürfe

Der Vorsitzende des Schulelternbeirats, Kai Brüggemann, kritisierte die Stadt scharf. Die \
Leitungen seien seit Jahren marode.
"""
    a = analyze(load_article(text))
    sub = next(s for s in a.sentences if s.text == "Eltern erheben Vorwürfe")
    assert media_headline.judge(a, sub) != "unsupported"
