"""Fact or opinion after blind reviews 32, 34 and 36: a bare 'muss'/'must' states a
necessity, a procedure, a rule or a reported question; only a modal that says what ought to
be ('muss endlich', 'must act') is the writer's judgement. Invented sentences."""

from __future__ import annotations

import pytest

from quizgen.generate.media_opinion import classify

NOT_JUDGED = [
    ("de", "Wie lange die Feuerwehr für die Sanierung des Gerätehauses warten muss, ist "
           "noch offen."),
    ("de", "Wie viel der Verein für die neue Flutlichtanlage bezahlen muss, steht noch "
           "nicht fest."),
    ("de", "Wer in Birkenau einen Termin beim Zahnarzt braucht, muss derzeit mehrere "
           "Wochen warten."),
    ("de", "Der Kreistag muss den Plänen für die Fähre noch zustimmen."),
    ("de", "Die Brücke muss im Frühjahr für zwei Wochen gesperrt werden."),
    ("en", "How much the parish will have to spend on the organ is still unclear."),
    ("en", "Anyone who wants a parking permit must currently wait several weeks."),
    ("en", "The county council must still approve the plans for the ferry."),
]


@pytest.mark.parametrize("lang,text", NOT_JUDGED)
@pytest.mark.parametrize("closing", [False, True])
def test_a_bare_must_is_no_opinion(lang, text, closing):
    assert classify(text, 0.5, lang, closing=closing)[0] != "opinion"


JUDGED = [
    ("de", "Die Gemeinde muss endlich eine Lösung für die Fähre finden."),
    ("de", "Der Kreis muss jetzt handeln, bevor die Brücke ganz verfällt."),
    ("en", "The council must finally find a solution for the ferry."),
    ("en", "The county must act before the bridge falls apart."),
]


@pytest.mark.parametrize("lang,text", JUDGED)
def test_a_must_that_urges_is_the_writers_opinion_in_the_last_word(lang, text):
    assert classify(text, 0.5, lang, closing=True)[0] == "opinion"


@pytest.mark.parametrize("lang,text", [
    ("de", "Man muss kein Segler sein, um zu verstehen, dass ein See mehr ist als ein "
           "Parkplatz für Boote."),
    ("de", "Man muss es deutlich sagen: Eine Stadt, die ihre Bäder schließt, spart an der "
           "falschen Stelle."),
    ("de", "Ein Verein, der Kinder trainiert, muss auch für sichere Wege zum Platz sorgen."),
    ("en", "A club that takes children's fees must also keep its pitches safe."),
])
def test_the_writers_norm_for_any_such_one_stays_an_opinion(lang, text):
    assert classify(text, 0.5, lang, closing=True)[0] == "opinion"


def test_a_rule_for_who_may_take_part_is_no_opinion():
    assert classify("Man muss kein Mitglied sein, um an der Führung teilzunehmen.", 0.5, "de",
                    closing=True)[0] != "opinion"


# ---- the writer's verdict is the opinion item, a should-sentence is never the fact item
from quizgen.generate import media_opinion  # noqa: E402
from quizgen.generate.media_text import claims  # noqa: E402
from quizgen.pipeline import analyze, load_article  # noqa: E402

EN_FERRY = """Ferry link to stay after council vote

Councillors in Dunmore have voted to keep the Harrow Point ferry running for another five \
years.

The committee approved a subsidy of £120,000 a year on Wednesday by seven votes to two. The \
ferry carries about 300 passengers a day across the estuary.

Councillor Jane Moss said the money would come from the transport budget. Some traders had \
asked for a bridge instead.

The ferry company, Estuary Boats Ltd, was founded in 1961 and employs eleven people.

For a town that says it wants fewer cars on its roads, cutting its only ferry would have been \
hard to justify.
"""


def _opinion_items(text):
    a = analyze(load_article(text))
    return [q for q in media_opinion.generate(a, claims(a)) if q.skill == "fact_opinion"]


def test_the_writers_hard_to_justify_is_the_opinion_item():
    qs = _opinion_items(EN_FERRY)
    ops = [q for q in qs if q.answer == "an opinion or assessment"]
    assert ops and "hard to justify" in ops[0].prompt, [q.prompt for q in qs]


@pytest.mark.parametrize("lang,text", [
    ("de", "Beide Vereine sollten diese Chance am 4. März nutzen."),
    ("en", "Both clubs should use that chance on 4 March."),
    ("en", "Refunds should arrive within 14 days."),
])
def test_a_should_sentence_is_never_a_fact(lang, text):
    assert classify(text, 0.05, lang)[0] != "fact"


@pytest.mark.parametrize("lang,text", [
    ("de", "Dabei liegt ein fairer Kompromiss eigentlich auf der Hand: Wer früher schließt, "
           "verliert wenig."),
    ("en", "It would be a real loss if the village hall had to close."),
    ("en", "Keeping the ferry would have been difficult to justify."),
])
def test_verdict_phrases_of_the_last_word(lang, text):
    assert classify(text, 0.3, lang, closing=True)[0] == "opinion"


def test_what_anyone_there_hears_is_a_scene():
    assert classify("Wer an einem Winterabend über den Marktplatz geht, hört es schon von "
                    "Weitem: das Klacken der Eisstöcke.", 0.7, "de")[0] != "opinion"
