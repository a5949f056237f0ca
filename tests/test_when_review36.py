"""Blind reviews 34-36, when: a date after the object of a to-infinitive that follows the
verb's own object ('has asked the trust to attend a meeting on 19 March') dates the embedded
event, not the asking ('When has ... asked the trust to attend a meeting?', review34
en_breast_screening #7). Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text, "en")) if q.score > 0]


def test_a_date_of_the_infinitives_object_is_not_the_main_verbs():
    ps = _prompts("Councillor Ann Reid, who chairs the health committee, has asked the trust to "
                  "attend a meeting on 12 May to explain the delays. The trust closed the ward "
                  "on 3 April.")
    assert not [p for p in ps if p.startswith("When has Councillor Ann Reid asked")], ps
    assert "When did the trust close the ward?" in ps, ps


def test_a_deadline_of_the_infinitive_is_still_asked():
    ps = _prompts("The researchers want the government to fund advisers in every secondary "
                  "school by September 2027. The survey was carried out in May.")
    assert [p for p in ps if p.startswith("By when do the researchers want")], ps
