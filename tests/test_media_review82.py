"""mediaA fixes of the fix round of the session of 2026-11-28/29 (23:50): faults found by the
blind reviews 75-82, each as a general rule on an invented article."""

from __future__ import annotations


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


POOL_EN = """By Helen Marsh | Thursday 12 November 2026, 7:30am

Leisure centre to close for good as crumbling concrete found in upper floors

Ashvale's only public leisure centre will not reopen, the district council has announced, \
after engineers found that parts of its concrete frame were at risk of failing.

The Brook Street centre was shut as a precaution on 2 October after pieces of concrete fell \
from a ceiling into the changing rooms. Nobody was hurt.

A survey, published on Monday, found that the top two floors had been built with reinforced \
autoclaved aerated concrete, a lightweight material that can fail without warning. Council \
leader Priya Shah said the findings left the council no choice but to close the building \
permanently.

"We know how much this centre means to people, but we cannot ask anyone to swim under that \
roof," she said.

Opposition leader Tom Hale claimed that an inspection in 2020 had already found cracks in the \
roof. That has not been confirmed: the council says it has no record of such an inspection.

Demolition is expected to cost about £900,000. The council will decide on 14 January whether \
to build a new centre on the site.

Sign up to our newsletter for the latest Ashvale news.
"""


def test_crumbling_concrete_and_upper_floors_are_what_the_body_reports():
    # blind review 81 en_multistorey #10/#15: 'crumbling concrete found in upper decks' over
    # 'chunks of concrete fell from a ceiling' and 'the top two decks' was keyed the
    # dramatising word, and the open item called the headline overstated ('crumbling') with
    # 'upper' a word the body lacks
    from quizgen.generate import media_headline, media_language
    from quizgen.generate.media_headline import _absent_words, overstated_words
    a = _analysis(POOL_EN)
    head = [s for s in a.sentences if s.block == "headline"]
    assert "crumbling" not in [w.lower() for w in overstated_words(a, head)]
    assert "upper" not in [w.lower() for w in _absent_words(a, head[0])]
    assert not [q for q in media_language.generate(a) if q.answer.lower() == "crumbling"]
    assert not [q for q in media_headline.generate(a) if q.type == "open"
                and "crumbling" in q.answer]
    # a crumbling school is still the heading's drama, and 'upper' without a 'top' below it
    # is still a word to check
    a = _analysis(POOL_EN.replace("crumbling concrete found in upper floors",
                                  "crumbling centre found to have upper floors at risk")
                  .replace("top two floors", "two floors"))
    head = [s for s in a.sentences if s.block == "headline"]
    assert "crumbling" in [w.lower() for w in overstated_words(a, head)]
    assert "upper" in [w.lower() for w in _absent_words(a, head[0])]


CAFE_DE = """Von Jonas Reuter | Mittwoch, 12. August 2026, 17:10 Uhr

Kontrolle in der Altstadt: Aushilfen im Eiscafé bis nach Mitternacht im Dienst

Bei einer Kontrolle im Eiscafé Venezia in Bergheim haben Beamte des Hauptzollamts am Samstag \
elf Schülerinnen und Schüler angetroffen, die dort in den Ferien jobben. Mehrere von ihnen \
sollen länger gearbeitet haben, als das Gesetz erlaubt.

Nach Angaben von Zollsprecherin Petra Lindner prüften die Beamten die Stundenzettel von \
insgesamt 19 Beschäftigten. Einige Sechzehnjährige hätten im Eiscafé noch nach Mitternacht \
hinter der Theke gestanden, obwohl Jugendliche nur bis 22 Uhr arbeiten dürfen.

Der Inhaber, Marco Bellini, wies die Vorwürfe zurück. Die Schichten seien mit den Eltern \
abgesprochen gewesen, sagte er. Man werde die Abläufe aber überprüfen.

Ob gegen das Eiscafé ein Bußgeld verhängt wird, ist noch offen. Zuständig ist das \
Landratsamt, dem der Zoll seine Ergebnisse bis Ende August schicken will.

Quelle: Bergheimer Anzeiger
"""


def test_an_open_fine_does_not_make_a_heading_on_the_place_open():
    # blind review 82 de_ferienjobs #15/#16: 'Schüler im Freizeitpark bis nach 22 Uhr im
    # Einsatz' was keyed 'not confirmed by the body' for 'Ob gegen den Freizeitpark ein
    # Bußgeld verhängt wird, ist noch offen' - the park is only where it happened
    from quizgen.generate import media_headline
    from quizgen.generate.media_contrast import findings
    a = _analysis(CAFE_DE)
    assert not [f for f in findings(a) if f.kind == "uncertain"]
    assert not [q for q in media_headline.generate(a) if q.skill == "headline"
                and "noch offen" in q.answer + q.explanation]
    # a heading that states the fine itself is what the open question is about
    a = _analysis(CAFE_DE.replace("Aushilfen im Eiscafé bis nach Mitternacht im Dienst",
                                  "Eiscafé muss Bußgeld für zu lange Schichten zahlen"))
    assert [f for f in findings(a) if f.kind == "uncertain"]


MUSIC_DE = """Von Lisa Vogt | Montag, 9. März 2026, 10:15 Uhr

Musikschule Talbach sucht neue Lehrkräfte

Die Musikschule Talbach kann im kommenden Schuljahr rund 120 Kinder nicht aufnehmen. Es fehlen \
nach Angaben der Schulleiterin Claudia Weiß mindestens vier Lehrkräfte für Klavier und Geige.

Weiß sagte, viele Bewerber wollten nicht für 25 Euro pro Stunde unterrichten. Die Stadt habe \
das Honorar seit 2019 nicht erhöht. Kämmerer Bernd Falk verweist auf den knappen Haushalt. Auch \
beim Land sieht Falk eine Verantwortung. Es habe seine Zuschüsse für Musikschulen seit Jahren \
nicht angepasst.

Die Eltern Jonas und Maria Keller haben eine Petition gestartet, die bis Montag 1.400 Menschen \
unterschrieben haben. Der Stadtrat berät am 26. März über das Honorar.

Quelle: Talbacher Zeitung
"""


def _tf(a):
    from quizgen.generate import truefalse
    return [q.prompt for q in truefalse.generate(a)]


def test_a_leading_auch_is_left_out_of_the_statement():
    # blind review 82 de_ferienjobs C5: 'Auch bei den Eltern sieht Reinhold Nachholbedarf.'
    # kept the 'Auch' that points to what was said of the firms before
    from quizgen.generate.truefalse import _unalso
    prompts = _tf(_analysis(MUSIC_DE))
    assert not [p for p in prompts if "? Auch " in p]
    # (the true statement: the false one would swap Falk and Weiß again, as the statement on
    # what Weiß said already does - one pair of persons makes one trap, tests/
    # test_media_review121.py)
    assert "Richtig oder falsch? Beim Land sieht Falk eine Verantwortung." in prompts
    # a concession stays as it is: 'Auch wenn ...' is no 'Wenn ...'
    assert _unalso("Auch wenn es regnet, findet das Fest statt.").startswith("Auch wenn")
    assert _unalso("Auch die Schule bleibt zu.") == "Die Schule bleibt zu."


BAKERY_EN = """By Sam Ward | Tuesday 3 March 2026, 9:00am

Village bakery to reopen after flood repairs

The only bakery in Little Ashby will reopen on 14 March, six months after a flood forced it to \
close.

The owners of the Mill Lane shop, Owen and Clara Price, have spent more than £40,000 on repairs. \
Parish council chair Janet Cole said the village had missed its bakery badly.

Clara Price said the new ovens would allow the shop to bake bread on Sundays for the first time. \
Local builder Tom Hughes, who carried out most of the work, said the walls had taken four months \
to dry out.

Sign up to our newsletter for the latest Ashby news.
"""


def test_no_swap_inside_a_couples_name():
    # blind review 79 en_blue_plaque: 'The current owners of 14 Canal Row, Dean and Sofia Marr,
    # ...' became 'Dean and Oyelaran' - the first name left without its surname
    prompts = _tf(_analysis(BAKERY_EN))
    assert not [p for p in prompts if "Owen and " in p and "Clara Price" not in p]
    prompts = _tf(_analysis(MUSIC_DE))
    assert not [p for p in prompts if "Jonas und " in p and "Maria Keller" not in p]
    # a person of her own before 'and' still lets the name be swapped
    prompts = _tf(_analysis(BAKERY_EN.replace("Owen and Clara Price", "Tom Hughes and Clara "
                                                                       "Price")))
    assert [p for p in prompts if "Tom Hughes and " in p and "Clara Price" not in p]


PARKING_DE = """Von Nina Sommer | Donnerstag, 5. November 2026, 18:20 Uhr

Parkgebühren sollen um bis zu 50 Prozent steigen – Händler in Talbach empört

Wer in der Talbacher Innenstadt parkt, muss ab dem kommenden Jahr deutlich mehr bezahlen. Der \
Stadtrat hat am Mittwochabend eine neue Gebührenordnung beschlossen, die zum 1. Januar 2027 in \
Kraft treten soll.

Eine Stunde im Parkhaus am Markt kostet dann 2,40 Euro statt bisher 1,60 Euro. Kämmerin Sabine \
Roth begründete die Erhöhung mit den Kosten für die Sanierung der Parkhäuser.

Der Inhaber eines Schuhgeschäfts in der Lindenstraße, Peter Graf, befürchtet, dass Kunden \
künftig lieber im Einkaufszentrum vor der Stadt einkaufen. "Schon jetzt fragen mich viele \
Kunden, wo sie kostenlos parken können", sagte Graf.

Quelle: Talbacher Zeitung
"""


def test_the_people_who_feel_are_not_the_town_they_live_in():
    # blind review 80 de_friedhofsgebuehren #15: 'Angehörige in Ostheim empört' was quoted as
    # 'Ostheim empört' (the town's name, tagged a noun, taken for who is outraged)
    from quizgen.generate.media_headline import _feeling_claims
    a = _analysis(PARKING_DE)
    head = [s for s in a.sentences if s.block == "headline"]
    phrases = [p for p, _ in _feeling_claims(a, head)]
    assert "Händler in Talbach empört" in phrases
    assert "Talbach empört" not in phrases


YARD_EN = """By Aled Morgan | Wednesday 18 November 2026, 11:20 GMT

Neighbours complain of "burning plastic" stench from Hadley recycling yard

People living near a recycling yard on the edge of Hadley say a strong smell has kept them \
indoors for weeks, and some say it gives them headaches.

Karen Lloyd, who lives on Station Road about 300 metres from the yard, said the smell was worst \
in the early morning. "It's like someone has lit a bonfire in the garden," she told BBC Wales.

Another resident, Gwyn Ellis, has logged the smell on 21 of the past 30 days.

The company that runs the yard, Hadley Waste Ltd, said it had fitted new covers to its storage \
bays in October and was working with the council. Council environmental health officers will \
visit the site next week.

Sign up to our newsletter for the latest Hadley news.
"""


def test_a_phrase_the_headline_quotes_and_nobody_says_is_compared():
    # blind review 80 en_compost_site: 'Residents complain of "rotten egg" smell' over
    # residents who speak of a sewer got no headline item
    from quizgen.generate import media_headline
    a = _analysis(YARD_EN)
    items = [q for q in media_headline.generate(a) if q.type == "open"]
    assert len(items) == 1 and "“burning plastic” in quotation marks" in items[0].answer
    assert "do not occur" not in items[0].answer  # 'burning' is named with its quotation
    # what a speaker in the body says is no made-up quotation
    a = _analysis(YARD_EN.replace('"burning plastic"', '"lit a bonfire"'))
    assert not [q for q in media_headline.generate(a) if q.type == "open"
                and "quotation marks" in q.answer]


def test_no_leftover_also_after_the_verb():
    # blind review 77 en_diving_boards #15 / blind79 en_blue_plaque: 'Some neighbours have
    # also claimed that ...' kept an 'also' with nothing before it
    from quizgen.generate.truefalse import _LEANING, _unlean
    assert _LEANING.sub(_unlean, "Some parents have also claimed that the pool was shut.") == \
        "Some parents have claimed that the pool was shut."
    assert _LEANING.sub(_unlean, "Eine Statistik wird allerdings erst im Mai veröffentlicht.") \
        == "Eine Statistik wird erst im Mai veröffentlicht."


def test_a_period_word_is_backed_by_the_age_the_body_gives():
    # blind review 81 en_footbridge: 'Victorian footbridge' over 'A 140-year-old iron
    # footbridge' (a page of 2026) was named a word the body lacks
    from quizgen.generate.media_headline import _absent_words
    text = POOL_EN.replace("Leisure centre to close", "Victorian baths to close").replace(
        "Ashvale's only public leisure centre", "Ashvale's 130-year-old public baths")
    a = _analysis(text)
    head = [s for s in a.sentences if s.block == "headline"][0]
    assert "Victorian" not in _absent_words(a, head)
    a = _analysis(text.replace("130-year-old", "40-year-old"))
    head = [s for s in a.sentences if s.block == "headline"][0]
    assert "Victorian" in _absent_words(a, head)


LIBRARY_DE = """Von Tanja Wolf | Mittwoch, 2. Dezember 2026, 08:30 Uhr

Stadtbücherei Hollfeld soll samstags schließen

Die Stadtbücherei in Hollfeld soll ab März samstags geschlossen bleiben. Das sieht der \
Sparplan der Verwaltung vor, der am Dienstag im Kulturausschuss vorgestellt wurde.

Bürgermeister Frank Seidel (SPD) sagte, die Stadt müsse im kommenden Jahr rund 400.000 Euro \
einsparen. Die Mieterinnen und Mieter der Wohnungen über der Bücherei müssten sich keine Sorgen \
machen, dass sie ausziehen müssten, sagte Seidel.

Endgültig entscheidet der Stadtrat am 15. Dezember. Bis dahin will die Verwaltung nach Angaben \
einer Sprecherin prüfen, ob die Bücherei stattdessen montags schließen kann. Dass ausgerechnet \
bei der Bücherei gespart werden soll, ist ein fatales Signal für eine Stadt, die sich so gern \
als Bildungsstadt bezeichnet.

Quelle: Hollfelder Anzeiger
"""


def _opinions(a):
    from quizgen.generate import media_opinion
    from quizgen.generate.media_text import claims
    return [q for q in media_opinion.generate(a, claims(a))
            if q.answer.startswith(("eine Meinung", "an opinion"))]


def test_an_indicative_verdict_after_reported_speech_is_the_writers():
    # blind review 85 de_kitagebuehren: 'Dass ausgerechnet bei jungen Familien gespart werden
    # soll, ist ein fatales Signal ...' was carried to 'einer Sprecherin' of the sentence
    # before and got no opinion item; its cues were named three times over
    items = [q for q in _opinions(_analysis(LIBRARY_DE)) if "fatales Signal" in q.prompt]
    assert items and "Autor selbst" in items[0].explanation
    assert "„fatales“" not in items[0].explanation
    assert "„ein fatales Signal“" in items[0].explanation


def test_a_reassurance_is_named_not_the_mood_of_reported_speech():
    # blind review 83 de_heimaufsicht #13: 'Die Bewohner müssten sich keine Sorgen machen, dass
    # sie umziehen müssten, sagte Hollmann.' named 'müssten' (the Konjunktiv of reported speech)
    # as the opinion word
    from quizgen.generate.media_opinion import opinion_cues
    cues = [c.text for c in opinion_cues("Die Mieter müssten sich keine Sorgen machen, dass sie "
                                         "ausziehen müssten, sagte Seidel.", "de")]
    assert "keine Sorgen machen" in cues and "müssten" not in cues


COAST_EN = """By Rhian Hughes | Friday 4 December 2026, 6:00am

Lifeboat crew fear for future of harbour station

Volunteers at Porthwen's inshore lifeboat station fear it could close after the charity that \
runs it announced a review of its stations in west Wales.

The station was called out 41 times last year, mostly to walkers cut off by the tide. A \
petition to keep it open had been signed by more than 1,900 people by Thursday evening.

The charity said no decision had been taken and that the review would be finished in the spring.

Whatever the auditors say, a coastline this wild is no place to save money on the people who \
know it best.
"""


def test_a_concession_with_say_is_no_speaker_and_no_place_to_judges():
    # blind review 84 en_coastguard: 'Whatever the spreadsheets say, a coastline this dangerous
    # is no place to save money ...' was a quotation of 'the spreadsheets' and had no cue; a
    # plain fact was asked instead
    items = [q for q in _opinions(_analysis(COAST_EN)) if "no place to" in q.prompt]
    assert items and "the writer" in items[0].explanation


def test_faces_axe_is_loaded_and_a_claim_is_no_plain_report():
    # blind review 84 en_coastguard: 'coastguard team faces axe' got no loaded-language item;
    # en_harbour_wall #13 cited 'Several fishermen have suggested that the damage could have
    # been prevented ...' as what the body reports on the headline
    from quizgen.generate import media_language
    from quizgen.generate.media_headline import _plain_report
    from quizgen.generate.media_language import loaded_words
    a = _analysis(COAST_EN.replace("Lifeboat crew fear for future of harbour station",
                                   "Fears for safety as lifeboat station faces axe"))
    head = [s for s in a.sentences if s.block == "headline"][0]
    assert ("axe", "closure") in loaded_words(head, "en", a.article.text)
    assert [q for q in media_language.generate(a) if q.answer == "axe"]
    assert not _plain_report("Several fishermen have suggested that the damage could have been "
                             "prevented by repairs.", "en")
    assert _plain_report("Engineers found a crack nearly 30 metres long in the breakwater.", "en")


def test_in_name_only_judges():
    # invented article: 'A library that opens one day a week is a library in name only.' had
    # no cue, and the headline note cited it as what the body reports
    from quizgen.generate.media_headline import _plain_report
    from quizgen.generate.media_opinion import opinion_cues
    text = "A library that opens one day a week is a library in name only."
    assert "in name only" in [c.text for c in opinion_cues(text, "en")]
    assert not _plain_report(text, "en")


FERRY_EN = """By Callum Reid | Thursday 3 December 2026, 7:45am

FERRY FURY: Islanders left stranded as only boat to Inchmore breaks down

The only passenger ferry between Inchmore and the mainland has been out of service since \
Sunday after an engine failure, leaving around 300 islanders without a regular crossing.

The MV Kestrel, which carries up to 80 passengers, broke down shortly after leaving Portnahaven \
on Sunday morning. Nobody was hurt, and the passengers were taken back to the harbour by a \
lifeboat.

Operator Western Isles Ferries said a replacement part had been ordered from Norway and the \
boat was expected to return to service by the middle of next week. A smaller charter boat is \
running two crossings a day in the meantime.

Island councillor Morag Finlay said older residents had missed hospital appointments on the \
mainland. "People here feel forgotten every winter," she told BBC Scotland.

Sign up to our newsletter for the latest island news.
"""


def test_a_feeling_the_note_names_is_not_named_again_as_overstated():
    # invented article: 'Overstated words in the headline: “FURY”. Not backed by the text:
    # “FURY”. The body reports no such reaction.' (blind7/12 en_sinkhole had “terrified”,
    # “flee” beside 'Not backed by the text: “terrified residents flee”')
    from quizgen.generate import media_headline
    a = _analysis(FERRY_EN)
    notes = [q.answer for q in media_headline.generate(a) if q.type == "open"]
    assert notes and "Not backed by the text: “FURY”" in notes[0]
    assert "Overstated words in the headline: “FURY”" not in notes[0]
