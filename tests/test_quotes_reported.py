"""Which sentences go on with the last speaker's reported speech (quick readings 19 and 20).

A sentence whose own main verb is indicative is the writer's report even when a relative clause
inside it has "soll" after a comma; a sentence that names a rumour as its source is nobody's
speech; and "nach ersten Schätzungen" is no voice that the next sentences could go on with.
"""

from __future__ import annotations

from .helpers import analysed


def _quotes(text: str) -> list[tuple[str | None, str]]:
    an = analysed(text)
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


def _english(text: str) -> list[tuple[str | None, str]]:
    an = analysed(text, "en")
    return [(q.speaker, q.content) for q in an.quotes]


def test_a_definite_description_speaks_for_the_person_named_before():
    """'..., sagte der SPD-Politiker' / 'sagte die Krankenpflegerin' (quick reading 21: the
    discussion note missed both voices)."""
    text = (
        "Die neue Brücke wird teurer. Bürgermeister Jonas Keller, der das Projekt seit Jahren "
        "vorantreibt, hält trotzdem daran fest. Eine Brücke sei immer noch günstiger als eine "
        "Fähre, sagte der SPD-Politiker.\n\n"
        "Pendlerin Maria Lenz, die jeden Morgen mit dem Rad fährt, hofft auf die Brücke. "
        "„Im Regen stehe ich jeden Tag, da wäre mir jede Lösung recht“, sagte die "
        "Krankenpflegerin.\n\n"
        "Die Stadt prüft die Pläne. „Wir warten ab“, sagte die Verwaltung."
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "Eine Brücke") == ["Jonas Keller"], quotes
    assert _speaker_of(quotes, "Im Regen") == ["Maria Lenz"], quotes
    assert _speaker_of(quotes, "Wir warten") != ["Maria Lenz"], quotes  # a body, no woman


def test_a_description_of_the_wrong_gender_or_with_two_people_before_stays_unlinked():
    text = (
        "Bürgermeister Jonas Keller hält an der Brücke fest. Eine Brücke sei günstiger, "
        "sagte die Ingenieurin.\n\n"
        "Paul Roth und Peter Sommer fahren täglich. Es sei ein Ärgernis, sagte der Pendler."
    )
    # (two men: with 'Anna Roth und Peter Sommer' the first names now tell who 'der Pendler'
    # is, tests/test_quotes_review133.py)
    quotes = _quotes(text)
    assert "Jonas Keller" not in _speaker_of(quotes, "Eine Brücke"), quotes
    assert not {"Paul Roth", "Peter Sommer"} & set(_speaker_of(quotes, "Es sei")), quotes


def test_an_english_description_speaks_for_the_one_person_named_before():
    text = (
        "Parking charges will double. Night-shift worker Karen Lowe, 52, uses the car park "
        "every day. \"I cannot afford this,\" said the nurse.\n\n"
        "\"We will review it,\" said the council."
    )
    quotes = _english(text)
    assert _speaker_of(quotes, "I cannot") == ["Karen Lowe"], quotes
    assert _speaker_of(quotes, "We will") != ["Karen Lowe"], quotes


def test_a_speaker_after_deren_is_no_radio_station_and_her_sie_goes_on():
    """'Deren Sprecherin Nadine Ott sagte dem Radiosender Welle Nord, ...' gave the words to
    'Nord', and the next 'Sie verlangt ...' to nobody (quick reading 22)."""
    text = (
        "Die Bürgerinitiative „Faires Wohnen“ hat 900 Unterschriften gesammelt. Deren "
        "Sprecherin Anna Roth sagte dem Radiosender Welle Süd, die Stadt habe die Bürger "
        "übergangen. Sie verlangt eine Staffelung nach Einkommen, wie sie andere Städte "
        "bereits eingeführt haben.\n\n"
        "Die Stadt prüft den Antrag."
    )
    from quizgen.nlp.quote_model import _previous_speaker

    an = analysed(text)
    assert _speaker_of([(q.speaker, q.content) for q in an.quotes], "die Stadt habe") == [
        "Anna Roth"], an.quotes
    said = next(s.index for s in an.sentences if s.text.startswith("Sie verlangt"))
    ent = _previous_speaker(an, an.quotes, said, "Sie")
    assert ent is not None and ent.name == "Anna Roth"
    assert _previous_speaker(an, an.quotes, said + 1, "Sie") is None  # nobody spoke before


def test_no_content_across_a_semicolon_and_his_pronoun_after_a_named_boy():
    """'Bewiesen ist das nicht; die Stadt weist den Vorwurf zurück.' is the writer's clause,
    not the city's words; '..., erzählt er.' after 'Der 14-jährige Tim, Schüler der 8b, ...'
    is the boy's, not the last speaker's (blind review 15)."""
    text = (
        "Einige Eltern behaupten, die Stadt habe Warnungen ignoriert. Bewiesen ist das "
        "nicht; die Stadt weist den Vorwurf zurück.\n\n"
        "Der 14-jährige Tim, Schüler der Klasse 8b, sieht die Lage gelassener. Im Unterricht "
        "sei es mit Heft und Bleistift sogar ruhiger als sonst, erzählt er."
    )
    quotes = _quotes(text)
    assert not _speaker_of(quotes, "Bewiesen"), quotes
    assert _speaker_of(quotes, "Im Unterricht") == ["Der 14-jährige Tim"], quotes


def test_a_voice_before_a_colon_owns_the_reported_speech_after_it():
    """'Der Verein widerspricht: Er habe sich ... beschwert.' was the mayor's (blind review 15)."""
    text = (
        "Bürgermeisterin Carla Sommer sagte, die Genehmigung sei 2023 erteilt worden. Damals "
        "habe niemand Einwände erhoben. Der Verein widerspricht: Er habe sich schon während "
        "der Planung schriftlich beschwert.\n\n"
        "Der Gemeinderat berät im Januar."
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "Damals") == ["Carla Sommer"], quotes
    assert _speaker_of(quotes, "Er habe sich") == ["Der Verein"], quotes


def test_an_organisation_name_before_lower_case_nouns_is_no_speaker_of_its_own():
    text = (
        "The last NHS practice in Hollbrook goes private. The local NHS integrated care "
        "board (ICB), which buys dental services for the area, said it was looking for a new "
        "provider.\n\nPatients can stay on for a fee."
    )
    an = analysed(text, "en")
    speakers = [q.speaker for q in an.quotes if q.content.startswith("it was looking")]
    assert speakers and speakers[0] != "NHS" and "care board" in speakers[0], an.quotes
