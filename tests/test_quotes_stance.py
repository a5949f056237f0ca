"""Reported speech after a new voice takes a side: 'Ein Bahnsprecher verteidigte die Planung.
Die Arbeiten seien dringend notwendig ...' is the spokesman's, not the Landrat's quoted just
before (quick reading 19: the matching item gave the railway's words to the Landrat)."""

from __future__ import annotations

from .helpers import analysed

TEXT = (
    "Bürgermeisterin Anna Keller (SPD) kritisierte den Zeitplan. Die Stadt sei viel zu spät "
    "informiert worden, sagte sie der Lokalzeitung. Sie forderte mehr Ersatzbusse.\n\n"
    "{voice} verteidigte die Planung. Die Arbeiten seien dringend notwendig, weil die Brücke "
    "aus dem Jahr 1908 stamme. Im Sommer sei eine Sperrung nicht möglich gewesen.\n\n"
    "Die Sperrung beginnt am 12. Januar."
)


def _speakers(text: str) -> dict[str, str | None]:
    an = analysed(text)
    return {q.content.split()[1]: q.speaker for q in an.quotes
            if q.content.startswith(("Arbeiten", "Die Arbeiten", "Im Sommer"))}


def test_reported_speech_after_a_spokesman_taking_a_side_is_his():
    speakers = _speakers(TEXT.format(voice="Ein Sprecher der Bahn"))
    assert speakers and all(s and "Sprecher" in s for s in speakers.values()), speakers


def test_a_named_voice_taking_a_side_speaks_on():
    speakers = _speakers(TEXT.format(voice="Projektleiter Jonas Brandt"))
    assert speakers and all(s == "Jonas Brandt" for s in speakers.values()), speakers


def test_the_last_speaker_goes_on_after_her_own_pronoun():
    text = TEXT.replace("{voice} verteidigte die Planung. ", "Sie verteidigte den Protest. ")
    speakers = _speakers(text)
    assert speakers and all(s == "Anna Keller" for s in speakers.values()), speakers
