"""The web app attacked the way an outsider, a curious student or a colleague would (ASVS L1).

Routes are enumerated from ``app.url_map``, so a new route is attacked too without editing this
file: CSRF on every state-changing route, another teacher's ids on every route, the security
headers on every kind of response. XSS payloads go in through every field a user controls and
the raw HTML is checked for them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from quizgen.store import Answer, Participant, QuestionSetRecord, Teacher, db
from quizgen.web import create_app
from tests.conftest import TEACHER_PASSWORD, TeacherActions, make_qset
from tests.test_web_quiz import RIGHT, join

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "'><svg onload=alert(3)>",
    "</textarea><iframe src=javascript:alert(4)></iframe>",
]
# what must never appear verbatim in a page: the live parts of the payloads
LIVE = ["<script>alert(1)", "<img src=x onerror", "<svg onload", "<iframe src=javascript"]


def _config(tmp_path, **extra) -> dict:
    return {"TESTING": True, "SECRET_KEY": "attack", "DB_SETUP": "create_all",
            "RATELIMIT_ENABLED": False, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            "WTF_CSRF_ENABLED": False,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'attack.sqlite'}", **extra}


def assert_no_live_payload(html: str, where: str = "") -> None:
    for live in LIVE:
        assert live not in html, f"unescaped {live!r} in {where}"


def fill(rule, values: dict) -> str:
    """A concrete URL for ``rule`` with each argument taken from ``values``."""
    return rule.rule.replace("<int:", "<").translate({ord("<"): "{", ord(">"): "}"}).format(
        **{a: values[a] for a in rule.arguments})


# --------------------------------------------------------------------------- CSRF


@pytest.fixture
def csrf_app(tmp_path):
    return create_app(_config(tmp_path, WTF_CSRF_ENABLED=True))


def token_from(html: str) -> str:
    m = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert m, "no CSRF token in page"
    return m.group(1)


def test_every_state_changing_route_refuses_requests_without_valid_csrf_token(csrf_app):
    c = csrf_app.test_client()
    token = token_from(c.get("/auth/signup").get_data(as_text=True))
    c.post("/auth/signup", data={"email": "a@example.org", "password": TEACHER_PASSWORD,
                                 "confirm": TEACHER_PASSWORD, "csrf_token": token})
    t = TeacherActions(c)
    set_id = t.create_set(email="a@example.org")
    token = token_from(c.get(f"/teacher/sets/{set_id}").get_data(as_text=True))
    before = _set_data(csrf_app, set_id)
    other = csrf_app.test_client()  # a second browser: its token is not valid for this session
    other_token = token_from(other.get("/auth/login").get_data(as_text=True))
    values = {"set_id": set_id, "quiz_id": 1, "qid": "q1", "code": "ABCDEF", "n": 1,
              "kind": "gift"}
    checked = []
    for rule in csrf_app.url_map.iter_rules():
        for method in sorted(rule.methods & STATE_CHANGING):
            url = fill(rule, values)
            for headers, data in (({}, {}), ({}, {"csrf_token": "forged"}),
                                  ({}, {"csrf_token": other_token}),
                                  ({"X-CSRFToken": "forged"}, {})):
                r = c.open(url, method=method, data=data, headers=headers)
                assert r.status_code == 400, (method, url, data, headers, r.status_code)
            r = c.open(url, method=method, json={"order": ["q1"]})
            assert r.status_code == 400, (method, url, "json")
            checked.append(f"{method} {rule.rule}")
    assert len(checked) >= 20  # every POST route of the app, currently 22
    assert _set_data(csrf_app, set_id) == before  # nothing changed
    # and with the right token the same session can act
    r = c.post(f"/teacher/sets/{set_id}/q/q1/delete", data={"csrf_token": token})
    assert r.status_code == 302


def _set_data(app, set_id: int) -> str | None:
    with app.app_context():
        record = db.session.get(QuestionSetRecord, set_id)
        return record.data if record else None


# --------------------------------------------------------------------------- access control


@pytest.fixture
def victim(app, client):
    """Teacher A with a set, a published quiz and one student's answer; then teacher B."""
    a = TeacherActions(client)
    a.signup(email="a@example.org")
    set_id = a.create_set(email="a@example.org")
    quiz_id, code = a.publish(set_id)
    join(app, code, "Opfer").post(f"/play/{code}/1", data={"response": "Geheimantwort"})
    a.logout()
    return {"set_id": set_id, "quiz_id": quiz_id, "code": code, "qid": "q1", "n": 1,
            "kind": "gift"}


def _snapshot(app) -> tuple:
    with app.app_context():
        sets = [(r.id, r.owner_id, r.data) for r in db.session.scalars(select(QuestionSetRecord))]
        from quizgen.store import Quiz

        quizzes = [(q.id, q.owner_id, q.is_open, q.snapshot) for q in
                   db.session.scalars(select(Quiz))]
        answers = [(a.id, a.response) for a in db.session.scalars(select(Answer))]
    return sets, quizzes, answers


def test_other_teacher_cannot_reach_anything_by_changing_ids(app, client, victim):
    before = _snapshot(app)
    b = TeacherActions(client)
    b.signup(email="b@example.org")
    own = b.create_set(email="b@example.org")  # B has own ids too, so 404 is not "no data"
    b.publish(own)
    tried = []
    for rule in app.url_map.iter_rules():
        if not ({"set_id", "quiz_id"} & rule.arguments):
            continue
        url = fill(rule, victim)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            kwargs = {"json": {"order": ["q1"]}} if rule.endpoint == "api.order" else {
                "data": {"title": "x", "prompt": "x", "type": "open", "feedback_mode": "end",
                         "open": "0", "direction": "down"}}
            r = client.open(url, method=method, **kwargs)
            assert r.status_code == 404, (method, url, r.status_code)
            body = r.get_data(as_text=True)
            assert "Kasachstan" not in body and "Geheimantwort" not in body, url
            tried.append(f"{method} {rule.rule}")
    assert len(tried) >= 20  # 21 routes with a set or quiz id today
    assert _snapshot(app)[0][0] == before[0][0] and _snapshot(app)[2] == before[2]
    victim_rows = [s for s in _snapshot(app)[0] if s[0] == victim["set_id"]]
    assert victim_rows == [s for s in before[0] if s[0] == victim["set_id"]]
    # the dashboard lists only B's own things
    dash = client.get("/teacher/").get_data(as_text=True)
    assert victim["code"] not in dash


def test_anonymous_visitor_reaches_no_teacher_route(app, victim):
    anon = app.test_client()
    for rule in app.url_map.iter_rules():
        if not (rule.endpoint.startswith("teacher.") or rule.endpoint in ("api.results",
                                                                          "api.order")):
            continue
        url = fill(rule, victim)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            r = anon.open(url, method=method)
            assert r.status_code in (302, 401), (method, url)
            if r.status_code == 302:
                assert "/auth/login" in r.headers["Location"]


def test_student_sees_no_key_ahead_and_no_other_students_answers(app, client, teacher):
    teacher.signup()
    quiz_id, code = teacher.publish(teacher.create_set(), feedback_mode="end")
    anna = join(app, code, "Anna")
    anna.post(f"/play/{code}/1", data={"response": "Annas-geheime-Antwort"})
    ben = join(app, code, "Ben")
    qset = make_qset()
    for n in range(1, len(qset.questions) + 2):
        for path in (f"/play/{code}/{n}", f"/api/play/{code}", f"/play/{code}/done"):
            r = ben.get(path, follow_redirects=True)
            body = r.get_data(as_text=True)
            assert "Annas-geheime-Antwort" not in body and "Anna" not in body
            for q in qset.questions:
                assert q.explanation not in body
    # students have no way into the teacher's results, not even with the quiz id
    for path in (f"/api/quizzes/{quiz_id}/results", f"/teacher/quizzes/{quiz_id}",
                 f"/teacher/quizzes/{quiz_id}/results.csv"):
        r = ben.get(path)
        assert r.status_code in (302, 401) and b"Annas" not in r.data
    # a forged participant: a session from another quiz or no session goes back to joining
    stranger = app.test_client()
    r = stranger.get(f"/api/play/{code}")
    assert r.status_code == 302 and "/join" in r.headers["Location"]
    assert stranger.post(f"/api/play/{code}/1", json={"response": "x"}).status_code == 302


def test_closed_quiz_takes_no_answers(app, client, teacher):
    teacher.signup()
    quiz_id, code = teacher.publish(teacher.create_set())
    anna = join(app, code, "Anna")
    client.post(f"/teacher/quizzes/{quiz_id}/state", data={"open": "0"})
    anna.post(f"/play/{code}/1", data=RIGHT[1])
    r = anna.post(f"/api/play/{code}/2", json={"response": "Falsch"},
                  headers={"Accept-Language": "de"})
    assert r.status_code == 409 and r.get_json()["code"] == "closed"
    assert r.get_json()["error"].startswith("Dieses Quiz ist geschlossen")
    r = app.test_client().post("/join", data={"code": code, "nickname": "Neu"})
    assert r.status_code == 403
    with app.app_context():
        assert db.session.scalars(select(Answer)).all() == []
        assert [p.nickname for p in db.session.scalars(select(Participant))] == ["Anna"]


# --------------------------------------------------------------------------- XSS


def test_stored_xss_through_every_user_field(app, client, teacher, monkeypatch):
    teacher.signup()
    evil = " ".join(PAYLOADS)
    # 1. article text, pasted, through the real form (generator replaced: the input is what
    #    matters here, and the set is made from the pasted text)
    from quizgen import pipeline

    def fake(source, settings, filename=None):
        text = source if isinstance(source, str) else source.decode("utf-8")
        return make_qset(text=text + "\n\n" + make_qset().article["text"], title=f"T {evil}")

    monkeypatch.setattr(pipeline, "question_set_from", fake)
    r = client.post("/teacher/new", data={"text": f"Titel {evil}\n\nSatz {evil}.", "count": 7,
                                          "families": ["comprehension"],
                                          "types": ["multiple_choice"], "difficulty": ["1"]})
    assert r.status_code == 302, r.data
    set_id = int(r.headers["Location"].split("/")[-1])
    # 2. question fields edited by the teacher
    r = client.post(f"/teacher/sets/{set_id}/q/q1", data={
        "prompt": f"Frage {evil}", "options": f"A {PAYLOADS[0]}\nB {PAYLOADS[1]}\nC",
        "answer": f"A {PAYLOADS[0]}", "explanation": f"Weil {evil}"})
    assert r.status_code == 302, r.data
    client.post(f"/teacher/sets/{set_id}/title", data={"title": f"Titel {evil}"})
    quiz_id, code = teacher.publish(set_id)
    # 3. a nickname and typed answers
    s = join(app, code, nickname=PAYLOADS[1][:40])
    s.post(f"/play/{code}/1", data={"response": f"A {PAYLOADS[0]}"})
    s.post(f"/play/{code}/3", data={"response": evil})
    pages = {
        "editor": client.get(f"/teacher/sets/{set_id}"),
        "editor-edit": client.get(f"/teacher/sets/{set_id}?edit=q1"),
        "dashboard": client.get("/teacher/"),
        "quiz": client.get(f"/teacher/quizzes/{quiz_id}"),
        "results-json": client.get(f"/api/quizzes/{quiz_id}/results"),
        "q1": s.get(f"/play/{code}/1"), "q2": s.get(f"/play/{code}/2"),
        "done": s.get(f"/play/{code}/done"), "state": s.get(f"/api/play/{code}"),
    }
    for name, r in pages.items():
        assert r.status_code == 200, name
        if r.mimetype == "text/html":
            assert_no_live_payload(r.get_data(as_text=True), name)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages["editor"].get_data(as_text=True)
    # JSON carries the text as data, served as JSON (nosniff) so no browser renders it as HTML;
    # the page script puts it into the page with textContent only
    for name in ("results-json", "state"):
        assert pages[name].mimetype == "application/json"
        assert pages[name].headers["X-Content-Type-Options"] == "nosniff"
    js = (Path(__file__).resolve().parent.parent / "quizgen/web/static/quizgen.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", js)


def test_xss_through_uploaded_file_names(app, client, teacher):
    teacher.signup()
    name = f"{PAYLOADS[0]}{PAYLOADS[1]}.pdf"
    r = client.post("/teacher/new", data={"upload": (io.BytesIO(b"%PDF-1.4 x"), name),
                                          "count": 5}, content_type="multipart/form-data")
    assert r.status_code in (200, 422)
    assert_no_live_payload(r.get_data(as_text=True), "new: upload name")
    r = client.post("/teacher/import", data={"upload": (io.BytesIO(b"{}"), name)},
                    content_type="multipart/form-data", follow_redirects=True)
    assert r.status_code == 200
    assert_no_live_payload(r.get_data(as_text=True), "import: upload name")
    # a set title with a payload becomes a harmless download file name
    qset = make_qset(title=f"{PAYLOADS[0]}\r\nX-Evil: 1")
    set_id = teacher.create_set(qset)
    r = client.get(f"/teacher/sets/{set_id}/export.json")
    disposition = r.headers["Content-Disposition"]
    assert "<" not in disposition and "\n" not in disposition and "X-Evil" not in r.headers


@pytest.mark.parametrize("path", [
    "/join?code={p}", "/auth/login?next={p}", "/teacher/new?title={p}", "/j/{p}",
    "/nope/{p}", "/play/{p}", "/api/play/{p}", "/?q={p}", "/teacher/sets/1?edit={p}",
])
def test_reflected_xss_through_urls(client, teacher, path):
    teacher.signup()
    teacher.create_set()
    for payload in PAYLOADS:
        r = client.get(path.format(p=payload), follow_redirects=True)
        assert r.status_code < 500
        assert_no_live_payload(r.get_data(as_text=True), path)


def test_no_open_redirect_after_login(client, teacher):
    teacher.signup()
    teacher.logout()
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example",
                   "javascript:alert(1)"):
        r = client.post(f"/auth/login?next={target}", data={
            "email": "lehrerin@example.org", "password": TEACHER_PASSWORD})
        assert r.status_code == 302
        location = r.headers["Location"]
        parts = urlsplit(location)
        assert not parts.scheme and not parts.netloc, location
        assert location.startswith("/") and not location.startswith("//"), location
        assert "\\" not in location and "javascript" not in location, location
        teacher.logout()


# --------------------------------------------------------------------------- sessions


def test_login_replaces_the_session(client, teacher):
    """Session fixation: whatever session a visitor had, login hands out a new one."""
    teacher.signup()
    teacher.logout()
    client.post("/lang", data={"lang": "en"})
    with client.session_transaction() as sess:
        sess["planted"] = "by attacker"
    planted = client.get_cookie("session").value
    r = teacher.login()
    assert r.status_code == 302
    fresh = client.get_cookie("session").value
    assert fresh != planted
    with client.session_transaction() as sess:
        assert "planted" not in sess and sess.get("lang") == "en"  # the language survives
    # the pre-login cookie is still not signed in
    attacker = client.application.test_client()
    attacker.set_cookie("session", planted)
    assert attacker.get("/teacher/").status_code == 302


def test_session_protection_is_strong(app, client, teacher):
    from quizgen.web.extensions import login_manager

    assert login_manager.session_protection == "strong"
    teacher.signup()
    stolen = client.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    r = thief.get("/teacher/", headers={"User-Agent": "other browser"},
                  environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert r.status_code == 302 and "/auth/login" in r.headers["Location"]


def test_logout_ends_the_session(client, teacher):
    teacher.signup()
    teacher.logout()
    assert client.get("/teacher/").status_code == 302
    with client.session_transaction() as sess:
        assert "_user_id" not in sess


def _cookies(response) -> dict[str, str]:
    return {h.split("=", 1)[0]: h for h in response.headers.getlist("Set-Cookie")}


@pytest.mark.parametrize("secure", ["0", "1"])
def test_cookie_flags_from_environment(tmp_path, monkeypatch, secure):
    monkeypatch.setenv("QUIZGEN_SECURE_COOKIES", secure)
    monkeypatch.setenv("QUIZGEN_SECRET_KEY", "env-secret")
    monkeypatch.setenv("QUIZGEN_DB_SETUP", "create_all")
    monkeypatch.setenv("QUIZGEN_WTF_CSRF_ENABLED", "false")  # the form posts below carry none
    monkeypatch.setenv("QUIZGEN_PASSWORD_HASH_METHOD", "pbkdf2:sha256:1000")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    app = create_app(instance_path=str(tmp_path / "instance"))
    c = app.test_client()
    TeacherActions(c).signup()
    c.post("/auth/logout")
    r = c.post("/auth/login", data={"email": "lehrerin@example.org",
                                    "password": TEACHER_PASSWORD, "remember": "y"})
    assert r.status_code == 302
    cookies = _cookies(r)
    assert {"session", "remember_token"} <= set(cookies)
    for name, header in cookies.items():
        assert "=;" not in header, name  # set, not deleted
        assert "HttpOnly" in header and "SameSite=Lax" in header
        assert ("Secure" in header) is (secure == "1")


# --------------------------------------------------------------------------- headers


def test_security_headers_on_every_kind_of_response(app, client, teacher, tmp_path):
    teacher.signup()
    set_id = teacher.create_set()
    quiz_id, code = teacher.publish(set_id)
    limited = create_app(_config(tmp_path, RATELIMIT_ENABLED=True,
                                 RATELIMIT_STORAGE_URI="memory://",
                                 JOIN_RATE_LIMIT="1 per minute"))
    lc = limited.test_client()
    lc.post("/join", data={"code": "ZZZZZZ", "nickname": "x"})
    responses = {
        "page": client.get(f"/teacher/sets/{set_id}"),
        "redirect": client.get(f"/j/{code}"),
        "404": client.get("/nope"),
        "api": client.get(f"/api/quizzes/{quiz_id}/results"),
        "api-404": client.get("/api/play/ZZZZZZ"),
        "csv": client.get(f"/teacher/quizzes/{quiz_id}/results.csv"),
        "svg": client.get(f"/teacher/quizzes/{quiz_id}/qr.svg"),
        "json-download": client.get(f"/teacher/sets/{set_id}/export.json"),
        "static": client.get("/static/quizgen.js"),
        "openapi": client.get("/api/openapi.json"),
        "405": client.get("/auth/logout"),
        "429": lc.post("/join", data={"code": "ZZZZZY", "nickname": "x"}),
    }
    assert responses["429"].status_code == 429
    for name, r in responses.items():
        h = r.headers
        csp = h.get("Content-Security-Policy", "")
        script_src = re.search(r"script-src ([^;]+)", csp)
        assert script_src and "unsafe-inline" not in script_src.group(1), name
        assert "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp, name
        assert "object-src 'none'" in csp, name
        assert h.get("X-Frame-Options") == "DENY", name
        assert h.get("X-Content-Type-Options") == "nosniff", name
        assert h.get("Referrer-Policy") in ("same-origin", "no-referrer",
                                            "strict-origin-when-cross-origin"), name


# --------------------------------------------------------------------------- passwords


def test_passwords_are_stored_as_scrypt_hashes(tmp_path):
    cfg = _config(tmp_path)
    del cfg["PASSWORD_HASH_METHOD"]  # the real default
    app = create_app(cfg)
    TeacherActions(app.test_client()).signup(password="ein sehr geheimes Passwort")
    with app.app_context():
        stored = db.session.scalar(select(Teacher.password_hash))
    assert stored.startswith("scrypt:")
    assert "ein sehr geheimes Passwort" not in stored


# --------------------------------------------------------------------------- brute force


@pytest.fixture
def limited(tmp_path):
    return create_app(_config(tmp_path, RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://",
                              LOGIN_RATE_LIMIT="5 per minute", JOIN_RATE_LIMIT="5 per minute"))


def test_login_brute_force_gets_429_across_accounts_and_browsers(limited):
    c = limited.test_client()
    TeacherActions(c).signup()
    c.post("/auth/logout")
    statuses = []
    for i in range(8):  # a new client each time: cookies do not reset the counter
        attacker = limited.test_client()
        r = attacker.post("/auth/login", data={"email": f"user{i}@example.org",
                                               "password": f"guess{i}"},
                          headers={"User-Agent": f"bot {i}"})
        statuses.append(r.status_code)
    assert statuses[:5] == [401] * 5 and set(statuses[5:]) == {429}
    r = limited.test_client().post("/auth/login", data={"email": "lehrerin@example.org",
                                                        "password": TEACHER_PASSWORD})
    assert r.status_code == 429  # even the right password waits: no oracle for the attacker
    assert "Retry-After" in r.headers or "X-RateLimit-Reset" in r.headers


def test_join_code_brute_force_gets_429(limited):
    t = TeacherActions(limited.test_client())
    t.signup()
    statuses = [limited.test_client().post("/join", data={"code": f"ABC{i:03d}",
                                                          "nickname": "x"}).status_code
                for i in range(8)]
    assert statuses[:5] == [404] * 5 and set(statuses[5:]) == {429}
