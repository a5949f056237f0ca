"""Checking a student's answer: tolerant for typed answers, exact for choices.

Pure functions without Flask so they can be unit-tested and reused by the CLI or exports.
Typed answers forgive what a reader would forgive: case, a leading article (der/die/das/the/a),
umlaut spellings (ae/ä, oe/ö, ue/ü, ss/ß), punctuation and a small typo (bounded edit distance).
"""

from __future__ import annotations

import re
import unicodedata

from quizgen.model import Question

ARTICLES = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "the", "a", "an",
})
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
_NON_WORD = re.compile(r"[^\w%]+")
TYPED_TYPES = ("short_answer", "cloze")


def normalize(text: str) -> str:
    """Lower-case, spell umlauts out, drop punctuation and leading articles."""
    t = unicodedata.normalize("NFC", text).casefold()
    for umlaut, spelled in _UMLAUTS:
        t = t.replace(umlaut, spelled)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    words = [w for w in _NON_WORD.sub(" ", t).split() if w]
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def allowed_typos(expected: str) -> int:
    """No typo allowed in short answers (numbers, 'Uno' vs 'Ufo'), one or two in longer ones."""
    n = len(expected.replace(" ", ""))
    if n <= 4 or expected.replace(" ", "").isdigit():
        return 0
    return 1 if n <= 9 else 2


def typed_matches(response: str, expected: list[str]) -> bool:
    """True if ``response`` matches one of the expected spellings, tolerantly."""
    got = normalize(response)
    if not got:
        return False
    for want in expected:
        norm = normalize(want)
        if not norm:
            continue
        if got == norm or got.replace(" ", "") == norm.replace(" ", ""):
            return True
        if any(ch.isdigit() for ch in norm):  # numbers must be exact
            continue
        if edit_distance(got, norm, allowed_typos(norm)) <= allowed_typos(norm):
            return True
    return False


def _as_list(value: str | list[str]) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [line.strip() for line in str(value).splitlines() if line.strip()]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def matching_pairs(question: Question) -> list[list[str]]:
    """The pairs of a matching question, from ``pairs`` or the "left = right" answer lines."""
    if question.pairs:
        return [list(p) for p in question.pairs]
    pairs = []
    for line in _as_list(question.answer):
        left, sep, right = line.partition("=")
        if sep:
            pairs.append([left.strip(), right.strip()])
    return pairs


def grade(question: Question, response: str | list[str]) -> bool | None:
    """Whether ``response`` answers ``question``; None for open questions (teacher judges)."""
    kind = question.type
    if kind == "open":
        return None
    if kind in TYPED_TYPES:
        text = response if isinstance(response, str) else " ".join(response)
        return typed_matches(text, [*_as_list(question.answer), *question.accepted_answers])
    if kind == "ordering":
        got, want = _as_list(response), _as_list(question.answer)
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want, strict=True))
    if kind == "matching":
        got, want = _as_list(response), matching_pairs(question)
        return len(got) == len(want) and all(
            _same(g, w[1]) for g, w in zip(got, want, strict=True))
    # multiple_choice, true_false: the chosen option text
    text = response if isinstance(response, str) else (response[0] if response else "")
    answers = _as_list(question.answer) or [str(question.answer)]
    return any(_same(text, a) for a in answers)
