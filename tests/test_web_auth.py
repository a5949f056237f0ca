"""Teacher accounts: first-run signup, login, logout, hashed passwords, signup modes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgen.store import Teacher, db
from quizgen.web import create_app
from tests.conftest import TEACHER_PASSWORD


def test_first_visit_leads_to_signup(client):
    r = client.get("/")
    assert r.status_code == 302 and r.headers["Location"] == "/auth/signup"
    assert client.get("/auth/login").headers["Location"] == "/auth/signup"


def test_signup_logs_in_and_hashes_password(app, client, teacher):
    app.config.pop("PASSWORD_HASH_METHOD")  # the production default
    r = teacher.signup()
    assert r.status_code == 302 and r.headers["Location"] == "/teacher/new"
    assert client.get("/teacher/").status_code == 200
    with app.app_context():
        t = db.session.scalar(select(Teacher))
        assert t.email == "lehrerin@example.org"
        assert t.password_hash.startswith("scrypt:")
        assert TEACHER_PASSWORD not in t.password_hash


def test_signup_validation(client, teacher):
    r = client.post("/auth/signup", data={"email": "a@b.de", "password": "short",
                                          "confirm": "short"})
    assert r.status_code == 200 and b"aria-invalid" in r.data
    r = client.post("/auth/signup", data={"email": "a@b.de", "password": "longenough1",
                                          "confirm": "different1"})
    assert r.status_code == 200
    teacher.signup()
    teacher.logout()
    r = teacher.signup(email="LEHRERIN@example.org")
    assert r.status_code == 200  # same address, other case: refused


def test_login_logout(client, teacher):
    teacher.signup()
    teacher.logout()
    assert client.get("/teacher/").status_code == 302
    r = teacher.login(password="wrong password")
    assert r.status_code == 401
    r = teacher.login()
    assert r.status_code == 302 and r.headers["Location"] == "/teacher/"
    assert client.get("/teacher/").status_code == 200
    r = teacher.logout()
    assert r.status_code == 302
    assert client.get("/teacher/").status_code == 302


def test_login_next_is_local_only(client, teacher):
    teacher.signup()
    teacher.logout()
    r = client.post("/auth/login?next=https://evil.example/",
                    data={"email": "lehrerin@example.org", "password": TEACHER_PASSWORD})
    assert r.headers["Location"] == "/teacher/"
    r = teacher.logout()
    r = client.post("/auth/login?next=/teacher/new",
                    data={"email": "lehrerin@example.org", "password": TEACHER_PASSWORD})
    assert r.headers["Location"] == "/teacher/new"


def test_logout_needs_post(client, teacher):
    teacher.signup()
    assert client.get("/auth/logout").status_code == 405


@pytest.mark.parametrize(("mode", "second_allowed"), [("open", True), ("first", False),
                                                       ("closed", False)])
def test_signup_modes(tmp_path, mode, second_allowed):
    app = create_app({"TESTING": True, "SECRET_KEY": "t", "WTF_CSRF_ENABLED": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 's.sqlite'}",
                      "DB_SETUP": "create_all", "RATELIMIT_ENABLED": False, "SIGNUP": mode})
    c = app.test_client()
    data = {"email": "a@example.org", "password": "password1", "confirm": "password1"}
    assert c.post("/auth/signup", data=data).status_code == 302  # the first is always allowed
    c.post("/auth/logout")
    data["email"] = "b@example.org"
    assert (c.post("/auth/signup", data=data).status_code == 302) is second_allowed
