"""Media items after the quick readings of judged14, on invented articles: the options of
'For which statement does the article say explicitly that no evidence was given?' are clean
third-person claims of the key's form (no 'She would have to ...' whose 'she' is lost, no
first-person direct quotation among reported claims)."""

from __future__ import annotations

import re

from quizgen.generate import media_claims
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

EN_FEES = """By Tom Price | Monday 23 November 2026, 09:00 GMT

Parents angry over new school trip fees

A secondary school in Brackley has doubled the fees for its school trips.

Mother-of-two Kerry Dawson told the Brackley Echo that she would have to pay "far more than \
last year" before Easter. Head teacher Mark Ellison said the trips had become much more \
expensive. Governor Priya Sandhu said the school could face complaints from the council.

Some parents have claimed that the travel company is owned by a relative of a governor. \
No evidence was given for this claim. Councillor Sarah Whitcombe said their children would \
lose out. Local MP Ben Ashby said the school should publish its accounts.
"""

DE_PRUEFUNG = """Von Eva Roth | Montag, 23. November 2026, 09:00 Uhr

Prüfung muss wiederholt werden

Die Abschlussprüfung an der Gesamtschule Waldau muss wiederholt werden.

Elternsprecher Jan Vogt behauptet, Lehrkräfte hätten die Aufgaben vorher verteilt. Beweise \
legte er dafür nicht vor. Schulleiterin Helga Sommer sagte, die Schule habe alle Regeln \
eingehalten. Der Schulrat Martin Ebert sagte, die neue Prüfung finde im Januar statt.

Schülerin Lea Brenner ist enttäuscht. „Ich habe wochenlang für diese Prüfung gelernt“, sagte \
sie. Der Elternbeirat erklärte, die Belastung für die Familien sei zu groß. Er sagte, man \
prüfe auch eine Beschwerde beim Ministerium.
"""

PERSONAL = re.compile(r"(?i)\b(she|he|they|their|his|her|er|sie|ihr|ihre|sein|seine|man|ich|"
                      r"wir)\b")
OUTSIDE_QUOTES = re.compile(r"[„“\"][^„“”\"]*[“”\"]")


def _evidence_mc(text: str):
    a = analyze(load_article(text))
    return [q for q in media_claims.generate(a, claims(a))
            if q.type == "multiple_choice" and ("no evidence" in q.prompt or
                                                "keine Beweise" in q.prompt)]


def test_no_evidence_options_are_clean_third_person_claims():
    for text in (EN_FEES, DE_PRUEFUNG):
        items = _evidence_mc(text)
        assert items, "the flagged claim is asked"
        for q in items:
            direct = q.answer[:1] in "„“\""
            for o in q.options:
                assert (o[:1] in "„“\"") == direct, (q.answer, o)
                bare = OUTSIDE_QUOTES.sub(" ", o)
                if o != q.answer and not re.match(r"[A-Z][a-z]+ [A-Z]", o):
                    assert not PERSONAL.search(bare), o


def test_reported_claim_with_the_speakers_own_pronoun_gets_the_name():
    a = analyze(load_article(EN_FEES))
    texts = [media_claims._resolved(c, "en", a.entities) for c in claims(a)]
    assert not any(t and t.startswith(("She ", "He ")) for t in texts)
    assert not any(t and "their children" in t for t in texts)


def test_bare_claims_keep_one_form_and_no_lost_pronoun():
    a = analyze(load_article(DE_PRUEFUNG))
    bare = [media_claims._resolved(c, "de", a.entities) for c in claims(a)]
    assert not any(t and t.startswith(("Man ", "Er ", "Sie ")) for t in bare)
    pool = [t for t in bare if t]
    key = "Lehrkräfte hätten die Aufgaben vorher verteilt."
    assert not any(o[:1] in "„“" for o in media_claims._unflagged(pool, key))


DE_MUECKEN = """Von Eva Roth | Montag, 23. November 2026, 09:00 Uhr

MÜCKEN-ALARM! Gefährliche Blutsauger jetzt sogar im Dezember unterwegs

Im Landkreis Waldau sind in diesem Jahr so viele Mücken gezählt worden wie nie. Forscher \
der Universität Waldau haben im Dezember noch Mücken an drei Teichen gefunden.

Die Biologin Helga Sommer sagte, die milden Temperaturen seien der Grund. Die Stadt will im \
Frühjahr die Teiche untersuchen lassen.
"""

EN_BUSES = """By Tom Price | Monday 23 November 2026, 09:00 GMT

Council's secret plan to cut village buses sparks fury

Brackley Council plans to cut the number of village buses from twelve to six a day. The plan \
was published on the council's website last week. The buses carry around 400 passengers a \
day, the council said. Residents will be able to comment on the plan until January.
"""


def _loaded_headline(text: str):
    from quizgen.generate import media_language
    a = analyze(load_article(text))
    return [q for q in media_language.generate(a) if "dramati" in q.prompt]


def test_no_other_judging_word_of_the_headline_is_a_wrong_option():
    for text, judging in ((DE_MUECKEN, {"Gefährliche", "Blutsauger"}),
                          (EN_BUSES, {"secret", "fury", "sparks"})):
        for q in _loaded_headline(text):
            wrong = set(q.options) - {q.answer}
            assert not wrong & judging, (q.answer, q.options)


EN_LIBRARY = """By Tom Price | Monday 23 November 2026, 09:00 GMT

Village library to close after 90 years

The library in Brackley will close at the end of January, the county council said on Monday.

Librarian Helen Marsh, 61, has worked there since 1988. "We lend more than 300 books a week," \
she said. The council wants to save £40,000 a year. The building will be sold.

Local councillor Ben Ashby said he would ask for a public meeting. The council will discuss \
the plan on 3 December.

A county that closes its oldest library to save the price of one car has got its priorities \
badly wrong.
"""


def test_the_writers_verdict_is_the_first_fact_or_opinion_item():
    from quizgen.generate import media_opinion
    a = analyze(load_article(EN_LIBRARY))
    items = [q for q in media_opinion.generate(a, claims(a)) if len(q.options) == 2]
    best = max(items, key=lambda q: q.score)
    assert "priorities" in best.prompt and best.answer == "an opinion or assessment"
