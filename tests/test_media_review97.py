"""mediaA fixes of the second fix round of the session of 2026-11-29: faults found by the
blind reviews 94-97, each as a general rule on an invented sentence or article."""

from __future__ import annotations

from quizgen.generate import media_opinion, truefalse


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def test_writers_wer_verdict_with_a_relative_clause_and_a_year_has_a_cue():
    # blind review 94 de_hoerschleife: the writer's verdict got no fact/opinion item
    text = ("Wer im Jahr 2027 eine Schule führt, in der die Hälfte der Kinder friert, hat "
            "nicht nur ein Problem mit der Heizung, sondern mit dem Anstand.")
    cues = media_opinion.opinion_cues(text, "de")
    assert [c.text for c in cues if c.kind == "general"] == ["hat nicht nur ein Problem"]


def test_a_rule_with_a_number_stays_without_a_cue():
    # (a control: a figure that is no year keeps a 'Wer' rule a checkable fact)
    text = "Wer ein Auto besitzt, das älter als 20 Jahre ist, zahlt 300 Euro."
    assert not [c for c in media_opinion.opinion_cues(text, "de") if c.kind == "general"]


def test_worryingly_is_the_writers_stance():
    # blind review 95 en_storm_damage: 'the council's repair plans look worryingly thin'
    text = ("For a village that depends on its bus, the county's new timetable looks "
            "alarmingly sparse.")
    assert "alarmingly" in [c.text for c in media_opinion.opinion_cues(text, "en")]
    text = "For a port that lives off its ferries, the repair budget looks worryingly small."
    assert "worryingly" in [c.text for c in media_opinion.opinion_cues(text, "en")]


EN = """By Tom Ashdown | Monday 30 November 2026, 09:10 GMT

Parish council to close village hall car park

Bramley Parish Council will close the car park of the village hall on 14 December, its chair \
Helen Marsh said on Friday.

The hall's booking secretary, Gordon Pickett, said the hall would lose about 40 bookings a \
year. He has written to the council's clerk, Naomi Hartley, asking for a meeting.

Hartley has not yet replied.

The car park has 24 spaces and was built in 1998, Marsh said.
"""

DE = """Von Petra Lenz | Montag, 30. November 2026

Gemeinde schließt Parkplatz am Dorfgemeinschaftshaus

Die Gemeinde Birkenau schließt den Parkplatz am Dorfgemeinschaftshaus zum 14. Dezember. Das \
kündigte Bürgermeister Stefan Kranich am Freitag an.

Der Heimatverein rechnet mit dem Verlust von rund 40 Veranstaltungen im Jahr, sagte dessen \
Vorsitzender Jürgen Brinkmann. Pfarrerin Ulrike Seidel hält die Schließung für vertretbar.

Anders sieht das Brinkmann.

Brinkmann jedenfalls hat bereits Unterschriften gegen die Schließung gesammelt.

Aufgeben will Seidel den Gemeindesaal trotz der Schließung nicht.

Der Parkplatz hat 24 Stellplätze und wurde 1998 gebaut, sagte Kranich. Das Grundstück werde \
nicht verkauft, sagte Kranich.
"""


def _statements(text: str) -> list[str]:
    return [q.prompt for q in truefalse.generate(_analysis(text))]


def test_no_statement_on_a_bare_no_reply():
    # blind review 96 en_guide_hut #7: 'Pickering has not yet replied.' (replied to what?
    # and nobody asked Pickering: not clearly false)
    assert not [p for p in _statements(EN) if "not yet replied" in p]
    # (a reply to something named is no bare no-reply)
    assert not truefalse._NO_CONTENT.search("Hartley has not replied to the letter.")
    assert truefalse._NO_CONTENT.search("Die Eigentümerin hat sich bislang nicht geäußert.")


def test_no_statement_on_sees_it_otherwise_and_no_leaning_particle():
    # blind review 97 de_gemeindebrief #5 'Anders sieht das Kolbe.'; de_buergerfunk #13
    # 'Albers jedenfalls hat ...' copied with its 'jedenfalls'
    prompts = _statements(DE)
    assert prompts
    assert not [p for p in prompts if "Anders sieht das" in p]
    assert truefalse._NO_CONTENT.search("Anders sieht das Brinkmann.")
    assert truefalse._NO_CONTENT.search("Der Heimatverein sieht das anders.")
    assert not truefalse._NO_CONTENT.search("Anders sieht es für die Vereine aus.")
    assert not [p for p in prompts if "jedenfalls" in p]
    cut = truefalse._NAME_PARTICLE.sub(r"\1", "Brinkmann jedenfalls hat bereits Unterschriften "
                                       "gesammelt.")
    assert cut == "Brinkmann hat bereits Unterschriften gesammelt."


def test_no_person_swap_in_what_someone_will_not_do():
    # blind review 96 de_pfadfinderzelte: 'Entmutigen lassen will sich Vollmer von dem
    # Einbruch nicht.' is not stated of Vollmer rather than false; the true twin, the
    # sentence copied word for word, was 'true' by recognition alone
    prompts = _statements(DE)
    assert not [p for p in prompts if "Aufgeben will" in p]
    # (a quoted speaker's negated sentence keeps its swap: another person did not say it;
    # the other sentences out, whose false statements swap the same pairs of persons and so
    # leave this one no pair of its own - tests/test_media_review121.py)
    alone = _statements(DE.replace("Brinkmann jedenfalls hat bereits Unterschriften gegen die "
                                   "Schließung gesammelt.\n\n", "").replace(
        "Der Parkplatz hat 24 Stellplätze und wurde 1998 gebaut, sagte Kranich. ", ""))
    assert [p for p in alone if "nicht verkauft, sagte Brinkmann" in p]
