"""Put 3-5 events of the article in chronological order, by the dates the article gives."""

from __future__ import annotations

import re
from collections import Counter

from quizgen.generate import statements
from quizgen.generate.common import evidence_of, question_id, shuffled
from quizgen.model import Analysis, DateExpr, Question

_PART_OF_MONTH = {"anfang": 3, "early": 3, "beginning": 3, "start": 3, "ersten": 4,
                  "first": 4, "mitte": 15, "mid": 15, "zweiten": 11, "second": 11,
                  "dritten": 18, "third": 18, "ende": 28, "late": 28, "end": 28,
                  "letzten": 26, "last": 26}
MAX_ITEM_WORDS = 24


def _sort_key(d: DateExpr, main_month: int | None) -> tuple[int, int] | None:
    m = re.match(r"(?:\d{4})?-?-(\d\d)(?:-(\d\d))?$", d.value or "")
    month = int(m.group(1)) if m else None
    day = int(m.group(2)) if m and m.group(2) else None
    if d.kind == "relative":
        words = d.text.lower().split()
        part = next((_PART_OF_MONTH[w] for w in words if w in _PART_OF_MONTH), None)
        if month is None and re.search(r"(?i)monats|month", d.text):
            month = main_month
        if month is None or part is None:
            return None
        return month, part
    if month is None or day is None:
        return None
    return month, day


def generate(analysis: Analysis) -> list[Question]:
    months = Counter(int(m.group(1)) for d in analysis.dates
                     if (m := re.match(r"(?:\d{4})?-?-(\d\d)", d.value or "")))
    main_month = months.most_common(1)[0][0] if months else None
    events: dict[tuple[int, int], tuple[str, int]] = {}
    for d in analysis.dates:
        s = analysis.sentences[d.sentence]
        key = _sort_key(d, main_month)
        if key is None or key in events or not statements.usable(analysis, s, True):
            continue
        edits = statements.replacements(analysis, s)
        if edits is None:
            continue
        item = statements.apply(analysis, s, [*edits, (d.start, d.end, "")])
        item = re.sub(r"\s{2,}", " ", item).replace(" ,", ",").replace(" .", ".").strip()
        if len(item.split()) > MAX_ITEM_WORDS:
            continue
        events[key] = (item, s.index)
    if len(events) < 3:
        return []
    ordered = [events[k] for k in sorted(events)][:5]
    items = [text for text, _ in ordered]
    de = analysis.language == "de"
    prompt = ("Bringe die Ereignisse in die richtige zeitliche Reihenfolge (zuerst das "
              "früheste)." if de else
              "Put the events in the order in which they happened (earliest first).")
    why = ("Die Reihenfolge ergibt sich aus den Zeitangaben im Text."
           if de else "The order follows from the dates the article gives.")
    options = shuffled(items, analysis.article.title)
    if options == items:
        options = items[1:] + items[:1]
    return [Question(
        id=question_id("ordering", *items), family="comprehension", type="ordering",
        skill="sequence", prompt=prompt, answer=items, options=options, explanation=why,
        evidence=evidence_of(analysis, *[i for _, i in ordered]), difficulty=3, score=0.6)]
