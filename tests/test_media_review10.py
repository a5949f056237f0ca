"""Media items after blind review 10, on invented articles: German statements given to another
medium ('sagte dem Radiosender „X“'), who speaks (a person behind a party label, a private
person the quote finder gave to an earlier speaker, a parents' representative), who stays
silent ('hat sich dazu bisher nicht geäußert', 'would not comment'), a view flagged as
unproven that nobody is quoted for ('Some campaigners believe ...') and a reported 'soll'."""

from __future__ import annotations

from quizgen.generate import media_claims, media_discussion, media_sources
from quizgen.generate.media_text import claims, outlets
from quizgen.pipeline import analyze, load_article

DE_BAHN = """Von Eva Roth | Montag, 23. November 2026, 09:00 Uhr

Neue Busse stehen still

Die Stadt Waldau hat zwölf neue Elektrobusse gekauft. Sie dürfen aber noch nicht fahren.

„Wir sind darüber sehr enttäuscht“, sagte Martin Ebert, Geschäftsführer der Stadtwerke \
Waldau, am Montag. Die Software der Busse werde derzeit geprüft.

Werkstattleiter Tobias Brenner sagte dem Radiosender „Radio Waldau“, für manche Teile müsse \
man lange warten.

Rentnerin Helga Sommer, 71, fährt jeden Tag mit der Linie 5. „Ich stehe oft eine halbe Stunde \
an der Haltestelle“, sagte sie.

Die Stadtwerke sollen bereits eine Entschädigung gefordert haben, der Hersteller hat sich \
dazu bisher nicht geäußert.

Stadtrat Jan Vogt (Grüne) behauptet, die Stadtwerke hätten Warnungen ignoriert. Bewiesen ist \
das nicht.

Der neue Fahrplan soll nach Informationen dieser Zeitung erst im März gelten. Die Stadt \
wollte das nicht bestätigen.
"""

EN_HALL = """By Tom Price | Monday 23 November 2026, 09:00 GMT

Village hall shut after roof scare

The village hall in Brackley has closed after cracks were found in its roof.

"We had no choice," said Helen Marsh, the chair of the hall committee. The hall is owned by \
the parish council. A council spokesperson said the authority was looking into the matter and \
would not comment further. Parish clerk Sue Bell said the roof had last been inspected in May.

Local MP Ben Ashby said he had asked for a report. Some residents believe the hall \
could reopen by Christmas. There is no evidence for this; the engineers have not yet said how \
long repairs would take.
"""


def _voices_note(text: str) -> str:
    a = analyze(load_article(text))
    [q] = [q for q in media_discussion.generate(a, claims(a)) if "Sicht fehlt" in q.prompt
           or "view is missing" in q.prompt]
    return q.answer


def test_a_statement_given_to_a_german_radio_station_is_second_hand():
    a = analyze(load_article(DE_BAHN))
    assert "Radio Waldau" in outlets(a)
    qs = [q for q in media_sources.generate(a, claims(a)) if q.answer == "Radio Waldau"]
    assert qs and "dem Radiosender ___," in qs[0].prompt  # the gap without its marks


def test_german_voices_include_the_person_behind_a_party_label_and_a_private_person():
    note = _voices_note(DE_BAHN)
    listed = note.split("Zu Wort kommen:")[1].split(".")[0]
    assert "Jan Vogt" in listed and "Helga Sommer" in listed
    assert "Grüne (" not in listed


def test_a_party_that_did_not_comment_is_the_missing_view():
    note = _voices_note(DE_BAHN)
    assert "Der Hersteller hat sich laut Artikel nicht geäußert" in note
    assert "den Hersteller um eine Stellungnahme bitten" in note


def test_a_council_that_would_not_comment_is_the_missing_view():
    note = _voices_note(EN_HALL)
    assert "the council has not commented" in note


def test_a_parents_representative_speaks_for_the_parents():
    text = DE_BAHN.replace(
        "Werkstattleiter Tobias Brenner sagte",
        "Viele Eltern sind wütend. Anna Kraus, Vorsitzende des Stadtelternrats, sagte, die "
        "Kinder kämen zu spät. Werkstattleiter Tobias Brenner sagte")
    note = _voices_note(text)
    assert "Eltern" not in note.split("Eine gute Antwort")[0].split("Zu Wort kommen:")[1] \
        .split(")")[-1]


def test_a_view_flagged_as_unproven_belongs_to_those_who_hold_it():
    a = analyze(load_article(EN_HALL))
    mc = [q for q in media_claims.generate(a, claims(a)) if q.type == "multiple_choice"
          and q.skill == "evidence" and "no evidence" in q.prompt]
    assert mc and "reopen by Christmas" in mc[0].answer
    why = [q for q in media_discussion.generate(a, claims(a)) if "Why might" in q.prompt]
    assert why and "Why might some residents" in why[0].prompt
    assert "Ashby" not in why[0].prompt


def test_a_german_claim_behind_a_party_label_is_asked_with_its_speaker():
    a = analyze(load_article(DE_BAHN))
    why = [q for q in media_discussion.generate(a, claims(a)) if "Warum könnte" in q.prompt]
    assert why and why[0].prompt.startswith("Jan Vogt behauptet, die Stadtwerke")


def test_a_reported_soll_is_hearsay_a_planned_one_is_not():
    a = analyze(load_article(DE_BAHN))
    hedges = [q for q in media_claims.generate(a, claims(a)) if q.skill == "evidence"
              and "gesicherte Tatsache" in q.prompt]
    assert any("erst im März gelten" in q.prompt for q in hedges)
    plain = DE_BAHN.replace(" nach Informationen dieser Zeitung", "").replace(
        " Die Stadt wollte das nicht bestätigen.", "")
    a = analyze(load_article(plain))
    assert not any("erst im März" in q.prompt for q in media_claims.generate(a, claims(a)))


def test_the_first_media_items_are_the_ones_the_text_settles():
    from quizgen.pipeline import question_set_from

    text = DE_BAHN.replace("Neue Busse stehen still", "BUS-CHAOS! Neue Busse stehen nutzlos "
                           "herum – Fahrgäste verzweifelt")
    qs = [q for q in question_set_from(text).questions if q.family == "media_literacy"]
    kinds = [(q.type, q.skill) for q in qs]
    first_open = next(i for i, (t, _) in enumerate(kinds) if t == "open")
    assert first_open >= 3 and all(t == "multiple_choice" for t, _ in kinds[:3])
    assert all(t == "open" for t, _ in kinds[first_open:-1])  # the source line comes last
    # one of each sure skill before a second of any
    assert len({s for _, s in kinds[:3]}) == 3


DE_MENSA = """Von Ina Wolf | Montag, 23. November 2026, 09:00 Uhr

KANTINEN-CHAOS! Lieferant pleite – Tausende Schüler ohne Mittagessen

Der Lieferant Gutessen Nord hat Insolvenz angemeldet. Seit Montag bekommen mehr als 3000 \
Kinder an Schulen und Kitas in Kornstadt kein warmes Mittagessen mehr.

Betroffen sind nach Angaben der Stadt zwölf Schulen. Der Förderverein zahlt 20.000 Euro für \
belegte Brötchen.
"""


def test_a_headlines_vague_count_is_checked_against_the_bodys_figure():
    from quizgen.generate import media_headline

    a = analyze(load_article(DE_MENSA))
    [q] = [q for q in media_headline.generate(a) if q.type == "open"]
    assert "„Tausende Schüler“" in q.answer and "„mehr als 3000 Kinder“" in q.answer
    assert "dieselben Menschen" in q.answer  # Kita children are no pupils
    assert "„pleite“" not in q.answer  # the everyday word for insolvent overstates nothing


def test_a_medium_named_after_its_kind_and_a_plural_denial():
    text = DE_BAHN.replace("sagte dem Radiosender „Radio Waldau“", "sagte dem Sender "
                           "„Radio Waldau“").replace(
        "Bewiesen ist das nicht.", "Bewiesen ist das nicht. Die Stadtwerke weisen den "
        "Vorwurf zurück.")
    a = analyze(load_article(text))
    assert "Radio Waldau" in outlets(a)
    note = _voices_note(text)
    assert "(„Radio Waldau“)" in note
    assert "die Stadtwerke selbst" not in note  # they answer the charge


def test_who_is_the_expert_and_a_headline_figure_come_after_the_sure_items():
    from quizgen.generate.media_text import teacher_rank
    from quizgen.model import Question

    def q(skill: str, prompt: str, answer: str = "X", expl: str = "") -> Question:
        return Question(id=prompt, family="media_literacy", type="multiple_choice",
                        skill=skill, prompt=prompt, answer=answer, options=[answer, "Y"],
                        explanation=expl)

    outlet = q("source", "The article takes this from another medium: “... told ___ ...”")
    expert = q("source", "Who is quoted in the article as an expert?")
    figure = q("headline", "Die Überschrift meldet „Tausende Anrufe“. Welche Angabe ...?")
    assert teacher_rank(outlet) < teacher_rank(expert) < teacher_rank(figure)


def test_a_claim_that_points_back_is_no_key():
    text = EN_HALL.replace("Some residents believe the hall could reopen by Christmas.",
                           "Some residents believe this could be fixed by Christmas.")
    a = analyze(load_article(text))
    for q in media_claims.generate(a, claims(a)):
        assert not q.answer.startswith("This could")


def test_an_inflected_german_medium_is_asked_in_its_sentence():
    text = DE_BAHN.replace("sagte dem Radiosender „Radio Waldau“, für manche Teile müsse "
                           "man lange warten.", "sagte dem Hessischen Rundfunk, für manche "
                           "Teile müsse man lange warten. Man suche Ersatz, sagte er dem "
                           "Hessischen Rundfunk.")
    a = analyze(load_article(text))
    qs = [q for q in media_sources.generate(a, claims(a)) if q.answer == "Hessischen Rundfunk"]
    assert qs and all("___" in q.prompt for q in qs)
    assert all("Der Spiegel" not in q.options for q in qs)


def test_a_plan_in_a_relative_clause_and_a_measured_rate_are_no_opinion():
    from quizgen.generate.media_opinion import opinion_cues

    assert not opinion_cues("Die Firma, die das Netz verlegen sollte, hat Insolvenz "
                            "angemeldet.", "de")
    assert opinion_cues("Es ist ein Versuch, den die Eltern nicht verurteilen sollten.", "de")
    assert not [c for c in opinion_cues("Pupils who played outside were a third less likely "
                                        "to need glasses, the researchers found.", "en")
                if c.text == "likely"]


def test_declining_to_comment_in_other_words_is_the_missing_view():
    text = EN_HALL.replace("A council spokesperson said the authority was looking into the "
                           "matter and would not comment further.",
                           "A spokesperson for the parish council declined to comment.")
    assert "the parish council has not commented" in _voices_note(text)
    de = DE_BAHN.replace("der Hersteller hat sich dazu bisher nicht geäußert",
                         "der Hersteller wollte sich auf Anfrage nicht zu den Kosten äußern")
    assert "Der Hersteller hat sich laut Artikel nicht geäußert" in _voices_note(de)


def test_an_apposition_after_a_say_verb_is_no_statement():
    text = EN_HALL.replace('"We had no choice," said Helen Marsh, the chair of the hall '
                           'committee.', '"It was a hard day. We had no choice," said Dr Helen '
                           'Marsh, the engineer who led the survey.')
    a = analyze(load_article(text))
    assert not any(c.statement and c.statement.startswith("The engineer who")
                   for c in claims(a))
