"""Bringing the database schema up to date at start-up, safely with several workers."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from flask import Flask


@contextlib.contextmanager
def _file_lock(path: Path):
    """One gunicorn worker migrates while the others wait (no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def upgrade_schema(app: Flask) -> None:
    """Run the Alembic migrations to head; retried once if another process raced us."""
    from flask_migrate import upgrade

    directory = app.extensions["migrate"].directory
    app.extensions["quizgen_migrating"] = True
    try:
        with _file_lock(Path(app.instance_path) / "migrate.lock"):
            try:
                upgrade(directory=directory)
            except Exception:  # another host migrating the same PostgreSQL database
                time.sleep(1.0)
                upgrade(directory=directory)
    finally:
        app.extensions.pop("quizgen_migrating", None)
