"""Blind reviews 45 and 46: outlets the analysis missed or cut.

- 46 de_reetdach: '... sagte der 58-Jährige dem Radiosender R.SH.' gave the outlet
  'Radiosender R' (the tokenizer split 'R.SH' at its dot), and the source item keyed 'R'.
- 45 en_parish_resignations: 'Speaking to BBC Radio Lincolnshire, Mr Pell said ...' had no
  outlet: a fronted 'Speaking to' / 'Talking to' names whom the speaker told."""

from __future__ import annotations

import pytest

from quizgen.nlp.tokens import token_spans

from .helpers import analysed


def _outlets(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.outlet) for q in analysed(text, language).quotes]


def _tokens(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in token_spans(text, language)]


def test_a_station_name_with_a_dot_is_one_token():
    assert "R.SH" in _tokens("Das sagte er dem Radiosender R.SH.", "de")
    # abbreviations and a sentence's full stop stay as they were
    assert _tokens("Er kam aus den U.S. zurück.", "de")[4] == "U.S."
    assert _tokens("Die Halle ist zu. Sie bleibt zu.", "de")[4] == "."


def test_the_outlet_keeps_its_dotted_name():
    text = ("Die Werkstatt sucht Lehrlinge. „Ich könnte sofort zwei Gesellen einstellen“, "
            "sagte der 61-Jährige dem Radiosender K.RN. Bewerbungen gebe es keine.")
    assert ("der 61-Jährige", "Radiosender K.RN") in _outlets(text, "de")


@pytest.mark.parametrize("text, speaker, outlet", [
    ("Five members have resigned. Speaking to BBC Radio Kent, Mr Lowe said he had done "
     "his best for the village.", "Lowe", "BBC Radio Kent"),
    ("The mayor was angry. Talking to the Western Gazette, she said the town had been let "
     "down.", "she", "Western Gazette"),
])
def test_a_fronted_speaking_to_names_the_outlet(text, speaker, outlet):
    assert (speaker, outlet) in _outlets(text, "en")


def test_speaking_to_people_names_no_outlet():
    text = ("The plan was dropped. Speaking to residents at the hall, Ms Ward said the "
            "scheme was dead.")
    assert _outlets(text, "en") == [("Ward", None)]


@pytest.mark.parametrize("text, language, outlet", [
    ('The harbour is busy. "You can\'t park," Ms Reed told ITV Wales. She added that the '
     "town was full.", "en", "ITV Wales"),
    ("Das Werk schließt. „Das ist bitter“, sagte Betriebsrat Jonas Kern dem ORF. Es gehe um "
     "200 Stellen.", "de", "ORF"),
])
def test_broadcasters_by_their_short_names_are_outlets(text, language, outlet):
    # reviews 28-47: 'told ITV Meridian', 'told ITV Wales' had no outlet in eleven sets
    assert outlet in {o for _s, o in _outlets(text, language)}
