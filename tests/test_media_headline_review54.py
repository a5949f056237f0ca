"""mediaA fixes of round 1 of the second session of 2026-11-28 (blind reviews 52-54): the
open headline comparison. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.generate.media_contrast import actor_findings, findings
from quizgen.pipeline import analyze, load_article

RESERVOIR_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Kayakers told to keep off Millbrook reservoir while otters breed

Kayaking will be banned on the eastern shore of Millbrook reservoir from 1 April to 30 June. \
The water company says the boats disturb the otters.

Northvale Water approved the ban on Tuesday after a short consultation. Anyone who launches a \
boat inside the zone can be fined up to £80.

Senior warden Helen Marsh said that a boat passing close to the bank looked to otters on the \
reservoir like a threat. "We have seen cubs abandoned," she said.

Councillor Tom Reed said the ban had not been decided lightly. Kayakers would still be able to \
paddle on the western shore of the reservoir, he said.
"""


def _headline_notes(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.answer for q in media_headline.generate(a) if q.type == "open"]


def test_a_passive_headline_names_no_actor():
    # blind review 54 en_kitesurfing #17: 'Kitesurfers told to keep off Sandmere beach' was
    # read as the kitesurfers acting, against the ranger who 'acts according to the text'
    a = analyze(load_article(RESERVOIR_EN))
    assert not [f for f in actor_findings(a) if f.phrase == "Kayakers"]
    assert not any("as the actor" in n for n in _headline_notes(RESERVOIR_EN))


HIVES_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Honey panic: beekeepers left short as spring queens fail to arrive

Beekeepers in the Lower Wye valley say dozens of hives are still without a new queen after a \
late frost held up breeders in the south.

"Every week without a queen, I'm worrying that the colony will dwindle," said Megan Price, who \
keeps about 40 hives near Hay.

The breeders' association said most orders would be sent by the end of May.
"""


def test_a_milder_feeling_in_the_body_is_named_not_denied():
    # blind review 52 en_sheep_shearers #15: 'Shear panic' over a farmer 'lying awake
    # worrying' was noted as 'the body reports no such reaction'
    notes = [n for n in _headline_notes(HIVES_EN) if "panic" in n]
    assert notes
    assert not any("no such reaction" in n for n in notes)
    assert any("milder feeling" in n and "worrying" in n for n in notes)


def test_fear_in_the_body_backs_a_heading_of_fear():
    text = HIVES_EN.replace("Honey panic: beekeepers left short",
                            "Beekeepers in panic: hives left short")
    text = text.replace("\"Every week without a queen, I'm worrying that the colony will "
                        "dwindle,\" said", "Beekeepers fear that colonies will dwindle, said")
    assert "Beekeepers fear" in text
    notes = [n for n in _headline_notes(text) if "panic" in n]
    assert notes
    assert not any("milder feeling" in n or "no such reaction" in n for n in notes)


def test_a_pun_before_the_feeling_is_no_people():
    # blind review 52 en_sheep_shearers #15 quoted “Shear panic” as what the people feel
    notes = [n for n in _headline_notes(HIVES_EN) if "panic" in n]
    assert notes and not any("Honey panic" in n for n in notes)
    assert any("“panic”" in n for n in notes)


# round 2 (blind reviews 55-57)
SWIM_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Swimming win: Ashby school to give lessons to every Year 5

A primary school in Ashby will teach all its ten-year-olds to swim from September after parents \
raised more than £6,000.

"One coach is worth ten parents"

Headteacher Laura Finch said on Monday that every Year 5 class would have one swimming lesson a \
week at the leisure centre. The school expects the pool and the bus to cost around £9,000 a \
year, which is to be paid partly by the parish council. Four coaches will teach the classes.

"Every child should leave us able to swim," Mrs Finch said.
"""

CAFE_DE = """Von Jana Roth | Montag, 4. Mai 2026, 09:00 Uhr

Nach drei Jahren: Bergheim schließt sein Repair-Café

Das Repair-Café im Bürgerhaus macht Ende Juni zu. Es fehlen Helfer.

Als das Café im Frühjahr 2023 öffnete, kamen an jedem Samstag Dutzende Besucher. Knapp drei \
Jahre später gibt der Verein auf: Von den zwölf Helfern seien nur noch vier geblieben, sagte \
die Vorsitzende Eva Brandt. Knapp 200 Geräte wurden im vergangenen Jahr repariert.
"""


def _headline_items(text: str) -> list[tuple[str, str, str, list[str]]]:
    a = analyze(load_article(text))
    return [(q.type, q.prompt, q.answer, q.options) for q in media_headline.generate(a)]


def test_every_with_a_time_noun_is_not_restricted_by_a_yearly_cost():
    # blind review 55 en_sign_language #11/#12: 'every Year 7' (a school year) was matched
    # to '£18,000 a year, ... partly by a grant' and the heading keyed as not backed
    a = analyze(load_article(SWIM_EN))
    assert not [f for f in findings(a) if f.phrase.lower().startswith("every year")]
    assert not any("every Year" in answer for _, _, answer, _ in _headline_items(SWIM_EN))


def test_a_figure_in_a_quoted_subheading_is_no_count_the_heading_reports():
    # blind review 57 en_police_horses #12: '"One horse is worth ten officers"' was read as
    # a count, 'The subheading reports “One horse”', options 'One horses', 'eight horses'
    items = _headline_items(SWIM_EN)
    assert not any("One coach" in prompt or "“ten”" in prompt for _, prompt, _, _ in items), \
        items


def test_a_rounded_span_of_time_is_no_dropped_hedge():
    # blind review 55 de_lastenrad #12: 'Nach zwei Jahren' over 'Knapp zwei Jahre später'
    # quoted „zwei Jahren“ and offered 'Knapp zwei Jahre'; a heading rounds a span of time
    # (the open comparison names both figures only where its note on what the figure holds
    # for hangs on them: 'Vorräte ... für zwei Tage' / 'Vorrat an Blutkonserven der
    # Blutgruppe 0 negativ ... für etwa zwei Tage', review 13, tests/test_media_review13.py)
    items = _headline_items(CAFE_DE)
    assert not any("drei Jahre" in prompt + answer for _, prompt, answer, _ in items), items


GARBAGE_DE = """Von Jana Roth | Montag, 4. Mai 2026, 09:00 Uhr

Bergheim: 200 Beschwerden über neue Müllabfuhr

Seit Januar holt eine neue Firma den Müll in Bergheim ab.

Knapp 200 Beschwerden sind seitdem im Rathaus eingegangen, sagte Bürgermeisterin Eva Brandt am \
Montag. Die Firma will die Touren nun ändern.
"""


def test_a_hedge_that_opened_its_sentence_is_written_small_among_the_options():
    items = [i for i in _headline_items(GARBAGE_DE) if i[0] == "multiple_choice"]
    assert items and items[0][2] == "knapp 200 Beschwerden", items


MILL_EN = """By Ann Rees | Tuesday 5 May 2026, 10:00 BST

Old Brynford bakery to reopen, creating 12 jobs

A bakery in Brynford that closed in 2009 is to reopen as a café and training kitchen. The \
£600,000 project is expected to create around 12 jobs.

The building on Mill Street has stood empty for 17 years. The Brynford Trust bought it in \
January and plans to open in spring 2027, its chair Mair Jones said.

Volunteers will help to restore the old ovens.
"""


def test_a_figure_only_in_the_teaser_is_not_called_the_body():
    # blind review 59 en_wool_mill #15: 'What does the body of the article say about it?'
    # while 'around 25 jobs' stood only in the teaser
    a = analyze(load_article(MILL_EN))
    prompts = [q.prompt for q in media_headline.generate(a) if "reports" in q.prompt]
    assert prompts and all("body of the article" not in p for p in prompts), prompts
