"""Blind review 21 (media items): the advertising item offers page lines, not article
sentences. All articles here are invented."""

from __future__ import annotations

from quizgen import pipeline
from quizgen.generate import media_language

DE_PAGE = """Von Tessa Marquardt | 12.03.2026, 10:20 Uhr

Brücke über die Lenne bleibt monatelang gesperrt

Die Fußgängerbrücke am Lenneufer ist seit Montag mit Gittern abgesperrt. \
Bild: Lennetaler Bote / Tessa Marquardt

Die Fußgängerbrücke über die Lenne in Altwiese bleibt bis mindestens Juli gesperrt. Ein \
Gutachter hatte bei einer Prüfung im Februar Risse an zwei Stahlträgern gefunden. Nach Angaben \
der Stadt kostet die Reparatur rund 310.000 Euro. Schüler der Realschule Altwiese müssen nun \
einen Umweg von zwei Kilometern über die Bundesstraße nehmen.

Eltern fordern einen Schulbus

Die Elternsprecherin Katrin Hoyer sagte, der Umweg sei für jüngere Kinder gefährlich. Die Stadt \
prüft nach eigenen Angaben, ob ein Bus eingesetzt werden kann. Eine Entscheidung soll im April \
fallen.

Folgen Sie dem Lennetaler Boten jetzt auch bei Instagram und WhatsApp!

Quelle: Lennetaler Bote / eigene Recherche
"""

EN_BARE = """Library opening hours cut at two branches

The town library in Brackwell will close on Mondays from April, the council said. The branch \
in Oakmere will open only three days a week. A council spokesperson said the library service \
had to save 90,000 pounds this year. Readers can still borrow books online at any time.

Sign up for our newsletter and follow us on Facebook.
"""


def _promo(text: str):
    an = pipeline.analyze(pipeline.load_article(text.encode(), filename="invented.txt"))
    return an, [q for q in media_language._promo(an)
                if "Werbung" in q.prompt or "advertising" in q.prompt]


def test_the_advertising_item_offers_page_lines_not_article_sentences_de():
    an, [q] = _promo(DE_PAGE)
    assert q.answer.startswith("Folgen Sie")
    body = {s.text for s in an.sentences if s.block in ("body", "teaser")}
    wrong = [o for o in q.options if o != q.answer]
    assert len(wrong) >= 2
    assert not any(o in body or o.rstrip(".") in {b.rstrip(".") for b in body} for o in wrong)
    assert not any("Gutachter" in o or "Umweg" in o for o in wrong)
    assert "Brücke über die Lenne bleibt monatelang gesperrt" in wrong


def test_no_advertising_item_without_two_page_lines_en():
    # only a headline beside the body: the item would have to offer article sentences
    _, qs = _promo(EN_BARE)
    assert qs == []


DE_ADVICE = """Von Jens Albers | 03.02.2026, 09:10 Uhr

Gefälschte Parkscheine in Wendlingen aufgetaucht

In Wendlingen sind seit Januar mehr als 40 gefälschte Parkscheine an Windschutzscheiben \
entdeckt worden. Das Ordnungsamt hat am Montag Anzeige erstattet.

Die Fälschungen fielen einer Politesse am 12. Januar in der Bahnhofstraße auf. Nach Angaben \
der Stadt entgehen ihr dadurch rund 2.000 Euro im Monat. Die Polizei in Esslingen hat eine \
Ermittlungsgruppe mit drei Beamten gebildet.

Dass ausgerechnet die ehrlichen Autofahrer nun strengere Kontrollen ertragen müssen, ist \
schlicht ungerecht.

Wer einen verdächtigen Parkschein findet, soll ihn keinesfalls wegwerfen, denn er ist ein \
Beweismittel. Die Stadt nimmt Hinweise unter einer eigenen Telefonnummer entgegen.

Quelle: Wendlinger Anzeiger
"""


def _media(text: str):
    from quizgen.generate import media
    an = pipeline.analyze(pipeline.load_article(text.encode(), filename="invented.txt"))
    return an, media.generate(an)


def test_an_instruction_is_no_opinion_and_the_writers_verdict_is_de():
    _, qs = _media(DE_ADVICE)
    fo = [q for q in qs if q.skill == "fact_opinion"]
    opinion = [q for q in fo if "Meinung" in q.answer and "Tatsache oder" in q.prompt]
    assert opinion and "schlicht ungerecht" in opinion[0].prompt
    assert not any("keinesfalls wegwerfen" in q.prompt for q in opinion)
    assert not any("keinesfalls wegwerfen" in str(q.answer) for q in fo)


EN_LEAD = """By Clare Dunmore | Monday 9 March 2026, 10:00 GMT

Swans hold up river dredging in Felbrook

A pair of mute swans has built a nest on the bank of the River Fel in Felbrook, 400 metres \
from the Mill Street bridge, on 2 March.

Dredging work on the stretch was due to start on 2 March. The work would now begin in June at \
the earliest. The contractor, \
Marsh & Dyke, estimates the delay will cost it about 6,000 pounds a week. Around 200 people \
have visited the site since the nest was found, according to the parish council.

Source: Felbrook Gazette
"""


def test_the_fact_item_prefers_a_sentence_other_than_the_lead_en():
    an, qs = _media(EN_LEAD)
    facts = sorted((q for q in qs if q.skill == "fact_opinion" and q.answer == "a checkable fact"),
                   key=lambda q: -q.score)
    assert facts
    assert "A pair of mute swans has built a nest" not in facts[0].prompt


EN_OUTLET = """By Nia Prosser | Friday 6 March 2026, 12:00 GMT

Villagers reopen their shop

Residents of Holmbury have reopened the village shop after raising 80,000 pounds.

"We never thought we would get this far," chair Dylan Morgan told Channel South Today. \
Treasurer Megan Price said the shop would also sell bread from a local bakery. Councillor \
Owen Hale said the plan was too optimistic for a village of 700 people.

Source: Holmbury Herald
"""


def test_a_cut_off_outlet_is_no_person_distractor_en():
    from quizgen.generate import media_claims
    from quizgen.generate.media_text import claims
    from quizgen.model import Entity

    an = pipeline.analyze(pipeline.load_article(EN_OUTLET.encode(), filename="invented.txt"))
    # the tagger cut 'Channel South' off the outlet 'Channel South Today' and took it for a
    # person (as it did with 'ITV West' of 'ITV West Country')
    an.entities.append(Entity(id="PX", label="PER", name="Channel South"))
    qs = [q for q in media_claims.generate(an, claims(an)) if q.skill == "attribution"]
    assert qs
    assert not any("Channel South" in o for q in qs for o in q.options)


EN_FLAG = """By Rhys Carter | Thursday 5 March 2026, 09:30 GMT

Sheep loose on the ring road after fence damaged

About 50 sheep strayed onto the Corwen ring road on Wednesday evening. North Wales Police \
closed the road for two hours.

"I have never seen the flock so scared," farmer Iolo Griffiths told Radio Dee Valley. \
Mr Griffiths believes that teenagers on scooters had broken the fence. North Wales Police \
said, however, that there was no evidence that the fence had been damaged on purpose, and the \
claim has not been confirmed.

Inspector Carys Bowen said it was "pure luck" that no driver had been hurt. Head teacher Alun \
Pryce said that a quarter of the pupils had arrived late on Thursday.

Source: Corwen Chronicle
"""


def test_no_party_item_on_the_flag_of_an_unproven_claim_en():
    from quizgen.generate import media

    an = pipeline.analyze(pipeline.load_article(EN_FLAG.encode(), filename="invented.txt"))
    qs = media.generate(an)
    ev = [q for q in qs if q.skill == "evidence" and q.type == "multiple_choice"]
    assert ev and "teenagers on scooters" in ev[0].answer
    assert not any(q.skill == "interested_party" and "no evidence" in str(q.answer)
                   for q in qs)


DE_MEASURE = """Von Lisa Brandes | Montag, 4. Mai 2026, 10:00 Uhr

Falken stoppen Sanierung des Wasserturms in Ellerbrook

Der 45 Meter hohe Wasserturm ist seit März Brutplatz eines Wanderfalkenpaars. \
Foto: dpa / Hans Meier

Am Wasserturm von Ellerbrook sollten am 4. Mai die Bauarbeiten beginnen. Doch ein \
Wanderfalkenpaar brütet seit März in einer Nische unter dem Dach. Die Naturschutzbehörde hat \
die Arbeiten deshalb bis zum Herbst untersagt.

Der Bauträger schlägt vor, in etwa 300 Metern Entfernung einen Nistkasten aufzuhängen. Die \
Vogelschützer halten das für möglich.

Quelle: Ellerbrooker Zeitung
"""


def test_a_height_in_the_caption_is_not_compared_with_a_distance_in_the_body_de():
    from quizgen.generate import media

    an = pipeline.analyze(pipeline.load_article(DE_MEASURE.encode(), filename="invented.txt"))
    qs = media.generate(an)
    assert not any(q.skill == "headline" and "45 Meter" in q.prompt for q in qs)
