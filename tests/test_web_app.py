"""Application factory, configuration, first run, packaging of templates, headers, languages."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from quizgen.web import create_app, migrations_folder, template_folder

REPO = Path(__file__).resolve().parent.parent


def test_config_for_tests(app):
    assert app.testing
    assert not create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://",
                           "DB_SETUP": "create_all"}).testing


def test_first_run_needs_no_configuration(tmp_path, monkeypatch):
    """A fresh install: database migrated, secret key generated and kept, signup first."""
    for var in ("DATABASE_URL", "QUIZGEN_SECRET_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("QUIZGEN_DB_SETUP", "migrate")
    from flask import Flask

    monkeypatch.setattr(Flask, "auto_find_instance_path", lambda self: str(tmp_path / "inst"))
    app = create_app()
    key_file = tmp_path / "inst" / "secret_key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert app.config["SECRET_KEY"] == key_file.read_text().strip()
    assert (tmp_path / "inst" / "quizgen.sqlite").exists()
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    r = client.get("/")
    assert r.status_code == 302 and r.headers["Location"].endswith("/auth/signup")
    assert "first teacher account" in client.get("/auth/signup").get_data(as_text=True)
    # the key survives a restart, so sessions stay valid
    assert create_app().config["SECRET_KEY"] == app.config["SECRET_KEY"]


def test_env_configuration(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    monkeypatch.setenv("QUIZGEN_SECRET_KEY", "from-env")
    monkeypatch.setenv("QUIZGEN_SECURE_COOKIES", "true")
    monkeypatch.setenv("QUIZGEN_DB_SETUP", "create_all")
    monkeypatch.setenv("QUIZGEN_SIGNUP", "first")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SIGNUP"] == "first"
    assert (tmp_path / "env.sqlite").exists()


def test_postgres_url_is_normalised(monkeypatch, tmp_path):
    from quizgen.web import _database_url

    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db/quizgen")
    assert _database_url(str(tmp_path)) == "postgresql://u:p@db/quizgen"
    monkeypatch.delenv("DATABASE_URL")
    assert _database_url(str(tmp_path)).endswith("quizgen.sqlite")


def test_templates_ship_with_the_package():
    """quizgen/web/templates is the top-level templates/ folder (a symlink in the checkout)."""
    assert template_folder().resolve() == (REPO / "templates").resolve()
    assert (template_folder() / "base.html").is_file()
    assert migrations_folder().resolve() == (REPO / "migrations").resolve()
    import tomllib

    data = tomllib.loads((REPO / "pyproject.toml").read_text())
    patterns = data["tool"]["setuptools"]["package-data"]["quizgen.web"]
    assert "templates/**/*" in patterns and "static/**/*" in patterns


def test_migrations_match_models(tmp_path):
    """The Alembic migrations build exactly the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from quizgen.store import db

    app = create_app({"SECRET_KEY": "x", "DB_SETUP": "migrate",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.sqlite'}"})
    with app.app_context(), db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert diff == []


@pytest.mark.skipif(bool(os.environ.get("QUIZGEN_TEST_DATABASE_URL")),
                    reason="SQLite settings; this run uses the database server")
def test_sqlite_pragmas(app):
    from sqlalchemy import text

    from quizgen.store import db

    with app.app_context():
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_security_headers(client):
    r = client.get("/auth/signup")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_scripts_or_external_resources():
    """CSP allows no inline script, and everything is served locally (no CDN)."""
    for path in (REPO / "templates").rglob("*.html"):
        html = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert not re.search(r"\son[a-z]+=", html), path  # no inline event handlers
        assert not re.search(r"""(src|href)=["']https?://""", html), path
        assert "style=" not in html, path


def test_static_files_served(client):
    for name in ("quizgen.css", "quizgen.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_language_from_browser_and_switch(client, teacher):
    teacher.signup()
    teacher.logout()
    de = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert "Quiz beitreten" in de.get_data(as_text=True)
    assert '<html lang="de">' in de.get_data(as_text=True)
    en = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert "Join a quiz" in en.get_data(as_text=True)
    r = client.post("/lang", data={"lang": "en", "next": "/auth/login"})
    assert r.status_code == 302 and r.headers["Location"] == "/auth/login"
    page = client.get("/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Join a quiz" in page  # the switch beats the browser


def test_language_switch_refuses_open_redirect(client):
    r = client.post("/lang", data={"lang": "de", "next": "https://evil.example/"})
    assert r.headers["Location"] == "/"
    r = client.post("/lang", data={"lang": "de", "next": "//evil.example/"})
    assert r.headers["Location"] == "/"


def test_error_pages(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "<html" in r.get_data(as_text=True)
    r = client.get("/api/no-such")
    assert r.status_code == 404 and r.is_json


def test_cli_serve_uses_factory(monkeypatch):
    from flask import Flask

    from quizgen import cli

    calls = {}
    monkeypatch.setattr(Flask, "run", lambda self, **kw: calls.update(kw))
    monkeypatch.setenv("QUIZGEN_DB_SETUP", "none")
    monkeypatch.setenv("QUIZGEN_SECRET_KEY", "x")
    assert cli.main(["serve", "--port", "5099"]) == 0
    assert calls["port"] == 5099 and calls["host"] == "127.0.0.1"


def test_german_catalog_complete_and_compiled():
    """Every interface string has a German translation, and the .mo matches the .po."""
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    base = REPO / "quizgen" / "web" / "translations"
    pot = read_po((base / "messages.pot").open("rb"))
    po = read_po((base / "de" / "LC_MESSAGES" / "messages.po").open("rb"))
    mo = read_mo((base / "de" / "LC_MESSAGES" / "messages.mo").open("rb"))
    for msg in pot:
        if msg.id:
            assert po.get(msg.id) is not None and po.get(msg.id).string, msg.id
            assert "fuzzy" not in po.get(msg.id).flags, msg.id
            assert mo.get(msg.id).string == po.get(msg.id).string, msg.id


def test_message_template_matches_the_source(tmp_path):
    """messages.pot lists exactly the strings the code and templates use, so the catalog
    neither misses new strings nor carries dead ones (re-extract with docs/web.md)."""
    from babel.messages.frontend import CommandLineInterface
    from babel.messages.pofile import read_po

    fresh = tmp_path / "fresh.pot"
    CommandLineInterface().run([
        "pybabel", "-q", "extract", "-F", str(REPO / "quizgen/web/babel.cfg"), "-k", "_l",
        "-o", str(fresh), "--no-location", "--omit-header",
        str(REPO / "quizgen/web"), str(REPO / "templates")])
    ids = {m.id for m in read_po(fresh.open("rb")) if m.id}
    kept = REPO / "quizgen" / "web" / "translations" / "messages.pot"
    assert ids == {m.id for m in read_po(kept.open("rb")) if m.id}


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_meet_wcag_aa():
    css = (REPO / "quizgen" / "web" / "static" / "quizgen.css").read_text()
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    white = "#ffffff"
    pairs = [("ink", "card"), ("muted", "card"), ("muted", "bg"), ("brand", "card"),
             ("right", "right-bg"), ("wrong", "wrong-bg"), ("ink", "mark"), ("ink", "open-bg")]
    for fg, bg in pairs:
        assert contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    assert contrast(white, var["brand"]) >= 4.5  # primary buttons
    assert contrast(var["focus"], white) >= 3.0  # focus ring against the page


TESTED_ENDPOINTS = {
    # each of these is exercised by the test modules named after its blueprint
    "static", "views.index", "views.set_language",
    "auth.signup", "auth.login", "auth.logout",
    "teacher.dashboard", "teacher.new_set", "teacher.import_set", "teacher.editor",
    "teacher.rename", "teacher.edit_question", "teacher.move_question",
    "teacher.delete_question", "teacher.regenerate_question", "teacher.add_question",
    "teacher.undo", "teacher.duplicate", "teacher.delete_set", "teacher.export_json",
    "teacher.download", "teacher.publish", "teacher.quiz", "teacher.qr",
    "teacher.results_download", "teacher.quiz_download", "teacher.quiz_state",
    "teacher.delete_quiz",
    "quiz.join", "quiz.join_link", "quiz.play", "quiz.question", "quiz.answer", "quiz.done",
    "api.results", "api.order", "api.state", "api.answer",
    "api.openapi",  # tests/test_web_api_fuzz.py
}


def test_every_route_is_known_to_the_tests(app):
    """A new route must be added here, and with it a test."""
    assert {rule.endpoint for rule in app.url_map.iter_rules()} == TESTED_ENDPOINTS
