"""The student's side: join with a code and a nickname, answer, see feedback.

Plain HTML forms, one question per page, so it works on any phone without JavaScript. Each
answer is stored when it is posted; a reload or a new connection continues at the first
unanswered question. A question's answer, explanation and evidence are only sent after the
student has answered it (and, in "feedback at the end" mode, after the last answer).
"""

from __future__ import annotations

import json
import random
import secrets
from dataclasses import dataclass

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizgen.model import TRUE_FALSE_WORDS, Question, QuestionSet
from quizgen.store import Answer, Participant, Quiz, db
from quizgen.web import grading
from quizgen.web.extensions import limiter
from quizgen.web.forms import JoinForm
from quizgen.web.render import article_html

bp = Blueprint("quiz", __name__)
SESSION_KEY = "quiz_tokens"


def normalize_code(code: str) -> str:
    return "".join(code.split()).upper().replace("-", "")


def _join_limit() -> str:
    return current_app.config["JOIN_RATE_LIMIT"]


def _answer_limit() -> str:
    return current_app.config["ANSWER_RATE_LIMIT"]


def _participant_key() -> str:
    """Limit answers per student (a class behind one school router shares an address)."""
    code = normalize_code(request.view_args.get("code", "")) if request.view_args else ""
    token = session.get(SESSION_KEY, {}).get(code)
    return f"p:{token}" if token else f"ip:{request.remote_addr}"


def _failed_join(response) -> bool:
    """Only wrong codes count towards the guessing limit, not a class joining at once."""
    return response.status_code == 404


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(_join_limit, methods=["POST"], deduct_when=_failed_join)
def join():
    form = JoinForm()
    if request.method == "GET" and request.args.get("code"):
        form.code.data = normalize_code(request.args["code"])
    if form.validate_on_submit():
        code = normalize_code(form.code.data)
        quiz = db.session.scalar(select(Quiz).where(Quiz.join_code == code))
        if quiz is None:
            form.code.errors.append(_("There is no quiz with this code. Check the code."))
            return render_template("quiz/join.html", form=form), 404
        if not quiz.is_open:
            form.code.errors.append(_("This quiz is closed."))
            return render_template("quiz/join.html", form=form), 403
        token = session.get(SESSION_KEY, {}).get(code)
        if token and _participant(quiz, token):
            return redirect(url_for("quiz.play", code=code))
        nickname = " ".join(form.nickname.data.split())[:40]
        if not nickname:
            form.nickname.errors.append(_("Please choose a nickname."))
            return render_template("quiz/join.html", form=form), 422
        p = Participant(quiz_id=quiz.id, nickname=nickname, token=secrets.token_urlsafe(24))
        db.session.add(p)
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            form.nickname.errors.append(_("This nickname is taken in this quiz. "
                                          "Please choose another one."))
            return render_template("quiz/join.html", form=form), 409
        tokens = dict(session.get(SESSION_KEY, {}))
        tokens[code] = p.token
        session[SESSION_KEY] = tokens
        session.permanent = True
        return redirect(url_for("quiz.play", code=code))
    return render_template("quiz/join.html", form=form)


@bp.get("/j/<code>")
def join_link(code: str):
    """The short link behind the QR code."""
    return redirect(url_for("quiz.join", code=normalize_code(code)))


def _participant(quiz: Quiz, token: str | None) -> Participant | None:
    if not token:
        return None
    return db.session.scalar(select(Participant).where(
        Participant.quiz_id == quiz.id, Participant.token == token))


@dataclass
class Context:
    quiz: Quiz
    participant: Participant
    qset: QuestionSet
    answers: dict[str, Answer]

    def next_open(self) -> int | None:
        for n, q in enumerate(self.qset.questions, 1):
            if q.id not in self.answers:
                return n
        return None

    @property
    def finished(self) -> bool:
        return self.next_open() is None

    def feedback_allowed(self, question: Question) -> bool:
        """Whether this student may now see the answer key of ``question``."""
        if question.id not in self.answers:
            return False
        return self.quiz.feedback_mode == "immediate" or self.finished


def load(code: str) -> Context:
    """The quiz and the student of this browser; without a session: back to joining."""
    code = normalize_code(code)
    quiz = db.session.scalar(select(Quiz).where(Quiz.join_code == code))
    if quiz is None:
        abort(404)
    participant = _participant(quiz, session.get(SESSION_KEY, {}).get(code))
    if participant is None:
        abort(redirect(url_for("quiz.join", code=code)))
    answers = {a.question_id: a for a in participant.answers}
    ctx = Context(quiz, participant, quiz.qset(), answers)
    g.quiz_context = ctx
    return ctx


def shuffled(items: list[str], participant: Participant, question: Question, salt: str = ""
             ) -> list[str]:
    """The same order for the same student on every reload, a different one for others."""
    out = list(items)
    # bandit B311: a reproducible order per student is the point; nothing secret depends on it
    random.Random(f"{participant.token}:{question.id}:{salt}").shuffle(out)  # nosec B311
    return out


def student_view(question: Question, participant: Participant, language: str) -> dict:
    """What the student may see before answering: no answer, no explanation, no evidence."""
    view = {"id": question.id, "type": question.type, "prompt": question.prompt,
            "options": [], "items": [], "left": [], "right": []}
    if question.type == "multiple_choice":
        view["options"] = shuffled(question.options, participant, question)
    elif question.type == "true_false":
        view["options"] = list(question.options
                               or TRUE_FALSE_WORDS.get(language, TRUE_FALSE_WORDS["en"]))
    elif question.type == "ordering":
        items = question.answer if isinstance(question.answer, list) else \
            [s for s in str(question.answer).splitlines() if s.strip()]
        view["items"] = shuffled(items, participant, question)
    elif question.type == "matching":
        pairs = grading.matching_pairs(question)
        view["left"] = [a for a, _b in pairs]
        view["right"] = shuffled(sorted({b for _a, b in pairs}), participant, question, "r")
    return view


def read_response(question: Question, form) -> str | list[str] | None:
    """The posted answer in the stored shape, or None if nothing was given."""
    if question.type == "ordering":
        items = form.getlist("item")
        try:
            ranks = [int(r) for r in form.getlist("rank")]
        except ValueError:
            return None
        if not items or len(items) != len(ranks) or sorted(ranks) != list(
                range(1, len(items) + 1)):
            return None
        return [item for _r, item in sorted(zip(ranks, items, strict=True))]
    if question.type == "matching":
        chosen = form.getlist("match")
        if not chosen or any(not c for c in chosen):
            return None
        return chosen
    value = " ".join((form.get("response") or "").split())
    return value[:2000] or None


def record_answer(ctx: Context, question: Question, response: str | list[str]) -> Answer:
    """Store the answer once; the same answer posted again returns the stored row."""
    existing = ctx.answers.get(question.id)
    if existing is not None:
        return existing
    answer = Answer(participant_id=ctx.participant.id, question_id=question.id,
                    response=json.dumps(response, ensure_ascii=False),
                    correct=grading.grade(question, response))
    db.session.add(answer)
    try:
        db.session.commit()
    except IntegrityError:  # a double click: the first request already stored it
        db.session.rollback()
        answer = db.session.scalar(select(Answer).where(
            Answer.participant_id == ctx.participant.id, Answer.question_id == question.id))
    ctx.answers[question.id] = answer
    return answer


def response_display(question: Question, value: str | list[str]) -> str:
    """A stored answer as one readable line."""
    if isinstance(value, str):
        return value
    if question.type == "matching":
        lefts = [a for a, _b in grading.matching_pairs(question)]
        return "; ".join(f"{a} → {b}" for a, b in zip(lefts, value, strict=False))
    return " → ".join(value)


def feedback(ctx: Context, n: int, question: Question) -> dict:
    """The answer key of one answered question, for the student's feedback."""
    answer = ctx.answers[question.id]
    spans = [(e.start, e.end, n) for e in question.evidence]
    model = question.answer if isinstance(question.answer, str) else "\n".join(question.answer)
    if question.type == "matching":
        model = "\n".join(f"{a} → {b}" for a, b in grading.matching_pairs(question))
    return {
        "correct": answer.correct,
        "response": response_display(question, answer.value()),
        "answer": model,
        "explanation": question.explanation,
        "evidence": [e.text for e in question.evidence],
        # with the article hidden, the evidence sentence is quoted but the article stays hidden
        "article": (article_html(ctx.qset.article, spans, labels=False)
                    if spans and ctx.quiz.show_article else None),
    }


@bp.get("/play/<code>")
def play(code: str):
    ctx = load(code)
    n = ctx.next_open()
    if n is None:
        return redirect(url_for("quiz.done", code=ctx.quiz.join_code))
    return redirect(url_for("quiz.question", code=ctx.quiz.join_code, n=n))


def _question(ctx: Context, n: int) -> Question:
    if not 1 <= n <= len(ctx.qset.questions):
        abort(404)
    return ctx.qset.questions[n - 1]


@bp.get("/play/<code>/<int:n>")
def question(code: str, n: int):
    ctx = load(code)
    q = _question(ctx, n)
    answered = q.id in ctx.answers
    if not answered and ctx.next_open() is not None and n > ctx.next_open():
        # answer in order: skipping ahead would let a student collect unanswered keys later
        return redirect(url_for("quiz.question", code=ctx.quiz.join_code, n=ctx.next_open()))
    fb = feedback(ctx, n, q) if ctx.feedback_allowed(q) else None
    article = None
    if ctx.quiz.show_article and not fb:
        article = article_html(ctx.qset.article)
    return render_template(
        "quiz/question.html", ctx=ctx, n=n, q=q, answered=answered, fb=fb, article=article,
        view=student_view(q, ctx.participant, ctx.qset.language),
        given=response_display(q, ctx.answers[q.id].value()) if answered else None,
        total=len(ctx.qset.questions), next_n=ctx.next_open())


# one budget for the form and the JSON endpoint (quizgen.web.api uses the same limit)
answer_limit = limiter.shared_limit(_answer_limit, scope="answer", key_func=_participant_key)


@bp.post("/play/<code>/<int:n>")
@answer_limit
def answer(code: str, n: int):
    ctx = load(code)
    q = _question(ctx, n)
    if not ctx.quiz.is_open:
        flash(_("This quiz is closed; answers are no longer accepted."), "error")
        return redirect(url_for("quiz.question", code=ctx.quiz.join_code, n=n)), 303
    response = read_response(q, request.form)
    if response is None:
        flash(_("Please give an answer first."), "error")
        return redirect(url_for("quiz.question", code=ctx.quiz.join_code, n=n)), 303
    if q.id in ctx.answers and ctx.answers[q.id].value() != response:
        flash(_("You have answered this question already; the first answer counts."), "error")
    record_answer(ctx, q, response)
    if ctx.quiz.feedback_mode == "immediate":
        target = url_for("quiz.question", code=ctx.quiz.join_code, n=n) + "#feedback"
    elif ctx.next_open() is None:
        target = url_for("quiz.done", code=ctx.quiz.join_code)
    else:
        target = url_for("quiz.question", code=ctx.quiz.join_code, n=ctx.next_open())
    return redirect(target, 303)


@bp.get("/play/<code>/done")
def done(code: str):
    ctx = load(code)
    rows = []
    for n, q in enumerate(ctx.qset.questions, 1):
        fb = feedback(ctx, n, q) if ctx.feedback_allowed(q) else None
        rows.append({"n": n, "q": q, "fb": fb, "answered": q.id in ctx.answers})
    graded = [a for a in ctx.answers.values() if a.correct is not None]
    show_score = ctx.quiz.feedback_mode == "immediate" or ctx.finished
    return render_template(
        "quiz/done.html", ctx=ctx, rows=rows, show_score=show_score,
        score=sum(1 for a in graded if a.correct), graded=len(graded),
        total=len(ctx.qset.questions))
