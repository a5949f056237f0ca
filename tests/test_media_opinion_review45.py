"""mediaA fixes of blind reviews 43-45 (round 2 of 2026-11-28): the writer's verdict on any
such shop is found though its words are plain; an instruction to readers after a body's
appeal is no opinion; a quotation of a report and a verdict is asked by its verdict alone.
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media_opinion import writers_opinion
from quizgen.pipeline import analyze, load_article

EN_SHOP_VERDICT = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Bank closes last branch in Northby

The last bank branch in Northby will close on 30 June, leaving the town of 9,000 people \
without a counter for cash.

Harbour Bank said that fewer than 200 customers a week had used the branch in Mill Street. \
Customers would be able to use the post office instead, a spokesperson said.

Pensioner Joan Price, 81, said she had banked there for fifty years. "I do not want to do \
my banking on a phone," she told BBC Radio Norfolk.

The town council has asked the bank to keep a mobile van in the market square once a week.

A bank that cannot spare a single cashier for customers who have banked there for decades \
has forgotten who pays its bills.
"""

EN_PASSED_ON = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Escaped llama still on the loose near Eastby

A llama that escaped from a farm near Eastby on Tuesday has still not been caught, despite \
more than 30 sightings.

The animal, named Dolly, was last seen on Sunday on a golf course north of the village. \
Farmer Tom Reed said she had jumped a fence that had been damaged in a storm.

The police have urged the public not to approach the animal. Officer Anna Bell said a \
frightened llama could kick or run into a road. Anyone who sees her should stay in their car \
and call the farm on the number posted on its website.

Mr Reed said volunteers would search the woods again on Saturday.
"""

DE_REPORT_AND_VERDICT = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Streit um Biogasanlage in Kirchtal

Ein Landwirt aus Kirchtal will neben seinem Hof eine Biogasanlage bauen. Eine \
Bürgerinitiative wehrt sich gegen die Pläne, der Landkreis entscheidet im Herbst.

Landwirt Jonas Wolf hat den Bauantrag im Februar beim Landkreis eingereicht. Die Anlage \
soll etwa 200 Meter von den ersten Häusern entfernt stehen.

Die Sprecherin der Initiative, Petra Adler, sagte dem NDR: "Schon heute fahren jeden Tag \
Traktoren durch unsere Straße. Mit der Anlage wird der Lärm unerträglich."

Über den Antrag entscheidet der Landkreis nach einer Anhörung im September.
"""


def _writers(text: str) -> list[str]:
    a = analyze(load_article(text))
    from quizgen.generate.media import generate

    return [a.sentences[i].text for q in generate(a) if (i := writers_opinion(q)) is not None]


def _opinion_prompts(text: str) -> list[str]:
    a = analyze(load_article(text))
    from quizgen.generate.media_text import claims

    return [q.prompt for q in media_opinion.generate(a, claims(a))
            if q.answer in {"an opinion or assessment", "eine Meinung bzw. Einschätzung"}]


def test_the_writers_verdict_on_any_such_bank_is_asked_en():
    found = _writers(EN_SHOP_VERDICT)
    assert any(s.startswith("A bank that cannot spare") for s in found), found


def test_an_instruction_after_a_body_s_appeal_is_no_opinion_en():
    found = _opinion_prompts(EN_PASSED_ON)
    assert not any("Anyone who sees her" in p for p in found), found


def test_a_quoted_report_and_verdict_is_asked_by_the_verdict_alone_de():
    found = [p for p in _opinion_prompts(DE_REPORT_AND_VERDICT) if "unerträglich" in p]
    assert found, _opinion_prompts(DE_REPORT_AND_VERDICT)
    assert not any("Schon heute fahren" in p for p in found), found


EN_SURELY_AND_POSSESSIVE = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Youth football club may fold as coaches step down

Northby Rovers, which has trained children in the town for 40 years, may have to close \
because three of its four coaches are stepping down this summer.

Club secretary Joan Price said about 90 children played for the club every week. "We need \
people who can spare one evening," she said.

An open evening for new volunteers will be held at the clubhouse on Friday 7 May.

Surely a town of nearly 9,000 people can find three adults willing to give up one evening a \
week.
"""

EN_SHOP_POSSESSIVE = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Family bakery closes after 90 years

Mellor's, the family bakery in Northby's Mill Street, will close on 30 June after 90 years, \
its owner has said.

Owner Tom Mellor, 64, said rising energy bills had made the ovens too expensive to run. "We \
tried everything," he told BBC Radio Norfolk.

The building has been sold to a developer, who plans to turn it into flats.

A town that cannot keep a shop like Mellor's open is a town that has lost its way.
"""


def test_the_writers_surely_with_figures_is_the_opinion_item_en():
    found = _writers(EN_SURELY_AND_POSSESSIVE)
    assert any(s.startswith("Surely a town") for s in found), found


def test_a_speakers_possessive_in_the_writers_verdict_names_no_speaker_en():
    found = _writers(EN_SHOP_POSSESSIVE)
    assert any(s.startswith("A town that cannot keep") for s in found), found
