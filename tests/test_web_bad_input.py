"""Bad input through every web entry point: paste, upload, question-set import, the editor, the
JSON API. Each one gets a clear message in the interface language (de and en), never a 500 or a
traceback; nothing saved is lost and the text typed stays in the form.

The real generator runs (the inputs are what is being tested); the count of inputs tried is
printed for docs/security.md.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from sqlalchemy import select

from quizgen.errors import MESSAGES
from quizgen.store import QuestionSetRecord, db
from quizgen.web.faults import MESSAGES as WEB_MESSAGES
from tests.conftest import ARTICLE, SHARED, make_qset
from tests.test_web_quiz import join

LANGS = ("de", "en")
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"
TRIED: list[str] = []


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8") if SEED.exists() else ARTICLE


def stem(code: str, lang: str, table=MESSAGES) -> str:
    """The fixed start of a message, before its first parameter, as it appears in HTML."""
    return str(escape(table[code][lang].split("{")[0].strip()))


def clean_page(r, where: str) -> str:
    body = r.get_data(as_text=True)
    assert r.status_code < 500, (where, r.status_code)
    assert "Traceback" not in body and 'File "' not in body, where
    TRIED.append(where)
    return body


def textarea(body: str) -> str:
    m = re.search(r'<textarea[^>]*name="text"[^>]*>(.*?)</textarea>', body, re.S)
    return m.group(1).lstrip("\r\n") if m else ""  # the template starts it on a new line


def set_rows(app) -> list[tuple[int, str]]:
    with app.app_context():
        return [(r.id, r.data) for r in db.session.scalars(
            select(QuestionSetRecord).order_by(QuestionSetRecord.id))]


@pytest.fixture
def signed_in(app, client, teacher):
    teacher.signup()
    set_id = teacher.create_set()
    return client, set_id


# --------------------------------------------------------------------------- articles

WORDS = seed_text().replace(".", " ").replace(",", " ").split()
# Without ../shared the fallback article is too small to give questions from one run-on
# sentence: then the clear "no questions" message is the right answer, not a new set.
RUN_ON_CODE = None if SEED.exists() else "no_questions"
HTML = ("<html><head><style>body{display:none}</style><script>alert(1)</script></head><body>"
        "<iframe src='https://evil.example'></iframe><article><h1>Neue Regierung</h1>"
        + "".join(f"<p>{p}</p>" for p in seed_text().split("\n\n")[1:])
        + "</article><script>document.write('x')</script></body></html>")

PASTED = {
    # name: (text, expected error code or None when questions are made)
    "empty": ("", "empty"),
    "whitespace": (" \n\t\u00a0\u2003\n ", "empty"),
    "headline only": ("Neue Regierung in Astana vereidigt", "no_questions"),
    "5 MB": ("Ein Satz über Astana. " * 240_000, "too_long"),
    "5000 words, no punctuation": (" ".join((WORDS * 50)[:5000]), RUN_ON_CODE),
    "French": ("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, "
               "selon le ministre du Travail. " * 8, "unsupported_language"),
    "Russian": ("Правительство России объявило во вторник о новой реформе пенсионной системы. "
                * 8, "unsupported_language"),
    "Chinese": ("中国政府星期二宣布了一项新的养老金改革计划。" * 20, "unsupported_language"),
    "HTML with scripts": (HTML, None),
}

UPLOADS = {
    "binary.txt": (bytes(range(256)) * 64, "binary"),
    "renamed-pdf.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" + bytes(range(256)) * 8,
                        "binary"),
    "latin1.txt": (seed_text().encode("latin-1", "replace"), None),
    "utf16.txt": (seed_text().encode("utf-16"), None),
    "empty.txt": (b"", "empty"),
    "page.html": (HTML.encode("utf-8"), None),
    "big.txt": (b"Ein Satz. " * 300_000, "too_long"),  # 3 MB > the 2 MB upload limit
    "article.pdf": (b"%PDF-1.4 not allowed", "extension"),
}

FORM = {"count": "5", "families": ["comprehension"],
        "types": ["multiple_choice", "true_false", "short_answer"], "difficulty": ["1", "2"]}


def _expect(body: str, code: str | None, lang: str, where: str) -> None:
    if code == "extension":
        wanted = {"de": "Bitte eine .txt- oder .html-Datei", "en": "Please upload a .txt"}[lang]
        assert wanted in body, where
    elif code:
        assert stem(code, lang) in body, (where, stem(code, lang))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PASTED))
def test_pasted_article(app, signed_in, name, lang):
    client, set_id = signed_in
    before = set_rows(app)
    text, code = PASTED[name]
    r = client.post("/teacher/new", data={"text": text, "title": "Mein Titel", **FORM},
                    headers={"Accept-Language": lang})
    body = clean_page(r, f"paste {name} [{lang}]")
    if code is None:
        assert r.status_code == 302 and "/teacher/sets/" in r.headers["Location"], name
        assert len(set_rows(app)) == len(before) + 1
        return
    assert r.status_code == 422, (name, r.status_code)
    _expect(body, code, lang, name)
    assert set_rows(app) == before  # nothing saved, nothing lost
    if text.strip():  # the typed text is still in the form (HTML-escaped, as the browser sent it)
        kept = textarea(body)
        assert kept == str(escape(text)), name
    assert 'value="Mein Titel"' in body


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(UPLOADS))
def test_uploaded_article(app, signed_in, name, lang):
    client, _set_id = signed_in
    before = set_rows(app)
    data, code = UPLOADS[name]
    r = client.post("/teacher/new", data={"upload": (io.BytesIO(data), name), **FORM},
                    content_type="multipart/form-data", headers={"Accept-Language": lang})
    body = clean_page(r, f"upload {name} [{lang}]")
    if code is None:
        assert r.status_code == 302, (name, body[:300])
        return
    assert r.status_code == 422, (name, r.status_code)
    _expect(body, code, lang, name)
    assert set_rows(app) == before


def test_request_larger_than_the_server_accepts(signed_in):
    client, _ = signed_in
    for lang in LANGS:
        r = client.post("/teacher/new", data={"text": "x" * (9 * 1024 * 1024), **FORM},
                        headers={"Accept-Language": lang})
        body = clean_page(r, f"paste 9 MB [{lang}]")
        assert r.status_code == 413
        assert {"de": "zu groß", "en": "too large"}[lang] in body


# --------------------------------------------------------------------------- question-set JSON


def _qset_dict() -> dict:
    return make_qset().to_dict()


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _bad_imports() -> dict[str, bytes]:
    d = _qset_dict()
    out: dict[str, bytes] = {}
    out["not JSON"] = b"this is not json {"
    out["empty file"] = b""
    out["a list"] = b"[1, 2, 3]"
    out["wrong schema version"] = json.dumps({**d, "schema": "quizgen.questionset/99"}).encode()
    out["no schema"] = json.dumps({k: v for k, v in d.items() if k != "schema"}).encode()
    out["other program's JSON"] = json.dumps({"quiz": {"questions": []}}).encode()
    no_prompt = json.loads(json.dumps(d))
    del no_prompt["questions"][0]["prompt"]
    out["question without prompt"] = json.dumps(no_prompt).encode()
    no_article = {k: v for k, v in d.items() if k != "article"}
    out["no article"] = json.dumps(no_article).encode()
    bad_type = json.loads(json.dumps(d))
    bad_type["questions"][0]["type"] = "essay<script>"
    out["unknown question type"] = json.dumps(bad_type).encode()
    huge = json.loads(json.dumps(d))
    huge["questions"][0]["difficulty"] = 10 ** 400
    out["huge number"] = json.dumps(huge).encode()
    out["huge number text"] = json.dumps(d).replace('"count": 7', '"count": ' + "9" * 5000
                                                    ).encode()
    offsets = json.loads(json.dumps(d))
    offsets["questions"][0]["evidence"][0]["start"] = -5
    offsets["questions"][0]["evidence"][0]["end"] = 10 ** 12
    out["evidence out of range"] = json.dumps(offsets).encode()
    out["NaN"] = json.dumps(d).replace('"count": 7', '"count": NaN').encode()
    out["deep nesting"] = ('{"schema": "quizgen.questionset/1", "questions": '
                           + _nested(100_000) + "}").encode()
    many = json.loads(json.dumps(d))
    many["questions"] = [{"id": f"q{i}", "type": "open", "prompt": "Warum?", "answer": "x"}
                         for i in range(100_000)]
    out["100,000 questions"] = json.dumps(many, separators=(",", ":")).encode()
    ctrl = json.loads(json.dumps(d))
    ctrl["questions"][0]["prompt"] = "Wer\u0000 hat\u001b[31m das gesagt?"
    out["control characters"] = json.dumps(ctrl).encode()
    surrogate = json.dumps(d).replace("Wer hat am Dienstag", "Wer \\ud800 hat")
    out["lone surrogate"] = surrogate.encode()
    out["UTF-16 file"] = json.dumps(d, ensure_ascii=False).encode("utf-16")
    out["binary"] = bytes(range(256)) * 16
    out["questions not a list"] = json.dumps({**d, "questions": {"q1": "x"}}).encode()
    out["wrong field types"] = json.dumps({**d, "language": 5, "title": ["x"]}).encode()
    return out


BAD_IMPORTS = _bad_imports()


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_question_set_imports(app, signed_in, lang):
    client, set_id = signed_in
    before = set_rows(app)
    for name, raw in BAD_IMPORTS.items():
        r = client.post("/teacher/import", data={"upload": (io.BytesIO(raw), "set.json")},
                        content_type="multipart/form-data", headers={"Accept-Language": lang},
                        follow_redirects=True)
        body = clean_page(r, f"import {name} [{lang}]")
        assert r.status_code == 200, (name, r.status_code)
        assert stem("bad_questionset", lang) in body, name
        assert set_rows(app) == before, name  # the sets stay exactly as they were
    # a valid export of the set still imports: the checks are not simply refusing everything
    exported = client.get(f"/teacher/sets/{set_id}/export.json").data
    r = client.post("/teacher/import", data={"upload": (io.BytesIO(exported), "ok.json")},
                    content_type="multipart/form-data")
    assert r.status_code == 302 and len(set_rows(app)) == len(before) + 1


def test_import_with_wrong_extension_and_without_file(app, signed_in):
    client, _ = signed_in
    before = set_rows(app)
    for data in ({"upload": (io.BytesIO(b"{}"), "set.exe")}, {}):
        r = client.post("/teacher/import", data=data, content_type="multipart/form-data",
                        follow_redirects=True, headers={"Accept-Language": "en"})
        clean_page(r, "import without a .json file")
        assert r.status_code == 200 and 'flash-error' in r.get_data(as_text=True)
    assert set_rows(app) == before


# --------------------------------------------------------------------------- editor


EDITS = {
    "empty prompt": {"prompt": "   ", "answer": "Russland"},
    "control characters": {"prompt": "Wel\u0000ches\u001b Land?", "answer": "Russ\u0007land"},
    "prompt of 50,000 characters": {"prompt": "Warum " * 10_000, "answer": "Russland"},
    "only HTML": {"prompt": "<iframe src=x></iframe>", "answer": "<script>x</script>"},
    "huge difficulty": {"prompt": "Welches Land?", "answer": "Russland",
                        "difficulty": "9" * 5000},
    "no fields": {},
}


@pytest.mark.parametrize("lang", LANGS)
def test_editor_keeps_set_and_typed_text(app, signed_in, lang):
    client, set_id = signed_in
    for name, form in EDITS.items():
        before = set_rows(app)
        r = client.post(f"/teacher/sets/{set_id}/q/q3", data=form,
                        headers={"Accept-Language": lang})
        body = clean_page(r, f"edit {name} [{lang}]")
        if r.status_code == 422:
            assert set_rows(app) == before, name  # refused: the set is exactly as it was
            if name == "prompt of 50,000 characters":
                assert stem("field_too_long", lang, WEB_MESSAGES) in body
                assert "Warum Warum Warum" in body  # the typing is still in the form
        else:
            assert r.status_code == 302, name
            stored = client.get(f"/teacher/sets/{set_id}/export.json").get_json()
            q3 = next(q for q in stored["questions"] if q["id"] == "q3")
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", q3["prompt"] + q3["answer"])
            # what the editor saved can be exported and imported again
            exported = client.get(f"/teacher/sets/{set_id}/export.json").data
            r = client.post("/teacher/import",
                            data={"upload": (io.BytesIO(exported), "again.json")},
                            content_type="multipart/form-data")
            assert r.status_code == 302, name
    assert client.get(f"/teacher/sets/{set_id}").status_code == 200


def test_bad_form_values_elsewhere(app, signed_in):
    client, set_id = signed_in
    quiz_id = None
    cases = [
        ("post", f"/teacher/sets/{set_id}/publish", {"feedback_mode": "<script>"}),
        ("post", f"/teacher/sets/{set_id}/add", {"type": "../../etc/passwd"}),
        ("post", f"/teacher/sets/{set_id}/q/nope/move", {"direction": "sideways"}),
        ("post", f"/teacher/sets/{set_id}/title", {"title": "\u0000" * 10}),
        ("post", f"/teacher/sets/{set_id}/title", {"title": "T" * 100_000}),
        ("get", f"/teacher/sets/{set_id}/download/../../x", {}),
        ("post", "/teacher/new", {"text": "Text", "count": "999999999999999999999"}),
        ("post", "/teacher/new", {"text": "Text", "count": "-1", "types": ["nonsense"]}),
        ("post", "/lang", {"lang": "xx", "next": "https://evil.example"}),
        ("post", "/join", {"code": "\u0000" * 50, "nickname": "x" * 10_000}),
        ("post", "/join", {"code": "", "nickname": ""}),
    ]
    for method, url, data in cases:
        for lang in LANGS:
            r = getattr(client, method)(url, data=data, headers={"Accept-Language": lang})
            clean_page(r, f"{method} {url} {list(data)} [{lang}]")
    assert quiz_id is None
    title = next(d for i, d in set_rows(app) if i == set_id)
    assert "\u0000" not in json.loads(title)["title"]


# --------------------------------------------------------------------------- JSON API

API_BODIES = {
    "not JSON": b"{nope",
    "empty": b"",
    "a list": b"[1, 2]",
    "a number": b"1e999",
    "NaN": b"NaN",
    "deep nesting": _nested(100_000).encode(),
    "deep nesting in a field": ('{"response": ' + _nested(100_000) + ', "order": '
                                + _nested(100_000) + "}").encode(),
    "huge integer": b'{"response": ' + b"9" * 10_000 + b', "order": ' + b"9" * 10_000 + b"}",
    "lone surrogate": b'{"response": "\\ud800", "order": ["\\ud800"]}',
    "control characters": b'{"response": "a\\u0000b\\u001b", "order": ["q1\\u0000"]}',
    "wrong types": b'{"response": {"a": 1}, "order": "q1"}',
    "100,000 items": json.dumps({"response": ["x"] * 100_000,
                                 "order": ["q1"] * 100_000}).encode(),
    "Latin-1 bytes": '{"response": "Müller"}'.encode("latin-1"),
}


def test_json_api_bad_bodies(app, signed_in, teacher):
    client, set_id = signed_in
    quiz_id, code = teacher.publish(set_id)
    student = join(app, code)
    before = set_rows(app)
    for name, body in API_BODIES.items():
        for lang in LANGS:
            h = {"Accept-Language": lang}
            r = client.post(f"/api/sets/{set_id}/order", data=body,
                            content_type="application/json", headers=h)
            clean_page(r, f"api order {name} [{lang}]")
            assert r.status_code == 400 and r.is_json and r.get_json()["error"], name
            assert stem("bad_request", lang, WEB_MESSAGES) in r.get_json()["error"]
            r = student.post(f"/api/play/{code}/1", data=body, content_type="application/json",
                             headers=h)
            clean_page(r, f"api answer {name} [{lang}]")
            assert r.status_code in (200, 400), (name, r.status_code)
            assert r.is_json
            if r.status_code == 400:
                wanted = {"de": "Bitte gib zuerst", "en": "Please give an answer"}[lang]
                assert r.get_json()["error"].startswith(wanted), (name, r.get_json())
    assert set_rows(app) == before
    r = client.get(f"/api/quizzes/{quiz_id}/results")
    assert r.status_code == 200


def test_count_of_inputs_tried(request):
    """Prints how many bad inputs went through the web (for docs/security.md)."""
    print(f"\nbad inputs tried through the web: {len(TRIED)}")


def test_every_message_named_here_exists_in_both_languages():
    for code in ("empty", "no_questions", "too_long", "unsupported_language", "binary",
                 "bad_questionset"):
        assert set(LANGS) <= set(MESSAGES[code])
    for code in WEB_MESSAGES:
        assert set(LANGS) <= set(WEB_MESSAGES[code])
    assert Path(__file__).name == "test_web_bad_input.py"
