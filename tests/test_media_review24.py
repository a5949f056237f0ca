"""Blind reviews 24 and 25, media literacy: faults found on unseen articles, tested on
invented text."""

from __future__ import annotations

import pytest


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


# ------------------------------------------ attribution: no pointer without its antecedent

HONIG = """Frost trifft Imker im Talgrund

Der späte Frost hat im Talgrund die Obstblüte zerstört. Der Kreisimkerverband schätzt den \
Schaden auf mehr als 200.000 Euro.

Verbandschef Jens Morgenroth sagte, viele Völker hätten kaum noch Futter. Der Agrarexperte \
Stefan Kübler erklärte, der Winter sei zu mild gewesen.

Die Imkerin Hanna Weber aus Talheim berichtete, der Lieferwagen habe ihren Stand am Samstag \
nicht erreicht. Rund 300 Gläser Honig habe sie deshalb nicht verkaufen können.

Bürgermeister Uwe Gassner sagte, die Gemeinde prüfe eine Hilfe für die Betriebe.
"""

LIGHTS = """Brookfield Rovers face fight to keep their ground

Brookfield Rovers must replace their floodlights by March or lose their place in the league.

Chairman Colin Ashby said the new lights would cost about £80,000. The Sports Trust, which \
funds grassroots clubs, has said it will consider a grant, but a decision is not expected \
before May. Club secretary Omar Patel said Brookfield could not wait that long and was \
talking to a bank about a loan.

Supporter Joan Wilkes said fans had already raised £12,000 in a fortnight.
"""


@pytest.mark.parametrize("text,bad", [(HONIG, "ihren Stand"), (LIGHTS, "that long")])
def test_attribution_prompt_has_no_pointer_without_antecedent(text, bad):
    qs = [q for q in _media(text) if q.skill == "attribution" and q.type == "multiple_choice"]
    assert not [q.prompt for q in qs if bad in q.prompt]


@pytest.mark.parametrize("prompt", [
    "Wer sagte, Landwirte hätten ihre Felder verloren?",
    "Wer sagte, die Bäuerinnen hätten ihre Felder verloren?",
    "Wer kündigte an, der Kreis helfe ausländischen Pflegekräften bei der Anerkennung ihrer "
    "Abschlüsse?",
    "Who said the decision would take that long as planned?",
])
def test_pointer_with_antecedent_is_kept(prompt):
    from quizgen.generate.media_claims import _unresolved_pointer
    assert not _unresolved_pointer(prompt, "de" if prompt.startswith("Wer") else "en")


# ------------------------------------ the check on a claim is not the unproven claim itself

YARD = """Boatyard expansion approved despite neighbours' worries

Plans to expand the Kellow boatyard in Porthwenna were approved by Carrick Vale Council's \
planning committee on Tuesday. The yard employs 18 people.

The Harbour Lane Residents' Group says the noise from the yard is already too loud. It also \
claims that vans regularly park on the pavement overnight, but the council said it had \
received no formal complaints about parking and could not confirm the claim.

Owner Tamsin Kellow said the new shed would be insulated against noise.
"""

BARN = """Barn fire near Westcombe destroys hay store

A fire destroyed a barn full of hay near Westcombe on Sunday night. Nobody was hurt.

Avon Fire and Rescue Service said crews had spent six hours at the farm. Farmer Leonard \
Hobbs said he had lost about 400 bales.

Some parents have suggested online that the fire was started by teenagers from the next \
village, but police stressed that there was no evidence for this and urged people not to \
speculate.

The cause of the fire is still being investigated.
"""


@pytest.mark.parametrize("text,checker", [(YARD, "council"), (BARN, "police")])
def test_who_states_the_missing_evidence_makes_no_unproven_claim(text, checker):
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    flagged = [c for c in claims(analyze(load_article(text))) if c.unsupported]
    assert not [c.speaker for c in flagged if checker in c.speaker.lower()
                or checker in c.sentence.text[:c.quote.content_span[0] - c.sentence.start].lower()
                .rsplit(",", 1)[-1]]
    qs = _media(text)
    assert not [q.prompt for q in qs if q.skill == "discussion" and
                f"{checker} make this claim" in q.prompt.lower()]
    assert not [q.answer for q in qs if q.skill == "discussion" and
                f"{checker}'s unproven claim" in str(q.answer).lower()]


# ------------------------------- a paper named after a region beside national papers

@pytest.mark.parametrize("key,gapped", [("Heide-Zeitung", None), ("Märkische Rundschau", None),
                                         ("Märkischen Rundschau", "sagte sie der ___.")])
def test_region_paper_options_are_national(key, gapped):
    from quizgen.generate.media_sources import _options
    opts = _options(key, "de", gapped, [], "Ein Text ohne Zeitungen.")[:3]
    assert len(opts) == 3
    # no other region's paper ('Badische Zeitung' beside 'Ostsee-Zeitung', blind review 25
    # de_ferienwohnungen #11): the key's region would give it away
    assert not [o for o in opts if "-" in o or o.split()[0].endswith(("ische", "ischen"))]


# ------------------------------------------ 'finden' as in finding a flat is no opinion word

@pytest.mark.parametrize("text,stance", [
    ("Dass eine Gemeinde erst handelt, wenn ihre eigenen Lehrer keine Wohnung mehr finden, ist "
     "ein Armutszeugnis für den Gemeinderat.", False),
    ("Die Ferienkurse finden im Juli statt.", False),
    ("Viele Eltern finden die neue Regel unfair.", True),
    ("Der Bürgermeister findet, dass die Stadt genug getan hat.", True),
    ("Das finden viele Anwohner übertrieben.", True),
])
def test_finden_is_a_stance_verb_only_as_a_verdict(text, stance):
    from quizgen.generate.media_opinion import opinion_cues
    found = [c.text for c in opinion_cues(text, "de") if c.text.lower().startswith("find")]
    assert bool(found) is stance
