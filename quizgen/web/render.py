"""HTML helpers: the article with evidence highlighted, and readable names for types.

Everything from an article or a question is escaped here or by Jinja's autoescape; the only
markup we add is <p>, <br> and <mark>.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from quizgen.model import Question

TYPE_LABELS = {
    "multiple_choice": _l("Multiple choice"),
    "true_false": _l("True or false"),
    "short_answer": _l("Short answer"),
    "cloze": _l("Gap fill"),
    "ordering": _l("Ordering"),
    "open": _l("Open question"),
    "matching": _l("Matching"),
}
FAMILY_LABELS = {
    "comprehension": _l("Comprehension"),
    "media_literacy": _l("Media literacy"),
}
DIFFICULTY_LABELS = {1: _l("easy"), 2: _l("medium"), 3: _l("hard")}
_PARAGRAPH = re.compile(r"\n\s*\n")


def evidence_spans(questions: Iterable[tuple[int, Question]]) -> list[tuple[int, int, int]]:
    """(start, end, question number) for every evidence span of the numbered questions."""
    return [(ev.start, ev.end, n) for n, q in questions for ev in q.evidence if ev.end > ev.start]


def _segments(text: str, spans: list[tuple[int, int, int]], start: int, end: int):
    """Cut [start, end) at every span boundary; yield (piece, numbers of covering spans)."""
    cuts = {start, end}
    for s, e, _n in spans:
        if s < end and start < e:
            cuts.add(max(s, start))
            cuts.add(min(e, end))
    points = sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        numbers = sorted({n for s, e, n in spans if s <= a and b <= e})
        starting = sorted({n for s, e, n in spans if s == a or (a == start and s < a < e)})
        yield text[a:b], numbers, starting


def _piece_html(piece: str) -> str:
    return str(escape(piece)).replace("\n", "<br>\n")


def article_html(article: dict, spans: list[tuple[int, int, int]] | None = None,
                 *, labels: bool = True) -> Markup:
    """The article as paragraphs, with <mark> around evidence (numbered by question)."""
    text = article.get("text", "")
    spans = [(max(0, s), min(len(text), e), n) for s, e, n in (spans or [])]
    out: list[str] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for gap_start, gap_end in bounds:
        if gap_start > pos:
            parts: list[str] = []
            for piece, numbers, starting in _segments(text, spans, pos, gap_start):
                if numbers:
                    data = " ".join(str(n) for n in numbers)
                    first = " ".join(str(n) for n in starting if n in numbers)
                    tag = (f'<sup class="mark-label" aria-hidden="true">{first}</sup>'
                           if labels and first else "")
                    parts.append(f'<mark data-q="{data}">{tag}{_piece_html(piece)}</mark>')
                else:
                    parts.append(_piece_html(piece))
            out.append("<p>" + "".join(parts) + "</p>")
        pos = gap_end
    # every piece of article text went through escape() in _piece_html; only our tags are raw
    return Markup("\n".join(out))  # nosec B704 - built from escaped text and fixed tags
