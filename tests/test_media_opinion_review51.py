"""mediaA fixes of round 2 of 2026-11-28 (blind reviews 49-51): fact or opinion.
Sentences invented."""

from __future__ import annotations

import pytest

from quizgen.generate import media_opinion

WRITERS_VERDICTS = [
    ("Es wäre ein Fehler, einen Radweg, der seit Jahren geplant wird, an einer verspäteten "
     "Zählung scheitern zu lassen.", "de"),
    ("Nach zwanzig Jahren Baustelle kann man es den Anwohnern nicht verdenken, dass sie kein "
     "Wort mehr glauben.", "de"),
    ("After twelve years of promises, a village that is told to wait for one more winter can "
     "be forgiven for no longer trusting the council.", "en"),
    ("The old lido was built for exactly the families who are now being asked to pay for "
     "the borough's years of neglect.", "en"),
]


@pytest.mark.parametrize("text,lang", WRITERS_VERDICTS)
def test_the_writers_verdict_by_idiom_is_an_opinion(text, lang):
    # blind reviews 49 en_station_reopening, 50 de_moor and en_almshouses: the writer's last
    # word had no cue word and was never asked as fact or opinion
    kind, cues = media_opinion.classify(text, 0.3, lang, closing=True)
    assert kind == "opinion", cues


@pytest.mark.parametrize("text,lang", [
    ("In der Software trat ein Fehler auf, der die Ampeln am 3. Mai ausfallen ließ.", "de"),
    ("The report found that the pool had suffered from neglect since 2019.", "en"),
])
def test_a_fault_or_neglect_reported_is_no_verdict(text, lang):
    assert media_opinion.classify(text, 0.1, lang)[0] == "fact"


@pytest.mark.parametrize("text,lang", [
    ("Wer Fallen im Stadtpark aufstelle, verstoße gegen das Naturschutzgesetz und gefährde "
     "spielende Kinder.", "de"),
    ("Wer Müll im Wald ablädt, macht sich strafbar und gefährdet die Tiere dort.", "de"),
    ("Anyone who lights a barbecue on the heath is breaking the law and putting walkers at "
     "risk.", "en"),
])
def test_what_the_law_says_of_anyone_who_does_it_is_no_opinion(text, lang):
    # blind review 51 de_giftkoeder #16 keyed a police spokesman's 'Wer Köder auslege,
    # verstoße nicht nur gegen das Tierschutzgesetz, ...' an opinion ('verstoße nicht nur
    # gegen' named as the opinion word)
    assert media_opinion.classify(text, 0.9, lang)[0] != "opinion"


def test_a_verdict_on_anyone_who_does_it_stays_an_opinion():
    text = "Wer Fallen im Stadtpark aufstellt, handelt verantwortungslos."
    assert media_opinion.classify(text, 0.6, "de")[0] == "opinion"


STATION_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Eastby ferry return delayed again

Passengers hoping to take the ferry from Eastby will have to wait another summer, the harbour \
board said on Friday.

The ferry, which stopped in 1998, was due to sail again in June. Divers found rotten piles \
under the landing stage, the board said.

After twenty-five years of promises, a village that is told to wait for one more summer can be \
forgiven for no longer trusting the harbour board.
"""


def test_the_writers_last_word_with_told_to_is_asked_as_opinion():
    # blind review 49 en_station_reopening: 'a town that is told to be patient ... can be
    # forgiven for ...' counted as a report ('told') and was never asked
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(STATION_EN))
    qs = [q for q in media_opinion.generate(a, claims(a)) if q.skill == "fact_opinion"]
    assert any("forgiven" in q.prompt and "opinion" in q.answer for q in qs), \
        [(q.prompt, q.answer) for q in qs]


@pytest.mark.parametrize("text,lang", [
    ("The mayor, Anna Ward, welcomed the new timetable in principle, saying the buses had not "
     "been changed since 2009.", "en"),
    ("Head teacher Tom Fraser welcomed 30 pupils on 4 June, saying the hall was finished at "
     "last.", "en"),
    ("Bürgermeisterin Anna Wolf begrüßte den Plan am 4. Mai grundsätzlich.", "de"),
])
def test_a_view_taken_of_a_plan_is_no_checkable_fact(text, lang):
    # blind review 50 en_ward_boundaries #12: 'welcomed the review in principle, saying ...'
    # was keyed a checkable fact
    assert media_opinion.classify(text, 0.1, lang)[0] != "fact"


def test_welcoming_guests_stays_a_fact():
    text = "Head teacher Tom Fraser welcomed 30 new pupils on 4 June in the school hall."
    assert media_opinion.classify(text, 0.1, "en")[0] == "fact"
