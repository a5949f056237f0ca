"""Quantities with their hedge and unit: 'mehr als 100 Tote', 'Hunderte Verletzte'.

The hedge belongs to the number (a question's answer must keep it), the unit is the counted
noun that follows. Dates, times, ordinals and years are not quantities.
"""

from __future__ import annotations

import re

from quizgen.model import Analysis, Quantity, Sentence, Token

NUMBER_WORDS = {
    "de": {"ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
           "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
           "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
           "tausend": 1000, "dutzende": 12, "hunderte": 100, "tausende": 1000,
           "zehntausende": 10000, "hunderttausende": 100000, "millionen": 1e6,
           "dutzend": 12, "zahlreiche": 0, "mehrere": 0},
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
           "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6, "dozen": 12,
           "both": 2},
}
# Words that are a count only right before what they count ("both goals"; not "both said").
NEEDS_UNIT = {"both"}
# Only words that say "a number of" without one are kept when a unit follows.
VAGUE = {"zahlreiche", "mehrere"}
SCALE = {"de": {"millionen": 1e6, "million": 1e6, "milliarden": 1e9, "milliarde": 1e9,
                "tausend": 1e3, "mio.": 1e6, "mrd.": 1e9},
         "en": {"million": 1e6, "millions": 1e6, "billion": 1e9, "thousand": 1e3,
                "bn": 1e9, "m": 1e6}}
HEDGES = {
    "de": ["mehr als", "weniger als", "über", "unter", "rund", "etwa", "ungefähr", "knapp",
           "fast", "beinahe", "mindestens", "höchstens", "bis zu", "annähernd", "gut",
           "circa", "ca.", "nahezu", "insgesamt", "exakt", "genau"],
    "en": ["more than", "fewer than", "less than", "over", "under", "about", "around",
           "roughly", "nearly", "almost", "at least", "at most", "up to", "some",
           "approximately", "an estimated", "just over", "just under", "exactly"],
}
_NUM = re.compile(r"^\d+(?:[.,\u202f]\d{3})*(?:,\d+)?$|^\d+(?:\.\d+)?$")
_MONTH_LIKE = re.compile(r"(?i)^(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|de[cz])")


def _value(text: str, language: str) -> float | None:
    low = text.lower()
    if low in NUMBER_WORDS[language]:
        return float(NUMBER_WORDS[language][low])
    if _NUM.match(text):
        t = text.replace("\u202f", "")
        if language == "de":
            t = t.replace(".", "").replace(",", ".") if ("," in t or re.search(
                r"\.\d{3}$", t)) else t
        else:
            t = t.replace(",", "")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def _is_year(tok: Token, prev: Token | None) -> bool:
    if not re.fullmatch(r"(1[89]|20)\d\d", tok.text):
        return False
    return prev is None or prev.text.lower() in {"jahr", "jahre", "im", "in", "seit", "since",
                                                 "bis", "until", "year", "of"} or True


def _quantities_in(s: Sentence, language: str) -> list[Quantity]:
    toks = s.tokens
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        prev = toks[i - 1] if i else None
        value = _value(tok.text, language)
        if value is None or tok.text.endswith(".") and tok.tag != "CARD" or _is_year(tok, prev):
            i += 1
            continue
        if tok.pos not in {"NUM", "DET", "PRON", "ADJ", "NOUN", "X"} and not _NUM.match(tok.text):
            i += 1
            continue
        # A number that is part of a date ("6. Januar", "January 6") is not a quantity.
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and _MONTH_LIKE.match(nxt.text) and nxt.pos in {"PROPN", "NOUN"}:
            i += 1
            continue
        if prev is not None and _MONTH_LIKE.match(prev.text) and prev.pos == "PROPN":
            i += 1
            continue
        if nxt is not None and nxt.text in {":", "Uhr"} or (nxt is not None and nxt.text in {
                "a.m.", "p.m.", "am", "pm"} and language == "en"):
            i += 1
            continue
        end_i = i
        number_text = tok.text
        # scale word: "1,5 Millionen", "10 million"
        if nxt is not None and nxt.text.lower() in SCALE[language]:
            value *= SCALE[language][nxt.text.lower()]
            end_i = i + 1
            number_text = f"{tok.text} {nxt.text}"
        # unit: the counted noun, possibly after adjectives ("Hunderte schwer Verletzte")
        unit = None
        j = end_i + 1
        while j < len(toks) and toks[j].pos in {"ADJ", "ADV"} and j - end_i <= 2:
            j += 1
        if j > end_i + 1 and language == "de" and toks[j - 1].text[:1].isupper() and (
                j >= len(toks) or toks[j].pos not in {"NOUN", "PROPN"}):
            j -= 1  # a noun made from an adjective: "100 Tote", "Hunderte Verletzte"
            unit = toks[j].text
            end_i = j
        elif j < len(toks) and toks[j].pos in {"NOUN", "PROPN"} and toks[j].text[:1].isalpha():
            unit = toks[j].text
            end_i = j
        elif j < len(toks) and toks[j].text in {"%", "Prozent", "percent", "per"}:
            unit = "%" if toks[j].text == "%" else toks[j].text
            end_i = j
        if tok.text.lower() in NEEDS_UNIT and (unit is None or j != end_i or not (
                toks[end_i].tag.startswith("NN2") or language == "de")):
            i += 1  # "both goals" is 2 goals; "both of them", "both teams' fans" are not
            continue
        if tok.text.lower() in VAGUE and unit is None:
            i += 1
            continue
        if tok.text.lower() in {"ein", "eine", "einen", "one"} and unit is None:
            i += 1
            continue
        if tok.text.lower() in {"ein", "eine", "einen"}:  # articles, not counts
            i += 1
            continue
        # hedge before: it belongs to the number ("mehr als 10.000", never "10.000")
        hedge = None
        phrase_start = tok.start
        before = s.text[:tok.start - s.start].rstrip()
        low = before.lower()
        for h in sorted(HEDGES[language], key=len, reverse=True):
            if low.endswith(h) and (len(low) == len(h) or not low[-len(h) - 1].isalnum()):
                hedge = before[-len(h):]
                phrase_start = s.start + len(before) - len(h)
                break
        phrase_end = toks[end_i].end
        text = s.text[phrase_start - s.start:phrase_end - s.start]
        out.append(Quantity(start=phrase_start, end=phrase_end, text=text, sentence=s.index,
                            value=value, number_text=number_text, hedge=hedge, unit=unit))
        i = end_i + 1
    return out


def find_quantities(analysis: Analysis) -> list[Quantity]:
    dates = [(d.start, d.end) for d in analysis.dates]
    out = []
    for s in analysis.sentences:
        for q in _quantities_in(s, analysis.language):
            core = q.end if q.unit is None else q.start
            if any(a <= q.start < b or a < core <= b for a, b in dates):
                continue
            out.append(q)
    return out
