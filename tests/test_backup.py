"""quizgen backup / restore on the default SQLite database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from quizgen.backup import backup, restore
from quizgen.errors import QuizgenError


def _db(path, teachers: int) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE teacher (id INTEGER PRIMARY KEY, email TEXT)")
    con.execute("CREATE TABLE question_set (id INTEGER PRIMARY KEY, data TEXT)")
    con.executemany("INSERT INTO teacher (email) VALUES (?)",
                    [(f"t{i}@school.example",) for i in range(teachers)])
    con.commit()
    con.close()


def _teachers(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM teacher").fetchone()[0]
    finally:
        con.close()


def test_backup_then_restore_round_trip(tmp_path):
    db = tmp_path / "quizgen.sqlite"
    _db(db, 3)
    saved = backup(tmp_path / "b.sqlite", database=db)
    assert _teachers(saved) == 3
    con = sqlite3.connect(db)
    con.execute("DELETE FROM teacher")
    con.commit()
    con.close()
    restore(saved, database=db)
    assert _teachers(db) == 3
    # the database that was replaced is kept, so a wrong restore loses nothing
    assert _teachers(tmp_path / "quizgen.sqlite.before-restore") == 0


def test_backup_while_a_writer_holds_the_database(tmp_path):
    db = tmp_path / "quizgen.sqlite"
    _db(db, 1)
    writer = sqlite3.connect(db)
    writer.execute("INSERT INTO teacher (email) VALUES ('open@school.example')")
    writer.commit()
    writer.execute("BEGIN")
    writer.execute("INSERT INTO teacher (email) VALUES ('uncommitted@school.example')")
    saved = backup(tmp_path / "snap.sqlite", database=db)
    writer.rollback()
    writer.close()
    assert _teachers(saved) == 2  # committed rows only


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_what_is_not_a_quizgen_backup(tmp_path, content):
    db = tmp_path / "quizgen.sqlite"
    _db(db, 2)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(QuizgenError) as err:
        restore(bad, database=db)
    assert err.value.code == "bad_backup"
    assert _teachers(db) == 2  # untouched


def test_cli_backup_and_restore(tmp_path):
    env_dir = tmp_path / "inst"
    code = ("import sys; from quizgen import backup, cli; from pathlib import Path; "
            f"backup.database_path = lambda: Path({str(tmp_path / 'q.sqlite')!r}); "
            "sys.exit(cli.main(sys.argv[1:]))")
    _db(tmp_path / "q.sqlite", 4)
    run = subprocess.run([sys.executable, "-c", code, "backup", "-o", str(env_dir)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    written = run.stdout.strip()
    assert _teachers(written) == 4
    run = subprocess.run([sys.executable, "-c", code, "restore", str(tmp_path / "nope")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "not found" in run.stderr.lower()
    assert "Traceback" not in run.stderr
