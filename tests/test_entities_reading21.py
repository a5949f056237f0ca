"""Quick reading 21, names (invented text): a station's letters after 'BBC Radio' end its name;
a town in a prepositional phrase before a verb of saying is no speaker."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Row over school software

Parent Tom Hale told BBC Radio XK that his son had done the work himself.
"""

DE = """Streit um Lernzeiten

Das Kultusministerium in Velmarn erklärte, die Schule handle richtig. Schulleiterin Anna \
Berg sagte, man sei zufrieden.
"""


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyze(load_article(text)).entities}


def test_the_letters_after_bbc_radio_end_the_station_name() -> None:
    labels = _labels(EN)
    assert "BBC Radio XK" in labels and "XK" not in labels, labels


def test_a_town_after_in_is_no_speaker() -> None:
    labels = _labels(DE)
    assert labels.get("Velmarn") != "PER", labels


ROLES_DE = """Streit um Hausaufgaben

Schulleiterin Anna Berg verteidigt den Plan. Ganz anders sieht das Peter Krause, Vorsitzender \
des Schulelternbeirats. Der Bildungsforscher Prof. Jan Holm von der Universität Kelbach hält den \
Versuch für sinnvoll.
"""

ROLES_EN = """Speed limit row

Inspector Mark Dale of Kelby Police said officers would be fair. Council leader Ann Frost \
said the plan was right.
"""


def test_a_role_without_article_at_the_sentence_end_is_the_role() -> None:
    roles = {e.name: e.role for e in analyze(load_article(ROLES_DE)).entities}
    assert roles.get("Peter Krause") == "Vorsitzender des Schulelternbeirats", roles


def test_a_compound_title_before_prof_is_the_role_with_its_body() -> None:
    roles = {e.name: e.role for e in analyze(load_article(ROLES_DE)).entities}
    assert roles.get("Jan Holm") == "Bildungsforscher von der Universität Kelbach", roles


def test_an_english_role_takes_its_body_after_of() -> None:
    roles = {e.name: e.role for e in analyze(load_article(ROLES_EN)).entities}
    assert roles.get("Mark Dale") == "inspector of Kelby Police", roles


def test_no_name_swapped_in_before_anothers_role() -> None:
    from quizgen.generate import truefalse

    qs = truefalse.generate(analyze(load_article(ROLES_DE)))
    assert not any("Vorsitzender des Schulelternbeirats" in q.prompt and "Krause" not in
                   q.prompt for q in qs), [q.prompt for q in qs]


def test_a_german_occupation_before_the_name_is_the_role_not_the_relative_clause() -> None:
    text = """Ärger über Ersatzbusse

Die Krankenpflegerin Mira Olsen, die jeden Morgen ins Klinikum fährt, sagte dem Radiosender \
„Welle Süd“, der Bus sei voll gewesen. Pendlerin Jana Roth, die jeden Tag nach Kelbach fährt, \
hofft auf eine schnelle Reparatur.
"""
    roles = {e.name: e.role for e in analyze(load_article(text)).entities}
    assert roles.get("Mira Olsen") == "Krankenpflegerin", roles
    assert roles.get("Jana Roth") == "Pendlerin", roles


def test_an_office_with_for_before_a_name_is_the_role() -> None:
    text = """New limit for Kelby

Cabinet member for housing Ruth Dale said the plan would help families. The chairman of the \
Kelby Business Forum, Tom Shaw, said shops would suffer.
"""
    roles = {e.name: e.role for e in analyze(load_article(text)).entities}
    assert roles.get("Ruth Dale") == "cabinet member for housing", roles


def test_its_role_names_the_body_the_sentence_before_opens_with() -> None:
    text = """Fares to rise

The Kelby Cab Association, which represents 300 drivers, had asked for more. Its secretary, \
Omar Reid, said drivers worked long hours. Kelby Rovers FC now top the table. Their director \
of football, Sam Hale, said the rules were fair.
"""
    roles = {e.name: e.role for e in analyze(load_article(text)).entities}
    assert roles.get("Omar Reid") == "secretary of the Kelby Cab Association", roles
    assert roles.get("Sam Hale") == "director of football at Kelby Rovers FC", roles


def test_a_canal_named_after_two_rivers_is_one_place() -> None:
    text = """Boats stuck

Dozens of boats are stuck after a section of the Kennet and Avon Canal near Kelby burst its \
banks. Engineer Alison Grey said repairs would take weeks.
"""
    ents = {e.name: e.label for e in analyze(load_article(text)).entities}
    assert ents.get("Kennet and Avon Canal") == "LOC", ents
    assert "Avon Canal" not in ents, ents


def test_a_former_job_is_no_role_question_and_an_office_takes_its_body() -> None:
    from quizgen.generate import vocabulary

    text = """Canal bank bursts

Retired teacher Colin Hale, 71, said his boat was stuck in the mud. Kelby Waterways Trust said \
nobody had been injured. Regional director Ann Bell said repairs would take weeks.
"""
    a = analyze(load_article(text))
    roles = {e.name: e.role for e in a.entities}
    assert roles.get("Ann Bell") == "regional director of Kelby Waterways Trust", roles
    asked = [q.prompt for q in vocabulary.generate(a) if q.skill == "role"]
    assert not any("Colin Hale" in p for p in asked), asked


def test_dessen_role_belongs_to_the_noun_the_sentence_before_opens_with() -> None:
    text = """Heizung kaputt

Der Förderverein hat mehr als 500 Unterschriften gesammelt. Dessen Vorsitzender Jan Brück \
sagte, die Stadt habe zu lange gewartet. Die Bürgerinitiative will klagen. Deren Sprecherin \
Eva Roth sagte, man sei enttäuscht.
"""
    roles = {e.name: e.role for e in analyze(load_article(text)).entities}
    assert roles.get("Jan Brück") == "Vorsitzender des Fördervereins", roles
    assert roles.get("Eva Roth") == "Sprecherin der Bürgerinitiative", roles


def test_a_completed_role_accepts_the_words_the_text_writes() -> None:
    from quizgen.generate import vocabulary

    a = analyze(load_article(ROLES_EN))
    qs = [q for q in vocabulary.generate(a) if q.skill == "role" and "Mark Dale" in q.prompt]
    assert qs and any(x.lower() in ROLES_EN.lower() for x in qs[0].accepted_answers), \
        [(q.answer, q.accepted_answers) for q in qs]
