"""Case-insensitive screens searched faster: as a case-sensitive pattern in the lower-cased
text.

Python's re tries every alternative of an alternation at every position; a case-sensitive
alternative that opens with a letter is skipped on that letter, a case-insensitive one is
entered and compared letter by letter. For the long word lists that screen every sentence
(evidence markers, date triggers, organisation words) the lower-cased search is two to five
times faster, with the same answer:

- str.lower() maps each character as re's IGNORECASE compares it, except the three in
  CASE_TRAPS (checked for every character against the letters the patterns use; a text with
  one of them is searched with the original pattern);
- lower-casing keeps a character a word character, a digit or a space (\\w, \\d, \\s, \\b and
  the classes of punctuation the patterns use are unchanged) and the text's length.

Only whether a screen matches is answered (a match would hold lower-cased text).
"""

from __future__ import annotations

import re

# 'İ' lower-cases to two characters; re matches 'ı' to 'i' and 'ſ' to 's' (str.lower does not)
CASE_TRAPS = ("İ", "ı", "ſ")  # (Caseless.search tests them one by one)
_UNSAFE_ESCAPES = frozenset("xuUN0123456789")


class Caseless:
    """search(text) -> bool, as bool(pattern.search(text)) for a case-insensitive pattern."""

    __slots__ = ("pattern", "lowered")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE:
            raise ValueError(f"not case-insensitive: {pattern.pattern[:60]}")
        self.pattern = pattern
        self.lowered = re.compile(_lowered(pattern.pattern), pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> bool:
        # CASE_TRAPS spelt out: three `in` tests take a sixth of any() over a generator
        if "İ" in text or "ı" in text or "ſ" in text:
            return self.pattern.search(text) is not None
        return self.lowered.search(text.lower()) is not None


def _lowered(pattern: str) -> str:
    """The pattern's letters lower-cased, its escapes kept ('\\b', '\\S'), its global (?i)
    dropped. Refuses what lower-casing would change: a letter given by its code, a part
    made case-sensitive, a letter range other than a-z."""
    if pattern.startswith("(?i)"):
        pattern = pattern[4:]
    if "(?-i" in pattern or "(?i" in pattern or any(c in pattern for c in CASE_TRAPS):
        raise ValueError(f"inline case flag or trap letter: {pattern[:60]}")
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1] in _UNSAFE_ESCAPES:
                raise ValueError(f"letter by code: {pattern[i:i + 6]}")
            out.append(pattern[i:i + 2])
            i += 2
            continue
        # (a hyphen between letters outside a class is a plain hyphen: 'co-operative')
        if c == "-" and pattern[i - 1:i].isalpha() and pattern[i + 1:i + 2].isalpha() and \
                pattern[i - 1:i + 2] not in {"A-Z", "a-z"} and _in_class(pattern, i):
            raise ValueError(f"letter range: {pattern[i - 1:i + 2]}")
        out.append(c.lower())
        i += 1
    return "".join(out)


def _in_class(pattern: str, at: int) -> bool:
    """Is position `at` inside a [...] class? (escapes skipped)"""
    inside = False
    i = 0
    while i < at:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[" and not inside:
            inside = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a ']' first in a class is a member
        elif c == "]" and inside:
            inside = False
        i += 1
    return inside
