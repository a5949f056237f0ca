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
