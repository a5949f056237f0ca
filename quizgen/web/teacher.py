"""The teacher's area: make a set from an article, edit it, publish it as a quiz, see results.

Every route loads the set or quiz through ``own_set``/``own_quiz``, which answer 404 for
somebody else's ids.
"""

from __future__ import annotations

import io
import json
import re
import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizgen import pipeline
from quizgen.errors import QuizgenError
from quizgen.model import TYPES, QuestionSet, Settings
from quizgen.render.exporting import render as export_bytes
from quizgen.store import QuestionSetRecord, QuestionSetVersion, Quiz, db
from quizgen.web import editing
from quizgen.web.faults import ui_message
from quizgen.web.forms import ImportForm, NewSetForm, PublishForm
from quizgen.web.render import article_html, evidence_spans
from quizgen.web.results import quiz_results, results_csv
from quizgen.web.security import own_quiz, own_set
from quizgen.web.warmup import pipeline_lock, warm_up_in_background

bp = Blueprint("teacher", __name__, url_prefix="/teacher")

JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read off a board
JOIN_LENGTH = 6
MAX_VERSIONS = 50
MAX_FIELD = 20_000  # characters per edited field, as quizgen.questionset.MAX_STRING
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EDIT_MESSAGES = {
    "prompt": _l("The question text must not be empty."),
    "options": _l("A multiple-choice question needs at least two options, one per line."),
    "duplicate_options": _l("Two options are the same."),
    "answer_not_option": _l("The correct answer must be exactly one of the options."),
    "ordering": _l("Give at least two items, one per line, in the right order."),
    "matching": _l("Give at least two pairs, one per line, as “left = right”."),
    "answer": _l("The answer must not be empty."),
    "cloze_gap": _l("Mark the gap in the sentence with four underscores: ____"),
    "type": _l("Unknown question type."),
    "order": _l("The new order does not match the questions of the set."),
    "no_candidate": _l("No other question of this kind was found in the article."),
}


@bp.before_request
@login_required
def _require_login() -> None:
    """Every page of this blueprint is for signed-in teachers only."""


def ui_language() -> str:
    return str(get_locale() or "en")


def save(record: QuestionSetRecord, qset: QuestionSet, note: str) -> None:
    """Store ``qset`` and keep the previous state as a version for undo."""
    db.session.add(QuestionSetVersion(set_id=record.id, data=record.data, note=note))
    record.set_qset(qset)
    db.session.flush()
    old = db.session.scalars(
        select(QuestionSetVersion).where(QuestionSetVersion.set_id == record.id)
        .order_by(QuestionSetVersion.id.desc()).offset(MAX_VERSIONS)).all()
    for v in old:
        db.session.delete(v)
    db.session.commit()


def _new_record(qset: QuestionSet, title: str | None = None) -> QuestionSetRecord:
    editing.unique_ids(qset)
    if title:
        qset.title = title
    if not qset.title:
        qset.title = qset.article.get("title") or _("Untitled set")
    record = QuestionSetRecord(owner_id=current_user.id, data="")
    record.set_qset(qset)
    db.session.add(record)
    db.session.commit()
    return record


# --------------------------------------------------------------------------- overview


@bp.get("/")
def dashboard():
    sets = db.session.scalars(
        select(QuestionSetRecord).where(QuestionSetRecord.owner_id == current_user.id)
        .order_by(QuestionSetRecord.updated.desc())).all()
    quizzes = db.session.scalars(
        select(Quiz).where(Quiz.owner_id == current_user.id).order_by(Quiz.created.desc())).all()
    return render_template("teacher/dashboard.html", sets=sets, quizzes=quizzes,
                           import_form=ImportForm())


# --------------------------------------------------------------------------- create


def _settings(form: NewSetForm) -> Settings:
    return Settings(count=form.count.data, families=form.families.data or None,
                    types=form.types.data or None,
                    difficulty=[int(d) for d in form.difficulty.data] or [1, 2, 3],
                    seed=0)


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n / 1024:g} KB"


@bp.route("/new", methods=["GET", "POST"])
def new_set():
    """Paste or upload an article and generate; on any error the typed text stays in the form."""
    form = NewSetForm()
    error = None
    if form.validate_on_submit():
        upload = form.upload.data
        try:
            if upload and upload.filename:
                limit = int(current_app.config["MAX_ARTICLE_BYTES"])
                data = upload.read(limit + 1)
                if len(data) > limit:
                    raise QuizgenError("too_long", size=_("more than %(n)s", n=human_size(limit)),
                                       limit=human_size(limit))
                source: str | bytes = data
                filename = upload.filename
            else:
                source, filename = form.text.data or "", "pasted"
                if not source.strip():
                    raise QuizgenError("empty")
            settings = _settings(form)
            if not settings.families:
                settings.families = Settings().families
            if not settings.types:
                settings.types = Settings().types
            with pipeline_lock:
                qset = pipeline.question_set_from(source, settings, filename=filename)
        except QuizgenError as err:
            error = err.message(ui_language())
        except Exception:  # a bug in the generator must not cost the teacher their text
            current_app.logger.exception("question generation failed")
            error = _("The questions could not be generated (internal error). Your text is "
                      "still here; please try again or report the problem.")
        else:
            if not qset.questions:
                error = _("No questions could be made from this article. Try more question "
                          "types or a longer article.")
            else:
                record = _new_record(qset, form.title.data)
                made = len(qset.questions)
                if made < settings.count:
                    # a wrong question is worse than none: say why the set is shorter
                    flash(_("%(n)d of the %(asked)d questions you asked for: the article "
                            "gave no more that pass the quality checks. Check and edit "
                            "them, then publish.", n=made, asked=settings.count), "success")
                else:
                    flash(_("%(n)d questions generated. Check and edit them, then publish.",
                            n=made), "success")
                return redirect(url_for("teacher.editor", set_id=record.id))
    if request.method == "GET":
        warm_up_in_background(current_app._get_current_object())
    status = 422 if (error or form.errors) and request.method == "POST" else 200
    return render_template("teacher/new.html", form=form, error=error), status


def parse_upload(raw: bytes) -> QuestionSet:
    """Validate an uploaded question-set file with quizgen.questionset.load_question_set.

    Untrusted input: that module checks every field and raises QuizgenError("bad_questionset").
    """
    try:
        from quizgen.questionset import load_question_set
    except ImportError:  # pragma: no cover - only while quizgen.questionset is being written
        return _parse_minimal(raw)
    return load_question_set(raw)


def _parse_minimal(raw: bytes) -> QuestionSet:
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
        if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(
                "quizgen.questionset/"):
            raise ValueError("no quizgen.questionset schema")
        qset = QuestionSet.from_dict(data)
        if not isinstance(qset.article, dict) or not isinstance(qset.article.get("text"), str):
            raise ValueError("article text missing")
        for q in qset.questions:
            if q.type not in TYPES or not q.prompt:
                raise ValueError(f"question {q.id!r} is incomplete")
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise QuizgenError("bad_questionset", detail=str(err)[:200]) from err
    return qset


@bp.post("/import")
def import_set():
    form = ImportForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for e in errors:
                flash(str(e), "error")
        return redirect(url_for("teacher.dashboard"))
    raw = form.upload.data.read(current_app.config["MAX_ARTICLE_BYTES"] * 4)
    try:
        qset = parse_upload(raw)
    except QuizgenError as err:
        flash(err.message(ui_language()), "error")
        return redirect(url_for("teacher.dashboard"))
    record = _new_record(qset)
    flash(_("Question set imported."), "success")
    return redirect(url_for("teacher.editor", set_id=record.id))


# --------------------------------------------------------------------------- editor


@bp.get("/sets/<int:set_id>")
def editor(set_id: int):
    return _render_editor(own_set(set_id))


def _render_editor(record: QuestionSetRecord, *, drafts: dict | None = None,
                   open_qid: str | None = None, status: int = 200):
    """The editor; ``drafts`` refills a question's form with what the teacher typed."""
    qset = record.qset()
    numbered = list(enumerate(qset.questions, 1))
    return render_template(
        "teacher/editor.html", record=record, qset=qset, numbered=numbered,
        article=article_html(qset.article, evidence_spans(numbered)),
        types=TYPES, can_undo=bool(record.versions), publish_form=PublishForm(),
        drafts=drafts or {}, open_qid=open_qid or request.args.get("edit"),
        quizzes=db.session.scalars(select(Quiz).where(Quiz.set_id == record.id)
                                   .order_by(Quiz.created.desc())).all()), status


def _back(record: QuestionSetRecord, qid: str | None = None, *, edit: bool = False):
    """Back to the editor at question ``qid``, with its edit form open if ``edit``."""
    anchor = f"#q-{qid}" if qid else ""
    args = {"edit": qid} if edit and qid else {}
    return redirect(url_for("teacher.editor", set_id=record.id, **args) + anchor)


def _question_or_404(qset: QuestionSet, qid: str):
    try:
        return qset.questions[editing.find(qset, qid)]
    except KeyError:
        abort(404)


@bp.post("/sets/<int:set_id>/title")
def rename(set_id: int):
    record = own_set(set_id)
    qset = record.qset()
    title = clean_text(request.form.get("title") or "").strip()[:300]
    if title and title != qset.title:
        qset.title = title
        save(record, qset, "title")
    return _back(record)


@bp.post("/sets/<int:set_id>/q/<qid>")
def edit_question(set_id: int, qid: str):
    record = own_set(set_id)
    qset = record.qset()
    question = _question_or_404(qset, qid)
    form = {k: clean_text(v) for k, v in request.form.items()}
    try:
        if any(len(v) > MAX_FIELD for v in form.values()):
            raise editing.EditError("too_long")
        editing.apply_edit(question, form, qset.language)
    except editing.EditError as err:
        # show the editor again with the teacher's typing in the form, not the stored version
        msg = (ui_message("field_too_long", limit=MAX_FIELD)
               if err.key == "too_long" else EDIT_MESSAGES[err.key])
        flash(_("Question not saved: %(msg)s", msg=msg), "error")
        draft = {k: form.get(k, "") for k in
                 ("prompt", "options", "answer", "accepted", "explanation")}
        return _render_editor(record, drafts={qid: draft}, open_qid=qid, status=422)
    save(record, qset, "edit")
    flash(_("Question saved."), "success")
    return _back(record, qid)


def clean_text(value: str) -> str:
    """Drop the characters no export can carry (controls, lone surrogates, U+FFFE/U+FFFF).

    The question-set importer refuses them, so keeping them would make a set that cannot be
    imported again after export.
    """
    return _UNPRINTABLE.sub("", value)


@bp.post("/sets/<int:set_id>/q/<qid>/move")
def move_question(set_id: int, qid: str):
    record = own_set(set_id)
    qset = record.qset()
    _question_or_404(qset, qid)
    if editing.move(qset, qid, -1 if request.form.get("direction") == "up" else 1):
        save(record, qset, "move")
    return _back(record, qid)


@bp.post("/sets/<int:set_id>/q/<qid>/delete")
def delete_question(set_id: int, qid: str):
    record = own_set(set_id)
    qset = record.qset()
    _question_or_404(qset, qid)
    editing.delete(qset, qid)
    save(record, qset, "delete")
    flash(_("Question deleted. You can undo this."), "success")
    return _back(record)


def _generate_from_text(text: str, settings: Settings) -> QuestionSet:
    with pipeline_lock:
        return pipeline.question_set_from(text, settings, filename="article.txt")


@bp.post("/sets/<int:set_id>/q/<qid>/regenerate")
def regenerate_question(set_id: int, qid: str):
    record = own_set(set_id)
    qset = record.qset()
    _question_or_404(qset, qid)
    try:
        new = editing.regenerate(qset, qid, _generate_from_text)
    except editing.EditError as err:
        flash(EDIT_MESSAGES[err.key], "error")
        return _back(record, qid)
    except QuizgenError as err:
        flash(err.message(ui_language()), "error")
        return _back(record, qid)
    except Exception:
        current_app.logger.exception("regenerating a question failed")
        flash(_("The question generator is not available right now."), "error")
        return _back(record, qid)
    save(record, qset, "regenerate")
    flash(_("New question generated."), "success")
    return _back(record, new.id)


@bp.post("/sets/<int:set_id>/add")
def add_question(set_id: int):
    record = own_set(set_id)
    qset = record.qset()
    try:
        q = editing.blank_question(qset, request.form.get("type", ""))
    except editing.EditError as err:
        flash(EDIT_MESSAGES[err.key], "error")
        return _back(record)
    qset.questions.append(q)
    save(record, qset, "add")
    flash(_("Question added at the end: fill it in and save."), "success")
    return _back(record, q.id, edit=True)


@bp.post("/sets/<int:set_id>/undo")
def undo(set_id: int):
    record = own_set(set_id)
    if not record.versions:
        flash(_("Nothing to undo."), "error")
        return _back(record)
    last = record.versions[-1]
    record.data = last.data
    qset = record.qset()
    record.title, record.language = qset.title or record.title, qset.language
    db.session.delete(last)
    db.session.commit()
    flash(_("Last change undone."), "success")
    return _back(record)


@bp.post("/sets/<int:set_id>/duplicate")
def duplicate(set_id: int):
    record = own_set(set_id)
    qset = record.qset()
    qset.title = _("Copy of %(title)s", title=qset.title)
    copy = _new_record(qset)
    flash(_("Set duplicated."), "success")
    return redirect(url_for("teacher.editor", set_id=copy.id))


@bp.post("/sets/<int:set_id>/delete")
def delete_set(set_id: int):
    record = own_set(set_id)
    db.session.delete(record)
    db.session.commit()
    flash(_("Set deleted."), "success")
    return redirect(url_for("teacher.dashboard"))


# --------------------------------------------------------------------------- downloads


def slug(title: str) -> str:
    """An ASCII file name from a title ("Größe à la carte" -> "groesse-a-la-carte")."""
    import unicodedata

    t = title.lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(umlaut, spelled)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return (s or "quiz")[:60].rstrip("-")


@bp.get("/sets/<int:set_id>/export.json")
def export_json(set_id: int):
    record = own_set(set_id)
    body = record.qset().to_json()
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="{slug(record.title)}.json"'})


DOWNLOADS = {
    # kind: (export format of quizgen.render.exporting, file suffix, mimetype)
    "worksheet": ("pdf", ".pdf", "application/pdf"),
    "answer_key": ("key", "-answer-key.pdf", "application/pdf"),
    "moodle": ("moodle", "-moodle.xml", "application/xml"),
    "gift": ("gift", "-gift.txt", "text/plain; charset=utf-8"),
    "qti": ("qti", "-qti.zip", "application/zip"),
}


def _download(qset: QuestionSet, title: str, kind: str, **kw):
    if kind not in DOWNLOADS:
        abort(404)
    fmt, suffix, mimetype = DOWNLOADS[kind]
    if fmt == "pdf":  # the worksheet handed out in class carries the article
        kw["with_article"] = True
    body = export_bytes(qset, fmt, **kw)
    return send_file(io.BytesIO(body), mimetype=mimetype, as_attachment=True,
                     download_name=slug(title) + suffix)


@bp.get("/sets/<int:set_id>/download/<kind>")
def download(set_id: int, kind: str):
    record = own_set(set_id)
    return _download(record.qset(), record.title, kind)


# --------------------------------------------------------------------------- publish


def new_join_code() -> str:
    while True:
        code = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_LENGTH))
        if db.session.scalar(select(Quiz.id).where(Quiz.join_code == code)) is None:
            return code


@bp.post("/sets/<int:set_id>/publish")
def publish(set_id: int):
    record = own_set(set_id)
    form = PublishForm()
    if not form.validate_on_submit():
        abort(400)
    qset = record.qset()
    if not qset.questions:
        flash(_("Add at least one question before publishing."), "error")
        return _back(record)
    for _attempt in range(5):
        quiz = Quiz(owner_id=current_user.id, set_id=record.id, join_code=new_join_code(),
                    title=qset.title or record.title, feedback_mode=form.feedback_mode.data,
                    show_article=form.show_article.data, snapshot=qset.to_json(indent=None))
        db.session.add(quiz)
        try:
            db.session.commit()
            break
        except IntegrityError:  # two teachers drew the same code at the same moment
            db.session.rollback()
    else:
        abort(500)
    flash(_("Quiz published. Show the code or the QR code to your class."), "success")
    return redirect(url_for("teacher.quiz", quiz_id=quiz.id))


def join_url(quiz: Quiz) -> str:
    """The link students open; QUIZGEN_PUBLIC_URL fixes the host if the request's is wrong."""
    public = str(current_app.config.get("PUBLIC_URL") or "").rstrip("/")
    if public:
        return public + url_for("quiz.join_link", code=quiz.join_code)
    return url_for("quiz.join_link", code=quiz.join_code, _external=True)


def local_only(url: str) -> bool:
    """True if the join link names this computer only, which students' phones cannot reach."""
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost", "::1")


@bp.get("/quizzes/<int:quiz_id>")
def quiz(quiz_id: int):
    q = own_quiz(quiz_id)
    url = join_url(q)
    return render_template("teacher/quiz.html", quiz=q, results=quiz_results(q),
                           join_url=url, local_only=local_only(url))


@bp.get("/quizzes/<int:quiz_id>/qr.svg")
def qr(quiz_id: int):
    import segno

    q = own_quiz(quiz_id)
    out = io.BytesIO()
    segno.make(join_url(q), error="m").save(out, kind="svg", scale=10, border=2,
                                            title=q.join_code, xmldecl=False)
    return Response(out.getvalue(), mimetype="image/svg+xml")


@bp.get("/quizzes/<int:quiz_id>/results.csv")
def results_download(quiz_id: int):
    q = own_quiz(quiz_id)
    body = "\ufeff" + results_csv(q)  # BOM: spreadsheet programs then read UTF-8 correctly
    return Response(body, mimetype="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{slug(q.title)}-{q.join_code}.csv"'})


@bp.get("/quizzes/<int:quiz_id>/download/<kind>")
def quiz_download(quiz_id: int, kind: str):
    q = own_quiz(quiz_id)
    return _download(q.qset(), q.title, kind, join_code=q.join_code, join_url=join_url(q))


@bp.post("/quizzes/<int:quiz_id>/state")
def quiz_state(quiz_id: int):
    from quizgen.store import now

    q = own_quiz(quiz_id)
    if request.form.get("open") == "1":
        q.is_open, q.closed = True, None
        flash(_("Quiz reopened: students can answer again."), "success")
    else:
        q.is_open, q.closed = False, now()
        flash(_("Quiz closed: no more answers are accepted."), "success")
    db.session.commit()
    return redirect(url_for("teacher.quiz", quiz_id=q.id))


@bp.post("/quizzes/<int:quiz_id>/delete")
def delete_quiz(quiz_id: int):
    q = own_quiz(quiz_id)
    db.session.delete(q)
    db.session.commit()
    flash(_("Quiz and its results deleted."), "success")
    return redirect(url_for("teacher.dashboard"))
