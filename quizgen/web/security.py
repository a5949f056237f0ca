"""Security headers, password hashing and the owner check every teacher route goes through."""

from __future__ import annotations

from flask import Flask, Response, abort, current_app
from flask_login import current_user
from werkzeug.security import check_password_hash, generate_password_hash

from quizgen.store import QuestionSetRecord, Quiz, Teacher, db
from quizgen.web.extensions import login_manager

# No inline scripts or styles: every script is a static file, so an injected <script> is inert.
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


def hash_password(password: str) -> str:
    """werkzeug's scrypt by default; the tests choose a cheaper method for speed."""
    return generate_password_hash(password,
                                  method=current_app.config.get("PASSWORD_HASH_METHOD", "scrypt"))


def check_password(hashed: str, password: str) -> bool:
    return check_password_hash(hashed, password)


@login_manager.user_loader
def _load_teacher(user_id: str) -> Teacher | None:
    try:
        return db.session.get(Teacher, int(user_id))
    except ValueError:
        return None


MAX_ID = 2**31 - 1  # ids are 32-bit INTEGER on PostgreSQL; beyond, the drivers overflow


def own_set(set_id: int) -> QuestionSetRecord:
    """The current teacher's set, or 404: another teacher's ids look like missing ones."""
    record = db.session.get(QuestionSetRecord, set_id) if 0 <= set_id <= MAX_ID else None
    if record is None or record.owner_id != current_user.id:
        abort(404)
    return record


def own_quiz(quiz_id: int) -> Quiz:
    quiz = db.session.get(Quiz, quiz_id) if 0 <= quiz_id <= MAX_ID else None
    if quiz is None or quiz.owner_id != current_user.id:
        abort(404)
    return quiz


def _headers(response: Response) -> Response:
    h = response.headers
    h.setdefault("Content-Security-Policy", CSP)
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("Referrer-Policy", "same-origin")
    h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if response.mimetype == "text/html":
        h.setdefault("Cache-Control", "no-store")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_headers)
