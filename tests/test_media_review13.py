"""Blind review 13, media faults on invented text: every statement of a discussion note
agrees with the article (a patient quoted as 'der 72-Jährige' is a voice, so the note never
says no one affected is quoted; a person known only from hearsay does not speak; an expert
named before her institution speaks, not the institution)."""

from __future__ import annotations

from quizgen.generate import media_discussion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE_CLINIC = """Kliniken im Raum Nordtal verschieben Operationen

Im Raum Nordtal werden die Blutkonserven knapp.

Das Kreisklinikum Nordtal hat seit Montag mehr als 30 geplante Eingriffe verschoben. \
Notfälle seien davon nicht betroffen, betonte Chefarzt Prof. Rainer Voigt. „Niemand muss sich \
Sorgen machen“, sagte er dem Nordtaler Boten.

Rentnerin Gisela Marten aus Hollfeld sollte am Freitag eine neue Hüfte bekommen. Die Klinik \
habe sie am Donnerstag angerufen und die Operation abgesagt, erzählt die 72-Jährige. „Ich \
habe seit einem Jahr Schmerzen.“

Die Patienten müssen nun warten. Die Logistikexpertin Petra Wald von der Hochschule \
Nordtal warnt, das Problem werde sich verschärfen: Bis 2030 fehlten viele Spender.
"""

EN_SCHOOL = """Parents angry as school plans to close library

Hillside Academy wants to close its library in January. Hundreds have signed a petition.

The trust's chief executive, Paul Grant, said the room was needed for classes. "We have no \
other space," he said.

Parent Helen Fox said the library was used by more than 300 pupils every week. "Children \
need books," she said.

Head teacher Owen Marsh has not commented publicly. According to two parents, he reportedly \
told staff at a meeting that he had "not been asked" about the plans.
"""


def _voices_note(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "voices"
          or "Wessen Sicht" in q.prompt or "Whose view" in q.prompt]
    assert qs, "no voices item"
    return qs[0].prompt + " || " + qs[0].answer


def test_a_patient_quoted_by_description_is_a_voice_de():
    note = _voices_note(DE_CLINIC)
    assert "Gisela Marten" in note, note
    assert "niemand von ihnen wird namentlich zitiert" not in note, note


def test_a_title_after_the_role_keeps_the_role_de():
    note = _voices_note(DE_CLINIC)
    assert "Rainer Voigt (Chefarzt)" in note, note


def test_an_expert_before_her_institution_speaks_de():
    note = _voices_note(DE_CLINIC)
    assert "Petra Wald (Logistikexpertin von der Hochschule Nordtal)" in note, note
    assert "äußert sich laut Artikel Hochschule" not in note, note


def test_a_person_heard_only_through_hearsay_does_not_speak_en():
    note = _voices_note(EN_SCHOOL)
    prompt, answer = note.split(" || ")
    assert "Owen Marsh" not in prompt, prompt
    quoted = answer.split(".")[0]
    assert "Owen Marsh" not in quoted, quoted
    assert "has not commented" in answer and "second-hand" in answer, answer


DE_INSTITUTION = """Busse fallen aus

Im Landkreis Nordtal fehlen Fahrer.

Landrat Peter Kranz sagte, man suche eine Lösung. „Wir arbeiten daran“, sagte er. Mutter Anna \
Berg sagte, ihr Sohn komme zu spät. Nach Angaben der Hochschule Nordtal fehlen bundesweit \
20.000 Fahrer. Die Hochschule Nordtal warnte, das Problem werde sich verschärfen.
"""


def test_an_institution_takes_its_article_de():
    note = _voices_note(DE_INSTITUTION)
    assert "äußert sich laut Artikel die Hochschule Nordtal" in note, note


DE_COMMUTERS = """Bahnstrecke wird gesperrt

Die Bahnstrecke zwischen Kornau und Weilstadt wird ab März gesperrt. Pendler und Schüler \
müssen auf Busse umsteigen.

Bei den Pendlern ist der Ärger groß. „Wir fühlen uns abgehängt“, sagt Sandra Brückner, \
Krankenschwester an der Klinik in Weilstadt. Landrat Peter Kranz sagte, man prüfe Lösungen. \
Verdi-Sekretär Jan Kolb warnte vor Ausfällen: „Wenn ein Fahrer krank wird, steht der Bus.“
"""


def test_roles_at_the_end_of_a_sentence_and_with_a_hyphen_de():
    """judged19 de_bahnstrecke: 'sagt Claudia Werner, Krankenschwester an der Klinik in
    Weilstadt.' is a commuter quoted by name; 'Verdi-Sekretär Markus Albrecht' has a role."""
    note = _voices_note(DE_COMMUTERS)
    assert "(Krankenschwester an der Klinik in Weilstadt)" in note, note
    assert "Jan Kolb (Verdi-Sekretär)" in note, note
    assert "niemand von ihnen wird namentlich zitiert" not in note, note


# ------------------------------------------------------------------ headline vs body

EN_SOLD = """By Sam Fielding | Tuesday 24 November 2026, 09:10 GMT

AXED! Town library to be sold to developers for 40 luxury flats

Tarnby Council wants to sell the old library on Mill Road to a housing developer. More than \
900 people have signed a petition.

The council confirmed on Monday that it was in talks with Northgate Homes about selling the \
building. The developer wants to build 40 flats on the site. Councillors will vote on the \
plan on 3 March.

Council leader Ann Shaw said the building needed repairs the town could not pay for.
"""

DE_OPS = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

OP-NOTSTAND! Kliniken müssen Operationen absagen – Hunderte Patienten warten

Im Raum Nordtal werden die Blutkonserven knapp. Erste Kliniken verschieben geplante \
Operationen.

Betroffen sind nach Angaben des Landkreises mehr als 300 Patientinnen und Patienten. Das \
Kreisklinikum Nordtal hat seit Montag mehr als 30 geplante Eingriffe verschoben.
"""


def _headline_note(text: str) -> str:
    from quizgen.generate import media_headline

    a = analyze(load_article(text))
    qs = [q for q in media_headline.generate(a) if q.type == "open"]
    assert qs, "no open headline comparison"
    return qs[0].answer


def test_a_headline_that_calls_a_plan_settled_en():
    note = _headline_note(EN_SOLD)
    assert "presents as settled" in note and "wants to sell" in note, note
    assert "will vote" in note, note  # what is still to be decided
    assert "“luxury”" in note, note  # the headline word the body never uses


def test_a_headline_verb_the_body_replaces_de():
    note = _headline_note(DE_OPS)
    assert "„absagen“" in note and "verschieben geplante" in note, note


def test_a_gender_pair_is_one_group_de():
    note = _headline_note(DE_OPS)
    assert "Patientinnen und Patienten“" in note, note
    assert "zählt" not in note, note  # no 'the text counts Patientinnen, the headline ...'


# ------------------------------------------------------------------ the writer's sentence

EN_WRONG = """By Sam Fielding | Tuesday 24 November 2026, 09:10 GMT

Council plans to close youth club

Tarnby Council wants to close the youth club on Mill Road to save £80,000 a year. The club \
opened in 1998 and is used by around 90 teenagers every week.

Council leader Ann Shaw said the building needed repairs the town could not pay for.

Closing the only place in town where teenagers can meet is exactly the wrong message to send \
to young people who already feel forgotten.

Source: Tarnby Herald / PA Media
"""

DE_WRONG = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

Stadt will Jugendtreff schließen

Die Stadt Kornau will den Jugendtreff in der Mühlstraße schließen und damit 80.000 Euro im \
Jahr sparen. Der Treff wurde 1998 eröffnet und wird jede Woche von rund 90 Jugendlichen \
besucht.

Bürgermeisterin Anna Berg sagte, das Gebäude müsse saniert werden.

Den einzigen Treffpunkt der Jugendlichen zu schließen, ist genau das falsche Signal an eine \
Generation, die sich ohnehin vergessen fühlt.

Quelle: Kornauer Bote / dpa
"""


def test_the_writers_wrong_message_is_the_opinion_item():
    from quizgen.pipeline import generate

    for text, cue in ((EN_WRONG, "wrong message"), (DE_WRONG, "falsche Signal")):
        qs = generate(analyze(load_article(text))).questions
        fo = [q for q in qs if q.skill == "fact_opinion"]
        assert fo and cue in fo[0].prompt, [q.prompt for q in fo]
        assert fo[0].answer in {"an opinion or assessment", "eine Meinung bzw. Einschätzung"}


# ------------------------------------------------------------------ the source line

def _source_items(text: str):
    from quizgen.generate import media_sources

    a = analyze(load_article(text))
    return [q for q in media_sources.generate(a, claims(a)) if "steht die Zeile" in q.prompt
            or "ends with the line" in q.prompt or "am Ende" in q.prompt
            or "at the end" in q.prompt]


def test_the_source_line_asks_what_the_agency_is():
    for text, agency in ((EN_WRONG, "PA Media"), (DE_WRONG, "dpa")):
        [q] = _source_items(text)
        assert f"{agency}" in q.prompt and q.type == "multiple_choice", q.prompt
        assert "agency" in q.answer or "Nachrichtenagentur" in q.answer, q.answer
        assert q.answer in q.options and len(set(q.options)) == 4


def test_no_source_line_item_without_an_agency():
    text = EN_WRONG.replace("Source: Tarnby Herald / PA Media", "Source: Tarnby Herald")
    assert _source_items(text) == []


DE_STOCK = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

DIESEL-ALARM! Tankstellen müssen schließen – der Vorrat reicht nur noch für drei Tage

Im Raum Nordtal wird der Kraftstoff knapp.

Nach Angaben des Verbands reicht der Vorrat an Diesel der Sorte Premium derzeit nur noch für \
etwa drei Tage. Normal sei ein Vorrat für mindestens zehn Tage.
"""


def test_a_body_figure_for_a_part_is_named_de():
    note = _headline_note(DE_STOCK)
    assert "sagt nur „Vorrat“" in note and "Vorrat an Diesel der Sorte Premium" in note, note


EN_INSPECTION = """Inspectors rate Oakfield school inadequate

Oakfield Primary School in Tarnby has been rated inadequate by inspectors.

Inspectors said checks on adults working with children had not been recorded properly. They \
found no evidence that any child had come to harm.

Some parents have claimed that the lead inspector had a conflict of interest. There is no \
evidence for this, and the inspectorate said all its inspectors declare possible conflicts.
"""


def test_a_finding_of_no_harm_flags_no_claim_en():
    """judged19 en_ofsted_school: 'They found no evidence that any child had come to harm' is
    the inspectors' finding, not a note that the sentence before is unproven."""
    from quizgen.generate.media_text import evidence_markers

    a = analyze(load_article(EN_INSPECTION))
    flagged = [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
               if m.kind == "no_evidence"]
    assert flagged and all("checks on adults" not in t for t in flagged), flagged
    assert any("conflict of interest" in t for t in flagged), flagged


DE_VIRUS = """Von Jana Kern | 24.11.2026, 09:10 Uhr

MAGEN-ALARM! Virus legt Pflegeheim lahm – Besuchsverbot!

Im Pflegeheim Sonnenhof in Kornau sind mehr als 30 Bewohner am Norovirus erkrankt.

Im Pflegeheim Sonnenhof in Kornau ist das Norovirus ausgebrochen. Die Heimleiterin Anna \
Berg ordnete am Montag ein Besuchsverbot an. Wie das Virus ins Heim gelangt ist, ist unklar.
"""


def test_an_open_how_does_not_question_the_headline_de():
    """judged19 de_norovirus: 'Wie das Virus ins Heim gelangt ist, ist unklar' leaves open how,
    not whether the virus struck: no heading is 'contradicted' by it."""
    from quizgen.generate.media_contrast import findings

    a = analyze(load_article(DE_VIRUS))
    assert not [f for f in findings(a) if f.kind == "uncertain"], \
        [(f.heading.text, f.body.text) for f in findings(a)]


DE_OWN_SITE = """Von Jana Kern | 24.11.2026, 09:10 Uhr

Norovirus im Pflegeheim Sonnenhof

Im Pflegeheim Sonnenhof in Kornau sind mehr als 30 Bewohner am Norovirus erkrankt.

Die Heimleiterin Anna Berg ordnete am Montag ein Besuchsverbot an. Peter Kranz, dessen \
Mutter im Heim lebt, kritisierte die Informationspolitik. Er habe vom Ausbruch erst aus einem \
Facebook-Beitrag erfahren, sagte Kranz der „Kornauer Rundschau“.

Quelle: Kornau24 / eigene Recherche
"""


def test_source_gap_options_are_other_outlets_in_the_gaps_case_de():
    """judged19 de_norovirus: the page's own site ('Rotheim24') and 'eigene Recherche' are no
    other outlets; after 'der ___' every option takes 'der'."""
    from quizgen.generate import media_sources

    a = analyze(load_article(DE_OWN_SITE))
    qs = [q for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]
    assert qs, [q.prompt for q in media_sources.generate(a, claims(a))]
    for q in qs:
        assert not {"Kornau24", "eigene Recherche"} & set(q.options), q.options
        if "der ___" in q.prompt:
            assert all(o == "Kornauer Rundschau" or o.endswith(("Zeitung", "Post",
                       "Allgemeinen", "Presse-Agentur", "Rundschau", "Presse", "zeitung"))
                       for o in q.options), \
                q.options
