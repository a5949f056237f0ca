"""Blind review 18, media parts, on invented text.

- select keeps one of the open item on an unproven claim (it prints the claim and says no
  evidence was given) and the evidence item on that claim; where the open one goes, an open
  item that names no claim can stand in ('The article reports a claim and notes that no
  evidence was given for it. Find it: ...'), scored just below the specific one;
- a report or a study is nobody who 'presents events': the open item asks who could have an
  interest in the account;
- a 'no evidence' note right after a second-hand report ('Some of the birds had reportedly
  been kicked') is on that report, not on the quotation before it;
- German notes put a party in the accusative ('über einen Investor') and name it again with
  the definite article ('der Investor selbst kommt aber nicht zu Wort').
"""

from __future__ import annotations

from quizgen.generate import media_discussion
from quizgen.generate.media_discussion import NAMES_NO_CLAIM, _accusative, _definite
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article


def _why_items(text):
    a = analyze(load_article(text))
    return a, [q for q in media_discussion.generate(a, claims(a))
               if q.explanation == media_discussion.T[a.language]["why_expl"]]


EN_MARKET = """Market hall to close for two years

The Victorian market hall in Brackley will close in March for repairs, the town council said \
on Tuesday. Councillor Helen Marsh said the roof could no longer be made safe while traders \
were inside.

Some shopkeepers claim that the hall was sold to a developer long before the vote. There is \
no evidence for this, and the council denies any sale.

Baker Tom Wilde said he would move his stall to the high street. "We will manage somehow," \
he said.
"""

DE_BAD = """Freibad bleibt im Sommer geschlossen

Das Freibad in Hollfeld bleibt in diesem Sommer geschlossen. Das teilte Bürgermeisterin \
Karin Seidl am Montag mit. Die Technik sei veraltet, sagte sie.

Einige Anwohner behaupten, die Stadt habe das Bad schon im Winter an einen Investor verkaufen \
wollen. Belege dafür gibt es nicht.

Einige Vereinsmitglieder vermuten, die Pumpen seien absichtlich nicht gewartet worden. \
Bewiesen ist das nicht, die Stadt weist das zurück.

Schwimmmeister Paul Berger sagte, er hoffe auf eine Öffnung im nächsten Jahr.
"""


def test_an_open_item_that_names_no_claim_stands_in_en():
    a, items = _why_items(EN_MARKET)
    specific = [q for q in items if q.prompt not in NAMES_NO_CLAIM]
    general = [q for q in items if q.prompt in NAMES_NO_CLAIM]
    assert len(specific) == 1 and len(general) == 1, [q.prompt for q in items]
    g = general[0]
    assert g.prompt.startswith("The article reports a claim and notes that no evidence")
    assert "developer" not in g.prompt and "shopkeepers" not in g.prompt
    assert "sold to a developer" in g.answer and "There is no evidence for this" in g.answer
    # its evidence is the claim alone: the evidence items start at the claim and take the note
    assert [e.sentence for e in g.evidence] == [specific[0].evidence[0].sentence]
    assert g.type == "open" and g.skill == "discussion" and g.score < specific[0].score


def test_two_unproven_claims_ask_to_pick_one_de():
    a, items = _why_items(DE_BAD)
    general = [q for q in items if q.prompt in NAMES_NO_CLAIM]
    assert len(general) == 1, [q.prompt for q in items]
    g = general[0]
    assert "Wähle eine aus" in g.prompt and "Investor" not in g.prompt
    assert "Investor" in g.answer and "Pumpen" in g.answer
    assert len(g.evidence) == 2


DE_REPORT = """Heizung in der Grundschule fällt erneut aus

In der Grundschule am Lindenplatz ist die Heizung zum dritten Mal in diesem Winter \
ausgefallen. Schulleiterin Anke Vogt sagte, die Kinder säßen in Jacken im Unterricht.

Ein Prüfbericht aus dem Mai soll bereits vor einem Ausfall gewarnt haben. Bewiesen ist das \
nicht: Der Bericht wurde bisher nicht veröffentlicht.

Baudezernent Jens Fuchs sagte, eine neue Anlage werde im Sommer eingebaut.
"""

EN_REPORT = """Care home heating failed again

The heating at Elm Court care home failed for the third time this winter. Manager Ruth Kemp \
said residents had been moved to the dining room.

A council report from May had reportedly warned of a breakdown. There is no evidence for \
this, as the report has not been published.

Councillor Dev Patel said a new boiler would be fitted in the summer.
"""


def test_a_report_is_not_asked_why_it_presents_events():
    for text, bad, good in ((DE_REPORT, "Warum könnte ein Prüfbericht",
                             "Wer könnte ein Interesse daran haben"),
                            (EN_REPORT, "Why might a council report",
                             "Who could have an interest in presenting events")):
        a, items = _why_items(text)
        prompts = [q.prompt for q in items]
        assert not any(bad in p for p in prompts), prompts
        specific = [q for q in items if q.prompt not in NAMES_NO_CLAIM]
        assert specific or text is EN_REPORT, prompts  # (no English claim is found there)
        for q in specific:
            assert good in q.prompt, q.prompt
            assert "names who is speaking" not in q.answer and \
                "nennt, wer spricht" not in q.answer, q.answer


EN_SWANS = """Swan deaths on the river

Local vet Sam Hollis, who runs a clinic near the bridge, said she had treated some 30 \
injured swans this year. Some of the birds had reportedly been shot with air rifles. There is \
no evidence yet that any of those cases was reported to police.

The river trust said it would put up more signs.
"""


def test_the_note_after_a_second_hand_report_is_on_that_report():
    a = analyze(load_article(EN_SWANS))
    flagged = [c for c in claims(a) if c.unsupported]
    assert not any("30 injured swans" in c.content for c in flagged), \
        [(c.speaker, c.content) for c in flagged]


def test_german_parties_in_the_accusative_and_named_again():
    assert _accusative("ein Investor", "de") == "einen Investor"
    assert _accusative("ein Kunde", "de") == "einen Kunden"
    assert _accusative("ein Unternehmen", "de") == "ein Unternehmen"
    assert _accusative("der neue Betreiber", "de") == "den neuen Betreiber"
    assert _definite("ein Investor", "de") == "der Investor"
    assert _definite("ein privater Investor", "de") == "der private Investor"
    assert _definite("ein Unternehmen", "de") == "das Unternehmen"
    assert _accusative("a developer", "en") == "a developer"


DE_PARK = """Streit um den Stadtpark

Der Stadtpark in Wellingen soll zum Teil bebaut werden. Bürgermeister Uwe Kranz sagte, die \
Stadt brauche Wohnungen. Stadträtin Eva Lenz sagte, der Park sei für viele Familien \
unverzichtbar.

Ein Investor soll bereits Interesse an dem Grundstück gezeigt haben. Das berichten mehrere \
Anwohner. Bewiesen ist es nicht.
"""


def test_the_voices_note_declines_the_accused_party_de():
    a = analyze(load_article(DE_PARK))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["de"]["voices_expl"]]
    assert notes and all("Investor" in note for note in notes), notes
    for note in notes:
        assert "über ein Investor" not in note and "ein Investor selbst" not in note, note
        assert "ein Investor um" not in note, note


EN_POOL = """Swimming pool sale denied

The council is said to be in talks to sell the Westfield swimming pool to a gym chain. \
Councillor Priya Shah said the pool lost money every year.

Club secretary Alan Moss denied this, saying no offer had ever been made. Coach Linda Grant \
said the club would look for a new home. Lifeguard Sam Price said he would miss the pool.
"""


def test_no_who_said_item_on_a_predicate_that_points_back():
    from quizgen.generate import media_claims

    a = analyze(load_article(EN_POOL))
    prompts = [q.prompt for q in media_claims.generate(a, claims(a))
               if q.skill == "attribution"]
    assert not any(p.startswith("Who denied this") for p in prompts), prompts


EN_FOXES = """Town votes to cull urban foxes

Councillors in Ashby voted on Thursday to hire a pest control firm to cull foxes in the town \
centre. Council leader Mary Quinn said the animals had bitten two children this year.

The RSPCA pointed out that culls rarely reduce fox numbers for long. A spokesperson told the \
Ashby Echo that the charity would ask the council to think again.

Resident Paul Dean said he had not seen a fox in his garden for months.
"""


def test_a_spokesperson_after_an_organisation_speaks_for_it_en():
    a = analyze(load_article(EN_FOXES))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["en"]["voices_expl"]]
    assert notes and all("a spokesperson for the RSPCA" in n for n in notes), notes


DE_DOVES = """Stadt will Tauben vergrämen

Die Stadt Lindau will die Tauben am Bahnhof mit Netzen vertreiben. Bürgermeisterin Anna Vogt \
sagte, die Beschwerden hätten stark zugenommen.

Der Tierschutzverein Lindau wies darauf hin, dass Netze für Vögel gefährlich sein können. Ein \
Sprecher sagte dem Lindauer Boten, man werde den Plan prüfen lassen.

Anwohner Karl Huber sagte, er sei froh über die Netze.
"""


def test_a_spokesperson_after_an_organisation_speaks_for_it_de():
    a = analyze(load_article(DE_DOVES))
    items = [q for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["de"]["voices_expl"]]
    assert items, "no voices item"
    for q in items:
        assert "einen Sprecher vom Tierschutzverein Lindau" in q.prompt, q.prompt
        assert "von Tierschutzverein" not in q.answer, q.answer


DE_POOL = """Hallenbad öffnet auch sonntags

Das Hallenbad in Kornwestheim soll von März an auch sonntags geöffnet sein. Das hat der \
Gemeinderat am Dienstag beschlossen. Bürgermeister Tim Ernst sagte, viele Familien hätten \
sich das gewünscht. Bademeisterin Jana Hofer sagte, man brauche dafür zwei neue Stellen.
"""


def test_a_plan_from_a_month_on_is_no_unconfirmed_report_de():
    from quizgen.generate import media_claims

    a = analyze(load_article(DE_POOL))
    for q in media_claims.generate(a, claims(a)):
        assert not ("Hallenbad" in q.prompt and q.answer == "Nein, nur als unbestätigte "
                    "Angabe"), q.prompt


EN_PIER = """Pier to stay shut all winter

The Victoria Pier in Eastbay will stay closed until April, the council said on Monday. \
Engineers found rotten beams under the deck.

Some residents have claimed online that the council deliberately let the pier decay so that \
the land could be sold. There is no evidence for this, and the council said it had spent \
£300,000 on repairs since 2020.

Café owner Rita Moss said she would lose most of her winter trade. Councillor Ben Hart said \
the repairs would cost about £2 million.
"""

DE_PIER = """Seebrücke bleibt den Winter über gesperrt

Die Seebrücke in Ostheim bleibt bis April gesperrt, teilte die Gemeinde am Montag mit. \
Gutachter hatten morsche Balken gefunden.

Einige Anwohner haben im Netz behauptet, die Gemeinde habe die Brücke absichtlich verfallen \
lassen. Bewiesen ist das nicht, die Gemeinde weist den Vorwurf zurück.

Cafébesitzerin Rita Moos sagte, sie verliere den größten Teil ihres Wintergeschäfts. \
Bürgermeister Ben Hartl sagte, die Reparatur koste rund zwei Millionen Euro.
"""


def test_a_view_held_in_the_perfect_is_the_unproven_claim():
    # 'Some residents have claimed online that ...': the auxiliary no longer hides the claim
    # from the note after it (judged19 en_pier_closure had no item on its flagged claim)
    for text, speaker, claim in ((EN_PIER, "Some residents", "let the pier decay"),
                                 (DE_PIER, "Einige Anwohner", "verfallen lassen")):
        a = analyze(load_article(text))
        flagged = [c for c in claims(a) if c.unsupported]
        assert [(c.speaker, claim in c.content) for c in flagged] == [(speaker, True)], \
            [(c.speaker, c.content) for c in claims(a)]


EN_MARKET_TOLD = """Market traders fear new parking charges

Parking at Dunmore's market square will cost £2 an hour from January, the council said. \
Council leader Ruth Baines said the money would pay for new lighting.

One café owner, Sam Ortiz, told BBC Radio Kent that he had lost "around a third" of his \
trade. "People simply won't come any more," he said.

Shopper Ellen Hart said she would now drive to the retail park instead.
"""


def test_the_person_who_told_a_medium_is_the_voice_en():
    # the quote finder gave en_gull_feeding's 'One café owner, Tom Reddy, told BBC Radio
    # Devon that ...' (and the '..., he said' after it) to BBC Radio Devon: as it did there
    from dataclasses import replace

    a = analyze(load_article(EN_MARKET_TOLD))
    text = a.article.text
    medium = text.index("BBC Radio Kent")
    he = text.index("he said")
    a.quotes[:] = [replace(q, speaker="BBC Radio Kent", speaker_entity=None,
                           speaker_span=(medium, medium + 14) if "lost" in q.content
                           else (he, he + 2),
                           outlet="BBC Radio Kent" if "lost" in q.content else None)
                   if q.speaker == "Sam Ortiz" else q for q in a.quotes]
    cs = claims(a)
    told = [c for c in cs if "around a third" in c.content or "come any more" in c.content]
    assert [(c.speaker, c.outlet) for c in told] == [("Sam Ortiz", "BBC Radio Kent")] * 2, \
        [(c.speaker, c.outlet, c.content) for c in cs]
    notes = [q.answer for q in media_discussion.generate(a, cs)
             if q.explanation == media_discussion.T["en"]["voices_expl"]]
    assert notes and all("Sam Ortiz (café owner)" in n for n in notes), notes


EN_STUDY = """Clover could help bees

A study from the University of Leeds suggests that bees which feed on clover recover faster \
from a common parasite. Ecologist Hannah Pryce said the effect was stronger than expected.

Professor Alan Whitcombe, an entomologist at the University of Exeter, said the sample was too \
small. Gardener Simon Ash said he would leave his lawn uncut this summer.
"""


def test_one_university_does_not_speak_for_another():
    a = analyze(load_article(EN_STUDY))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["en"]["voices_expl"]]
    assert notes and all("University of Leeds" in n for n in notes), notes


DE_RUMOURS = [
    ("Im Dorf hält sich hartnäckig das Gerücht, der Bäcker habe den Laden schon an eine Kette "
     "verkauft. Bewiesen ist das nicht.", "Stimmen im Dorf", "an eine Kette verkauft"),
    ("Im Verein wird dagegen erzählt, die Gemeinde habe den Platz gezielt verfallen lassen. "
     "Bewiesen ist das nicht.", "Stimmen im Verein", "gezielt verfallen lassen"),
    ("Unter Nachbarn kursiert die Vermutung, das Feuer sei beim Grillfest am 3. August "
     "entstanden. Bewiesen ist das nicht.", "Stimmen unter Nachbarn", "am 3. August"),
]


def test_rumours_without_a_speaker_are_the_unproven_claim_de():
    for rumour, speaker, part in DE_RUMOURS:
        text = ("Streit in Lindach\n\nBürgermeisterin Eva Maurer sagte am Montag, die Gemeinde "
                "werde alles prüfen. " + rumour + "\n\nAnwohner Karl Stein sagte, er sei "
                "enttäuscht.\n")
        a = analyze(load_article(text))
        flagged = [c for c in claims(a) if c.unsupported]
        assert [(c.speaker, part in c.content) for c in flagged] == [(speaker, True)], \
            (rumour, [(c.speaker, c.content) for c in claims(a)])


DE_LINDE = """Streit um den Schulhof: Stadt fällt alte Linde, Eltern sind empört

Die Stadt Hollbach hat am Montag die alte Linde auf dem Schulhof der Grundschule fällen lassen. \
Der Baum sei morsch gewesen, sagte Baudezernent Jörg Kranz.

Für viele Eltern ist die Entscheidung übertrieben. „Hier wird ein gesunder Baum zum \
Sündenbock gemacht“, sagte Elternsprecherin Nina Wolf. Die Stadt will im Frühjahr zwei neue \
Bäume pflanzen.
"""


def test_a_reaction_called_exaggerated_is_reported_de():
    from quizgen.generate import media_headline

    a = analyze(load_article(DE_LINDE))
    notes = [q.answer for q in media_headline.generate(a) if q.type == "open"]
    assert notes, "no open headline item"
    for note in notes:
        assert "Von einer solchen Reaktion berichtet der Text nicht" not in note, note


EN_TIP = """Tip booking row

Kingsford's recycling centre now needs a booking, the county council said. Cabinet member \
David Hale, who is responsible for the change, said he was open to "sensible changes" such as \
extra slots at weekends. Council leader Ann Price said the system had cut queues at the gate.

Opposition leader Fiona Grant, whose party opposed the plan, said the drop in visits proved \
that "people are simply giving up". Pensioner Tom Baker said he had waited three weeks for a \
slot. Shop owner Liz Moran said she had seen more rubbish dumped in lay-bys.
"""


def test_no_option_of_the_other_sex_for_an_account():
    # nothing in the article shows Ann Price's or Fiona Grant's sex: no option may show one
    # ('Fiona Grant … said he was open to ...' is wrong at sight)
    from quizgen.generate import media_claims
    from quizgen.generate.media_claims import _pronoun_sex

    a = analyze(load_article(EN_TIP))
    for q in media_claims.generate(a, claims(a)):
        if q.skill == "interested_party" and ("Ann Price" in q.prompt or
                                              "Fiona Grant" in q.prompt):
            assert all(_pronoun_sex(o, "en") is None for o in q.options), q.options


EN_LIBRARY = """Library hours cut

Westford library will open on four days a week from January, the county council said. \
Councillor Amy Fox said the change would save £80,000 a year. Reader Joe Platt said he \
would miss the Saturday opening.

A library assistant, who asked not to be named, claimed that staff had been told to turn \
readers away early. The council has not responded to that claim.
"""


def test_silence_on_a_claim_is_named_though_the_party_speaks_elsewhere_en():
    a = analyze(load_article(EN_LIBRARY))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["en"]["voices_expl"]]
    assert notes and all("has not commented on the claim that staff had been told to turn "
                         "readers away early" in n for n in notes), notes


EN_OAKS = """Oaks on Mill Lane to be felled

The county council will fell six oak trees on Mill Lane next month. Police said there had been \
two falls on the pavement this year. Councillor Ruth Hale said the roots had lifted the paving \
stones.

Tom Price, who has lived on the lane for 30 years, told the Millford Echo that nobody had asked \
residents. Many residents have signed a petition against the plan.
"""


def test_a_voice_who_lives_there_is_a_resident_and_police_take_the_article_en():
    a = analyze(load_article(EN_OAKS))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.explanation == media_discussion.T["en"]["voices_expl"]]
    assert notes, "no voices item"
    for note in notes:
        assert "People affected (residents)" not in note, note
        assert "what Police said" not in note, note


def test_a_measured_cost_is_no_opinion():
    from quizgen.generate.media_opinion import opinion_cues

    # quick reading 25: 'Wer ... eine Bude betreibt, muss deutlich mehr bezahlen als im
    # Vorjahr.' was keyed as an opinion; the next sentence puts the rise at 25 per cent
    assert opinion_cues("Wer auf dem Herbstmarkt in Lindach einen Stand mietet, muss deutlich "
                        "mehr bezahlen als im Vorjahr.", "de") == []
    assert opinion_cues("Anyone who parks at the station must pay £2 more than last year.",
                        "en") == []
    # a demand stays one
    assert opinion_cues("Wer Kinder hat, muss endlich entlastet werden.", "de")
    assert opinion_cues("Wer jetzt noch zögert, muss sich nicht wundern.", "de")


def test_loaded_headline_words_of_quick_reading_25():
    from quizgen.generate.media_language import loaded_words

    # 'einfach' in a heading judges how the town hall acted; a speaker's 'einfach' in a
    # quotation of the body is not the report's own word
    text = ("Gemeinde verlegt den Flohmarkt einfach an den Ortsrand\n\nDer Flohmarkt in "
            "Lindach findet ab März auf dem Sportplatz statt. „Die Leute kommen dann einfach "
            "nicht mehr“, sagte Händlerin Eva Roth.\n")
    a = analyze(load_article(text))
    head = next(s for s in a.sentences if s.block == "headline")
    assert [w for w, _ in loaded_words(head, "de", a.article.text)] == ["einfach"]
    for text, phrase in (("Council flushes away the town's last public toilets\n\nThe "
                          "toilets on Bridge Street will close in January, the council "
                          "said.\n", "flushes away"),
                         ("Chainsaws before common sense on Elm Road\n\nNine trees on Elm "
                          "Road will be felled next month, the council said.\n",
                          "Chainsaws before common sense")):
        a = analyze(load_article(text))
        from quizgen.generate.media_language import IDIOMS
        head = next(s for s in a.sentences if s.block == "headline")
        assert [m.group(0) for m in IDIOMS["en"].finditer(head.text)] == [phrase]


def test_a_caption_left_in_the_body_is_not_the_lead():
    from quizgen.generate.media_headline import _lead

    a = analyze(load_article("Council shuts the last toilets in town\n\nCaption: The toilet "
                             "block on Mill Street has been locked since May.\n\nThe last "
                             "public toilets in Farley will close for good in January, the "
                             "council said.\n"))
    lead = _lead(a)
    assert lead is not None and lead.text.startswith("The last public toilets"), lead


def test_a_rumour_nobody_makes_gets_the_open_item_that_names_no_claim_de():
    text = ("Streit in Lindach\n\nBürgermeisterin Eva Maurer sagte am Montag, die Gemeinde "
            "werde alles prüfen. Anwohner Karl Stein sagte, er sei enttäuscht.\n\nIn sozialen "
            "Netzwerken kursiert die Behauptung, der Bäcker habe den Laden schon an eine Kette "
            "verkauft. Bewiesen ist das nicht.\n")
    a, items = _why_items(text)
    general = [q for q in items if q.prompt in NAMES_NO_CLAIM]
    assert len(general) == 1 and "an eine Kette verkauft" in general[0].answer, \
        [q.prompt for q in items]
    assert not [q for q in items if q.prompt not in NAMES_NO_CLAIM]  # no speaker to ask about
