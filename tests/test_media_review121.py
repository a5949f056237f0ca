# ruff: noqa: E501
"""mediaA fixes of the second fix round of the session of 2026-11-29 (08:52): headline and
true/false faults found by the blind reviews 111-121, each as a general rule on an invented
sentence or article."""

from __future__ import annotations

import re

from quizgen.generate import media_headline


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _heading(analysis, block: str):
    return next(s for s in analysis.sentences if s.block == block)


FROZEN_FEE = """By Clare Whitby | Monday 23 November 2026, 09:30 GMT

Allotment holders face longer waits as plot grant stays frozen

The grant the county pays to allotment societies in Eastfield has not risen since 2014, and society leaders say waiting lists are getting longer as a result.

The Eastfield Allotment Federation said 240 people were waiting for a plot, up from 150 two years ago. Its chair, Robert Noakes, said the societies could no longer afford to clear overgrown plots for new tenants.

The county council said it would look at all grants to community groups in its budget in February.
"""


def test_a_frozen_rate_the_body_says_has_not_risen_is_no_word_the_body_lacks():
    # blind review 111 en_home_care_mileage #9: 'mileage rate stays frozen' over a body that
    # says the rate 'has not risen for more than a decade' listed 'frozen' as missing
    an = _analysis(FROZEN_FEE)
    words = media_headline._absent_words(an, _heading(an, "headline"), limit=10)
    assert "frozen" not in words


EINGEFROREN = """Von Jana Stellmacher | Montag, 23. November 2026, 09:30 Uhr

Zuschuss für Tafel bleibt eingefroren

Der Zuschuss, den die Stadt Lindenau der örtlichen Tafel zahlt, ist seit 2015 nicht erhöht worden. Die Vorsitzende Petra Hollweg sagte, die Tafel könne die steigenden Kosten für Strom und Miete kaum noch tragen.

Die Stadt teilte mit, alle Zuschüsse würden im Februar im Haushalt neu beraten.
"""


def test_eingefroren_over_nicht_erhoeht_is_no_word_the_body_lacks():
    an = _analysis(EINGEFROREN)
    words = media_headline._absent_words(an, _heading(an, "headline"), limit=10)
    assert "eingefroren" not in words


def test_a_plan_that_did_not_happen_is_no_verdict():
    # blind review 118 de_sirenenausfall #14 (D): 'Eigentlich hätte um 11 Uhr ... ein Heulton
    # erklingen sollen.' was keyed the writer's opinion
    from quizgen.generate.media_opinion import classify, opinion_cues
    plan = "Eigentlich hätte um 9 Uhr der erste Zug aus Lindenau am neuen Bahnsteig halten sollen."
    assert not any(c.kind == "deontic" for c in opinion_cues(plan, "de"))
    assert classify(plan, 0.6, "de")[0] != "opinion"
    assert classify("The first train should have stopped at the new platform at 9am.", 0.6, "en")[0] != "opinion"
    # a verdict on lateness stays one
    assert any(c.kind == "deontic" for c in opinion_cues("Eigentlich hätte die Stadt längst handeln sollen.", "de"))


def test_ausgerechnet_alone_stresses_a_fact():
    # blind review 120 de_sirenenmast #12 (D): 'Doch ausgerechnet der geplante Standort ...
    # sorgt für Ärger: ...' was keyed an opinion for its 'ausgerechnet'
    from quizgen.generate.media_opinion import classify
    text = ("Doch ausgerechnet die neue Turnhalle am Schulzentrum sorgt für Streit: Sie soll direkt "
            "neben dem Freibad gebaut werden.")
    assert classify(text, 0.6, "de")[0] != "opinion"
    # beside a verdict it still counts
    assert classify("Dass ausgerechnet bei den Kindern gespart wird, ist kaum zu verantworten.", 0.5, "de")[0] == "opinion"


def test_the_writers_verdicts_without_a_listed_adjective_have_a_cue():
    # blind reviews 120 de_drehleiter, en_flood_gates and 121 de_drehleiter: the writer's
    # opinion sentence had no cue, a plain fact was asked instead
    from quizgen.generate.media_opinion import classify
    for text, lang in [
            ("Dass ein Dorf mit 4.000 Einwohnern ein halbes Jahr ohne Hausarzt auskommen muss, ist kaum zu verantworten.", "de"),
            ("Wer bei den Schulwegen der Kinder auf jeden Euro schaut, spart an der falschen Stelle.", "de"),
            ("Parents who waited two years for the crossing are unlikely to be impressed by another survey.", "en")]:
        assert classify(text, 0.45, lang)[0] == "opinion", text


def test_what_the_speakers_children_think_is_not_the_speakers_verdict():
    # blind review 119 en_oncall_firefighters #16: 'My kids think it's brilliant.' was asked as
    # the speaker's opinion
    from quizgen.generate.media_opinion import classify
    assert classify("My grandchildren think it's wonderful.", 0.7, "en", reported=True)[0] != "opinion"
    assert classify("I think it's wonderful.", 0.7, "en", reported=True)[0] == "opinion"


SIGN_UP = """By Helen Marsh | Tuesday 24 November 2026, 10:00 GMT

Bus passes to go digital in Carnford from April

Paper bus passes in Carnford will be replaced by a phone app from 1 April, the county council has confirmed.

Around 6,000 older and disabled residents hold a paper pass. The council said the change would save about £40,000 a year.

Pensioners' group chair Margaret Lyle said many members did not own a smartphone. "We are being left behind," she said.

A drop-in session will be held at Carnford Library on Friday 4 December at 10am. The council has promised that staff will help residents without a smartphone sign up for timetable alerts by text instead. Lyle said the offer was welcome but had come late.

Get the latest Carnford news straight to your inbox - sign up to our free newsletter here.

Source: Carnford Courier
"""


def test_a_paragraph_that_reports_someone_is_no_promo_line():
    # blind review 119 en_flood_sirens #14 (D): a news paragraph with 'sign up' in it was
    # keyed the site's advertising
    from quizgen.generate import media_language
    an = _analysis(SIGN_UP)
    items = [q for q in media_language._promo(an) if q.skill == "purpose" and "advertising" in q.prompt]
    assert items and all("newsletter" in str(q.answer) for q in items)


SPOKES = """Von Karin Lüders | Dienstag, 24. November 2026, 10:00 Uhr

Lindenau streicht zwei Buslinien am Wochenende

Die Stadt Lindenau stellt die Buslinien 4 und 7 an Wochenenden ab dem 1. März ein. Das teilte Stadtsprecherin Heike Brandt am Montag mit.

Die Linien seien am Wochenende kaum genutzt worden, sagte Brandt. Im Schnitt seien samstags nur zwölf Fahrgäste pro Fahrt gezählt worden.

Der Seniorenbeirat kritisiert die Entscheidung. Dessen Vorsitzender Walter Grimm sagte, viele ältere Menschen hätten kein Auto. Auch Ortsvorsteherin Ines Kampe zeigte sich enttäuscht.

Die Stadt wolle die Lage im Sommer erneut prüfen, kündigte Brandt an. Ein Rufbus sei im Gespräch, erklärte Brandt.
"""


def test_two_false_statements_do_not_swap_the_same_two_persons():
    # blind review 118 de_sirenenausfall #9 and #11 (and 100 de_offene_kirche, 82 de_ferienjobs):
    # both false statements put the same other person in for the same speaker
    from quizgen.generate import truefalse
    an = _analysis(SPOKES)
    pairs = []
    for q in truefalse.generate(an):
        if q.answer == "Falsch" and q.skill == "who":
            m = re.search(r"„(.+?)“, nicht „(.+?)“", q.explanation)
            pairs.append(frozenset({m.group(1).split()[-1], m.group(2).split()[-1]}))
    assert pairs and len(pairs) == len(set(pairs)), pairs
    # the sentence whose swap would repeat the pair keeps its true statement
    assert any(q.answer == "Richtig" and "kündigte Brandt an" in q.prompt for q in truefalse.generate(an))


def test_a_so_called_name_is_no_person_to_swap():
    from quizgen.generate.truefalse import NAMING
    assert NAMING.search("Die Warn-App und das sogenannte ")
    assert NAMING.search("the so-called ")


def test_a_plain_unlikely_forecast_is_no_verdict():
    # 'unlikely to be reassured' is the writer's verdict on what people feel; 'unlikely to run'
    # is a forecast the article reports
    from quizgen.generate.media_opinion import opinion_cues
    assert not opinion_cues("Rural buses are unlikely to run at all during the strike.", "en")


CRIER = """By Tom Harding | Monday 23 November 2026, 09:00 GMT

New town crier takes up his bell in Kelbury

Kelbury has a new town crier for the first time in 40 years. Mr Dawson was chosen from nine applicants after auditions held in the market hall in October.

The last crier, Mr Pryor, retired in 1986. A portrait of Mr Pryor hangs in the town hall, and it was his granddaughter, Ruth Pryor, who handed Mr Dawson his bell on Saturday.

Mayor Tom Ellis said the town had missed the crier. "People stop and listen," he said.
"""


def test_no_swap_of_a_name_a_relative_in_the_sentence_bears():
    # judged35 en_town_crier: 'A painted portrait of Mr Tate ..., his great-granddaughter, Emma
    # Finch, ...' - the family name left beside the swap gives the statement away
    from quizgen.generate import truefalse
    prompts = [q.prompt for q in truefalse.generate(_analysis(CRIER)) if q.answer == "False"]
    assert not [p for p in prompts if "portrait of Mr" in p and "Ruth Pryor" in p and "portrait of Mr Pryor" not in p]


LIBRARY = """By Karen Doyle | Thursday 26 November 2026, 11:20 GMT

Village library hours slashed as volunteer rota collapses

Eastbrook Library will open on only two days a week from January after the volunteer group that runs it lost more than half of its members this year, the parish council has confirmed.

The library, which has been run by volunteers since the county council withdrew its staff in 2016, currently opens on five days. The Friends of Eastbrook Library said it now had 14 volunteers, down from 31 in January.

Chair Paula Grant said many volunteers had moved away or were caring for relatives. "We simply cannot cover five days any more," she said.

A village that lets its only library wither has chosen to forget what it owes its children.
"""


def test_the_writers_verdict_on_any_such_body_is_not_what_the_text_reports():
    # invented article (mediaA13): the headline item on 'hours slashed' cited the writer's
    # closing verdict 'A village that lets its only library wither ...' under 'The text
    # reports' (the mediaA12 rule of 117 en_pitch_vandalism #15 covered verdicts with a cue)
    an = _analysis(LIBRARY)
    items = [q for q in media_headline.generate(an) if q.type == "open" and q.skill == "headline"]
    assert items
    assert not [q for q in items if "wither" in str(q.answer)]
