"""quizgen.nlp.caseless: a case-insensitive screen searched in the lower-cased text answers
exactly as the pattern itself, the letters re folds unlike str.lower() included."""

from __future__ import annotations

import re

import pytest

from quizgen.nlp.caseless import CASE_TRAPS, Caseless
from quizgen.nlp.entities import ORG_WORDS
from quizgen.nlp.evidence import _ANY

TEXTS = [
    "The University of Northbrook said it had no evidence.",
    "THE UNIVERSITY OF NORTHBROOK SAID IT HAD NO EVIDENCE.",
    "Murat Yilmaz leads the Stadtrat; Bharat spoke.",
    "Die Gewerkschaft Verdi kritisierte das Vorgehen, Beweise legte sie nicht vor.",
    "UNİVERSİTY", "unıversity", "Counſil", "Bristol AIRPORT", "co-operative", "",
    "Reportedly, the claim cannot be verified.", "REPORTEDLY", "no such promise appears",
]


@pytest.mark.parametrize("screen", [ORG_WORDS, _ANY["en"], _ANY["de"]])
def test_screens_answer_as_their_patterns(screen):
    for text in TEXTS:
        assert screen.search(text) == bool(screen.pattern.search(text)), text


def test_letters_re_folds_unlike_lower_are_searched_with_the_pattern():
    screen = Caseless(re.compile(r"(?i)\b(?:universit|season)"))
    assert screen.search("UNİVERSİTY") and screen.search("unıversity")  # re: İ, ı ~ i
    assert screen.search("ſeaſon")  # re: ſ ~ s
    for trap in CASE_TRAPS:  # str.lower() does not give what re compares them as
        assert trap.lower() not in {"i", "s"}


def test_letter_case_kept_in_escapes_and_ranges():
    screen = Caseless(re.compile(r"\S+\s[A-Z]\w+\b", re.IGNORECASE))
    for text in ["a Bc", "a bc", "  ", "A1 B2", "x\tYz"]:
        assert screen.search(text) == bool(screen.pattern.search(text)), text


@pytest.mark.parametrize("pattern", [
    re.compile(r"council"),  # not case-insensitive
    re.compile(r"(?i)a(?-i:B)c"),  # a case-sensitive part
    re.compile(r"(?i)\x41nna"),  # a letter by its code
    re.compile(r"(?i)[À-Þ]"),  # a range lower-casing would change
])
def test_refuses_what_lower_casing_would_change(pattern):
    with pytest.raises(ValueError):
        Caseless(pattern)
