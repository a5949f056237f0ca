"""Faults around the app: the database gone at start or mid-request, an unusable instance folder.

Expected: a 503 page in the interface language (JSON under /api/), exactly one log line per
failure, no traceback to the user, and recovery by itself when the database is back. An
instance folder that cannot be written stops the start with one clear sentence.
"""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from quizgen.web import create_app, faults
from tests.conftest import TeacherActions

REPO = Path(__file__).resolve().parent.parent
DE_503 = "Die Datenbank ist gerade nicht erreichbar"
EN_503 = "The database cannot be reached right now"


def _config(db_path: Path, **extra) -> dict:
    return {"TESTING": True, "SECRET_KEY": "faults", "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", **extra}


def _db_errors(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "database unavailable" in r.getMessage()]


@pytest.mark.parametrize("setup", ["create_all", "migrate"])
def test_database_missing_at_start_gives_503_then_recovers(tmp_path, caplog, setup):
    folder = tmp_path / "dbdir"  # does not exist yet: SQLite cannot open the file
    with caplog.at_level(logging.ERROR):
        app = create_app(_config(folder / "q.sqlite", DB_SETUP=setup),
                         instance_path=str(tmp_path / "instance"))
    assert len(_db_errors(caplog)) == 1  # start-up logged once, no exception raised
    c = app.test_client()
    for lang, text in (("de", DE_503), ("en", EN_503)):
        r = c.get("/", headers={"Accept-Language": lang})
        assert r.status_code == 503 and text in r.get_data(as_text=True)
        assert "Traceback" not in r.get_data(as_text=True)
        assert r.headers["Retry-After"] and r.headers["X-Frame-Options"] == "DENY"
    r = c.get("/api/play/ABCDEF")
    assert r.status_code == 503 and r.get_json()["error"].startswith(DE_503)
    # the database comes back: the next request sets up the schema and works
    folder.mkdir()
    r = c.get("/")
    assert r.status_code == 302 and r.headers["Location"].endswith("/auth/signup")
    assert TeacherActions(c).signup().status_code == 302


def test_database_lost_mid_request_gives_503_and_one_log_line(app, client, teacher,
                                                              monkeypatch, caplog):
    teacher.signup()
    set_id = teacher.create_set()
    before = client.get(f"/teacher/sets/{set_id}").get_data(as_text=True)

    from quizgen.store import db

    def down(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(db.session, "execute", down, raising=False)
    monkeypatch.setattr(db.session, "get", down, raising=False)
    monkeypatch.setattr(db.session, "scalar", down, raising=False)
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        for path in (f"/teacher/sets/{set_id}", "/teacher/", f"/api/quizzes/{set_id}/results"):
            r = client.get(path, headers={"Accept-Language": "en"})
            assert r.status_code == 503, path
            body = r.get_data(as_text=True)
            assert EN_503 in body and "Traceback" not in body and "SELECT" not in body
        r = client.post(f"/teacher/sets/{set_id}/q/q1", data={"prompt": "neu"})
        assert r.status_code == 503
    assert len(_db_errors(caplog)) == 4  # one line per failed request
    assert all("\n" not in r.getMessage() for r in _db_errors(caplog))
    monkeypatch.undo()
    # back: the set is as it was, nothing was half-saved
    after = client.get(f"/teacher/sets/{set_id}")
    assert after.status_code == 200
    assert after.get_data(as_text=True).count("Wer hat am Dienstag") == before.count(
        "Wer hat am Dienstag")


def test_database_file_removed_mid_test(tmp_path):
    """A real SQLite file whose folder disappears: 503, and back when it is restored."""
    folder = tmp_path / "data"
    folder.mkdir()
    app = create_app(_config(folder / "q.sqlite", DB_SETUP="create_all"),
                     instance_path=str(tmp_path / "instance"))
    c = app.test_client()
    TeacherActions(c).signup()
    with app.app_context():
        from quizgen.store import db

        db.engine.dispose()  # no open connection keeps the old file alive
    moved = tmp_path / "away"
    folder.rename(moved)
    try:
        r = c.get("/teacher/", headers={"Accept-Language": "de"})
        assert r.status_code == 503 and DE_503 in r.get_data(as_text=True)
    finally:
        moved.rename(folder)
    assert c.get("/teacher/").status_code == 200


def test_unwritable_instance_folder_is_a_clear_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(faults.StartupError) as info:
        create_app(_config(tmp_path / "q.sqlite"), instance_path=str(blocker / "instance"))
    assert str(blocker / "instance") in info.value.message("en")
    assert "kann nicht geschrieben werden" in info.value.message("de")


@pytest.mark.parametrize("err,word", [(errno.ENOSPC, "full"), (errno.EROFS, "cannot be written"),
                                      (errno.EACCES, "cannot be written")])
def test_full_or_read_only_instance_folder(tmp_path, monkeypatch, err, word):
    import tempfile

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", fail)
    with pytest.raises(faults.StartupError) as info:
        create_app(_config(tmp_path / "q.sqlite"), instance_path=str(tmp_path / "inst"))
    assert word in info.value.message("en")


def test_quizgen_serve_says_why_it_cannot_start(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env = dict(os.environ, QUIZGEN_INSTANCE_PATH=str(blocker / "instance"))
    r = subprocess.run([sys.executable, "-m", "quizgen.cli", "serve", "--port", "0"],
                       capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "instance folder" in lines[0] and "cannot be written" in lines[0]


def test_unexpected_error_is_a_page_in_the_interface_language(tmp_path, caplog):
    """A bug (not a fault of the surroundings) in production mode: 500 page, traceback in the log
    only."""
    cfg = _config(tmp_path / "q.sqlite", DB_SETUP="create_all")
    cfg["TESTING"] = False
    app = create_app(cfg, instance_path=str(tmp_path / "instance"))

    def boom():
        raise RuntimeError("secret internals")

    app.add_url_rule("/boom", view_func=boom)
    app.add_url_rule("/api/boom", view_func=boom)
    c = app.test_client()
    with caplog.at_level(logging.ERROR):
        for lang, text in (("de", "Bei uns ist etwas schiefgegangen"),
                           ("en", "Something went wrong on our side")):
            r = c.get("/boom", headers={"Accept-Language": lang})
            body = r.get_data(as_text=True)
            assert r.status_code == 500 and text in body
            assert "secret internals" not in body and "Traceback" not in body
            r = c.get("/api/boom", headers={"Accept-Language": lang})
            assert r.status_code == 500 and r.get_json()["error"].startswith(text)
    assert any("secret internals" in (r.exc_text or "") for r in caplog.records)
