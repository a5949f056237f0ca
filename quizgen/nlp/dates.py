"""Dates and times: explicit dates, weekdays and the relative phrases news use."""

from __future__ import annotations

import re

from quizgen.model import Analysis, DateExpr
from quizgen.nlp.caseless import Caseless

_DE_MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "dezember"]
_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
_EN_SHORT = {m[:3]: i + 1 for i, m in enumerate(_EN_MONTHS)} | {"sept": 9}
_DE_SHORT = {"jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
             "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12, "jänner": 1}
_DE_WEEKDAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                "sonntag", "sonnabend"]
_EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_DE_MONTH_RE = "|".join(m.capitalize() for m in _DE_MONTHS) + "|Jänner|" + "|".join(
    k.capitalize() + r"\." for k in _DE_SHORT if k != "jänner")
_EN_MONTH_RE = "|".join(m.capitalize() for m in _EN_MONTHS) + "|" + "|".join(
    k.capitalize() + r"\." for k in _EN_SHORT if k != "may")
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# What may stand before a day in one phrase with it: a preposition, with or without its
# article ('am', 'für den', 'seit dem', bare 'den' in 'Sonntag, den 5. Juni'), and a deictic
# adjective ('am gestrigen Sonntag', 'am vergangenen 13. Oktober'): a question that asks for
# the day without them leaves 'am gestrigen' behind in its prompt.
_DE_LEAD = (r"(?:(?i:am|in der)\s+(?:frühen\s+|späten\s+)?(?:Morgen|Vormittag|Mittag|"
            r"Nachmittag|Abend|Nacht)\s+des|(?i:am|vom|von|zum|bis zum|bis|seit dem|seit|"
            r"ab dem|ab|für den|für|auf den|auf|an den|an|vor dem|nach dem|zwischen dem|"
            r"zwischen|den|dem|der|des))")
_DE_DEICTIC = (r"(?i:gestrigen|vorgestrigen|heutigen|morgigen|vergangenen|kommenden|"
               r"letzten|nächsten|vorigen|folgenden|darauffolgenden|frühen|späten|selben|"
               r"diesen|diesem)")

_DE_WD = "(?:" + "|".join(w.capitalize() for w in _DE_WEEKDAYS) + ")"

# (kind, pattern); a leading preposition is part of the phrase ("am 6. Januar").
PATTERNS = {
    "de": [
        ("date", rf"\b(?:{_DE_LEAD}\s+)?(?:{_DE_DEICTIC}\s+)?"
                 rf"(?P<day>\d{{1,2}})\.\s*(?P<month>{_DE_MONTH_RE})(?:s\b)?"
                 rf"(?:\s+(?P<year>{_YEAR}))?"),
        ("date", rf"\b(?:{_DE_LEAD}\s+)?(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\."
                 rf"(?P<year>{_YEAR}|\d\d)\b"),
        ("date", rf"\b(?:(?i:im|seit dem|seit|ab dem|ab|bis zum|bis|vom|von|für|zwischen dem)"
                 rf"\s+)?(?P<month>{_DE_MONTH_RE})\s+"
                 rf"(?P<year>{_YEAR})"),
        ("relative", rf"\b(?:(?i:bis|seit|ab|zum|bis zum|bis spätestens|für)\s+)?(?:Anfang|Mitte|"
                     rf"Ende)\s+(?:(?P<month>{_DE_MONTH_RE})(?:\s+(?P<myear>{_YEAR}))?|des Monats|"
                     rf"der Woche|des Jahres(?:\s+(?P<dyear>{_YEAR}))?|dieses Jahres|"
                     r"vergangenen Jahres|nächsten Jahres|"
                     rf"(?P<year>{_YEAR}))"),
        # 'ab dem Frühjahr 2027', 'im Herbst 2025': a season of a year is that year
        ("relative", rf"\b(?:(?i:im|ab dem|ab|bis zum|seit dem|vom)\s+)?(?:Frühjahr|Frühling|"
                     rf"Sommer|Herbst|Winter)\s+(?P<year>{_YEAR})\b"),
        ("relative", rf"\bin der (?:ersten|zweiten|dritten|vierten|letzten|vergangenen)\s+"
                     rf"(?:(?P<month>{'|'.join(m.capitalize() for m in _DE_MONTHS)})woche|Woche)"),
        # 'in der Nacht zum Sonntag', '(in der Nacht) von Donnerstag auf Freitag', 'von
        # Montag bis Freitag': one span (the later day its value), never half of it
        ("weekday", r"\b(?:[Ii]n der Nacht\s+(?:(?:von|vom)\s+" + _DE_WD + r"\s+)?"
                    r"(?:zum|zu|auf)|(?i:von|vom)\s+" + _DE_WD + r"\s+(?:auf|zum|bis zum|bis))"
                    r"\s+(?:den\s+)?(?P<weekday>" + _DE_WD + r")\b"),
        # 'am gestrigen Sonntag', 'für den kommenden Montag', 'an einem Sonnabend': the
        # preposition, article and deictic adjective are one phrase with the weekday
        ("weekday", rf"\b(?:{_DE_LEAD}\s+|(?i:an einem)\s+)?(?:{_DE_DEICTIC}\s+)?(?P<weekday>"
                    + "|".join(w.capitalize() for w in _DE_WEEKDAYS)
                    + r")(?:abend|morgen|nachmittag|vormittag|mittag|früh)?\b"
                    r"(?:\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|früh)\b)?"),
        ("relative", r"\b(?:vergangene|letzte|nächste|kommende|diese)\s+Woche\b"),
        # 'gestern Abend', 'seit heute Nachmittag': the part of the day goes with the day
        ("relative", r"\b(?:(?i:seit|bis|ab|von|für)\s+)?(?i:gestern|vorgestern|heute|"
                     r"übermorgen)\b(?:\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|"
                     r"früh)\b)?"),
        # '18.30 Uhr', 'um fünf Uhr', 'gegen 17 Uhr', 'um 07:57' (a colon is a clock time)
        ("time", r"\b(?:(?i:von|zwischen)\s+\d{1,2}(?:[.:]\d{2})?\s+(?:bis|und)\s+|"
                 r"(?:(?i:kurz|erst|noch)\s+(?=vor|nach))?(?:(?i:um|gegen|ab|bis|seit|"
                 r"vor|nach|von)\s+))?(?:\d{1,2}(?:[.:]\d{2})?|"
                 r"(?i:eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))"
                 r"\s+Uhr\b(?:\s+(?:morgens|abends|nachmittags|vormittags|mittags|früh|nachts)\b)?"
                 r"|\b(?i:um|gegen|ab|bis)\s+\d{1,2}:\d{2}\b"),
        ("year", rf"\b(?i:im Jahr(?:e)?\s+|seit\s+|bis\s+)(?P<year>{_YEAR})\b"),
    ],
    "en": [
        ("date", rf"\b(?:(?i:on|by|until|since|from)\s+)?(?P<month>{_EN_MONTH_RE})\s+"
                 rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR}))?"),
        ("date", rf"\b(?:(?i:on|by|until|since|from)\s+)?(?:the\s+)?(?P<day>\d{{1,2}})"
                 rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_EN_MONTH_RE})(?:,?\s+"
                 rf"(?P<year>{_YEAR}))?"),
        ("date", rf"\b(?:(?:in|since|until|by)\s+)?(?P<month>{_EN_MONTH_RE})\s+(?P<year>{_YEAR})"),
        ("relative", rf"\b(?:(?:in\s+)?(?:early|mid|late)[- ](?P<month>{_EN_MONTH_RE})|"
                     r"(?:earlier|later) this (?:month|week|year)|(?:at the )?(?:beginning|"
                     r"start|end) of (?:the|this|last) (?:month|week|year))"),
        # 'by the end of 2026', 'in early 2027', 'from spring 2027': that year
        ("relative", rf"\b(?:(?i:by|until|from|since|at|in)\s+)?(?:the\s+)?(?:end|beginning|"
                     rf"start|middle) of (?P<year>{_YEAR})\b"),
        ("relative", rf"\b(?:(?i:by|until|from|since|in)\s+)?(?:early|late|mid)[- ]"
                     rf"(?P<year>{_YEAR})\b"),
        ("relative", rf"\b(?:(?i:by|until|from|since|in)\s+)?(?:the\s+)?(?:spring|summer|"
                     rf"autumn|fall|winter)\s+(?:of\s+)?(?P<year>{_YEAR})\b"),
        ("relative", r"\b(?:in the )?(?:first|second|third|last) week of "
                     r"(?P<month>" + _EN_MONTH_RE + r")"),
        ("weekday", r"\b(?:(?:early|late)\s+)?(?:(?i:on|since|by|until|for)\s+(?:the\s+(?="
                    r"\w+day\s+(?:morning|afternoon|evening|night)\b))?)?"
                    r"(?:last\s+|next\s+|this\s+)?(?P<weekday>"
                    + "|".join(w.capitalize() for w in _EN_WEEKDAYS) + r")"
                    r"(?:\s+(?:morning|afternoon|evening|night)s?)?\b"),
        ("relative", r"\b(?:last|next|this) (?:week|month|year)\b|\b(?:yesterday|today|"
                     r"tomorrow)\b"),
        # '4.40pm' (British) and '4:40 pm'; never the tail of a number ('40pm' of '4.40pm')
        # with its 'at about', so a question on the time does not keep 'at about' behind
        ("time", r"\b(?:(?i:at)\s+)?(?:(?:about|around|approximately|roughly)\s+)?"
                 r"(?<![\d.,:])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\b"),
        ("year", rf"\b(?i:in|since|until|by)\s+(?P<year>{_YEAR})\b"),
    ],
}
# What each pattern cannot match without: a digit, or one of the words (None: no cheap
# test). A sentence past the trigger below has few of them, and each pattern left out is a
# search from every word start spared.
_DIGIT = re.compile(r"\d")
_NEEDS: dict[str, list[re.Pattern[str] | tuple[str, ...] | None]] = {
    "de": [_DIGIT, _DIGIT, _DIGIT, ("Anfang", "Mitte", "Ende"), _DIGIT, ("in der",),
           tuple(w.capitalize() for w in _DE_WEEKDAYS),
           tuple(w.capitalize() for w in _DE_WEEKDAYS), ("Woche",), None, ("Uhr", ":"),
           _DIGIT],
    "en": [_DIGIT, _DIGIT, _DIGIT,
           ("early", "mid", "late", "earlier", "beginning", "start", "end"), _DIGIT, _DIGIT,
           _DIGIT, ("week of",), tuple(w.capitalize() for w in _EN_WEEKDAYS),
           ("week", "month", "year", "yesterday", "today", "tomorrow"), _DIGIT, _DIGIT],
}
_COMPILED = {lang: [(k, re.compile(p), needs) for (k, p), needs in zip(pats, _NEEDS[lang],
                                                                       strict=True)]
             for lang, pats in PATTERNS.items()}
# Every pattern needs a digit or one of these words: most sentences have none, and the
# patterns (each tried at every word) then need not run at all.
_TRIGGER = {
    "de": Caseless(re.compile(r"(?i)\d|" + "|".join(m[:3] for m in _DE_MONTHS) + "|jän|"
                              + "|".join(_DE_WEEKDAYS)
                              + r"|gestern|heute|morgen|woche|monat|jahr|uhr")),
    "en": Caseless(re.compile(r"(?i)\d|" + "|".join(m[:3] for m in _EN_MONTHS) + "|"
                              + "|".join(_EN_WEEKDAYS)
                              + r"|yesterday|today|tomorrow|week|month|year")),
}


def _month_number(name: str, language: str) -> int | None:
    low = name.lower().rstrip(".")
    months = _DE_MONTHS if language == "de" else _EN_MONTHS
    if low in months:
        return months.index(low) + 1
    return (_DE_SHORT if language == "de" else _EN_SHORT).get(low)


def normalise(match: re.Match[str], language: str) -> str | None:
    """ISO 8601 where the text allows: 2022-01-06, --01-19 (no year), 2022-01, or a weekday."""
    g = match.groupdict()
    month = None
    if g.get("month"):
        month = _month_number(g["month"], language)
    elif g.get("mnum"):
        month = int(g["mnum"])
    year = g.get("year") or g.get("myear") or g.get("dyear")
    if year and len(year) == 2:
        year = "20" + year
    day = g.get("day")
    if g.get("weekday"):
        return g["weekday"].capitalize()
    if month and day:
        return f"{year}-{month:02d}-{int(day):02d}" if year else f"--{month:02d}-{int(day):02d}"
    if month and year:
        return f"{year}-{month:02d}"
    if month:
        return f"--{month:02d}"
    if year and not day:
        return year
    return None


def find_dates(analysis: Analysis) -> list[DateExpr]:
    language = analysis.language
    found: list[DateExpr] = []
    for s in analysis.sentences:
        if not _TRIGGER[language].search(s.text):
            continue
        # the longest phrase wins, then the earlier pattern: 'Anfang Juni 2014' is one
        # phrase, not 'Juni 2014' with 'Anfang' left behind
        hits = [(m.start() - m.end(), order, kind, m)
                for order, (kind, rx, needs) in enumerate(_COMPILED[language])
                if _may_match(needs, s.text)
                for m in rx.finditer(s.text)]
        taken: list[tuple[int, int]] = []
        for _, _, kind, m in sorted(hits, key=lambda h: h[:2]):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append(DateExpr(start=s.start + a, end=s.start + b, text=m.group(),
                                  sentence=s.index, kind=kind, value=normalise(m, language)))
    found.sort(key=lambda d: d.start)
    return _merge_adjacent(found, analysis.article.text)


def _may_match(needs: re.Pattern[str] | tuple[str, ...] | None, text: str) -> bool:
    if needs is None:
        return True
    if isinstance(needs, tuple):
        return any(word in text for word in needs)
    return needs.search(text) is not None


_JOIN = re.compile(r"^(?:\s*,\s*(?:dem\s+|den\s+|the\s+|um\s+|gegen\s+|at\s+|around\s+)?|"
                   r"\s+(?:um|gegen|at|around|und|and|bis|to|or|oder)\s+|\s*[-–]\s*|\s+)$")


def _merge_adjacent(found: list[DateExpr], text: str) -> list[DateExpr]:
    """'am Sonntagmorgen gegen 8 Uhr', 'Monday, 21 July': one time, one phrase, so a question
    never asks for half of it while the other half stays in the prompt."""
    out: list[DateExpr] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.sentence == d.sentence and \
                _JOIN.match(text[prev.end:d.start]) and d.start - prev.end <= 8:
            if re.search(r"\b(und|and|bis|to|or|oder)\b|[-–]", text[prev.end:d.start]) and \
                    prev.kind != d.kind:
                out.append(d)  # "am Freitag und am 3. März": two times, not one range
                continue
            kinds = {prev.kind, d.kind}
            kind = "date" if "date" in kinds else (prev.kind if prev.kind != "time" else d.kind)
            value = next((x.value for x in (prev, d) if x.kind == "date" and x.value),
                         prev.value or d.value)
            out[-1] = DateExpr(start=prev.start, end=d.end, text=text[prev.start:d.end],
                               sentence=d.sentence, kind=kind, value=value)
        else:
            out.append(d)
    return out
