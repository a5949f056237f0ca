"""Which sentences go on with the last speaker's reported speech (quick readings 19 and 20).

A sentence whose own main verb is indicative is the writer's report even when a relative clause
inside it has "soll" after a comma; a sentence that names a rumour as its source is nobody's
speech; and "nach ersten Schätzungen" is no voice that the next sentences could go on with.
"""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze


def _quotes(text: str) -> list[tuple[str | None, str]]:
    an = analyze(Article(text=text, language="de", title="",
                         blocks=[Block("body", 0, len(text), text)]))
    return [(q.speaker, q.content) for q in an.quotes]


def _speaker_of(quotes: list[tuple[str | None, str]], start: str) -> list[str | None]:
    return [s for s, c in quotes if c.startswith(start)]


HOME = (
    "Im Pflegeheim „Am Weiher“ in Bergstadt sind 30 Menschen erkrankt. Zwei Bewohner liegen "
    "nach Angaben der Verwaltung im Krankenhaus.\n\n"
    "Die Leiterin Maria Berger ordnete am Dienstag eine Sperre an, die zunächst bis Freitag, "
    "4. Dezember, gelten soll. „Wir wissen, dass das hart ist“, sagte sie. Aber nur so lasse "
    "sich die Ausbreitung stoppen.\n\n"
    "Unter Angehörigen kursiert die Vermutung, ein Salat beim Sommerfest sei verdorben gewesen. "
    "Bewiesen ist das nicht."
)


def test_a_report_with_soll_in_its_relative_clause_is_no_speech():
    quotes = _quotes(HOME)
    assert not _speaker_of(quotes, "Die Leiterin Maria Berger"), quotes


def test_her_pronoun_after_her_report_is_hers_not_the_last_source():
    quotes = _quotes(HOME)
    assert _speaker_of(quotes, "Wir wissen") == ["Maria Berger"], quotes
    assert _speaker_of(quotes, "Aber nur so") == ["Maria Berger"], quotes


def test_a_rumour_is_nobodys_reported_speech():
    quotes = _quotes(HOME)
    assert not _speaker_of(quotes, "Unter Angehörigen"), quotes


def test_reported_speech_goes_on_with_the_speaker_not_with_an_estimate():
    text = (
        "Die Halle an der Ringstraße bleibt geschlossen. Der Baudezernent der Stadt, Jörg Lang, "
        "sagte, der Umbau koste nach ersten Schätzungen mindestens zwei Millionen Euro. Auch "
        "ein Neubau sei möglich. Eine Entscheidung werde frühestens im März fallen.\n\n"
        "Die Vereine müssen ausweichen."
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "Auch ein Neubau") == ["Jörg Lang"], quotes
    assert _speaker_of(quotes, "Eine Entscheidung") == ["Jörg Lang"], quotes
