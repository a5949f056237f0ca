"""Quiz results per student and per question, as plain data for the page, the API and CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

from quizgen.model import QuestionSet
from quizgen.store import Quiz


def response_text(value: Any) -> str:
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    return str(value)


def quiz_results(quiz: Quiz, qset: QuestionSet | None = None) -> dict[str, Any]:
    """Who answered what, the share correct and the most common wrong answer per question."""
    qset = qset or quiz.qset()
    students = []
    per_question: dict[str, list[tuple[str, bool | None]]] = {q.id: [] for q in qset.questions}
    for p in quiz.participants:
        by_q = {a.question_id: a for a in p.answers}
        cells = []
        for q in qset.questions:
            a = by_q.get(q.id)
            if a is None:
                cells.append(None)
                continue
            text = response_text(a.value())
            per_question[q.id].append((text, a.correct))
            cells.append({"response": text, "correct": a.correct})
        answered = sum(1 for c in cells if c is not None)
        students.append({
            "nickname": p.nickname,
            "answered": answered,
            "correct": sum(1 for c in cells if c and c["correct"]),
            "cells": cells,
        })
    questions = []
    for n, q in enumerate(qset.questions, 1):
        rows = per_question[q.id]
        graded = [c for _t, c in rows if c is not None]
        wrong = Counter(" ".join(t.split()) for t, c in rows if c is False)
        common = wrong.most_common(1)
        questions.append({
            "n": n,
            "id": q.id,
            "prompt": q.prompt,
            "type": q.type,
            "answered": len(rows),
            "share_correct": (sum(graded) / len(graded)) if graded else None,
            "common_wrong": common[0][0] if common else None,
            "common_wrong_count": common[0][1] if common else 0,
        })
    return {
        "quiz": {"id": quiz.id, "join_code": quiz.join_code, "open": quiz.is_open,
                 "title": quiz.title},
        "total": len(qset.questions),
        "students": students,
        "questions": questions,
    }


def _cell(value: Any) -> str:
    """Neutralise spreadsheet formulas (CSV injection) in what students typed."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def results_csv(quiz: Quiz) -> str:
    """One row per student: score, then each question's answer and whether it was right."""
    qset = quiz.qset()
    data = quiz_results(quiz, qset)
    out = io.StringIO()
    w = csv.writer(out)
    header = ["nickname", "answered", "correct", "total"]
    for n in range(1, len(qset.questions) + 1):
        header += [f"Q{n} answer", f"Q{n} correct"]
    w.writerow(header)
    w.writerow(["", "", "", ""] + [x for q in qset.questions for x in (_cell(q.prompt), "")])
    for s in data["students"]:
        row = [_cell(s["nickname"]), s["answered"], s["correct"], data["total"]]
        for c in s["cells"]:
            if c is None:
                row += ["", ""]
            else:
                flag = "" if c["correct"] is None else ("1" if c["correct"] else "0")
                row += [_cell(c["response"]), flag]
        w.writerow(row)
    return out.getvalue()
