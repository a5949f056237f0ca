"""Teacher accounts: sign up (the first visit of a fresh install lands here), log in, log out."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select

from quizgen.store import Teacher, db
from quizgen.web.extensions import limiter
from quizgen.web.forms import LoginForm, SignupForm
from quizgen.web.security import check_password, hash_password
from quizgen.web.views import has_teacher, safe_next

bp = Blueprint("auth", __name__, url_prefix="/auth")


def signup_allowed() -> bool:
    mode = str(current_app.config.get("SIGNUP", "open"))
    return mode == "open" or not has_teacher()


def fresh_session() -> None:
    """Against session fixation: nothing a visitor had before login survives it but the language.

    Flask keeps the session in a signed cookie, so a new login then sends a new cookie value.
    """
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def signup():
    if not signup_allowed():
        abort(403)
    form = SignupForm()
    first = not has_teacher()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        exists = db.session.scalar(select(Teacher).where(func.lower(Teacher.email) == email))
        if exists:
            form.email.errors.append(_("An account with this address exists already."))
        else:
            teacher = Teacher(email=email, password_hash=hash_password(form.password.data))
            db.session.add(teacher)
            db.session.commit()
            fresh_session()
            login_user(teacher)
            flash(_("Welcome! Paste an article to make your first quiz."), "success")
            return redirect(url_for("teacher.new_set"))
    return render_template("auth/signup.html", form=form, first=first)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=lambda r: r.status_code != 302)
def login():
    if not has_teacher():
        return redirect(url_for("auth.signup"))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        teacher = db.session.scalar(select(Teacher).where(func.lower(Teacher.email) == email))
        if teacher and check_password(teacher.password_hash, form.password.data):
            fresh_session()
            login_user(teacher, remember=form.remember.data)
            return redirect(safe_next(request.args.get("next"), url_for("teacher.dashboard")))
        form.password.errors.append(_("Email address or password is wrong."))
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    fresh_session()
    return redirect(url_for("views.index"))
