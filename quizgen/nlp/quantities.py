"""Quantities with their hedge and unit: 'mehr als 100 Tote', 'Hunderte Verletzte'.

The hedge belongs to the number (a question's answer must keep it), the unit is the counted
noun that follows. Dates, times, ordinals and years are not quantities.
"""

from __future__ import annotations

import functools
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
                "billionen": 1e12, "billion": 1e12, "tausend": 1e3, "mio.": 1e6, "mrd.": 1e9},
         "en": {"million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12,
                "thousand": 1e3, "bn": 1e9, "m": 1e6}}
HEDGES = {
    "de": ["mehr als", "weniger als", "über", "unter", "rund", "etwa", "ungefähr", "knapp",
           "fast", "beinahe", "mindestens", "höchstens", "bis zu", "annähernd", "gut",
           "circa", "ca.", "zirka", "schätzungsweise", "nahezu", "insgesamt", "exakt",
           "genau"],
    "en": ["more than", "fewer than", "less than", "over", "under", "about", "around",
           "roughly", "nearly", "almost", "at least", "at most", "up to", "some",
           "approximately", "an estimated", "just over", "just under", "exactly"],
}
# Compound number words HanTa does not list: 'fünfzehn', 'einundzwanzig', 'zweihundert',
# 'dreitausend', 'zweieinhalb'; 'fifteen', 'sixty', 'twenty-five'.
_DE_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
             "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_BELOW_100 = re.compile(r"(?:(?P<u>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
                           r"(?P<t>" + "|".join(_DE_TENS) + r")|(?P<teen>"
                           + "|".join(_DE_TEENS) + r")|(?P<unit>" + "|".join(_DE_UNITS) + r")")
_DE_WORD = re.compile(rf"(?:(?P<h>{'|'.join(_DE_UNITS)})?hundert)?(?P<rest>[^\W\d_]*)$")
_DE_HALF = {"eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}


# How a compound number word ends: a cheap test before the parse, run on every word
_WORD_ENDS = {"de": ("zehn", "zig", "ßig", "hundert", "tausend", "halb", "eins", "zwei",
                     "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "elf",
                     "zwölf"),
              "en": ("teen", "ty", "one", "two", "three", "four", "five", "six", "seven",
                     "eight", "nine")}


def _below_100_de(word: str) -> int | None:
    m = _DE_BELOW_100.fullmatch(word)
    if not m:
        return None
    if m.group("t"):
        return _DE_TENS[m.group("t")] + (_DE_UNITS[m.group("u")] if m.group("u") else 0)
    return _DE_TEENS.get(m.group("teen") or "") or _DE_UNITS.get(m.group("unit") or "")


def _compound_de(low: str) -> float | None:
    """'fünfzehn' 15, 'dreiundzwanzig' 23, 'zweihundertfünfzig' 250, 'dreitausend' 3000."""
    if low in _DE_HALF:
        return _DE_HALF[low]
    head, _, tail = low.partition("tausend")
    if _:
        high = _compound_de(head) if head else 1
        low_part = _compound_de(tail) if tail else 0
        return None if high is None or low_part is None else high * 1000 + low_part
    m = _DE_WORD.match(low)
    if not m or not low:
        return None
    hundreds = (_DE_UNITS[m.group("h")] if m.group("h") else 1) * 100 if "hundert" in low else 0
    rest = m.group("rest")
    below = _below_100_de(rest) if rest else 0
    if below is None or not (hundreds or below):
        return None
    return float(hundreds + below)


def _compound_en(low: str) -> float | None:
    """'fifteen' 15, 'sixty' 60, 'twenty-five' 25."""
    tens, _, unit = low.partition("-")
    if tens in _EN_TENS and (not unit or unit in _EN_UNITS):
        return float(_EN_TENS[tens] + _EN_UNITS.get(unit, 0))
    if not unit and low in _EN_TEENS:
        return float(_EN_TEENS[low])
    return None


_NUM = re.compile(r"^\d+(?:[.,\u202f]\d{3})*(?:,\d+)?$|^\d+(?:\.\d+)?$")
_MONTH_WORDS = frozenset(("januar februar märz april mai juni juli august september oktober "
                          "november dezember jänner january february march april may june july "
                          "august september october november december").split())
_MONTH_LIKE = re.compile(r"(?i)^(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|de[cz])")


def _value(text: str, language: str) -> float | None:
    low = text.lower()
    if low in NUMBER_WORDS[language]:
        return float(NUMBER_WORDS[language][low])
    if low.endswith(_WORD_ENDS[language]) and (low.isalpha() or "-" in low):
        return (_compound_de if language == "de" else _compound_en)(low)
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


def number_value(text: str, language: str) -> float | None:
    """'1.500' -> 1500.0, 'fünfzehn' -> 15.0, 'twenty-five' -> 25.0; None if no number."""
    return _value(text, language)


@functools.lru_cache(maxsize=4096)
def number_word_digits(word: str) -> str | None:
    """'fourteen', 'vierzehn' -> '14': a number word of either language from two to 99 in
    digits, else None ('one' and 'ein' are articles and pronouns as often as numbers;
    'Millionen' scales a figure written beside it)."""
    if not word.isalpha():
        return None
    value = number_value(word, "en") or number_value(word, "de")
    return str(int(value)) if value and 2 <= value < 100 and value == int(value) else None


_COUNT_HEDGE = {"rund", "etwa", "über", "knapp", "fast", "mindestens", "insgesamt",
                "circa", "ca.", "zirka", "gut", "about", "around", "over", "nearly", "almost",
                "some", "roughly"}
# A measure after a four-digit number makes it a count ('1870 Meter', 'auf den 1881 m hohen')
_MEASURES = {"m", "km", "meter", "metern", "kilometer", "kilometern", "euro", "dollar", "kg",
             "tonnen", "prozent", "%", "einwohner", "metres", "meters", "miles", "feet"}
_TIME_WORDS = {"jahr", "jahre", "jahres", "im", "in", "seit", "since", "bis", "until", "year",
               "of", "von", "vom", "vor", "nach", "ab", "from", "before", "after", "by", "um",
               "zwischen", "between", "and", "und", "to", "saison", "season"}


def _is_year(tok: Token, prev: Token | None, nxt: Token | None = None,
             prev2: Token | None = None) -> bool:
    """A number from 1800 to 2099 is a year, unless it is hedged ('rund 2000 Menschen') or
    counts a plural noun after an article or a preposition that is no time word ('die 1500
    Soldaten', 'mit 1800 Teilnehmern')."""
    if not re.fullmatch(r"(1[89]|20)\d\d", tok.text):
        return False
    if nxt is not None and nxt.text.lower() in _MEASURES:
        return False
    if prev is None:
        return True
    low = prev.text.lower()
    if low in _COUNT_HEDGE or low in {"als", "than"} and prev2 is not None and \
            prev2.text.lower() in {"mehr", "weniger", "more", "fewer", "less"}:
        return False  # 'rund 2000', 'mehr als 2000'; not 'attraktiver als 2010'

    plural = nxt is not None and nxt.pos == "NOUN" and nxt.lemma.lower() != nxt.text.lower()
    return not (plural and prev.pos in {"DET", "ADP"} and low not in _TIME_WORDS)


RANGE_WORDS = {"de": {"bis", "-", "–", "oder"}, "en": {"to", "-", "–", "or"}}
BETWEEN = {"de": ("zwischen", "und"), "en": ("between", "and")}


def _clock(toks: list[Token], i: int, language: str) -> bool:
    """'12 Uhr', '12:30', '4 pm': the number is a time."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and (nxt.text in {":", "Uhr"} or language == "en" and nxt.text in {
        "a.m.", "p.m.", "am", "pm"})


def _glued(s: Sentence, tok: Token) -> bool:
    """A number written onto a word or number ('20px', '28jährige', 'Pantone 299C',
    'Sojus-2.1b', 'Boeing 767-300', '0631/369-2620') is part of it, not a count."""
    after = s.text[tok.end - s.start:tok.end - s.start + 1]
    before = s.text[max(0, tok.start - s.start - 2):tok.start - s.start]
    return after.isalnum() or before[-1:].isalnum() or (
        before[-1:] in {".", "-", "/"} and before[:1].isdigit())


_RANK_WORDS = {"Platz", "Rang", "Nr.", "Nr", "No.", "Nummer", "Artikel", "Paragraf",
               "Paragraph", "§", "Kapitel", "Seite", "Spieltag",
               # school years: 'Year 10 pupils' counts no pupils (a cloze blanked the 10 of
               # 'Around 26 per cent of Year 10 pupils', quick reading 22)
               "Year", "Klasse", "Jahrgang", "Jahrgangsstufe", "Grade"}


def _label(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """A whole number in digits right after a capitalised noun or name, with no counted noun
    ('Platz 19', 'Linie 7', 'Apollo 11', 'Nr. 2'), numbers that thing; 'Parteien 328 von 547
    Sitzen' and 'hunderte von Menschen' still count."""
    if prev is not None and prev.text in _RANK_WORDS:
        return True  # 'auf Platz drei', 'Artikel 65 GG'
    if prev is None or not re.fullmatch(r"\d+", tok.text) or nxt is not None and \
            nxt.text.lower() in {"von", "der", "of", "out"}:
        return False
    return prev.pos in {"NOUN", "PROPN"} and prev.text[:1].isupper() and \
        prev.text[-1:].isalpha() or prev.text in {"Nr.", "No.", "Nr"}


def _range(s: Sentence, toks: list[Token], i: int, end_i: int, value: float,
           language: str) -> tuple[int, float, str | None] | None:
    """(index of the range's last token, its lower value, 'zwischen'/'between' or None) when
    the number at i (its scale word ending at end_i) opens a range, else None."""
    if end_i + 2 >= len(toks):
        return None
    word = toks[end_i + 1].text.lower()
    prev = toks[i - 1].text.lower() if i else ""
    between = BETWEEN[language]
    if word == between[1] and prev == between[0]:
        hedge = prev
    elif word in RANGE_WORDS[language] and not (word == "to" and prev == "from"):
        hedge = None
    else:
        return None
    k = end_i + 2
    second = _value(toks[k].text, language)
    if second is None or _is_year(toks[k], None) or _clock(toks, k, language) or \
            s.text[toks[k].end - s.start:toks[k].end - s.start + 1].isalnum() or \
            toks[k].text.lower() in VAGUE | {"ein", "eine", "einen"}:
        return None
    scale = 1.0
    if k + 1 < len(toks) and toks[k + 1].text.lower() in SCALE[language]:
        scale = SCALE[language][toks[k + 1].text.lower()]
        k += 1
    if end_i == i and scale != 1:  # 'zwei bis drei Millionen': the scale goes with both
        value *= scale
    if second * scale <= value:
        return None  # '3-2' is a score, '2 oder 1' no range
    if word in {"-", "–"} and (k + 1 >= len(toks) or not (
            toks[k + 1].pos in {"NOUN", "PROPN", "X"} or toks[k + 1].text in {
                "%", "Prozent", "percent", "qm", "ccm", "km", "m", "kg"})):
        return None  # '5-4' alone: a score or a label, not a range
    return k, value, hedge


# A number noun counted by the word before it: 'ein Dutzend', 'zwei Dutzend', 'mehrere
# Hundert', 'a dozen', 'several hundred' is one figure (blind review 12: 'mehr als ein Dutzend
# Lehrkräfte' gave the key 'dutzend' and left 'mehr als ein' in the prompt).
MULTIPLIERS = {"de": {"dutzend": 12, "hundert": 100, "tausend": 1000},
               "en": {"dozen": 12, "hundred": 100, "thousand": 1000}}
_QUALIFIERS = {"de": {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "mehrere": 2,
                      "einige": 2, "paar": 2},
               "en": {"a": 1, "an": 1, "several": 2, "few": 2}}


def _multiplied(toks: list[Token], i: int, language: str) -> float | None:
    """The value of 'ein Dutzend' / 'zwei Dutzend' / 'several hundred' starting at i."""
    if i + 1 >= len(toks) or toks[i + 1].text.lower() not in MULTIPLIERS[language]:
        return None
    low = toks[i].text.lower()
    n = _QUALIFIERS[language].get(low)
    if n is None:
        n = _value(toks[i].text, language) if toks[i].pos in {"NUM", "DET", "X"} or \
            low in NUMBER_WORDS[language] else None
    if not n or n >= 100 and not re.fullmatch(r"\d+", toks[i].text):
        return None
    return float(n) * MULTIPLIERS[language][toks[i + 1].text.lower()]


def _quantities_in(s: Sentence, language: str) -> list[Quantity]:
    toks = s.tokens
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        prev = toks[i - 1] if i else None
        folded = _multiplied(toks, i, language)
        if folded is not None:
            quantity, last = _folded(s, toks, i, folded, language)
            out.append(quantity)
            i = last + 1
            continue
        value = _value(tok.text, language)
        if value is None or tok.text.endswith(".") and tok.tag != "CARD" or _is_year(
                tok, prev, toks[i + 1] if i + 1 < len(toks) else None,
                toks[i - 2] if i > 1 else None):
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
        if _clock(toks, i, language) or _glued(s, tok) or re.fullmatch(
                r"0\d+(?:\.\d\d)?", tok.text) or (
                language == "de" and re.fullmatch(r"\d{1,2}\.\d\d", tok.text) and not (
                    nxt is not None and nxt.text in {"%", "Prozent"})):
            i += 1  # '12 Uhr', '20px', '28jährige', '(29.06)', '03.11', '0621': no count
            continue
        end_i = i
        number_text = tok.text
        # scale word: "1,5 Millionen", "10 million"
        if nxt is not None and nxt.text.lower() in SCALE[language]:
            value *= SCALE[language][nxt.text.lower()]
            end_i = i + 1
            number_text = f"{tok.text} {nxt.text}"
        # a range is one figure: 'drei bis vier', 'zwei bis drei Millionen', '20-30 Prozent',
        # 'zwischen 20 und 30', 'between 20 and 30'; its value is the lower end
        span = _range(s, toks, i, end_i, value, language)
        range_hedge = None
        if span is not None:
            end_i, value, range_hedge = span
            if end_i + 1 < len(toks) and toks[end_i + 1].text[:1].isupper() and \
                    toks[end_i + 1].text.lower() in _MONTH_WORDS:
                i = end_i + 1  # 'between 5 and 23 October', '5-23 October': a span of
                continue  # days, not a count ('How many October ...?', review 134)
            number_text = s.text[tok.start - s.start:toks[end_i].end - s.start]
        # unit: the counted noun, possibly after adjectives ("Hunderte schwer Verletzte")
        unit = None
        j = end_i + 1
        while j < len(toks) and toks[j].pos in {"ADJ", "ADV"} and j - end_i <= 2 and \
                toks[j].text.lower() not in _TIME_DEICTIC:
            j += 1
        if prev is not None and prev.text in _CURRENCY_SIGNS:
            j = len(toks)  # '£480,000 last month', 'a £20 ticket': the sign is the unit; the
            # noun after it is a time or the thing priced, not what is counted ('How many
            # last month did Kelpwrap complete the purchase ... for about £?', review 48)
        if j > end_i + 1 and language == "de" and toks[j - 1].text[:1].isupper() and (
                j >= len(toks) or toks[j].pos not in {"NOUN", "PROPN"}):
            j -= 1  # a noun made from an adjective: "100 Tote", "Hunderte Verletzte"
            unit = toks[j].text
            end_i = j
        elif j + 2 < len(toks) and toks[j].text[:1].isupper() and toks[j].pos in {
                "NOUN", "PROPN"} and re.fullmatch(r"\d{1,3}", toks[j + 1].text) and \
                toks[j + 2].pos == "NOUN" and toks[j + 2].text[:1].islower():
            # 'at least 38 Year 11 pupils': the label and its number name the pupils counted
            # ('How many pupils ... of at least 38 Year?' - 11, quick reading 21)
            unit = s.text[toks[j].start - s.start:toks[j + 2].end - s.start]
            end_i = j + 2
        elif j < len(toks) and toks[j].pos in {"NOUN", "PROPN"} and toks[j].text[:1].isalpha():
            unit = toks[j].text
            end_i = j
        elif j < len(toks) and toks[j].text in {"%", "Prozent", "percent", "per"}:
            unit = "%" if toks[j].text == "%" else toks[j].text
            end_i = j
            if unit == "per" and j + 1 < len(toks) and toks[j + 1].text == "cent":
                unit, end_i = "per cent", j + 1  # "about five per cent", not "five per"
        if tok.text.lower() in NEEDS_UNIT and (unit is None or j != end_i or not (
                toks[end_i].tag.startswith("NN2") or language == "de")):
            i += 1  # "both goals" is 2 goals; "both of them", "both teams' fans" are not
            continue
        if tok.text.lower() in VAGUE and unit is None:
            i += 1
            continue
        if tok.text.lower() in {"ein", "eine", "einen", "one"} and unit is None and not span:
            i += 1
            continue
        if tok.text.lower() in {"ein", "eine", "einen"} and not span:  # articles, not counts
            i += 1
            continue
        if not span and _label(prev, tok, nxt) and (unit is None or prev.text in _RANK_WORDS):
            i = end_i + 1  # 'Platz 19', 'Apollo 11', 'Artikel 65 GG': a name, not a count
            continue
        # hedge before: it belongs to the number ("mehr als 10.000", never "10.000")
        hedge = None
        phrase_start = tok.start
        before = s.text[:tok.start - s.start].rstrip()
        low = before.lower()
        for h in [range_hedge] if range_hedge else sorted(HEDGES[language], key=len,
                                                          reverse=True):
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


# 'sold 300 last year': a time after a number is no counted noun ('How many years ...?')
_TIME_DEICTIC = {"last", "next", "this", "previous", "past", "letzten", "letzte", "letztes",
                 "vergangenen", "vergangene", "kommenden", "kommende", "nächsten", "nächste"}
_CURRENCY_SIGNS = {"£", "$", "€"}


def _folded(s: Sentence, toks: list[Token], i: int, value: float,
            language: str) -> tuple[Quantity, int]:
    """'mehr als ein Dutzend Lehrkräfte': hedge, 'ein Dutzend' and the counted noun; with the
    index of its last token."""
    end_i = i + 1
    unit = None
    j = end_i + 1
    while j < len(toks) and toks[j].pos == "ADJ" and j - end_i <= 2:
        j += 1
    if j < len(toks) and toks[j].pos in {"NOUN", "PROPN"} and toks[j].text[:1].isalpha():
        unit, end_i = toks[j].text, j
    number_text = s.text[toks[i].start - s.start:toks[i + 1].end - s.start]
    return _with_hedge(s, toks[i].start, toks[end_i].end, value, number_text, unit,
                       language), end_i


def _with_hedge(s: Sentence, start: int, end: int, value: float, number_text: str,
                unit: str | None, language: str) -> Quantity:
    hedge = None
    before = s.text[:start - s.start].rstrip()
    low = before.lower()
    for h in sorted(HEDGES[language], key=len, reverse=True):
        if low.endswith(h) and (len(low) == len(h) or not low[-len(h) - 1].isalnum()):
            hedge = before[-len(h):]
            start = s.start + len(before) - len(h)
            break
    return Quantity(start=start, end=end, text=s.text[start - s.start:end - s.start],
                    sentence=s.index, value=value, number_text=number_text, hedge=hedge,
                    unit=unit)


def find_quantities(analysis: Analysis) -> list[Quantity]:
    dates = [(d.start, d.end) for d in analysis.dates]
    out: list[Quantity] = []
    for s in analysis.sentences:
        for q in _quantities_in(s, analysis.language):
            core = q.end if q.unit is None else q.start
            if any(a <= q.start < b or a < core <= b for a, b in dates):
                continue
            if out and out[-1].sentence == q.sentence and q.number_text.lower() in \
                    _MULTIPLIERS and s.text[out[-1].end - s.start:q.start - s.start] == " ":
                continue  # 'several hundred thousand pounds': no count 'thousand pounds' of
                # its own (a cloze asked 'several hundred ____ pounds', quick reading 24)
            out.append(q)
    return out


_MULTIPLIERS = {"hundred", "thousand", "million", "billion", "hundert", "tausend",
                "millionen", "milliarde", "milliarden"}
