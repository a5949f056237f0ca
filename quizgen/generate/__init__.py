"""Question generators, one module per kind of question.

Each module has `generate(analysis) -> list[Question]`: scored candidates, many more than a
teacher needs; quizgen.select picks among them.
"""

from __future__ import annotations

from collections.abc import Callable

from quizgen.model import Analysis, Question

Generator = Callable[[Analysis], list[Question]]


def all_generators() -> list[Generator]:
    from quizgen.generate import cloze, media, ordering, truefalse, vocabulary, wh

    return [wh.generate, cloze.generate, truefalse.generate, ordering.generate,
            vocabulary.generate, media.generate]
