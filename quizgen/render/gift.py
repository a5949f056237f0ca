"""GIFT, Moodle's plain-text question format.

Every character GIFT gives a meaning to (~ = # { } :) is escaped with a backslash, and line
breaks become \\n, so that any article text survives the import. GIFT has no ordering type:
an ordering question is written as a matching question that pairs each item with its position
("1.", "2.", ...), which Moodle grades the same way.
"""

from __future__ import annotations

import re

from quizgen.model import TRUE_FALSE_WORDS, Question, QuestionSet

GAP = re.compile(r"_{4,}")
_SPECIAL = re.compile(r"([~=#{}:\\])")


def escape(text: str) -> str:
    """Backslash-escape GIFT's special characters and encode line breaks."""
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("\r\n", "\n").replace("\n", r"\n")


def _feedback(q: Question) -> str:
    return f"####{escape(q.explanation)}" if q.explanation else ""


def _name(q: Question, n: int) -> str:
    return f"::{escape(f'{n:02d} {q.id}')}::"


def _answers(q: Question, language: str) -> str:
    if q.type == "multiple_choice":
        return " ".join(("=" if o == q.answer else "~") + escape(o) for o in q.options)
    if q.type == "true_false":
        words = TRUE_FALSE_WORDS.get(language, TRUE_FALSE_WORDS["en"])
        return "TRUE" if q.answer == words[0] else "FALSE"
    if q.type in ("short_answer", "cloze"):
        answers = dict.fromkeys([q.answer, *q.accepted_answers])
        return " ".join("=" + escape(a) for a in answers if a)
    if q.type == "matching":
        return " ".join(f"={escape(left)} -> {escape(right)}" for left, right in q.pairs)
    if q.type == "ordering":
        return " ".join(f"={escape(item)} -> {i}." for i, item in enumerate(q.answer, 1))
    return ""  # open: an essay question has an empty answer block


def question_gift(q: Question, n: int, language: str = "de") -> str:
    """One question in GIFT (a cloze keeps its answer block where the gap was)."""
    block = "{" + _answers(q, language) + _feedback(q) + "}"
    head = f"// {q.family} / {q.type} / {escape(q.skill)}\n{_name(q, n)}[plain]"
    if q.type == "cloze" and GAP.search(q.prompt):
        before, after = GAP.split(q.prompt, maxsplit=1)
        return f"{head}{escape(before)}{block}{escape(after)}"
    return f"{head}{escape(q.prompt)} {block}"


def to_gift(qset: QuestionSet) -> str:
    """The whole set as GIFT text, one blank line between questions."""
    title = qset.title or qset.article.get("title") or "quizgen"
    parts = [f"// quizgen: {title}".replace("\n", " "),
             f"$CATEGORY: $course$/quizgen/{' '.join(title.replace('/', '-').split())}"]
    parts += [question_gift(q, n, qset.language) for n, q in enumerate(qset.questions, 1)]
    return "\n\n".join(parts) + "\n"
