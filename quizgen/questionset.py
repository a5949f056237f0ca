"""Load question-set JSON from an untrusted source (an upload, a file a teacher edited by hand).

``QuestionSet.from_dict`` trusts its input; this module checks every field first so that a bad
file gives one clear sentence (``QuizgenError("bad_questionset", detail=...)``) instead of a
traceback deep inside a renderer. Limits keep a hostile file from costing memory or time.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.model import (
    FAMILIES,
    SCHEMA,
    TRUE_FALSE_WORDS,
    TYPES,
    QuestionSet,
)

MAX_BYTES = 5_000_000  # a whole file
MAX_QUESTIONS = 500
MAX_STRING = 20_000  # any single string except the article text
MAX_ARTICLE_TEXT = 500_000
MAX_ITEMS = 1_000  # options, pairs, evidence spans, sentences per list (sentences: 20,000)
MAX_SENTENCES = 20_000
MAX_DEPTH = 32  # nesting of objects/arrays anywhere in the file
MAX_INT = 10**9
MAX_NUMBER_DIGITS = 20
LANGUAGES = ("de", "en")
GAP = re.compile(r"_{4,}")


def _bad(detail: str) -> QuizgenError:
    return QuizgenError("bad_questionset", detail=detail)


# --------------------------------------------------------------------------- JSON text


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _bad(f"number too large ({len(text)} digits)")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 40:
        raise _bad(f"number too long ({len(text)} characters)")
    value = float(text)
    if not math.isfinite(value):
        raise _bad("number out of range")
    return value


def _parse_constant(name: str) -> Any:
    raise _bad(f"{name} is not allowed in JSON")


def loads(text: str) -> Any:
    """json.loads with guards: size, huge numbers, NaN/Infinity, nesting that would recurse."""
    if len(text) > MAX_BYTES:
        raise _bad(f"file too large ({len(text):,} characters; limit {MAX_BYTES:,})")
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except RecursionError:
        raise _bad("nested too deeply") from None
    except json.JSONDecodeError as err:
        raise _bad(f"not JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    except ValueError as err:  # int() digit limit and friends
        raise _bad(f"bad number ({err})") from None
    _check_depth(data)
    return data


def _check_depth(data: Any) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _bad(f"nested too deeply (more than {MAX_DEPTH} levels)")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


# --------------------------------------------------------------------------- field checks


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")


def _get(d: dict, key: str, where: str, required: bool = True, default: Any = None) -> Any:
    if key not in d:
        if required:
            raise _bad(f"{where}: missing field {key!r}")
        return default
    return d[key]


def _str(value: Any, where: str, *, limit: int = MAX_STRING, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise _bad(f"{where}: expected a string, got {_type_name(value)}")
    if len(value) > limit:
        raise _bad(f"{where}: text too long ({len(value):,} characters; limit {limit:,})")
    if not empty and not value.strip():
        raise _bad(f"{where}: must not be empty")
    bad = _UNPRINTABLE.search(value)
    if bad:  # XML, PDF and JSON exports cannot carry them; no article has them
        raise _bad(f"{where}: contains a control or invalid character "
                   f"(U+{ord(bad.group()):04X})")
    return value


# C0 controls except tab, newline and carriage return; lone surrogates; U+FFFE/U+FFFF
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _int(value: Any, where: str, lo: int = 0, hi: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"{where}: expected a whole number, got {_type_name(value)}")
    if not lo <= value <= hi:
        raise _bad(f"{where}: {value} is out of range ({lo}..{hi})")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{where}: expected a number, got {_type_name(value)}")
    if not -MAX_INT <= value <= MAX_INT:
        raise _bad(f"{where}: {value} is out of range")
    return value


def _list(value: Any, where: str, limit: int = MAX_ITEMS) -> list:
    if not isinstance(value, list):
        raise _bad(f"{where}: expected a list, got {_type_name(value)}")
    if len(value) > limit:
        raise _bad(f"{where}: too many entries ({len(value):,}; limit {limit:,})")
    return value


def _strings(value: Any, where: str, *, empty: bool = True) -> list[str]:
    return [_str(v, f"{where}[{i}]", empty=empty) for i, v in enumerate(_list(value, where))]


def _obj(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise _bad(f"{where}: expected an object, got {_type_name(value)}")
    return value


# --------------------------------------------------------------------------- structure


def _check_article(art: Any) -> None:
    art = _obj(art, "article")
    text = _str(_get(art, "text", "article"), "article.text", limit=MAX_ARTICLE_TEXT)
    _str(_get(art, "title", "article", required=False, default=""), "article.title")
    source = art.get("source")
    if source is not None:
        _str(source, "article.source")
    sentences = _list(_get(art, "sentences", "article", required=False, default=[]),
                      "article.sentences", limit=MAX_SENTENCES)
    for i, s in enumerate(sentences):
        where = f"article.sentences[{i}]"
        s = _obj(s, where)
        _int(_get(s, "index", where), f"{where}.index")
        start = _int(_get(s, "start", where), f"{where}.start", hi=len(text))
        _int(_get(s, "end", where), f"{where}.end", lo=start, hi=len(text))
        _str(_get(s, "text", where), f"{where}.text", limit=MAX_ARTICLE_TEXT)  # one long
        _str(_get(s, "block", where, required=False, default="body"), f"{where}.block")


def _check_settings(st: Any) -> None:
    st = _obj(st, "settings")
    if "count" in st:
        _int(st["count"], "settings.count", hi=MAX_QUESTIONS)
    if "seed" in st:
        _int(st["seed"], "settings.seed", lo=-MAX_INT)
    for key, allowed in (("families", FAMILIES), ("types", TYPES)):
        if key in st:
            for i, v in enumerate(_strings(st[key], f"settings.{key}")):
                if v not in allowed:
                    raise _bad(f"settings.{key}[{i}]: unknown {key[:-1]} {v!r} "
                               f"(one of {', '.join(allowed)})")
    if "difficulty" in st:
        for i, v in enumerate(_list(st["difficulty"], "settings.difficulty")):
            _int(v, f"settings.difficulty[{i}]", lo=1, hi=3)


def _check_question(q: Any, where: str, language: str, text_len: int) -> None:
    q = _obj(q, where)
    _str(_get(q, "id", where), f"{where}.id", limit=200, empty=False)
    family = _str(_get(q, "family", where), f"{where}.family")
    if family not in FAMILIES:
        raise _bad(f"{where}.family: unknown family {family!r} (one of {', '.join(FAMILIES)})")
    qtype = _str(_get(q, "type", where), f"{where}.type")
    if qtype not in TYPES:
        raise _bad(f"{where}.type: unknown question type {qtype!r} (one of {', '.join(TYPES)})")
    _str(_get(q, "skill", where), f"{where}.skill", limit=200)
    prompt = _str(_get(q, "prompt", where), f"{where}.prompt", empty=False)
    answer = _get(q, "answer", where)
    options = _strings(q.get("options", []), f"{where}.options", empty=False)
    _strings(q.get("accepted_answers", []), f"{where}.accepted_answers")
    _str(q.get("explanation", ""), f"{where}.explanation")
    _int(q.get("difficulty", 2), f"{where}.difficulty", lo=1, hi=3)
    _number(q.get("score", 0.0), f"{where}.score")
    for i, e in enumerate(_list(q.get("evidence", []), f"{where}.evidence")):
        ew = f"{where}.evidence[{i}]"
        e = _obj(e, ew)
        _int(_get(e, "sentence", ew), f"{ew}.sentence")
        start = _int(_get(e, "start", ew), f"{ew}.start", hi=text_len)
        _int(_get(e, "end", ew), f"{ew}.end", lo=start, hi=text_len)
        _str(_get(e, "text", ew), f"{ew}.text", limit=MAX_ARTICLE_TEXT)  # a whole sentence
    pairs = _list(q.get("pairs", []), f"{where}.pairs")
    for i, p in enumerate(pairs):
        if len(_strings(p, f"{where}.pairs[{i}]", empty=False)) != 2:
            raise _bad(f"{where}.pairs[{i}]: expected [left, right]")

    if qtype == "ordering":
        items = _strings(answer, f"{where}.answer", empty=False)
        if len(items) < 2:
            raise _bad(f"{where}.answer: an ordering question needs at least two items")
        if options and sorted(options) != sorted(items):
            raise _bad(f"{where}.options: must hold the same items as the answer")
        return
    answer = _str(answer, f"{where}.answer", empty=False)
    if len(set(options)) != len(options):
        raise _bad(f"{where}.options: the same option appears twice")
    if qtype == "multiple_choice":
        if len(options) < 2:
            raise _bad(f"{where}.options: a multiple-choice question needs at least two options")
        if answer not in options:
            raise _bad(f"{where}.answer: {answer[:60]!r} is not one of the options")
    elif qtype == "true_false":
        words = TRUE_FALSE_WORDS.get(language, TRUE_FALSE_WORDS["en"])
        if options and sorted(options) != sorted(words):
            raise _bad(f"{where}.options: a true/false question has the options "
                       f"{words[0]!r} and {words[1]!r}")
        if answer not in words:
            raise _bad(f"{where}.answer: must be {words[0]!r} or {words[1]!r}")
    elif qtype == "matching":
        if len(pairs) < 2:
            raise _bad(f"{where}.pairs: a matching question needs at least two pairs")
        rights = [p[1] for p in pairs]
        if options and sorted(options) != sorted(rights):
            raise _bad(f"{where}.options: must hold the right-hand items of the pairs")
    elif qtype == "cloze" and not GAP.search(prompt):
        raise _bad(f"{where}.prompt: a cloze prompt marks the gap with ____")


def parse_question_set(data: Any) -> QuestionSet:
    """Check parsed JSON field by field and build the QuestionSet (raises QuizgenError)."""
    data = _obj(data, "top level")
    _check_depth(data)
    schema = data.get("schema")
    if schema != SCHEMA:
        if schema is None:
            raise _bad(f"missing field 'schema' (expected {SCHEMA!r})")
        raise _bad(f"schema is {str(schema)[:80]!r}, expected {SCHEMA!r}")
    language = _str(_get(data, "language", "top level"), "language")
    if language not in LANGUAGES:
        raise _bad(f"language {language[:20]!r} is not supported (de or en)")
    _str(data.get("title", ""), "title", limit=1000)
    _check_article(_get(data, "article", "top level"))
    text_len = len(data["article"]["text"])
    _check_settings(data.get("settings", {}))
    questions = _list(_get(data, "questions", "top level"), "questions", limit=MAX_QUESTIONS)
    seen: set[str] = set()
    for i, q in enumerate(questions):
        _check_question(q, f"questions[{i}]", language, text_len)
        if q["id"] in seen:
            raise _bad(f"questions[{i}].id: {q['id'][:60]!r} is used twice")
        seen.add(q["id"])
    try:
        return QuestionSet.from_dict(data)
    except (TypeError, ValueError, KeyError) as err:  # e.g. an unknown key inside evidence
        raise _bad(str(err)) from None


def load_question_set(path_or_text: str | Path | bytes) -> QuestionSet:
    """A QuestionSet from a path, raw bytes (an upload) or JSON text."""
    if isinstance(path_or_text, bytes):
        if len(path_or_text) > MAX_BYTES:
            raise _bad(f"file too large ({len(path_or_text):,} bytes; limit {MAX_BYTES:,})")
        try:
            text = path_or_text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _bad("not UTF-8 text") from None
    elif isinstance(path_or_text, str) and path_or_text.lstrip().startswith(("{", "[")):
        text = path_or_text
    else:
        path = Path(path_or_text)
        if not path.is_file():
            raise QuizgenError("not_found", path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise _bad(f"file too large ({path.stat().st_size:,} bytes; limit {MAX_BYTES:,})")
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError:
            raise QuizgenError("unreadable", path=str(path)) from None
        except UnicodeDecodeError:
            raise _bad("not UTF-8 text") from None
    return parse_question_set(loads(text))
