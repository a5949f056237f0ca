"""mediaA fixes of the second fix round of the session of 2026-11-28 (22:30): faults found by
the blind reviews 75-79, each as a general rule on an invented article."""

from __future__ import annotations


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _opinion_items(a):
    from quizgen.generate import media_opinion
    return [q for q in media_opinion.generate(a, []) if q.answer.startswith(("eine Meinung",
                                                                              "an opinion"))]


BRIDGE_DE = """Von Jana Kolb | 12.03.2026, 08:00 Uhr

Alte Holzbrücke über die Lauter wird abgerissen

Die rund 90 Jahre alte Holzbrücke über die Lauter in Wendelsheim wird im Mai abgerissen. Ein \
Gutachten hatte im Winter schwere Schäden an den Pfeilern festgestellt.

Bürgermeister Tobias Kern (CDU) sagte, der Abriss koste etwa 120.000 Euro. Sollte das Land \
einen Zuschuss geben, werde die Gemeinde noch in diesem Jahr eine neue Brücke bauen lassen. \
Die Arbeiten sollen rund vier Wochen dauern.

Der Wanderweg am Ufer bleibt in dieser Zeit gesperrt. Wer zum Bahnhof wolle, solle den Umweg \
über die Mühlstraße nehmen, rät Kern.

Eine Gemeinde, die sich das Wandern in ihr Leitbild schreibt, sollte ihre Wege nicht jahrelang \
verfallen lassen.
"""


def test_a_verb_first_sollte_is_an_if_clause_not_a_demand():
    # blind review 79 de_brunnenfigur #10: 'Sollte sie zurückkehren, werde sie ... ausgestellt'
    # (a mayor's plan) was keyed an opinion, 'Sollte' read as 'ought to'
    from quizgen.generate.media_opinion import opinion_cues
    assert not opinion_cues("Sollte das Land einen Zuschuss geben, werde die Gemeinde eine neue "
                            "Brücke bauen lassen.", "de")
    assert not opinion_cues("Should the grant be refused, the council will close the bridge "
                            "for good.", "en")
    # the should-word in its usual place still judges
    assert opinion_cues("Die Gemeinde sollte die Brücke endlich sanieren.", "de")
    a = _analysis(BRIDGE_DE)
    assert not [q for q in _opinion_items(a) if "Sollte das Land" in q.prompt]


def test_a_tip_passed_on_is_no_opinion_and_the_writers_verdict_is_asked():
    # blind review 78 de_tierheim #14: 'Wer ein Tier abgeben wolle, solle sich vorher
    # telefonisch melden, rät Brandt.' was the opinion item, while the writer's closing 'Ein
    # Landkreis, der sich ... in sein Leitbild schreibt, sollte ...' got none (the say-verb of
    # its relative clause made it a quotation)
    from quizgen.generate.media_opinion import PASSED_TIP
    assert PASSED_TIP["de"].search("Wer zum Bahnhof wolle, solle den Umweg über die Mühlstraße "
                                   "nehmen, rät Kern.")
    assert PASSED_TIP["en"].search("Anyone who finds a swarm should leave it alone and call a "
                                   "beekeeper, she advised.")
    assert not PASSED_TIP["de"].search("Wer so entscheidet, sollte sich nicht wundern.")
    a = _analysis(BRIDGE_DE)
    items = _opinion_items(a)
    assert not [q for q in items if "rät Kern" in q.prompt]
    assert [q for q in items if "Leitbild schreibt, sollte" in q.prompt]


def test_relative_say_verb_is_no_speaker_of_the_main_clause():
    from quizgen.generate.media_opinion import RELATIVE_CUE
    text = "Ein Verein, der sich den Naturschutz auf die Fahnen schreibt, sollte Vorbild sein."
    m = RELATIVE_CUE.search(text)
    assert m and m.group("cue") == "schreibt"
    # a speaker after his relative clause still speaks
    assert not RELATIVE_CUE.search("Ein Anwohner, der anonym bleiben will, sagte, das sei "
                                   "schon lange bekannt.")


FIND_DE = """Von Paul Rieder | 03.02.2026, 10:00 Uhr

Verschwundene Glocke in Onlineshop entdeckt

Die im vergangenen Sommer aus der Dorfkapelle von Hasenried gestohlene Glocke ist wieder \
aufgetaucht. Gefunden wurde sie von Ingrid Sommer, einer pensionierten Bibliothekarin aus \
Hasenried, die im Internet nach alten Glocken gesucht hatte.

Ortsvorsteher Bernd Falk (CSU) sagte, er sei sehr erleichtert. Die Polizei prüft nun, wie \
die Glocke in den Shop gekommen ist. Falk rechnet mit einer Rückkehr im Frühjahr.
"""


def test_no_person_swap_into_an_apposition():
    # blind review 79 de_brunnenfigur #3: 'Entdeckt wurde die Figur von Hennig, einer
    # pensionierten Lehrerin aus Kirchhain' (the male mayor put into a woman's description)
    from quizgen.generate import truefalse
    a = _analysis(FIND_DE)
    assert not [q for q in truefalse.generate(a) if "Falk, einer" in q.prompt
                or "Bernd Falk, einer" in q.prompt]
    from quizgen.generate.truefalse import _APPOSITION_AFTER
    assert _APPOSITION_AFTER.match(", a retired teacher, said")
    assert not _APPOSITION_AFTER.match(", 45, said")


FERRY_EN = """By Sam Holt | Tuesday 10 March 2026, 08:00 GMT

Council plans to axe free ferry passes for hundreds of pensioners

Hundreds of pensioners in Carrick could lose their free ferry passes after the council \
announced plans to scrap the concession scheme to save money.

Under the proposals, published on Monday, the passes would end in April 2027. More than 600 \
pensioners used one last year, according to the council.

Councillor Ruth Allen said the decision had not been easy.
"""


def test_axe_over_a_body_that_reports_the_end_is_no_overstatement():
    # blind review 76 en_music_service #14: 'plans to axe free instrument lessons' over
    # '... announced plans to scrap its ... programme' was judged overstated ('axe')
    from quizgen.generate.media_headline import overstated_words
    a = _analysis(FERRY_EN)
    head = [s for s in a.sentences if s.block == "headline"]
    assert "axe" not in [w.lower() for w in overstated_words(a, head)]
    # where the body reports no end of it, 'axe' stays a word to name
    a = _analysis(FERRY_EN.replace("announced plans to scrap the concession scheme to save "
                                   "money", "began a review of the concession scheme")
                  .replace("the passes would end in April 2027", "the scheme would be "
                           "reviewed by April 2027"))
    head = [s for s in a.sentences if s.block == "headline"]
    assert "axe" in [w.lower() for w in overstated_words(a, head)]


WELL_DE = """Von Lea Brand | 05.11.2026, 09:00 Uhr

Zweckverband nimmt Brunnen vom Netz

Der Zweckverband Wasser Altmühlgrund hat zwei seiner fünf Brunnen vom Netz genommen. In den \
Proben vom 3. November war ein zu hoher Gehalt an Pflanzenschutzmitteln gemessen worden.

Dass die Brunnen nicht lange abgeschaltet bleiben können, räumt der Verband selbst ein. Ohne \
sie fehle im Herbst fast ein Drittel des Wassers. Geplant werde deshalb ein Filter, der nach \
ersten Angaben rund zwei Millionen Euro kosten würde. Bezahlen müssten ihn am Ende die \
Haushalte über die Gebühren.

Der Verbandsrat entscheidet am 20. November über den Filter.
"""


def test_konjunktiv_going_on_with_reported_speech_is_no_writers_opinion():
    # blind review 73 de_nitrat #12: 'Bezahlen müssten sie am Ende die Kunden über den
    # Wasserpreis.' after the water board's reported 'Geprüft werde ...' was keyed the
    # author's opinion
    a = _analysis(WELL_DE)
    assert not [q for q in _opinion_items(a) if "Bezahlen müssten" in q.prompt]
