"""Pages that belong to no area: the start page, the language switch and error pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from quizgen.store import Teacher, db
from quizgen.web.forms import JoinForm
from quizgen.web.render import DIFFICULTY_LABELS, FAMILY_LABELS, TYPE_LABELS

bp = Blueprint("views", __name__)


def has_teacher() -> bool:
    return db.session.query(Teacher.id).first() is not None


@bp.get("/")
def index():
    """First run: create the teacher account. Then: teachers see their sets, students join."""
    if current_user.is_authenticated:
        return redirect(url_for("teacher.dashboard"))
    if not has_teacher():
        return redirect(url_for("auth.signup"))
    return render_template("index.html", form=JoinForm())


def safe_next(target: str | None, default: str) -> str:
    """Only same-site relative paths: no open redirect through ?next=."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


@bp.post("/lang")
def set_language():
    lang = request.form.get("lang", "")
    if lang in ("de", "en"):
        session["lang"] = lang
    return redirect(safe_next(request.form.get("next"), url_for("views.index")))


def _error(code: int, message: str):
    if request.path.startswith("/api/"):
        return jsonify(error=message), code
    return render_template("error.html", code=code, message=message), code


def init_app(app: Flask) -> None:
    @app.context_processor
    def _globals():
        return {
            "ui_lang": str(get_locale() or "de"),
            "type_labels": TYPE_LABELS,
            "family_labels": FAMILY_LABELS,
            "difficulty_labels": DIFFICULTY_LABELS,
        }

    @app.errorhandler(404)
    def _not_found(err):
        return _error(404, _("This page does not exist, or it is not yours."))

    @app.errorhandler(403)
    def _forbidden(err):
        return _error(403, _("You are not allowed to do this."))

    @app.errorhandler(413)
    def _too_large(err):
        return _error(413, _("The upload is too large."))

    @app.errorhandler(429)
    def _too_many(err):
        return _error(429, _("Too many attempts. Please wait a minute and try again."))

    @app.errorhandler(CSRFError)
    def _csrf(err):
        return _error(400, _("The form has expired. Please go back, reload the page and "
                             "try again."))
