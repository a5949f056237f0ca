"""What the app does when its surroundings fail: an unusable instance folder, a lost database.

- At start, an instance folder that cannot be written (read-only, full, not a folder) stops
  ``create_app`` with a ``StartupError``: one clear sentence, no traceback (``quizgen serve``
  prints it and exits with status 2).
- A database that cannot be reached, at start or during a request, gives a 503 page in the
  interface language and one log line; the schema set-up is retried on the next request, so the
  app recovers by itself when the database is back.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from flask import Flask, g, jsonify, render_template, request
from flask_babel import get_locale
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from quizgen.errors import QuizgenError

# Kept here, not in the gettext catalog: these must render even when nothing else works.
MESSAGES = {
    "instance_unwritable": {
        "en": "The instance folder {path} cannot be written ({reason}). Make it writable for "
              "the user running quizgen, or choose another folder.",
        "de": "In den Instanzordner {path} kann nicht geschrieben werden ({reason}). Machen Sie "
              "ihn für den Benutzer, der quizgen startet, beschreibbar, oder wählen Sie einen "
              "anderen Ordner.",
    },
    "instance_full": {
        "en": "The disk holding the instance folder {path} is full. Free some space and start "
              "quizgen again.",
        "de": "Der Datenträger mit dem Instanzordner {path} ist voll. Bitte Platz schaffen und "
              "quizgen neu starten.",
    },
    "bad_request": {
        "en": "The request could not be understood. Please go back and try again.",
        "de": "Die Anfrage war nicht verständlich. Bitte zurückgehen und erneut versuchen.",
    },
    "method_not_allowed": {
        "en": "This address cannot be used like this. Please go back to the start page.",
        "de": "Diese Adresse kann so nicht aufgerufen werden. Bitte zurück zur Startseite.",
    },
    "internal": {
        "en": "Something went wrong on our side. What you saved before is not lost; please "
              "try again.",
        "de": "Bei uns ist etwas schiefgegangen. Bereits Gespeichertes geht nicht verloren; "
              "bitte erneut versuchen.",
    },
    "field_too_long": {
        "en": "a field is longer than {limit} characters.",
        "de": "ein Feld ist länger als {limit} Zeichen.",
    },
    "db_unavailable": {
        "en": "The database cannot be reached right now. Nothing you saved is lost; please try "
              "again in a minute.",
        "de": "Die Datenbank ist gerade nicht erreichbar. Gespeichertes geht nicht verloren; "
              "bitte in einer Minute erneut versuchen.",
    },
}
SETUP_PENDING = "quizgen_db_setup_pending"


class StartupError(QuizgenError):
    """The app cannot start here; ``message(lang)`` says why and what to do."""

    def message(self, language: str = "en") -> str:
        texts = MESSAGES.get(self.code, {"en": self.code})
        return texts.get(language, texts["en"]).format(**self.params)


def _reason(err: OSError) -> str:
    return os.strerror(err.errno) if err.errno else str(err)


def check_instance_folder(path: str) -> None:
    """Create the folder and prove a file can be written there, or raise ``StartupError``."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-") as fh:
            fh.write(b"x" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        code = "instance_full" if err.errno in (errno.ENOSPC, errno.EDQUOT) else \
            "instance_unwritable"
        raise StartupError(code, path=str(folder), reason=_reason(err)) from None


def _first_line(err: Exception) -> str:
    """The driver's message, one line, for a log that stays one line per failure."""
    text = str(getattr(err, "orig", None) or err)
    return (text.splitlines() or [""])[0][:200]


def ui_message(key: str, **params: object) -> str:
    try:
        lang = str(get_locale() or "de")
    except Exception:  # no request context or babel not set up: German, the default
        lang = "de"
    texts = MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**params)


def error_response(code: int, key: str):
    """The error page (JSON under /api/) with a message in the interface language."""
    from flask import current_app

    message = ui_message(key)
    if request.path.startswith("/api/"):
        return jsonify(error=message), code
    try:
        return render_template("error.html", code=code, message=message), code
    except Exception:  # the template itself failed: plain text still says it clearly
        current_app.logger.exception("error page could not be rendered")
        return message, code, {"Content-Type": "text/plain; charset=utf-8"}


def _unavailable(err: Exception):
    """503 with a page (or JSON under /api/) that needs neither the database nor a login."""
    from flask import current_app
    from flask_login import AnonymousUserMixin

    from quizgen.store import db

    current_app.logger.error("database unavailable during %s %s: %s", request.method,
                             request.path, _first_line(err))
    with contextlib.suppress(Exception):  # the connection is gone; rollback is best effort
        db.session.rollback()
    g._login_user = AnonymousUserMixin()  # the page header must not ask the database again
    message = ui_message("db_unavailable")
    if request.path.startswith("/api/"):
        response = jsonify(error=message)
    else:
        try:
            response = current_app.make_response(
                render_template("error.html", code=503, message=message))
        except Exception:  # the template itself failed: plain text still says it clearly
            response = current_app.make_response((message, 503, {
                "Content-Type": "text/plain; charset=utf-8"}))
    response.status_code = 503
    response.headers["Retry-After"] = "30"
    return response


def prepare_database_or_defer(app: Flask, prepare) -> None:
    """Run ``prepare(app)``; if the database is unreachable, log it and retry per request."""
    try:
        prepare(app)
    except OperationalError as err:
        app.logger.error("database unavailable at start, will retry: %s",
                         _first_line(err))
        app.extensions[SETUP_PENDING] = True


def init_app(app: Flask, prepare) -> None:
    # connection lost, server down, file gone, pool exhausted; not IntegrityError (a real bug)
    for exc in (OperationalError, InterfaceError, PoolTimeout):
        app.register_error_handler(exc, _unavailable)
    # the remaining generic errors, also in the interface language (JSON under /api/);
    # CSRFError, 404, 403, 413 and 429 have their own handlers in views.py
    app.register_error_handler(400, lambda err: error_response(400, "bad_request"))
    app.register_error_handler(405, lambda err: error_response(405, "method_not_allowed"))
    app.register_error_handler(500, lambda err: error_response(500, "internal"))

    @app.before_request
    def _retry_setup() -> None:
        if app.extensions.get(SETUP_PENDING) and not request.path.startswith("/static/"):
            prepare(app)  # raises OperationalError -> 503 while the database is still away
            app.extensions.pop(SETUP_PENDING, None)
            app.logger.info("database reachable again; schema ready")
