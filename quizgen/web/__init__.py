"""The classroom web app: an application factory in the style of Flask's tutorial (flaskr).

``quizgen serve`` runs it on one machine; in production run
``gunicorn -w 4 'quizgen.web:create_app()'``. Configuration comes from the environment
(``QUIZGEN_*`` variables and ``DATABASE_URL``) with defaults that are safe and need nothing:
a SQLite file and a generated secret key in the instance folder.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask, request, session

from quizgen.web.extensions import babel, csrf, limiter, login_manager, migrate

HERE = Path(__file__).resolve().parent
LANGUAGES = ("de", "en")


def template_folder() -> Path:
    """The templates: a real folder in an installed wheel, the repo's templates/ in a checkout.

    ``quizgen/web/templates`` is a symlink to the top-level ``templates/`` in the repository, so
    setuptools copies the files into the wheel; if a checkout lost the symlink (e.g. Windows
    without symlink support) we fall back to the top-level folder.
    """
    packaged = HERE / "templates"
    if packaged.is_dir():
        return packaged
    return HERE.parent.parent / "templates"


def migrations_folder() -> Path:
    packaged = HERE / "migrations"
    if packaged.is_dir():
        return packaged
    return HERE.parent.parent / "migrations"


def _database_url(instance_path: str) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres://"):  # Heroku-style URLs; SQLAlchemy wants postgresql://
        url = "postgresql://" + url[len("postgres://"):]
    return url or "sqlite:///" + str(Path(instance_path) / "quizgen.sqlite")


def _secret_key(instance_path: str) -> str:
    """A random key made on the first run and kept in the instance folder (mode 0600)."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
    return key


def default_config(instance_path: str) -> dict[str, Any]:
    return {
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,  # whole request; articles are checked at 2 MB
        "MAX_ARTICLE_BYTES": 2 * 1024 * 1024,
        # pasted text is a form field: let it reach the article check (too_long, with the text
        # kept in the form) instead of werkzeug's 500 KB default answering 413
        "MAX_FORM_MEMORY_SIZE": 8 * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,  # QUIZGEN_SECURE_COOKIES=1 behind HTTPS
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,  # a lesson can be long; the token is bound to the session
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": True,
        "JOIN_RATE_LIMIT": "20 per minute",  # wrong join codes per address
        "ANSWER_RATE_LIMIT": "60 per minute",  # answers per student
        "LOGIN_RATE_LIMIT": "10 per minute",
        "SIGNUP": "open",  # open | first (only the first account) | closed
        "DB_SETUP": "migrate",  # at start: migrate (Alembic upgrade) | create_all | none
        "PROXY_FIX": 0,  # number of trusted proxies setting X-Forwarded-* headers
        "BABEL_DEFAULT_LOCALE": "de",
        "BABEL_TRANSLATION_DIRECTORIES": str(HERE / "translations"),
    }


def _env_config(app: Flask) -> None:
    """QUIZGEN_FOO=value sets FOO (values parsed as JSON where they are, e.g. 0/1/true)."""
    app.config.from_prefixed_env("QUIZGEN")
    if "SECURE_COOKIES" in app.config:
        secure = bool(app.config["SECURE_COOKIES"])
        app.config["SESSION_COOKIE_SECURE"] = secure
        app.config["REMEMBER_COOKIE_SECURE"] = secure


def select_locale() -> str:
    """The switch in the page header wins, then the browser's Accept-Language."""
    chosen = session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(LANGUAGES) or "de"


def create_app(test_config: dict[str, Any] | None = None,
               instance_path: str | None = None) -> Flask:
    """Create and configure an app; ``test_config`` overrides everything (used by the tests).

    ``instance_path`` (or ``QUIZGEN_INSTANCE_PATH``) moves the instance folder. A folder that
    cannot be written raises ``faults.StartupError`` with a clear message, not a traceback.
    """
    from quizgen.web import faults

    app = Flask(__name__, instance_relative_config=True,
                instance_path=instance_path or os.environ.get("QUIZGEN_INSTANCE_PATH") or None,
                template_folder=str(template_folder()), static_folder="static")
    faults.check_instance_folder(app.instance_path)
    app.config.from_mapping(default_config(app.instance_path))
    if test_config is None:
        _env_config(app)
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        try:
            app.config["SECRET_KEY"] = _secret_key(app.instance_path)
        except OSError as err:
            raise faults.StartupError("instance_unwritable", path=app.instance_path,
                                      reason=err.strerror or str(err)) from None
    if app.config.get("PROXY_FIX"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = int(app.config["PROXY_FIX"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)

    from quizgen.store import db

    db.init_app(app)
    migrate.init_app(app, db, directory=str(migrations_folder()), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)

    from quizgen.web import api, auth, quiz, security, teacher, views

    app.register_blueprint(views.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(teacher.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(api.bp)
    security.init_app(app)
    views.init_app(app)
    faults.init_app(app, _prepare_database)

    with app.app_context():
        faults.prepare_database_or_defer(app, _prepare_database)
    return app


def _prepare_database(app: Flask) -> None:
    """Create or upgrade the schema, so that a fresh install needs no setup step."""
    from quizgen.store import db

    mode = app.config.get("DB_SETUP", "migrate")
    if mode == "create_all":
        db.create_all()
    elif mode == "migrate":
        from quizgen.web.dbsetup import upgrade_schema

        upgrade_schema(app)
