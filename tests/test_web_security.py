"""Security: no answer key before answering, owner checks, escaping, cookies, CSRF, rate limits."""

from __future__ import annotations

import re

import pytest

from quizgen.web import create_app
from tests.conftest import TEACHER_PASSWORD, TeacherActions, make_qset
from tests.test_web_quiz import RIGHT, join

KEY_FIELDS = ("answer", "accepted_answers", "explanation", "evidence", "pairs", "correct")


@pytest.fixture
def quiz(teacher):
    teacher.signup()
    set_id = teacher.create_set()
    return teacher, set_id


# --------------------------------------------------------------------------- answer key


@pytest.mark.parametrize("mode", ["immediate", "end"])
def test_question_pages_hold_no_answer_key(app, quiz, mode):
    teacher, set_id = quiz
    _quiz_id, code = teacher.publish(set_id, feedback_mode=mode, show_article=False)
    s = join(app, code)
    qset = make_qset()
    for n, q in enumerate(qset.questions, 1):
        page = s.get(f"/play/{code}/{n}").get_data(as_text=True)
        assert q.explanation not in page
        assert "<mark" not in page and "fb-" not in page
        for ev in q.evidence:
            assert ev.text not in page
        if q.type in ("short_answer", "cloze", "open"):
            assert str(q.answer) not in page
            for alt in q.accepted_answers:
                assert alt not in page
        if q.type == "matching":
            # the right-hand items are offered in an order that does not give the pairs away
            assert "Behörden = " not in page
        s.post(f"/play/{code}/{n}", data=RIGHT[n])


def test_end_mode_keeps_key_until_the_last_answer(app, quiz):
    teacher, set_id = quiz
    _quiz_id, code = teacher.publish(set_id, feedback_mode="end")
    s = join(app, code)
    s.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    for path in (f"/play/{code}/1", f"/play/{code}/done"):
        page = s.get(path).get_data(as_text=True)
        assert "Der Präsident Tokajew hat die Regierung vereidigt." not in page
        assert "fb-wrong" not in page


def test_api_state_and_answer_hold_no_key_before_answering(app, quiz):
    teacher, set_id = quiz
    _quiz_id, code = teacher.publish(set_id, feedback_mode="end")
    s = join(app, code)
    state = s.get(f"/api/play/{code}").get_json()
    assert state["next"] == 1 and state["question"]["prompt"].startswith("Wer hat")
    assert not set(KEY_FIELDS) & set(state["question"])
    r = s.post(f"/api/play/{code}/1", json={"response": "Kassym-Schomart Tokajew"})
    data = r.get_json()
    assert r.status_code == 200 and data["saved"] and "feedback" not in data
    state = s.get(f"/api/play/{code}").get_json()
    assert state["answered"] == ["q1"] and state["next"] == 2
    assert not set(KEY_FIELDS) & set(state["question"])
    text = s.get(f"/api/play/{code}").get_data(as_text=True)
    assert "Im Text steht" not in text


def test_api_answer_gives_feedback_only_for_that_question(app, quiz):
    teacher, set_id = quiz
    _quiz_id, code = teacher.publish(set_id, feedback_mode="immediate")
    s = join(app, code)
    data = s.post(f"/api/play/{code}/1", json={"response": "Wladimir Putin"}).get_json()
    assert data["feedback"]["correct"] is False
    assert data["feedback"]["answer"] == "Kassym-Schomart Tokajew"
    assert data["next"] == 2
    assert "Im Text steht" not in str(data)  # question 2's explanation is not sent
    again = s.post(f"/api/play/{code}/1", json={"response": "Wladimir Putin"}).get_json()
    assert again["same"] is True
    other = s.post(f"/api/play/{code}/1", json={"response": "Kassym-Schomart Tokajew"})
    assert other.get_json()["same"] is False and other.get_json()["feedback"]["correct"] is False
    r = s.post(f"/api/play/{code}/5", json={"response": ["Unruhen", "Russland schickt Soldaten",
                                                         "Truppen verlassen das Land"]})
    assert r.get_json()["feedback"]["correct"] is True
    assert s.post(f"/api/play/{code}/3", json={"response": ""}).status_code == 400


def test_teacher_editor_is_not_for_students(app, quiz):
    teacher, set_id = quiz
    _quiz_id, code = teacher.publish(set_id)
    s = join(app, code)
    assert s.get(f"/teacher/sets/{set_id}").status_code == 302  # to the login page
    assert s.get(f"/api/quizzes/{_quiz_id}/results").status_code in (302, 401)


# --------------------------------------------------------------------------- ownership


def test_other_teacher_gets_404_everywhere(app, client, quiz):
    owner, set_id = quiz
    quiz_id, code = owner.publish(set_id)
    join(app, code).post(f"/play/{code}/1", data=RIGHT[1])
    owner.logout()
    other = TeacherActions(client)
    other.signup(email="kollege@example.org")
    gets = [f"/teacher/sets/{set_id}", f"/teacher/sets/{set_id}/export.json",
            f"/teacher/sets/{set_id}/download/gift", f"/teacher/quizzes/{quiz_id}",
            f"/teacher/quizzes/{quiz_id}/qr.svg", f"/teacher/quizzes/{quiz_id}/results.csv",
            f"/teacher/quizzes/{quiz_id}/download/worksheet", f"/api/quizzes/{quiz_id}/results"]
    for url in gets:
        assert client.get(url).status_code == 404, url
    posts = [(f"/teacher/sets/{set_id}/title", {"title": "x"}),
             (f"/teacher/sets/{set_id}/q/q1", {"prompt": "x", "options": "a\nb", "answer": "a"}),
             (f"/teacher/sets/{set_id}/q/q1/move", {"direction": "down"}),
             (f"/teacher/sets/{set_id}/q/q1/delete", {}),
             (f"/teacher/sets/{set_id}/q/q1/regenerate", {}),
             (f"/teacher/sets/{set_id}/add", {"type": "open"}),
             (f"/teacher/sets/{set_id}/undo", {}),
             (f"/teacher/sets/{set_id}/duplicate", {}),
             (f"/teacher/sets/{set_id}/publish", {"feedback_mode": "end"}),
             (f"/teacher/sets/{set_id}/delete", {}),
             (f"/teacher/quizzes/{quiz_id}/state", {"open": "0"}),
             (f"/teacher/quizzes/{quiz_id}/delete", {})]
    for url, data in posts:
        assert client.post(url, data=data).status_code == 404, url
    r = client.post(f"/api/sets/{set_id}/order", json={"order": ["q1"]})
    assert r.status_code == 404
    dash = client.get("/teacher/").get_data(as_text=True)
    assert "Kasachstan-Quiz" not in dash
    # and nothing changed for the owner
    other.logout()
    owner.login()
    page = client.get(f"/teacher/sets/{set_id}").get_data(as_text=True)
    assert "Kasachstan-Quiz" in page and "Wer hat am Dienstag" in page
    assert "Anna" in client.get(f"/teacher/quizzes/{quiz_id}").get_data(as_text=True)


# --------------------------------------------------------------------------- escaping


def test_article_and_questions_are_escaped(app, client, teacher):
    teacher.signup()
    evil = "<script>alert('x')</script>"
    text = f"Titel {evil}\n\nEin Satz mit {evil} im Text. Noch ein Satz über <b>Fett</b>."
    qset = make_qset(text=text + "\n\n" + make_qset().article["text"], title=f"T {evil}")
    for q in qset.questions:
        q.prompt = f"{q.prompt} {evil}"
        q.explanation = f"{q.explanation} <img src=x onerror=alert(1)>"
    set_id = teacher.create_set(qset)
    quiz_id, code = teacher.publish(set_id)
    s = join(app, code, nickname=f"<b>{evil}</b>")
    s.post(f"/play/{code}/1", data={"response": "<i>falsch</i>"})
    pages = [client.get(f"/teacher/sets/{set_id}"), client.get(f"/teacher/quizzes/{quiz_id}"),
             client.get("/teacher/"), s.get(f"/play/{code}/1"), s.get(f"/play/{code}/2"),
             s.get(f"/play/{code}/done")]
    for r in pages:
        html = r.get_data(as_text=True)
        assert r.status_code == 200
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b>Fett</b>" not in html and "<i>falsch</i>" not in html
    assert "&lt;script&gt;alert" in pages[0].get_data(as_text=True)
    assert "&lt;b&gt;Fett&lt;/b&gt;" in pages[3].get_data(as_text=True)


# --------------------------------------------------------------------------- cookies


def test_session_cookie_flags(client, teacher):
    r = teacher.signup()
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_secure_cookie_configurable(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "s", "WTF_CSRF_ENABLED": False,
                      "SESSION_COOKIE_SECURE": True, "DB_SETUP": "create_all",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'c.sqlite'}"})
    r = TeacherActions(app.test_client()).signup()
    assert "Secure" in r.headers["Set-Cookie"]


# --------------------------------------------------------------------------- CSRF


@pytest.fixture
def csrf_app(tmp_path):
    return create_app({"TESTING": True, "SECRET_KEY": "csrf", "WTF_CSRF_ENABLED": True,
                       "DB_SETUP": "create_all", "RATELIMIT_ENABLED": False,
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.sqlite'}"})


def token_from(html: str) -> str:
    m = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'name="csrf-token" content="([^"]+)"', html)
    assert m, "no CSRF token in page"
    return m.group(1)


def test_csrf_required_on_forms(csrf_app):
    c = csrf_app.test_client()
    data = {"email": "a@example.org", "password": "password1", "confirm": "password1"}
    r = c.post("/auth/signup", data=data)
    assert r.status_code == 400
    data["csrf_token"] = token_from(c.get("/auth/signup").get_data(as_text=True))
    assert c.post("/auth/signup", data=data).status_code == 302
    for url, form in [("/teacher/new", {"text": "x"}), ("/auth/logout", {}),
                      ("/lang", {"lang": "en"})]:
        assert c.post(url, data=form).status_code == 400, url


def test_csrf_on_editor_student_and_api(csrf_app):
    c = csrf_app.test_client()
    html = c.get("/auth/signup").get_data(as_text=True)
    c.post("/auth/signup", data={"email": "a@example.org", "password": "password1",
                                 "confirm": "password1", "csrf_token": token_from(html)})
    set_id = TeacherActions(c).create_set(email="a@example.org")
    page = c.get(f"/teacher/sets/{set_id}").get_data(as_text=True)
    token = token_from(page)
    assert c.post(f"/teacher/sets/{set_id}/q/q1/delete").status_code == 400
    assert c.post(f"/teacher/sets/{set_id}/q/q1/delete",
                  data={"csrf_token": token}).status_code == 302
    order = ["q3", "q2", "q4", "q5", "q6", "q7"]
    assert c.post(f"/api/sets/{set_id}/order", json={"order": order}).status_code == 400
    r = c.post(f"/api/sets/{set_id}/order", json={"order": order},
               headers={"X-CSRFToken": token})
    assert r.status_code == 200 and r.get_json()["order"] == order
    r = c.post(f"/teacher/sets/{set_id}/publish",
               data={"csrf_token": token, "feedback_mode": "immediate", "show_article": "y"})
    quiz_id = int(r.headers["Location"].split("/")[-1])
    code = re.search(r'class="join-code"[^>]*><span>(\w+)</span><span>(\w+)</span>',
                     c.get(f"/teacher/quizzes/{quiz_id}").get_data(as_text=True))
    code = code.group(1) + code.group(2)
    s = csrf_app.test_client()
    assert s.post("/join", data={"code": code, "nickname": "Anna"}).status_code == 400
    html = s.get(f"/join?code={code}").get_data(as_text=True)
    r = s.post("/join", data={"code": code, "nickname": "Anna", "csrf_token": token_from(html)})
    assert r.status_code == 302
    page = s.get(f"/play/{code}/1").get_data(as_text=True)
    assert s.post(f"/play/{code}/1", data={"response": "x"}).status_code == 400
    r = s.post(f"/play/{code}/1", data={"response": "x", "csrf_token": token_from(page)})
    assert r.status_code == 303


# --------------------------------------------------------------------------- rate limits


@pytest.fixture
def limited_app(tmp_path):
    return create_app({"TESTING": True, "SECRET_KEY": "rl", "WTF_CSRF_ENABLED": False,
                       "DB_SETUP": "create_all", "RATELIMIT_ENABLED": True,
                       "RATELIMIT_STORAGE_URI": "memory://",
                       "JOIN_RATE_LIMIT": "3 per minute", "ANSWER_RATE_LIMIT": "5 per minute",
                       "LOGIN_RATE_LIMIT": "3 per minute",
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'rl.sqlite'}"})


def test_join_code_guessing_is_limited(limited_app):
    t = TeacherActions(limited_app.test_client())
    t.signup()
    _quiz_id, code = t.publish(t.create_set())
    # a whole class joining with the right code from one address is not blocked ...
    for i in range(6):
        r = limited_app.test_client().post("/join", data={"code": code, "nickname": f"K{i}"})
        assert r.status_code == 302
    # ... but guessing codes is
    guesser = limited_app.test_client()
    statuses = [guesser.post("/join", data={"code": f"AAAA{i}{i}", "nickname": "x"}).status_code
                for i in range(2, 7)]
    assert statuses[:3] == [404, 404, 404] and statuses[-1] == 429


def test_answer_flooding_is_limited(limited_app):
    t = TeacherActions(limited_app.test_client())
    t.signup()
    _quiz_id, code = t.publish(t.create_set())
    s = join(limited_app, code)
    statuses = [s.post(f"/play/{code}/1", data=RIGHT[1]).status_code for _ in range(7)]
    assert statuses[:5] == [303] * 5 and statuses[-1] == 429
    assert s.post(f"/api/play/{code}/1", json={"response": "x"}).status_code == 429
    # another student is not affected by the first one's flood
    other = join(limited_app, code, "Ben")
    assert other.post(f"/play/{code}/1", data=RIGHT[1]).status_code == 303


def test_login_attempts_are_limited(limited_app):
    c = limited_app.test_client()
    TeacherActions(c).signup()
    c.post("/auth/logout")
    statuses = [c.post("/auth/login", data={"email": "lehrerin@example.org",
                                            "password": "wrong"}).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    r = c.post("/auth/login", data={"email": "lehrerin@example.org",
                                    "password": TEACHER_PASSWORD})
    assert r.status_code == 429
