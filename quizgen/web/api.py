"""JSON endpoints for the pages' JavaScript: live results, drag-and-drop order, answering.

The pages work without these; the scripts only make them smoother. POSTs need the CSRF token
in the X-CSRFToken header (the pages carry it in a <meta> tag).
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, request
from flask_babel import gettext as _
from flask_login import login_required

from quizgen.web import editing
from quizgen.web.quiz import (
    _question,
    answer_limit,
    feedback,
    load,
    read_response,
    record_answer,
    student_view,
)
from quizgen.web.results import quiz_results
from quizgen.web.security import own_quiz, own_set
from quizgen.web.teacher import save

bp = Blueprint("api", __name__, url_prefix="/api")
SPEC = Path(__file__).resolve().parent / "static" / "openapi.json"


def _payload() -> dict:
    """The JSON object posted, or {} for anything else.

    Anything else: a list, a number, broken JSON, nesting deep enough to exhaust the parser's
    recursion, and lone surrogates ("\\ud800"), which no database or export can store.
    """
    try:
        payload = json.loads(request.get_data(cache=True) or b"null")
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError, UnicodeError):
        return {}
    return payload if isinstance(payload, dict) else {}


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of these endpoints (kept in static/openapi.json)."""
    return Response(SPEC.read_bytes(), mimetype="application/json")


@bp.get("/quizzes/<int:quiz_id>/results")
@login_required
def results(quiz_id: int):
    """Polled every few seconds by the teacher's results page while the quiz runs."""
    return jsonify(quiz_results(own_quiz(quiz_id)))


@bp.post("/sets/<int:set_id>/order")
@login_required
def order(set_id: int):
    record = own_set(set_id)
    ids = _payload().get("order")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        abort(400)
    qset = record.qset()
    try:
        editing.reorder(qset, ids)
    except editing.EditError:
        abort(400)
    save(record, qset, "reorder")
    return jsonify(order=[q.id for q in qset.questions])


def _progress(ctx) -> dict:
    return {
        "quiz": {"code": ctx.quiz.join_code, "open": ctx.quiz.is_open,
                 "feedback_mode": ctx.quiz.feedback_mode},
        "nickname": ctx.participant.nickname,
        "total": len(ctx.qset.questions),
        "answered": [q.id for q in ctx.qset.questions if q.id in ctx.answers],
        "next": ctx.next_open(),
    }


@bp.get("/play/<code>")
def state(code: str):
    """Where the student is; questions come without answer key."""
    ctx = load(code)
    data = _progress(ctx)
    n = ctx.next_open()
    if n is not None:
        data["question"] = student_view(ctx.qset.questions[n - 1], ctx.participant,
                                        ctx.qset.language)
    return jsonify(data)


@bp.post("/play/<code>/<int:n>")
@answer_limit
def answer(code: str, n: int):
    """Save one answer (idempotent); the key comes back only when feedback is due."""
    ctx = load(code)
    q = _question(ctx, n)
    if not ctx.quiz.is_open:
        return jsonify(error=_("This quiz is closed; answers are no longer accepted."),
                       code="closed"), 409
    raw = _payload().get("response")
    form = _FormLike(raw)
    response = read_response(q, form)
    if response is None:
        return jsonify(error=_("Please give an answer first."), code="empty"), 400
    already = q.id in ctx.answers
    stored = record_answer(ctx, q, response)
    data = _progress(ctx)
    data["saved"] = True
    data["same"] = not already or stored.value() == response
    if ctx.feedback_allowed(q):
        fb = feedback(ctx, n, q)
        fb.pop("article", None)
        data["feedback"] = fb
    return jsonify(data)


class _FormLike:
    """Lets the JSON answer go through the same parsing as the HTML form."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def get(self, key: str, default=None):
        return self.raw if key == "response" and isinstance(self.raw, str) else default

    def getlist(self, key: str) -> list[str]:
        if not isinstance(self.raw, list):
            return []
        if key == "match":
            return [str(x) for x in self.raw]
        if key == "item":
            return [str(x) for x in self.raw]
        if key == "rank":
            return [str(i) for i in range(1, len(self.raw) + 1)]
        return []
