"""Question-set JSON: validation of untrusted files, and a lossless round trip.

Also holds the fixture helpers the PDF and export tests import (hand-made sets in
tests/data/questionsets/, and a 60-question set built from them).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.model import SCHEMA, TYPES, Question, QuestionSet
from quizgen.questionset import (
    MAX_QUESTIONS,
    MAX_STRING,
    load_question_set,
    parse_question_set,
)

DATA = Path(__file__).parent / "data" / "questionsets"
FIXTURES = sorted(DATA.glob("*.json"))


def fixture(name: str) -> QuestionSet:
    return load_question_set(DATA / name)


def tagged(q: Question, k: int) -> Question:
    """A copy of q whose every visible string carries the tag [kk], so a test can find it."""
    tag = f"[{k:02d}]"

    def t(s: str) -> str:
        return f"{s} {tag}"

    d = copy.deepcopy(q.to_dict())
    d["id"] = f"{q.id}-{k}"
    d["prompt"] = f"{tag} {q.prompt}"
    d["options"] = q.options if q.type == "true_false" else [t(o) for o in q.options]
    d["accepted_answers"] = [t(a) for a in q.accepted_answers]
    d["pairs"] = [[t(a), t(b)] for a, b in q.pairs]
    if q.type == "ordering":
        d["answer"] = [t(a) for a in q.answer]
    elif q.type == "matching":
        d["answer"] = "\n".join(f"{a} = {b}" for a, b in d["pairs"])
    elif q.type != "true_false":
        d["answer"] = t(q.answer)
    return Question.from_dict(d)


def big_set(n: int = 60) -> QuestionSet:
    """n questions (every type, both families) built from the German fixture."""
    base = fixture("de_streik.json")
    questions = [tagged(base.questions[k % len(base.questions)], k) for k in range(n)]
    return QuestionSet(language="de", article=base.article, settings=base.settings,
                       questions=questions, title="Großer Fragensatz – 60 Fragen")


def raw(name: str = "de_streik.json") -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- valid sets


def test_fixtures_cover_every_type_both_languages_and_families():
    sets = [load_question_set(p) for p in FIXTURES]
    assert {s.language for s in sets} == {"de", "en"}
    for lang in ("de", "en"):
        types = {q.type for s in sets if s.language == lang for q in s.questions}
        assert types == set(TYPES), lang
        fams = {q.family for s in sets if s.language == lang for q in s.questions}
        assert fams == {"comprehension", "media_literacy"}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_round_trip_is_lossless(path):
    qset = load_question_set(path)
    again = load_question_set(qset.to_json())
    assert again.to_dict() == qset.to_dict()
    assert again == qset
    assert parse_question_set(json.loads(qset.to_json(indent=None))).to_dict() == qset.to_dict()


def test_round_trip_of_generated_60_question_set():
    qset = big_set()
    assert len(qset.questions) == 60
    assert load_question_set(qset.to_json()).to_dict() == qset.to_dict()


def test_loads_path_str_path_bytes_and_bom():
    path = DATA / "en_strike.json"
    expected = load_question_set(path).to_dict()
    assert load_question_set(str(path)).to_dict() == expected
    assert load_question_set(path.read_bytes()).to_dict() == expected
    assert load_question_set(b"\xef\xbb\xbf" + path.read_bytes()).to_dict() == expected


def test_missing_optional_fields_take_defaults():
    d = raw()
    for q in d["questions"]:
        for key in ("accepted_answers", "explanation", "evidence", "difficulty", "score"):
            q.pop(key, None)
    d.pop("settings")
    d.pop("title")
    qset = parse_question_set(d)
    assert qset.questions[0].difficulty == 2 and qset.title == ""


# --------------------------------------------------------------------------- invalid sets


def _mutate(fn) -> dict:
    d = raw()
    fn(d)
    return d


def _set_q(i: int, key: str, value):
    def fn(d):
        d["questions"][i][key] = value
    return fn


def _q_index(qtype: str) -> int:
    return next(i for i, q in enumerate(raw()["questions"]) if q["type"] == qtype)


BAD = {
    "missing schema": (lambda d: d.pop("schema"), "missing field 'schema'"),
    "wrong schema": (lambda d: d.update(schema="quizgen.questionset/2"), "expected"),
    "schema not a string": (lambda d: d.update(schema=[1]), "schema"),
    "missing questions": (lambda d: d.pop("questions"), "missing field 'questions'"),
    "questions not a list": (lambda d: d.update(questions={"a": 1}), "expected a list"),
    "missing article": (lambda d: d.pop("article"), "missing field 'article'"),
    "article text not a string": (lambda d: d["article"].update(text=5), "article.text"),
    "unsupported language": (lambda d: d.update(language="fr"), "not supported"),
    "unknown type": (_set_q(0, "type", "essay"), "unknown question type 'essay'"),
    "unknown family": (_set_q(0, "family", "grammar"), "unknown family 'grammar'"),
    "missing prompt": (lambda d: d["questions"][0].pop("prompt"), "missing field 'prompt'"),
    "missing skill": (lambda d: d["questions"][0].pop("skill"), "missing field 'skill'"),
    "empty prompt": (_set_q(0, "prompt", "   "), "must not be empty"),
    "prompt not a string": (_set_q(0, "prompt", 12), "expected a string, got a number"),
    "answer not among options": (_set_q(0, "answer", "Die Bundesregierung"),
                                 "is not one of the options"),
    "true/false answer": (_set_q(_q_index("true_false"), "answer", "Vielleicht"),
                          "must be 'Richtig' or 'Falsch'"),
    "true/false options": (_set_q(_q_index("true_false"), "options", ["True", "False"]),
                           "true/false"),
    "ordering answer not a list": (_set_q(_q_index("ordering"), "answer", "a, b"),
                                   "expected a list"),
    "ordering options differ": (_set_q(_q_index("ordering"), "options", ["x", "y", "z", "w"]),
                                "same items"),
    "matching pair malformed": (_set_q(_q_index("matching"), "pairs", [["a"], ["b", "c"]]),
                                "expected [left, right]"),
    "cloze without gap": (_set_q(_q_index("cloze"), "prompt", "Kein Platzhalter hier."),
                          "____"),
    "duplicate id": (lambda d: d["questions"][1].update(id=d["questions"][0]["id"]),
                     "used twice"),
    "difficulty out of range": (_set_q(0, "difficulty", 7), "out of range"),
    "difficulty is a bool": (_set_q(0, "difficulty", True), "expected a whole number"),
    "evidence beyond text": (lambda d: d["questions"][0]["evidence"][0].update(end=10**8),
                             "out of range"),
    "evidence with unknown key": (lambda d: d["questions"][0]["evidence"][0].update(x=1),
                                  "unexpected keyword"),
    "too many questions": (lambda d: d.update(questions=d["questions"] * 40),
                           f"limit {MAX_QUESTIONS}"),
    "string too long": (_set_q(0, "explanation", "x" * (MAX_STRING + 1)), "text too long"),
    "settings wrong type": (lambda d: d["settings"].update(types="cloze"), "settings.types"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_invalid_sets_give_a_clear_message(case):
    fn, expected = BAD[case]
    with pytest.raises(QuizgenError) as err:
        parse_question_set(_mutate(fn))
    assert err.value.code == "bad_questionset"
    assert expected in err.value.message("en")
    assert err.value.message("de").startswith("Dies ist kein gültiger quizgen-Fragensatz")


@pytest.mark.parametrize("text, expected", [
    ("", "not JSON"),
    ("{'schema': 1}", "not JSON"),
    ("[1, 2]", "expected an object"),
    ('{"schema": "' + SCHEMA + '", "language": "de", "n": NaN}', "NaN is not allowed"),
    ('{"schema": "' + SCHEMA + '", "n": 1e999}', "out of range"),
    ('{"n": ' + "9" * 5000 + "}", "number too large"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"a": ' + "[" * 40 + "]" * 40 + "}", "nested too deeply"),
])
def test_hostile_json_text(text, expected):
    with pytest.raises(QuizgenError) as err:
        load_question_set(text.encode())
    assert err.value.code == "bad_questionset"
    assert expected in err.value.message("en")


def test_not_json_bytes_and_not_utf8():
    with pytest.raises(QuizgenError, match="not JSON"):
        load_question_set(b"schema: quizgen")
    with pytest.raises(QuizgenError, match="not UTF-8"):
        load_question_set(b"\xff\xfe{\x00}")


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(QuizgenError) as err:
        load_question_set(tmp_path / "nope.json")
    assert err.value.code == "not_found"


def test_huge_file_refused_before_parsing(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 6_000_000 + b"{}")
    with pytest.raises(QuizgenError, match="too large"):
        load_question_set(big)
