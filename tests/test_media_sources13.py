"""The source gap item in English (judged17 reading): 'news outlet', not the German calque
'medium', and the speaker's 'she told ___' with her name in. Article invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

EN = """Parents fined over term-time holidays in Tarnby

Tarnby Council fined 143 parents for taking children out of school in term time this year. \
Mother of two Kirsty Dawson, 34, was fined £160 in October. "We simply can't afford August," \
she told BBC Radio Tarnby. The council said the rules were set nationally.
"""


def test_the_english_gap_item_says_news_outlet_and_names_the_speaker():
    a = analyze(load_article(EN))
    [q] = [q for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]
    assert "news outlet" in q.prompt and "medium" not in q.prompt, q.prompt
    assert "Kirsty Dawson told ___" in q.prompt, q.prompt
    assert q.answer == "BBC Radio Tarnby"


DE = """Kita-Zeiten in Kornau werden gekürzt

Ab dem 1. Februar schließen sechs Kitas in Kornau schon um 14 Uhr. Eine Mutter von zwei \
Kindern sagte dem "Kornauer Anzeiger", sie wisse nicht, wie sie das schaffen solle. Die Stadt \
begründet die Kürzung mit fehlenden Fachkräften.
"""


def test_the_german_explanation_needs_no_case_for_the_outlet():
    """'Er beruft sich auf „Kornauer Anzeiger“' lacks its article (blind review 12): the name
    stands in brackets after 'ein anderes Medium'."""
    a = analyze(load_article(DE))
    [q] = [q for q in media_sources.generate(a, claims(a)) if q.answer == "Kornauer Anzeiger"]
    assert "auf ein anderes Medium („Kornauer Anzeiger“)" in q.explanation, q.explanation


EN_SPLIT = """Playing field in Tarnby to be sold

Tarnby Council plans to sell the playing field on Mill Lane to a developer by next summer.

A petition started by Tom Haskins, a father of two, had more than 5,000 signatures by \
Wednesday afternoon. "Where will our children run?" he told BBC Radio Kent. "You can't replace \
a playing field with a minibus timetable."

The council said the money would pay for a new sports hall.
"""


def test_the_source_item_takes_the_whole_outlet_name_and_no_quotation_tail():
    """'he told ___ Kent' split the name, and '"Where ...?" he told ___.' is the tail of a
    quotation the splitter cut (quick reading 18)."""
    a = analyze(load_article(EN_SPLIT))
    qs = [q for q in media_sources.generate(a, claims(a)) if q.skill == "source"
          and "BBC" in q.answer]
    assert qs and all(q.answer == "BBC Radio Kent" for q in qs), [q.answer for q in qs]
    assert not any("___" in q.prompt for q in qs), [q.prompt for q in qs]


THE = """Playing field sale in Tarnby

A school trust wants to sell the playing field of Tarnby Primary School to a developer. \
Parents say the pupils use the field every day. A spokesperson for the trust told the \
Tarnby Evening Post that no decision had been taken so far. The council has not commented.
"""


def test_every_option_fits_after_told_the():
    """'told the ___' with 'Reuters' and 'PA Media' among the options left only the key
    (blind review 13): after 'the' every option is a name that takes 'the'."""
    a = analyze(load_article(THE))
    [q] = [q for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]
    assert "told the ___" in q.prompt and q.answer == "Tarnby Evening Post"
    assert len(q.options) == 4
    assert not {"Reuters", "PA Media", "PA", "BBC News", "The Guardian", "AP"} & set(q.options)
