"""Quick reading 20, roles and names (invented text): a title before the name and a role
after it are both the person's role; an occupation before a first name the tagger takes for
a noun ('Gemma') keeps the whole name; an institution's name ending in 'Hospital' after
'General' is no person; English role options all drop their 'a/an'."""

from __future__ import annotations

from quizgen.generate import vocabulary, wh
from quizgen.pipeline import analyze, load_article

DE = """Studie zu Gewässern vorgestellt

Forscher der Universität Lindtal haben 40 Teiche untersucht. Projektleiterin Anna Berger, \
Professorin für Chemie, stellte die Ergebnisse am Montag vor. „Das Wasser ist sauberer als \
gedacht“, sagte sie. Bürgermeister Jens Wolter, ein früherer Bademeister, lobte die Studie.
"""

EN = """Study finds dirty air near schools

A study of 60 schools in Kelbury was published on Monday. Lead author Dr Tom Reeve, a marine \
biologist, called the results "worrying". Councillor Ruth Lane, cabinet member for housing, \
said the council would act. Practice nurse Gemma Holt told the Kelbury Echo that she treated \
many children with asthma. Professor Alan Frost, an entomologist at the University of Kelbury, \
said the data were sound. Mayor Neil Dunn, a former lifeguard, welcomed the study.

Patients at Kelbury General Hospital were also asked. Campaigner Sue Ward said the council \
had waited too long. "We need action now," she said.
"""


def _roles(text: str) -> dict[str, str | None]:
    a = analyze(load_article(text))
    return {e.name: e.role for e in a.entities if e.label == "PER"}


def test_german_title_and_apposition_are_one_role() -> None:
    roles = _roles(DE)
    assert roles.get("Anna Berger") == "Projektleiterin und Professorin für Chemie", roles


def test_an_article_apposition_in_german_is_not_joined() -> None:
    roles = _roles(DE)
    assert "und" not in (roles.get("Jens Wolter") or ""), roles


def test_english_title_and_apposition_are_one_role() -> None:
    roles = _roles(EN)
    assert roles.get("Tom Reeve") == "lead author and marine biologist", roles
    assert roles.get("Ruth Lane") == "councillor and cabinet member for housing", roles


def test_professor_and_a_former_job_are_not_joined() -> None:
    roles = _roles(EN)
    assert roles.get("Alan Frost") == "an entomologist at the University of Kelbury", roles
    assert " and " not in (roles.get("Neil Dunn") or ""), roles


def test_an_occupation_keeps_a_first_name_the_tagger_reads_as_a_noun() -> None:
    roles = _roles(EN)
    assert "Gemma Holt" in roles and "Holt" not in roles, roles
    assert roles["Gemma Holt"] == "practice nurse", roles


def test_a_general_hospital_is_no_person() -> None:
    a = analyze(load_article(EN))
    names = {e.name: e.label for e in a.entities}
    assert "Hospital" not in names, names
    assert names.get("Kelbury General Hospital") in {"ORG", "LOC"}, names
    whos = [q for q in wh.generate(a) if q.skill == "who" and q.options]
    assert whos and not any("Hospital" in o for q in whos for o in q.options), \
        [(q.prompt, q.options) for q in whos]


def test_role_question_of_two_parts_has_its_evidence() -> None:
    a = analyze(load_article(DE))
    qs = [q for q in vocabulary.generate(a) if q.skill == "role" and "Anna Berger" in q.prompt]
    assert qs and qs[0].answer == "Projektleiterin und Professorin für Chemie", qs
    assert "Projektleiterin Anna Berger" in qs[0].explanation


def test_english_role_options_drop_their_indefinite_article() -> None:
    a = analyze(load_article(EN))
    qs = [q for q in vocabulary.generate(a) if q.skill == "role"]
    assert qs
    for q in qs:
        for text in [q.answer, *q.options]:
            assert not str(text).startswith(("a ", "an ")), (q.prompt, q.answer, q.options)


def test_a_word_counted_after_milliarde_is_no_name() -> None:
    text = """Pilz breitet sich aus

Ein einziger Pilz kann bis zu eine Milliarde Sporenkörner freisetzen. Die Forscher der \
Universität Kelbach warnen vor dem Pilz.
"""
    a = analyze(load_article(text))
    assert not any(e.name == "Sporenkörner" for e in a.entities), \
        [(e.name, e.label) for e in a.entities]


ROLES_EN = """Recount ordered in Kelby

The town's returning officer, Dr. Ann Lyle, told the Kelby Gazette that the count was fair. \
Green Party councillor Ruth Moss said she wanted a recount.

Meteorologist Tom Hale said more rain was on the way.
"""


def test_a_role_whose_head_noun_is_last_is_found_before_the_name() -> None:
    roles = _roles(ROLES_EN)
    assert roles.get("Ann Lyle") == "the town's returning officer", roles


def test_a_party_name_keeps_its_capital_at_the_sentence_start() -> None:
    assert _roles(ROLES_EN).get("Ruth Moss") == "Green Party councillor"


def test_a_one_word_role_at_the_sentence_start_is_asked_in_lower_case() -> None:
    a = analyze(load_article(ROLES_EN))
    qs = [q for q in vocabulary.generate(a) if q.skill == "role" and "Tom Hale" in q.prompt]
    assert qs and qs[0].answer == "meteorologist", [(q.prompt, q.answer) for q in qs]
