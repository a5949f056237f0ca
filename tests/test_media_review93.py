"""mediaA fixes of the fix round of the session of 2026-11-29 (02:28): faults found by the
blind reviews up to 93, each as a general rule on an invented sentence or article."""

from __future__ import annotations

from quizgen.generate import media_headline


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


BEACH = """By Laura Penhale | Tuesday 1 December 2026, 10:05 GMT

Beach cleaners 'devastated' after council bars volunteers from harbour walls

A volunteer beach-cleaning group that has filled more than 1,500 sacks with waste in four \
years has been told it can no longer work on the harbour wall at Port Ellin, after Carrick \
District Council changed its insurance rules.

The group, Ellin Shore Friends, was set up in 2022 by retired teacher Morwenna Hale. "We have \
been doing this for nothing, every Sunday, in all weathers," Ms Hale said.

In a letter sent on 20 November, the council told the group that its volunteers would in \
future need a qualified supervisor and safety harnesses to work on the wall.

About 3,000 tonnes of waste washed up on the beach {where} last year, council figures \
show, and removing it cost nearly £400,000.

Council cabinet member for coasts, Peter Rowe, said safety had to come first. "Nobody wants \
to stop good work, but the wall is slippery and the drop is steep," he said.

Volunteers will keep cleaning the sand below the wall, where the rules do not apply.
"""


def _headline_note(text: str) -> str:
    an = _analysis(text)
    notes = [str(q.answer) for q in media_headline.generate(an) if q.type == "open"]
    assert len(notes) == 1
    return notes[0]


def test_a_heading_feeling_in_quotation_marks_is_quoted_with_its_closing_mark():
    # blind review 89 en_litter_pickers #13: 'Not backed by the text: “pickers 'devastated”'
    note = _headline_note(BEACH.format(where="beside the harbour walls"))
    assert "“cleaners 'devastated'”" in note


def test_the_note_on_a_feeling_cites_no_sentence_that_only_shares_other_heading_words():
    # blind review 89 en_litter_pickers #13 cited 'Around 9,000 incidents of fly-tipping and
    # roadside litter were reported ...' as what the body reports on the pickers
    note = _headline_note(BEACH.format(where="beside the harbour walls"))
    assert "3,000 tonnes" not in note
    assert "A volunteer beach-cleaning group" in note


def test_a_heading_noun_the_lead_holds_in_a_compound_needs_no_other_sentence():
    # 'Beach cleaners' over a lead on 'a volunteer beach-cleaning group': the one other
    # sentence with 'beach' does not bear on the claim
    an = _analysis(BEACH.format(where="around the bay").replace("'devastated'",
                                                                 "'heartbroken'"))
    s = next(x for x in an.sentences if x.block == "headline")
    group = media_headline.headline_group(an, s)
    assert media_headline._bearing(an, group, media_headline._lead(an)) == []
    note = _headline_note(BEACH.format(where="around the bay").replace("'devastated'",
                                                                        "'heartbroken'"))
    assert "3,000 tonnes" not in note


def test_a_plain_next_step_as_the_last_paragraph_is_no_verdict_of_the_writer():
    # blind73 en_three_weekly_bins: 'Residents will receive a new calendar with their
    # collection dates by post in March.' was keyed the writer's opinion (last paragraph)
    from quizgen.generate.media_opinion import _judges_last

    for text in ("Tenants will receive a new parking permit with their lease by post in May.",
                 "Volunteers will keep cleaning the sand below the wall, where the rules do "
                 "not apply."):
        assert not _judges_last(text, 0.5, "en", [])
    # a verdict with 'will' stays one
    assert _judges_last("A harbour that nobody can reach will not stay a harbour for long.",
                        0.5, "en", [])
    an = _analysis(BEACH.format(where="around the bay"))
    from quizgen.generate import media_opinion
    keyed = [q for q in media_opinion.generate(an, []) if q.answer == "an opinion or assessment"]
    assert not [q for q in keyed if "Volunteers will keep" in q.prompt]


def test_a_general_verdict_names_its_short_clause_up_to_the_verb():
    # blind31 de_batteriespeicher: 'Wörter wie „wird um solche Speicher“ zeigen ...'
    from quizgen.generate.media_opinion import opinion_cues

    cues = [c.text for c in opinion_cues("Wer mehr Busse will, wird um höhere Fahrpreise nicht "
                                         "herumkommen – aber er muss das gut erklären.", "de")]
    assert "wird um höhere Fahrpreise nicht herumkommen" in cues
    cues = [c.text for c in opinion_cues("Wer glaubt, dass sich der Streit damit erledigt hat, "
                                         "macht es sich zu leicht.", "de")]
    assert "macht es sich zu leicht" in cues


def test_verdient_after_gut_is_earned_not_deserved():
    # blind review 92 de_tankstelle #13 named 'verdient' ('die hier jahrzehntelang gut verdient
    # haben') as an opinion word
    from quizgen.generate.media_opinion import appeal_cues

    text = ("Dass Eltern die Schulbücher selbst kaufen müssen, ist ein Armutszeugnis für die "
            "Verlage, die an den Schulen lange gut verdient haben.")
    assert not [c for c in appeal_cues(text, "de") if "verdien" in c.text]
    assert [c for c in appeal_cues("Die Helferinnen hätten mehr Anerkennung verdient.", "de")
            if "verdien" in c.text]


def test_a_mistake_the_article_established_is_no_verdict():
    # blind review 92 en_parking_fines #13: 'the family had only realised the mistake when a
    # neighbour received a similar letter' keyed an opinion ('mistake')
    from quizgen.generate.media_opinion import opinion_cues

    assert not opinion_cues("Her brother said the school had only noticed the mistake when a "
                            "second parent complained.", "en")
    assert [c for c in opinion_cues("Closing the swimming pool was a mistake.", "en")
            if c.text == "mistake"]
    assert [c for c in opinion_cues("The council made the mistake of ignoring the warnings.",
                                    "en") if c.text == "mistake"]


SHARE_DE = """Von Jana Roth | Montag, 30. November 2026, 07:00 Uhr

Stadt schließt fast jeden vierten Spielplatz in Lindhagen

Die Stadt Lindhagen will bis zum Sommer rund 30 ihrer knapp 130 Spielplätze schließen. Betroffen \
sind vor allem kleine Anlagen in Wohnsiedlungen, deren Geräte erneuert werden müssten.

Nach Angaben des Grünflächenamts fehlen für die Sanierung aller Anlagen etwa zwei Millionen \
Euro. Amtsleiter Peter Kohl sagte, man habe jede Anlage einzeln geprüft.

Eltern in der Siedlung Am Bach sammeln inzwischen Unterschriften. Die Initiatorin Sandra Wirth \
sagte, der nächste Spielplatz sei künftig mehr als einen Kilometer entfernt.

Wer Spielplätze aber nur nach Kosten bewertet, vergisst, was sie für Familien bedeuten.

Der Stadtrat soll im Januar über die Liste beraten.
"""


def test_a_share_as_one_in_n_backed_by_a_count_of_a_whole_is_no_all_word():
    # blind review 90 de_briefkaesten #21/#23: 'fast jeden fünften Briefkasten' over 'rund 140
    # ihrer knapp 760 Briefkästen' was keyed not backed, 'jeden' named as sharpening
    an = _analysis(SHARE_DE)
    qs = media_headline.generate(an)
    assert not [q for q in qs if q.answer == "Falsch"]
    assert not [q for q in qs if "„jeden“" in str(q.answer)]
    s = next(x for x in an.sentences if x.block == "headline")
    assert "jeden" not in media_headline.overstated_words(an, [s])


MONTHS_EN = """By Ruth Cole | Saturday 28 November 2026, 09:00 GMT

Library reopens in Dunmore eight months after fire

Dunmore's public library has reopened after a fire in its reading room forced it to close in \
the spring.

The fire broke out in the early hours of 14 March, when an electrical fault set a radiator \
alight. Nobody was hurt, but around 4,000 of the library's 25,000 books were lost.

The library reopened on Friday 13 November with a new reading room and a children's corner, \
according to branch manager Alan Price. More than 200 people visited the reopened library on \
its first day.
"""


def test_a_heading_span_of_months_between_two_days_of_the_body_is_backed():
    # blind review 90 en_banking_hub #18: 'six months after town lost its last bank' over
    # 'on 16 May' and 'on Monday 23 November': asked whether 'six' is in the body
    an = _analysis(MONTHS_EN)
    assert not [q for q in media_headline.generate(an) if "eight" in q.prompt]
    # a span the body's days do not give is still asked
    an = _analysis(MONTHS_EN.replace("eight months", "two years"))
    assert [q for q in media_headline.generate(an) if "two" in q.prompt]


def test_a_river_named_like_an_all_word_is_no_sharpening_word():
    # blind review 91 de_deichrueckverlegung #16: 'Neuer Deich an der Aller' named 'Aller'
    an = _analysis(SHARE_DE.replace("Stadt schließt fast jeden vierten Spielplatz in Lindhagen",
                                    "Neuer Radweg an der Aller: Anwohner sammeln Unterschriften"))
    s = next(x for x in an.sentences if x.block == "headline")
    assert "Aller" not in media_headline.overstated_words(an, [s])
    an = _analysis(SHARE_DE.replace("Stadt schließt fast jeden vierten Spielplatz in Lindhagen",
                                    "Alle Spielplätze in Lindhagen sollen schließen"))
    s = next(x for x in an.sentences if x.block == "headline")
    assert "Alle" in media_headline.overstated_words(an, [s])


def test_a_surname_in_a_firm_name_is_not_swapped():
    # blind review 93 en_boatyard C1: '... share in the profits of Angove & Sons' for
    # 'Pengelly & Sons', a firm that does not exist
    from quizgen.generate import truefalse

    text = """By Tom Hale | Friday 27 November 2026, 10:00 GMT

Bakery sold to its staff

A family bakery in Porthallow has been sold to its staff after more than a century.

The deal, which was signed on 2 October, means that all 31 employees will share in the \
profits of Trevail & Sons from next year. Owner Martin Trevail, 66, said he wanted the bakery \
to stay in the village.

Baker Lucy Penrose, who has worked there since 2004, said the staff were delighted. \
Councillor Gary Nance said the deal was good news for the high street.
"""
    an = _analysis(text)
    for q in truefalse.generate(an):
        assert "Penrose & Sons" not in q.prompt and "Nance & Sons" not in q.prompt


POOL_DE = """Von Miriam Stahl | Dienstag, 1. Dezember 2026, 09:10 Uhr

Hallenbad in Kirchwalde schließt

Das Hallenbad in Kirchwalde schließt Ende Februar. Der Gemeinderat hat am Montagabend mit 14 zu \
9 Stimmen gegen eine Sanierung gestimmt. Die Sanierung hätte nach einem Gutachten rund 6,5 \
Millionen Euro gekostet.

Bürgermeister Andreas Vogt (CDU) sagte, die Gemeinde könne sich das Bad nicht mehr leisten. Jedes \
Jahr schieße man bereits rund 400.000 Euro zu.

Der Schwimmverein Kirchwalde mit seinen gut 300 Mitgliedern muss sich nun ein neues Becken \
suchen. Vorsitzende Karin Mohr sagte, die nächsten Bäder seien bereits ausgelastet.

Auch die Grundschule ist betroffen. Rund 180 Kinder hatten bisher einmal pro Woche \
Schwimmunterricht im Hallenbad.

Dass eine Gemeinde ihren Kindern das Schwimmenlernen nicht mehr ermöglichen kann, ist ein \
bedenkliches Zeichen.

Der Förderverein will am 12. Dezember über eine Petition beraten.
"""


def test_the_writers_verdict_before_a_closing_line_on_what_comes_next_is_asked():
    # blind review 91 de_deichrueckverlegung: 'Wer an diesem Abend im Saal saß, konnte
    # erleben, wie schnell Vertrauen verloren geht, ...' before 'Das Planfeststellungsverfahren
    # soll im Sommer beginnen. ...' got no fact/opinion item
    from quizgen.generate import media_opinion

    an = _analysis(POOL_DE)
    qs = [q for q in media_opinion.generate(an, [])
          if q.answer == "eine Meinung bzw. Einschätzung"]
    assert [q for q in qs if "bedenkliches Zeichen" in q.prompt]
    assert not [q for q in qs if "Förderverein" in q.prompt]
    assert media_opinion._end_note("Das Verfahren soll im Sommer beginnen. Einwände können dann "
                                   "beim Landkreis eingereicht werden.", "de")
    assert not media_opinion._end_note("Die Stadt hat viel zu lange gewartet.", "de")
def test_a_lead_with_a_quoted_phrase_is_still_the_bodys_report_on_a_feeling_heading():
    # blind review 90 en_cash_machine_fees #14: the lead 'Residents ... say they are being
    # "punished for living in the countryside" after ...' was left out for its quotation marks
    # and 'had been free to use for more than a decade' cited as what the text reports
    text = """By Tom Hale | Wednesday 25 November 2026, 12:15 GMT

Villagers angry as only post box in Little Brayford is taken away

Residents of Little Brayford say they are being "cut off from the world" after the village's \
only post box was taken away by the postal operator.

The post box, which stood outside the church, had been in use for more than forty years. It \
was removed on Monday 2 November without any notice to the parish council.

Shop owner Priya Dhillon said customers had come in to complain. "Some of them cannot drive \
to the next town," she said.
"""
    note = _headline_note(text)
    assert "Residents of Little Brayford" in note
    assert "more than forty years" not in note
