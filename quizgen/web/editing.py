"""Changes a teacher makes to a question set: plain functions on QuestionSet, no Flask.

The views call these and store the result as a new version, so every change can be undone.
"""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Callable, Mapping

from quizgen.model import TRUE_FALSE_WORDS, TYPES, Evidence, Question, QuestionSet, Settings

GAP = re.compile(r"_{4,}")  # how a cloze prompt marks its gap (as quizgen.questionset checks)


class EditError(ValueError):
    """The teacher's edit does not make a valid question; ``key`` names the message."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def new_id(qset: QuestionSet) -> str:
    taken = {q.id for q in qset.questions}
    while True:
        qid = "t" + secrets.token_hex(4)
        if qid not in taken:
            return qid


def unique_ids(qset: QuestionSet) -> QuestionSet:
    """Give every question a distinct, non-empty id (imported sets may lack them)."""
    seen: set[str] = set()
    for q in qset.questions:
        if not q.id or q.id in seen:
            q.id = new_id(qset)
        seen.add(q.id)
    return qset


def find(qset: QuestionSet, qid: str) -> int:
    for i, q in enumerate(qset.questions):
        if q.id == qid:
            return i
    raise KeyError(qid)


def move(qset: QuestionSet, qid: str, step: int) -> bool:
    """Move a question ``step`` places; False if it is already first/last."""
    i = find(qset, qid)
    j = min(max(i + step, 0), len(qset.questions) - 1)
    qs = qset.questions
    qs.insert(j, qs.pop(i))
    return i != j


def reorder(qset: QuestionSet, ids: list[str]) -> None:
    """Put the questions in the order of ``ids`` (which must name each question once)."""
    by_id = {q.id: q for q in qset.questions}
    if sorted(ids) != sorted(by_id):
        raise EditError("order")
    qset.questions = [by_id[i] for i in ids]


def delete(qset: QuestionSet, qid: str) -> None:
    qset.questions.pop(find(qset, qid))


def blank_question(qset: QuestionSet, qtype: str) -> Question:
    """A new own question of ``qtype`` with placeholder content in the set's language."""
    if qtype not in TYPES:
        raise EditError("type")
    de = qset.language == "de"
    q = Question(id=new_id(qset), family="comprehension", type=qtype, skill="own",
                 prompt="Neue Frage" if de else "New question", answer="")
    if qtype == "true_false":
        q.options = list(TRUE_FALSE_WORDS.get(qset.language, TRUE_FALSE_WORDS["en"]))
        q.answer = q.options[0]
    elif qtype == "multiple_choice":
        q.options = ["A", "B", "C"]
        q.answer = "A"
    elif qtype == "cloze":
        q.prompt = ("Vervollständige: ____." if de else "Fill the gap: ____.")
    elif qtype == "ordering":
        q.answer = ["1", "2", "3"]
    elif qtype == "matching":
        q.pairs = [["A", "1"], ["B", "2"]]
        q.answer = "\n".join(f"{a} = {b}" for a, b in q.pairs)
    return q


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def apply_edit(question: Question, form: Mapping[str, str], language: str) -> None:
    """Update ``question`` from the editor's fields; raises EditError if it would break it."""
    prompt = (form.get("prompt") or "").strip()
    if not prompt:
        raise EditError("prompt")
    explanation = (form.get("explanation") or "").strip()
    try:
        difficulty = int(form.get("difficulty") or question.difficulty)
    except ValueError:
        difficulty = question.difficulty
    answer_text = (form.get("answer") or "").strip()
    kind = question.type
    options = list(question.options)
    accepted = list(question.accepted_answers)
    pairs = [list(p) for p in question.pairs]
    answer: str | list[str]
    if kind == "multiple_choice":
        options = _lines(form.get("options"))
        if len(options) < 2:
            raise EditError("options")
        if len(set(options)) != len(options):
            raise EditError("duplicate_options")
        if answer_text not in options:
            raise EditError("answer_not_option")
        answer = answer_text
    elif kind == "true_false":
        options = list(TRUE_FALSE_WORDS.get(language, TRUE_FALSE_WORDS["en"]))
        if answer_text not in options:
            raise EditError("answer_not_option")
        answer = answer_text
    elif kind == "ordering":
        answer = _lines(form.get("answer"))
        if len(answer) < 2:
            raise EditError("ordering")
    elif kind == "matching":
        pairs = []
        for line in _lines(form.get("answer")):
            left, sep, right = line.partition("=")
            if not sep or not left.strip() or not right.strip():
                raise EditError("matching")
            pairs.append([left.strip(), right.strip()])
        if len(pairs) < 2:
            raise EditError("matching")
        answer = "\n".join(f"{a} = {b}" for a, b in pairs)
        options = [b for _a, b in pairs]
    else:  # short_answer, cloze, open
        if not answer_text and kind != "open":
            raise EditError("answer")
        if kind == "cloze" and not GAP.search(prompt):
            raise EditError("cloze_gap")
        answer = answer_text
        accepted = _lines(form.get("accepted"))
    question.prompt = prompt
    question.answer = answer
    question.options = options
    question.accepted_answers = accepted
    question.pairs = pairs
    question.explanation = explanation
    question.difficulty = min(max(difficulty, 1), 3)


def _remap_evidence(q: Question, text: str) -> None:
    """Keep evidence pointing into ``text`` if the fresh analysis counted offsets differently."""
    for ev in q.evidence:
        if text[ev.start:ev.end] != ev.text and ev.text:
            at = text.find(ev.text)
            if at >= 0:
                ev.start, ev.end = at, at + len(ev.text)


def regenerate(qset: QuestionSet, qid: str,
               generate: Callable[[str, Settings], QuestionSet],
               *, tries: int = 3, rng: random.Random | None = None) -> Question:
    """Replace one question by a fresh candidate of the same type (and skill, if possible).

    ``generate`` runs the pipeline on the article text with another seed; candidates whose
    prompt is already in the set are skipped.
    """
    rng = rng or random.Random()  # nosec B311 - picks a new question seed, not a secret
    i = find(qset, qid)
    old = qset.questions[i]
    text = qset.article.get("text", "")
    taken = {" ".join(q.prompt.split()).casefold() for q in qset.questions}
    fallback: Question | None = None
    for _ in range(tries):
        settings = Settings(count=50, families=[old.family], types=[old.type],
                            difficulty=[1, 2, 3], seed=rng.randrange(1, 2**31))
        fresh = generate(text, settings)
        for cand in fresh.questions:
            if cand.type != old.type or " ".join(cand.prompt.split()).casefold() in taken:
                continue
            if cand.skill == old.skill:
                fallback = cand
                break
            fallback = fallback or cand
        if fallback is not None and fallback.skill == old.skill:
            break
    if fallback is None:
        raise EditError("no_candidate")
    fallback.id = new_id(qset)
    fallback.evidence = [Evidence(**vars(e)) for e in fallback.evidence]
    _remap_evidence(fallback, text)
    qset.questions[i] = fallback
    return fallback
