"""Cloze and true/false statements stand alone: no piece of the sentence before ('Brandt.'),
no 'ich' whose speaker another sentence names, and accepted answers that fit the gap."""

from __future__ import annotations

import re

from quizgen.generate import cloze, statements, truefalse
from quizgen.pipeline import analyze, load_article

PREFIX = re.compile(r"^(Ergänze die Lücke: |Richtig oder falsch\? |Fill in the gap: |"
                    r"True or false\? )")

# invented: a quotation that goes on into the next sentence, without a speaker of its own
FORECAST = ("Sturm über dem Hochland\n\n"
            "Ein Sturm hat am Sonntag im Hochland schwere Schäden angerichtet. "
            "Jana Freitag, Meteorologin beim Landeswetteramt, sagte: \"Solche Böen sind hier "
            "selten.\" Eine genaue Bilanz werde es voraussichtlich in drei Tagen geben, sagte "
            "sie. Schon am Mittwoch könnten erneut bis zu 90 Liter Regen fallen.\n\n"
            "Paul Kramer, Bürgermeister von Feldhain, ist besorgt. Viele Keller seien noch "
            "nicht leergepumpt, sagte er. \"Für zehn Häuser brauche ich sofort Hilfe.\"")


def _prompts(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.prompt for q in [*cloze.generate(a), *truefalse.generate(a)]]


def test_a_statement_never_starts_with_a_piece_of_the_sentence_before():
    """'..., sagte sie. Schon am Mittwoch ...': the quote finder gives the follow-on sentence
    the speaker of the one before; its 'sie' is not this sentence's word to replace."""
    prompts = _prompts(FORECAST)
    assert any("Schon am Mittwoch" in p for p in prompts)  # the sentence is still asked
    for p in prompts:
        body = PREFIX.sub("", p)
        assert not re.match(r"^[\w-]+\.\s", body), p  # 'Freitag. Schon am Mittwoch ...'
        assert "Freitag. " not in body and "Kramer. " not in body, p


def test_speech_in_the_first_person_needs_its_speaker_in_the_sentence():
    """'"Für zehn Häuser brauche ich sofort Hilfe."' alone: who is 'ich'?"""
    a = analyze(load_article(FORECAST))
    alone = next(s for s in a.sentences if s.text.startswith('"Für zehn'))
    assert statements.replacements(a, alone) is None
    named = next(s for s in a.sentences if "Solche Böen" in s.text)
    assert statements.replacements(a, named) is not None  # 'Jana Freitag ... sagte: "..."'


def test_apply_ignores_an_edit_outside_its_sentence():
    a = analyze(load_article(FORECAST))
    s = next(s for s in a.sentences if s.text.startswith("Schon am Mittwoch"))
    before = s.start - 5
    assert statements.apply(a, s, [(before, before + 3, "Freitag")]) == s.text


def _accepted(text: str) -> dict[str, list[str]]:
    a = analyze(load_article(text))
    return {q.answer: q.accepted_answers for q in cloze.generate(a) if q.skill != "how_many"}


def test_accepted_answers_fit_the_case_of_the_gap():
    """After 'beim' the text has 'Deutschen Wetterdienst': the nominative 'Deutsche
    Wetterdienst' would not fit the gap; the acronym fits every case."""
    text = ("Hitze im Südwesten\n\n"
            "Nach Angaben des Deutschen Wetterdienstes (DWD) war der Juli so heiß wie nie. "
            "Jana Freitag, Meteorologin beim DWD, sagte, die Werte seien geprüft worden. "
            "In Freiburg wurden am Samstag 39 Grad gemessen.")
    a = analyze(load_article(text))
    for q in cloze.generate(a):
        gap = q.prompt.index(cloze.GAP)
        before = q.prompt[:gap].split()[-1:]
        for accepted in q.accepted_answers:
            assert accepted == q.answer or accepted.isupper() or " " not in accepted or \
                not before or before[-1] not in {"beim", "des", "dem", "vom", "zum"}, \
                (q.prompt, q.accepted_answers)
        assert not any(re.fullmatch(r"Deutsche \w+", x) for x in q.accepted_answers), q


def test_a_persons_names_are_accepted_where_the_text_writes_a_name_uninflected():
    text = ("Bäckerei insolvent\n\n"
            "Die Bäckerei Sommer hat am Montag Insolvenz angemeldet. "
            "Geschäftsführer Thomas Kornmann sagte, er habe um jede Filiale gekämpft. "
            "Eine Prognose für die 40 Beschäftigten wollte Kornmann nicht abgeben.")
    accepted = _accepted(text)
    assert "Thomas Kornmann" in accepted.get("Kornmann", []), accepted


def test_fitting_names_keeps_an_acronym_and_drops_an_inflected_alias():
    from quizgen.generate.cloze import fitting_names
    from quizgen.model import Entity, Mention

    text = ("Hitze im Südwesten\n\n"
            "Nach Angaben des Deutschen Wetterdienstes (DWD) war der Juli so heiß wie nie. "
            "Der Deutsche Wetterdienst warnt vor weiteren heißen Tagen im Südwesten.")
    a = analyze(load_article(text))
    dwd = Entity("X1", "ORG", "Deutsche Wetterdienst", [Mention(0, 3, "DWD", 1, "alias")],
                 aliases=["DWD"])
    assert fitting_names(a, "DWD", dwd) == ["DWD"]
    assert fitting_names(a, "Deutschen Wetterdienst", dwd) == ["Deutschen Wetterdienst", "DWD"]
    firm = Entity("X2", "ORG", "Velter Antriebstechnik", aliases=["Velter"])
    assert fitting_names(a, "Velter", firm) == ["Velter", "Velter Antriebstechnik"]
    english = analyze(load_article("Heat wave\n\nThe Met Office said on Sunday that July "
                                   "was the hottest month on record in southern England."))
    office = Entity("X3", "ORG", "Met Office", aliases=["MO"])
    assert fitting_names(english, "MO", office) == ["MO", "Met Office"]


def test_an_acronym_printed_beside_the_gap_is_no_accepted_answer():
    text = ("Werk schließt\n\n"
            "Der Autozulieferer Velter will sein Werk in Kornbach schließen. "
            "Die Gewerkschaft Metall und Elektro (GME) reagierte am Montag empört. "
            "Die GME kündigte Widerstand an.")
    a = analyze(load_article(text))
    for q in cloze.generate(a):
        for accepted in q.accepted_answers:
            assert accepted == q.answer or not re.search(
                r"(?<!\w)" + re.escape(accepted) + r"(?!\w)", q.prompt), (q.prompt, accepted)


def test_a_gap_inside_a_quotation_ranks_below_the_same_kind_of_gap_in_the_report():
    """'"So etwas habe ich in ________ Jahren nicht erlebt", sagte Kühnel' asks for the
    speaker's wording; the figure the article reports itself is the better gap."""
    from quizgen.generate import cloze

    a = analyze(load_article(
        "Hagel zerstört Ernte\n\n"
        "Ein Hagelsturm hat am Sonntag in Lindau rund 40 Hektar Obstplantagen zerstört. "
        "\"So etwas habe ich in dreißig Jahren nicht erlebt\", sagte Landwirt Karl Mende. "
        "Die Versicherung schätzt den Schaden auf etwa 300.000 Euro."))
    qs = {q.answer: q.score for q in cloze.generate(a)}
    assert "40" in qs
    # a small number in the speaker's words is not asked at all (test_cloze_side13.py)
    assert qs.get("dreißig", 0.0) < qs["40"] - 0.1


def test_no_gap_on_a_name_that_only_modifies_a_persons_title():
    """'said ____ area coordinator Martin Ellis': the organisation before a title and a name
    is a side detail, whatever the title."""
    from quizgen.generate import cloze

    a = analyze(load_article(
        "Whale dies on beach\n\n"
        "A fin whale has died on the beach at Cley after a rescue effort by British Divers "
        "Marine Life Rescue (BDMLR). \"We knew from the start that the odds were against "
        "us,\" said BDMLR area coordinator Martin Ellis. Volunteers worked for nine hours."))
    prompts = [q.prompt for q in cloze.generate(a)]
    assert not any("said ________ area coordinator" in p for p in prompts), prompts
    assert any(p.endswith("said BDMLR area coordinator ________.") for p in prompts)
