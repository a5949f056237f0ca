"""Media-literacy fixes of blind reviews 34-36 (round 1 of 2026-11-28, mediaB). Sentences
invented."""

from __future__ import annotations

from quizgen.generate.media_claims import _who_said
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

CAVEAT_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Petition to save the Elm Street cinema

The Elm Street cinema in Dunmore may have to close in March.

The cinema's owner, Castlegate Estates, has given the tenants notice to leave by March. \
Manager Oliver Grant said the cinema had been full on most weekends this year. Volunteer \
Susan Pike said the town had no other place for films.

Dunmore Town Council has been asked by residents to step in. A petition started by \
community worker Rachel Moss had gathered more than 900 signatures by Sunday evening. \
She claims that the owner wants the \
building empty so that it can be sold, though the firm has not said so, and council \
records show no sale of the site.
"""


def test_who_said_prompt_stops_at_the_writers_caveat():
    # blind review 36 en_launderette Q12: 'Who claims that the landlord wants the shop empty
    # ..., though the company has not said so, and planning records show no application ...?'
    a = analyze(load_article(CAVEAT_EN))
    qs = [q for q in _who_said(a, claims(a)) if "be sold" in q.prompt]
    assert qs, [q.prompt for q in _who_said(a, claims(a))]
    for q in qs:
        assert "not said so" not in q.prompt and "records show" not in q.prompt, q.prompt
        assert q.prompt.endswith("can be sold?"), q.prompt


UNPROVEN_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Lange Wartezeiten im Ordnungsamt Weißbach

Wer im Ordnungsamt Weißbach einen Anwohnerparkausweis beantragen will, wartet derzeit bis \
zu vier Wochen auf einen Termin. Amtsleiterin Petra Lenz sagte, zwei Stellen seien seit dem \
Sommer unbesetzt.

In einer Chatgruppe von Anwohnern ist der Ärger groß. Dort heißt es, die Termine würden \
von einer Agentur gebucht und für 20 Euro weitergegeben. Belege dafür gibt es bislang nicht.

Die Stadt will im Januar zwei neue Mitarbeiter einstellen.
"""

UNPROVEN_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Garage loses licence after inspection

A garage in Harwick has lost its licence to carry out vehicle tests after an inspection \
found faults in dozens of certificates, the transport agency said on Friday.

Owner Mark Dyson said he had not known about the faults. The agency said the checks would \
go on until the end of the month.

It has been claimed in a residents' chat group that two other garages in the town worked \
the same way. The police said there was no evidence to support that claim and asked \
people not to name businesses online.
"""


def test_unproven_claim_without_claimant_gets_a_discussion():
    # blind review 36 de_buergeramt ('Dort heißt es, ... Belege dafür gibt es bislang nicht.'),
    # blind review 33 en_mot ('It has been claimed in a local Facebook group that ... Police
    # said there was no evidence to support that claim'): no item asked about the claim
    from quizgen.generate.media_discussion import _why
    for text, words in [(UNPROVEN_DE, "Agentur"), (UNPROVEN_EN, "two other garages")]:
        a = analyze(load_article(text))
        qs = _why(a, claims(a))
        assert any(words in q.answer for q in qs), [(q.prompt, q.answer) for q in qs]


IT_SAYS_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

New water pipes for Harwick

The water company will replace the old pipes under Harwick's high street from March, it \
said on Monday.

Resident Alan Price said the road works would keep shoppers away for months. The water \
company has also claimed that the new pipes would cut leaks, which it says have cost it \
more than £50,000 since 2022. Residents point out that the company has not published any \
figures to back this up.
"""


def test_bare_claim_names_the_body_behind_it_says():
    # blind review 35 en_tennis_courts Q13: the option kept 'which it says has cost it': who?
    from quizgen.generate.media_claims import _resolved
    a = analyze(load_article(IT_SAYS_EN))
    texts = [_resolved(c, "en", a.entities, a) for c in claims(a) if "leaks" in c.content]
    assert texts and all(t is None or "which the water company says" in t for t in texts), texts
    assert any(texts), texts


KONJ_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Neuer Campingplatz am Lindensee

Die Gemeinde Lindach will den Campingplatz am Lindensee um 50 Plätze erweitern. \
Bürgermeister Jens Hagen sagte, die Gäste brächten jedes Jahr rund 100.000 Euro ein.

Kritik kommt vom Anglerverein. Der Vorsitzende Peter Kranz sagte dem NDR, das Ufer sei \
schon jetzt überlastet. Er befürchte, dass die Fische im Sommer keine Ruhe mehr fänden.

Einige Anwohner behaupten zudem, Gäste hätten nachts Müll in den See geworfen. Belegt ist \
das bislang nicht. Die Försterin Anna Weber sagte, sie habe keinen Müll gefunden.
"""


def test_who_said_prompt_in_the_indicative():
    # blind review 35 de_wohnmobilstellplatz Q12: 'Wer befürchte, dass ...?'
    from quizgen.generate.media_claims import _indicative
    assert _indicative("befürchte", "befürchten") == "befürchtet"
    assert _indicative("warne", "warnen") == "warnt"
    assert _indicative("fordere", "fordern") == "fordert"
    assert _indicative("sei", "sein") == "ist"
    assert _indicative("habe", "haben") == "hat"
    assert _indicative("könne", "können") == "kann"
    assert _indicative("sagte", "sagen") == "sagte"  # past indicative stays
    assert _indicative("befürchtet", "befürchten") == "befürchtet"
    a = analyze(load_article(KONJ_DE))
    prompts = [q.prompt for q in _who_said(a, claims(a))]
    assert not any(p.startswith("Wer befürchte,") for p in prompts), prompts


def test_discussion_prompt_drops_zudem_after_plural_verb():
    # blind review 35 de_wohnmobilstellplatz Q17: 'Einige Anwohner behaupten zudem, ...'
    from quizgen.generate.media_discussion import ALSO_AFTER_VERB
    assert ALSO_AFTER_VERB.sub(r"\1", "Einige Anwohner behaupten zudem, Gäste hätten Müll "
                               "geworfen.", count=1) == \
        "Einige Anwohner behaupten, Gäste hätten Müll geworfen."


THIRD_BACK_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Lange Wartezeiten bei der Mieterberatung

Wer bei der Mieterberatung in Kornstadt Hilfe sucht, wartet derzeit bis zu drei Monate. \
Leiter Frank Morell sagte, es fehlten zwei Stellen.

Wie sich das anfühlt, weiß Helga Brandt. Die 66-jährige Rentnerin aus Kornstadt hatte sich im \
Sommer gemeldet, nachdem ihr Vermieter die Miete erhöht hatte. Einen Termin bekam sie erst \
im November. „Ich wusste wochenlang nicht, wie es weitergeht“, sagte sie dem Radiosender \
Welle Kornstadt.
"""


def test_voice_named_three_sentences_before_her_quote():
    # blind review 34 de_schuldnerberatung #16: Martina Kühl, named three sentences before
    # '„...“, sagte sie dem Radiosender ...', was left out of the voices
    from quizgen.generate.media_discussion import quoted_voices
    a = analyze(load_article(THIRD_BACK_DE))
    names = [v.name for v in quoted_voices(a, claims(a))]
    assert "Helga Brandt" in names, names


OFFICE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Recount in Harwick

The count in Harwick's Eastgate ward ended in a tie on Thursday night. Returning officer \
Paul Dean drew the winner's name from a box.

Candidate Laura Finch said three ballot papers had been wrongly rejected. The returning \
officer's office said all papers had been "checked twice".
"""


def test_office_of_a_role_is_no_voice_of_the_person():
    # blind review 36 en_by_election_draw Q19: 'the returning officer's office said' listed
    # Martin Pryce, the returning officer, as quoted
    from quizgen.generate.media_discussion import quoted_voices
    a = analyze(load_article(OFFICE_EN))
    names = [v.name for v in quoted_voices(a, claims(a))]
    assert "Laura Finch" in names and "Paul Dean" not in names, names


ITS_OFFICE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Mink seen at Harwick reservoir

Mink have been seen at Harwick reservoir for the first time in 30 years, a survey has found.

Volunteer Sarah Cole said she had seen two mink near the dam. Waterways Scotland, which \
manages the reservoir, said it had put up new fences along the northern shore. Its regional \
manager, Mark Hyde, said that the public could help by reporting every sighting of a mink.
"""


def test_its_office_names_the_body_before():
    # blind review 35 en_red_squirrels Q18: 'Its regional manager, Tom Lowther' had no role
    from quizgen.generate.media_discussion import quoted_voices
    a = analyze(load_article(ITS_OFFICE_EN))
    roles = {v.name: v.role for v in quoted_voices(a, claims(a))}
    assert roles.get("Mark Hyde") == "regional manager of Waterways Scotland", roles
