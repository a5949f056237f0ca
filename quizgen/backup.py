"""Backup and restore of the default SQLite database, safe while the app is running.

SQLite's online backup API copies a consistent snapshot even while gunicorn workers write
(WAL mode). A restore first checks that the file is a quizgen database, then keeps the
current database beside it (`*.before-restore`) so that nothing saved is lost by a mistake.
PostgreSQL deployments use pg_dump/pg_restore instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from quizgen.errors import QuizgenError

REQUIRED_TABLES = {"teacher", "question_set"}


def database_path() -> Path:
    """The SQLite file the web app uses with the current environment."""
    from quizgen.web import create_app

    uri = create_app().config["SQLALCHEMY_DATABASE_URI"]
    if not uri.startswith("sqlite:///"):
        raise QuizgenError("backup_not_sqlite")
    return Path(uri[len("sqlite:///"):])


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup(output: Path | None = None, database: Path | None = None) -> Path:
    db = database or database_path()
    if not db.exists():
        raise QuizgenError("not_found", path=str(db))
    if output is None or output.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        output = (output or Path("backups")) / f"quizgen-{stamp}.sqlite"
    output.parent.mkdir(parents=True, exist_ok=True)
    _copy(db, output)
    return output


def _check(path: Path) -> None:
    if not path.exists():
        raise QuizgenError("not_found", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE "
                                                "type='table'")}
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise QuizgenError("bad_backup", path=str(path)) from err
    if not ok or not tables >= REQUIRED_TABLES:
        raise QuizgenError("bad_backup", path=str(path))


def restore(source: Path, database: Path | None = None) -> Path:
    """Replace the database with `source`; the current one is kept as *.before-restore."""
    _check(source)
    db = database or database_path()
    if db.exists():
        shutil.copy2(db, db.with_name(db.name + ".before-restore"))
    db.parent.mkdir(parents=True, exist_ok=True)
    _copy(source, db)
    return db
