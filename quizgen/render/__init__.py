"""Renderers of a question set: text, PDF worksheets and LMS exports. They never do NLP."""

from __future__ import annotations

import random

from quizgen.model import Question


def ordered_right_items(q: Question) -> list[str]:
    """Right-hand column of a matching question, in printed order (letters A, B, ...)."""
    rights = [p[1] for p in q.pairs]
    if q.options and sorted(q.options) == sorted(rights):
        return list(q.options)
    shuffled = list(rights)
    random.Random(q.id).shuffle(shuffled)
    return shuffled
