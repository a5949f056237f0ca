"""placeholder"""

from __future__ import annotations

from quizgen.model import Analysis, Question


def generate(analysis: Analysis) -> list[Question]:
    return []
