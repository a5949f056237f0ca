"""Cloze gaps the blind reviews 118-121 marked. Invented text.

- 120 en_retained_firefighters #2 (F): 'According to figures released by <a service of five
  words> on ____' - Tuesday: the day the source came out, beside the figure (the day was
  found only within four words of 'released'); in its place came 'over the ____ months' - six,
  the period the article had named before.
- 120 de_sirenenmast #8: a 'who' gap on 'Warn-Apps' (a thing read as an organisation).
- 121 de_sirenenausbau #12: a 'who' gap on the app name in 'über die Apps NINA und KATWARN'.
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_no_gap_on_the_day_figures_from_a_long_named_body_came_out():
    text = ("The fire engine in Ashby Magna is often off the run. According to figures "
            "released by North Dorset Fire and Rescue Service on Thursday, the engine was "
            "available for only 140 days last year. The service will decide on 9 March "
            "whether to base two full-time firefighters there.")
    gaps = _gapped(text, "en")
    assert not any(a == "Thursday" for _, a in gaps), gaps


def test_no_who_gap_on_a_hyphenated_loan_noun():
    text = ("Die Gemeinde Lindhorst baut drei neue Sirenen. Wehrführer Jan Oltmanns wirbt für "
            "die Anlagen. Handy-Apps und Radio allein reichen in der Nacht nicht aus, weil viele "
            "ältere Menschen dann schlafen.")
    gaps = _gapped(text, "de")
    assert not any(a == "Handy-Apps" for _, a in gaps), gaps


def test_no_gap_on_a_period_named_before():
    text = ("The lifeboat station at Porthkeel was short of crew from March to August. Over the "
            "six months, a crew was ready for only 61 days. The station will recruit again "
            "in the new year.")
    gaps = _gapped(text, "en")
    assert not any(a == "six" for _, a in gaps), gaps


def test_no_who_gap_on_the_name_of_an_app():
    text = ("Der Landkreis Oberfeld baut sein Sirenennetz aus. Bis zum Sommer sollen 120 Anlagen "
            "stehen. Gewarnt wird außerdem über die Apps MELDO und WARNIX sowie über das "
            "Radio.")
    gaps = _gapped(text, "de")
    assert not any(a in {"MELDO", "WARNIX"} for _, a in gaps), gaps
