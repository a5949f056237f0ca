"""Printable A4 worksheets and answer keys with ReportLab (platypus).

The article is laid out line by line here, not by ReportLab's paragraph wrapper, so that we
know which printed line holds every character: the answer key can then cite "Z. 12–13" for a
question's evidence. Fonts are TrueType and embedded (DejaVu Sans if installed, else the Vera
that ships inside ReportLab); the built-in Helvetica is never used because it is not embedded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quizgen.model import FAMILIES, Question, QuestionSet
from quizgen.render import ordered_right_items

# --------------------------------------------------------------------------- fonts

FONT = "QuizgenSans"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
               "DejaVuSans-BoldOblique.ttf"),
    "vera": ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
}


def font_files() -> tuple[Path, ...]:
    """DejaVu Sans (Debian fonts-dejavu-core) when present, else ReportLab's own Vera."""
    dejavu = tuple(DEJAVU / f for f in _FONT_FILES["dejavu"])
    if all(p.is_file() for p in dejavu):
        return dejavu
    import reportlab

    vera_dir = Path(reportlab.__file__).parent / "fonts"
    return tuple(vera_dir / f for f in _FONT_FILES["vera"])


def register_fonts() -> str:
    """Register the embedded font family once per process; returns its name."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    names = (FONT, FONT + "-Bold", FONT + "-Italic", FONT + "-BoldItalic")
    for name, path in zip(names, font_files(), strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=names[0], bold=names[1], italic=names[2],
                                  boldItalic=names[3])
    return FONT


# --------------------------------------------------------------------------- labels

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "worksheet": "Arbeitsblatt",
        "key": "Lösungen",
        "name": "Name",
        "class": "Klasse",
        "date": "Datum",
        "instructions": "Lies den Text genau und beantworte dann die Fragen. Kreuze bei "
        "Auswahlfragen die richtige Antwort an; schreibe sonst auf die Linien.",
        "instructions_article": "Lies den Text genau und beantworte dann die Fragen. Die "
        "Zeilennummern helfen dir, Belege im Text anzugeben.",
        "comprehension": "Textverständnis",
        "media_literacy": "Medienkompetenz",
        "text": "Text",
        "source": "Quelle",
        "page": "Seite {page} von {pages}",
        "lines": "Z. {a}–{b}",
        "line": "Z. {a}",
        "answer": "Lösung",
        "also": "Auch richtig",
        "expected": "Erwartungshorizont",
        "explanation": "Erklärung",
        "evidence": "Beleg",
        "join": "Online mitmachen",
        "code": "Code",
        "mc_hint": "Kreuze die richtige Antwort an.",
        "tf_hint": "Kreuze an: richtig oder falsch?",
        "order_hint": "Nummeriere in der richtigen Reihenfolge (1 = zuerst).",
        "match_hint": "Schreibe den passenden Buchstaben in das Kästchen.",
        "key_note": "Zeilenangaben beziehen sich auf den Text, wie er mit dem Arbeitsblatt "
        "gedruckt wird.",
    },
    "en": {
        "worksheet": "Worksheet",
        "key": "Answer key",
        "name": "Name",
        "class": "Class",
        "date": "Date",
        "instructions": "Read the text carefully, then answer the questions. Tick the right "
        "answer for choice questions; otherwise write on the lines.",
        "instructions_article": "Read the text carefully, then answer the questions. Use the "
        "line numbers to point to evidence in the text.",
        "comprehension": "Comprehension",
        "media_literacy": "Media literacy",
        "text": "Text",
        "source": "Source",
        "page": "Page {page} of {pages}",
        "lines": "lines {a}–{b}",
        "line": "line {a}",
        "answer": "Answer",
        "also": "Also accepted",
        "expected": "Expected answer",
        "explanation": "Explanation",
        "evidence": "Evidence",
        "join": "Join online",
        "code": "Code",
        "mc_hint": "Tick the right answer.",
        "tf_hint": "Tick: true or false?",
        "order_hint": "Number the items in the right order (1 = first).",
        "match_hint": "Write the matching letter in the box.",
        "key_note": "Line numbers refer to the text as printed with the worksheet.",
    },
}

# --------------------------------------------------------------------------- page geometry

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
GUTTER = 26  # points left of the article text for line numbers
ARTICLE_SIZE = 10.5
ARTICLE_LEADING = 14.5
INDENT = 24  # answer areas sit under the prompt, right of the question number
WRITE_SPACING = 22  # ~8 mm between ruled lines: room for handwriting
SKIP_BLOCKS = {"byline", "credit", "teaser", "promo", "source"}
GAP = re.compile(r"_{4,}")


# --------------------------------------------------------------------------- article lines


@dataclass
class Line:
    """One printed line of the article: its text, character span and style."""

    number: int
    text: str
    start: int
    end: int
    kind: str  # block kind: headline, subheading, body, caption ...
    gap_before: float = 0.0


def _line_font(kind: str) -> str:
    if kind in ("headline", "subheading"):
        return FONT + "-Bold"
    if kind == "caption":
        return FONT + "-Italic"
    return FONT


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs (separated by blank lines)."""
    spans, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _block_of(span: tuple[int, int], sentences: list[dict]) -> str:
    kinds = Counter(s.get("block", "body") for s in sentences
                    if s["start"] < span[1] and span[0] < s["end"])
    return kinds.most_common(1)[0][0] if kinds else "body"


def _wrap(text: str, start: int, end: int, font: str, width: float) -> list[tuple[int, int]]:
    """Greedy word wrap of text[start:end]; returns the character span of each line."""
    space = pdfmetrics.stringWidth(" ", font, ARTICLE_SIZE)
    lines: list[tuple[int, int]] = []
    line_start = line_end = None
    used = 0.0
    for m in re.finditer(r"\S+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        w = pdfmetrics.stringWidth(m.group(), font, ARTICLE_SIZE)
        if line_start is not None and used + space + w <= width:
            used += space + w
            line_end = b
            continue
        if line_start is not None:
            lines.append((line_start, line_end))
        while w > width:  # a word longer than the line (a URL): cut it
            cut = a + 1
            while cut < b and pdfmetrics.stringWidth(text[a:cut + 1], font,
                                                     ARTICLE_SIZE) <= width:
                cut += 1
            lines.append((a, cut))
            a = cut
            w = pdfmetrics.stringWidth(text[a:b], font, ARTICLE_SIZE)
        line_start, line_end, used = a, b, w
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines


def article_lines(article: dict, width: float = FRAME_W - GUTTER) -> list[Line]:
    """The article as printed: numbered lines, without bylines, credits and adverts."""
    register_fonts()
    text = article.get("text", "")
    sentences = article.get("sentences", [])
    out: list[Line] = []
    for span in _paragraphs(text):
        kind = _block_of(span, sentences)
        if kind in SKIP_BLOCKS:
            continue
        first = True
        pos = span[0]
        for hard in text[span[0]:span[1]].split("\n"):  # single newlines are line breaks
            seg = (pos, pos + len(hard))
            pos = seg[1] + 1
            for a, b in _wrap(text, seg[0], seg[1], _line_font(kind), width):
                gap = ARTICLE_LEADING * 0.5 if first and out else 0.0
                out.append(Line(len(out) + 1, text[a:b], a, b, kind, gap))
                first = False
    return out


def line_span(lines: list[Line], start: int, end: int) -> tuple[int, int] | None:
    """First and last printed line overlapping the character span, or None if not printed."""
    hit = [ln.number for ln in lines if ln.start < max(end, start + 1) and start < ln.end]
    return (hit[0], hit[-1]) if hit else None


def evidence_lines(qset: QuestionSet) -> dict[str, tuple[int, int]]:
    """Question id -> printed lines of its evidence (left out where it is not printed)."""
    lines = article_lines(qset.article)
    out: dict[str, tuple[int, int]] = {}
    for q in qset.questions:
        spans = [line_span(lines, e.start, e.end) for e in q.evidence]
        spans = [s for s in spans if s]
        if spans:
            out[q.id] = (min(s[0] for s in spans), max(s[1] for s in spans))
    return out


def format_lines(span: tuple[int, int], language: str) -> str:
    lab = _labels(language)
    if span[0] == span[1]:
        return lab["line"].format(a=span[0])
    return lab["lines"].format(a=span[0], b=span[1])


# --------------------------------------------------------------------------- flowables


class NumberedLines(Flowable):
    """Article lines with a line number every fifth line; splits across pages between lines."""

    def __init__(self, lines: list[Line]) -> None:
        super().__init__()
        self.lines = lines

    def _heights(self) -> list[float]:
        return [ARTICLE_LEADING + (ln.gap_before if i else 0.0) for i, ln in
                enumerate(self.lines)]

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.height = sum(self._heights()) + 3
        return avail_w, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        used, k = 3.0, 0
        for h in self._heights():
            if used + h > avail_h:
                break
            used += h
            k += 1
        if k == 0 or k == len(self.lines):
            return [] if k == 0 else [self]
        return [NumberedLines(self.lines[:k]), NumberedLines(self.lines[k:])]

    def draw(self) -> None:
        c = self.canv
        y = self.height
        for i, (ln, h) in enumerate(zip(self.lines, self._heights(), strict=True)):
            y -= h
            base = y + 3.5
            if ln.number == 1 or ln.number % 5 == 0:
                c.setFont(FONT, 8)
                c.setFillColor(colors.grey)
                c.drawRightString(GUTTER - 8, base, str(ln.number))
                c.setFillColor(colors.black)
            c.setFont(_line_font(ln.kind), ARTICLE_SIZE)
            c.drawString(GUTTER, base, ln.text)
            del i


class Box(Flowable):
    """An empty square to tick or to write a number or letter in."""

    def __init__(self, size: float = 9) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


class Boxed(Flowable):
    """A box followed by a wrapped paragraph (an option to tick, an item to number)."""

    def __init__(self, para: Paragraph, box: float = 9, gap: float = 7) -> None:
        super().__init__()
        self.para, self.box, self.gap = para, box, gap

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        _, self.ph = self.para.wrap(avail_w - self.box - self.gap, avail_h)
        self.height = max(self.ph, self.box + 2) + 2
        return avail_w, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height - 1
        c.setLineWidth(0.8)
        # align the box with the first text line (cap height of a 10.5 pt font ~ 7.5 pt)
        first_line = self.para.style.leading
        c.rect(0, top - first_line + (first_line - self.box) / 2 + 0.8, self.box, self.box)
        self.para.drawOn(c, self.box + self.gap, top - self.ph)


class WritingLines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, count: int, spacing: float = WRITE_SPACING) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.count * self.spacing + 2

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.spacing + 2
            c.line(0, y, self.width, y)


# --------------------------------------------------------------------------- styles


def _labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5, leading=14,
                          bulletFontName=FONT, allowWidows=0, allowOrphans=0)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT + "-Bold", fontSize=16,
                                leading=20, spaceAfter=2),
        "sub": ParagraphStyle("sub", base, fontSize=9, leading=12, textColor=colors.grey),
        "section": ParagraphStyle("section", base, fontName=FONT + "-Bold", fontSize=13,
                                  leading=17, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "question": ParagraphStyle("question", base, leftIndent=INDENT, bulletIndent=0,
                                   bulletFontName=FONT + "-Bold", spaceBefore=9,
                                   spaceAfter=4),
        "hint": ParagraphStyle("hint", base, fontName=FONT + "-Italic", fontSize=9,
                               leading=12, textColor=colors.Color(0.3, 0.3, 0.3),
                               spaceAfter=3),
        "option": ParagraphStyle("option", base, leading=14),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, wordWrap="CJK"),
        "code": ParagraphStyle("code", base, fontName=FONT + "-Bold", fontSize=13,
                               leading=16),
        "key": ParagraphStyle("key", base, leftIndent=INDENT, fontSize=10, leading=13.5,
                              spaceAfter=1.5),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
    }


def _x(text: str) -> str:
    """Plain text -> paragraph markup."""
    return escape(text).replace("\n", "<br/>")


# --------------------------------------------------------------------------- document


def _canvas_maker(footer_left: str, page_label: str):
    class NumberedCanvas(Canvas):
        """Defers each page until the total is known, for "Seite 2 von 5"."""

        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = FONT  # else Helvetica, which is not embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(colors.grey)
                y = MARGIN_BOTTOM - 9 * mm
                self.drawString(MARGIN_X, y, footer_left)
                self.drawRightString(PAGE_W - MARGIN_X, y,
                                     page_label.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _build(story: list, title: str, footer_left: str, language: str) -> bytes:
    buf = BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="quizgen",
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, lang=language)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if len(footer_left) > 70:
        footer_left = footer_left[:69] + "…"
    doc.build(story, canvasmaker=_canvas_maker(footer_left, _labels(language)["page"]))
    return buf.getvalue()


def _qr(payload: str, size: float = 84) -> Flowable:
    """A QR code drawn straight on the canvas (the Drawing widget would pull in Helvetica)."""
    return QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=2)


def _header(qset: QuestionSet, st: dict, lab: dict, kind: str, with_article: bool,
            join_code: str | None, join_url: str | None) -> list[Flowable]:
    title = qset.title or qset.article.get("title") or lab[kind]
    sub = lab[kind]
    if qset.article.get("source"):
        sub += f" · {lab['source']}: {qset.article['source']}"
    qr_w = 104
    left_w = FRAME_W - qr_w - 10 if (join_code or join_url) else FRAME_W
    left: list[Flowable] = [Paragraph(_x(title), st["title"]), Paragraph(_x(sub), st["sub"]),
                            Spacer(1, 10)]
    if kind == "worksheet":
        labels = [f"{lab[k]}:" for k in ("name", "class", "date")]
        label_w = [pdfmetrics.stringWidth(t, FONT, 10.5) + 8 for t in labels]
        rest = left_w - sum(label_w) - 12
        fields = Table([[labels[0], "", labels[1], "", labels[2], ""]],
                       colWidths=[label_w[0], rest * 0.5, label_w[1], rest * 0.22,
                                  label_w[2], rest * 0.28])
        fields.hAlign = "LEFT"
        fields.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 10.5),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
            ("LINEBELOW", (5, 0), (5, 0), 0.6, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]))
        left += [fields, Spacer(1, 10),
                 Paragraph(_x(lab["instructions_article" if with_article else "instructions"]),
                           st["hint"])]
    else:
        left.append(Paragraph(_x(lab["key_note"]), st["hint"]))
    if not (join_code or join_url):
        return [*left, Spacer(1, 4)]
    right: list[Flowable] = [Paragraph(_x(lab["join"]), st["small"]),
                             _qr(join_url or join_code or "")]
    if join_code:
        right.append(Paragraph(_x(join_code), st["code"]))
    if join_url:
        right.append(Paragraph(_x(join_url), st["small"]))
    table = Table([[left, right]], colWidths=[left_w, qr_w + 10])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 10),
    ]))
    return [table, Spacer(1, 4)]


def _article_story(qset: QuestionSet, st: dict, lab: dict) -> list[Flowable]:
    lines = article_lines(qset.article)
    # keepWithNext would push a long article whole onto the next page (KeepTogether breaks
    # the frame when its content is taller than the space left): ask for room for the
    # heading and a few lines instead, then let the lines flow across pages.
    heading = ParagraphStyle("article_heading", st["section"], keepWithNext=0)
    story: list[Flowable] = [CondPageBreak(heading.spaceBefore + heading.leading
                                           + 5 * ARTICLE_LEADING),
                             Paragraph(_x(lab["text"]), heading)]
    if not any(ln.kind == "headline" for ln in lines) and qset.article.get("title"):
        story.append(Paragraph(f"<b>{_x(qset.article['title'])}</b>", st["base"]))
        story.append(Spacer(1, 4))
    story.append(NumberedLines(lines))
    return story


# --------------------------------------------------------------------------- questions


def _letter(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else str(i + 1)


def _blank(answer: str) -> str:
    """Underscores about 1.4 times as wide as the answer, at least 5 em."""
    target = max(pdfmetrics.stringWidth(answer, FONT, 10.5) * 1.4 + 12, 55)
    n = math.ceil(target / pdfmetrics.stringWidth("_", FONT, 10.5))
    return "_" * min(n, 70)


def _lines_for(q: Question) -> int:
    length = len(q.answer if isinstance(q.answer, str) else " ".join(q.answer))
    if q.type == "open":
        return max(3, min(10, math.ceil(length * 1.3 / 60) + 1))
    return max(1, min(4, math.ceil(length * 1.4 / 75)))


def _options_grid(cells: list[Flowable], columns: int) -> Table:
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[(FRAME_W - INDENT) / columns] * columns)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    table.hAlign = "LEFT"
    return table


def _response(q: Question, st: dict, lab: dict) -> list[Flowable]:
    """The part of a question the student fills in."""
    if q.type == "multiple_choice":
        cells = [Boxed(Paragraph(f"<b>{_letter(i)}</b>&nbsp;&nbsp;{_x(o)}", st["option"]))
                 for i, o in enumerate(q.options)]
        short = all(pdfmetrics.stringWidth(o, FONT, 10.5) < (FRAME_W - INDENT) / 2 - 40
                    for o in q.options)
        if short and len(q.options) % 2 == 0:
            return [_options_grid(cells, 2)]
        return cells
    if q.type == "true_false":
        cells = [Boxed(Paragraph(_x(o), st["option"])) for o in q.options]
        return [_options_grid(cells, 4)]
    if q.type == "ordering":
        items = q.options or list(q.answer)
        return [Paragraph(_x(lab["order_hint"]), st["hint"]),
                *[Boxed(Paragraph(_x(o), st["option"]), box=13) for o in items]]
    if q.type == "matching":
        rights = ordered_right_items(q)
        rows = [[Box(13), Paragraph(f"{i + 1}.&nbsp;{_x(pair[0])}", st["option"]), "",
                 Paragraph(f"<b>{_letter(i)}</b>&nbsp;&nbsp;{_x(right)}", st["option"])]
                for i, (pair, right) in enumerate(zip(q.pairs, rights, strict=True))]
        width = FRAME_W - INDENT
        table = Table(rows, colWidths=[22, width * 0.42 - 22, width * 0.06, width * 0.52])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 10.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (1, 0), (1, -1), 0.3, colors.lightgrey),
            ("LINEBELOW", (3, 0), (3, -1), 0.3, colors.lightgrey),
        ]))
        table.hAlign = "LEFT"
        return [Paragraph(_x(lab["match_hint"]), st["hint"]), table]
    if q.type in ("short_answer", "open"):
        return [Spacer(1, 2), WritingLines(_lines_for(q))]
    return []  # cloze: the blank is in the prompt


def _prompt(q: Question) -> str:
    if q.type == "cloze":
        blank = _blank(q.answer if isinstance(q.answer, str) else "")
        return blank.join(_x(part) for part in GAP.split(q.prompt))
    return _x(q.prompt)


def _sections(qset: QuestionSet) -> list[tuple[str, list[tuple[int, Question]]]]:
    """Questions grouped by family (comprehension first), numbered across the whole set."""
    ordered = [q for fam in FAMILIES for q in qset.questions if q.family == fam]
    ordered += [q for q in qset.questions if q.family not in FAMILIES]
    groups: list[tuple[str, list[tuple[int, Question]]]] = []
    for n, q in enumerate(ordered, 1):
        if not groups or groups[-1][0] != q.family:
            groups.append((q.family, []))
        groups[-1][1].append((n, q))
    return groups


def _question_block(n: int, q: Question, st: dict, lab: dict) -> Flowable:
    parts: list[Flowable] = [Paragraph(_prompt(q), st["question"], bulletText=f"{n}.")]
    response = _response(q, st, lab)
    if response:
        parts += [Indenter(left=INDENT), *response, Indenter(left=-INDENT)]
    return KeepTogether(parts)


def worksheet_pdf(qset: QuestionSet, *, with_article: bool = False,
                  join_code: str | None = None, join_url: str | None = None) -> bytes:
    """A printable worksheet: header, optional numbered article, questions by section."""
    register_fonts()
    st, lab = _styles(), _labels(qset.language)
    story = _header(qset, st, lab, "worksheet", with_article, join_code, join_url)
    if with_article:
        story += _article_story(qset, st, lab)
    for family, items in _sections(qset):
        story.append(Paragraph(_x(lab.get(family, family)), st["section"]))
        story += [_question_block(n, q, st, lab) for n, q in items]
    title = qset.title or qset.article.get("title", "")
    return _build(story, title, f"{title} – {lab['worksheet']}", qset.language)


# --------------------------------------------------------------------------- answer key


def answer_text(q: Question, language: str = "de") -> str:
    """The answer as printed in the key (plain text, one line per item where needed)."""
    if q.type == "multiple_choice" and q.answer in q.options:
        return f"{_letter(q.options.index(q.answer))}) {q.answer}"
    if q.type == "ordering":
        items = list(q.answer)
        return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    if q.type == "matching" and q.pairs:
        rights = ordered_right_items(q)
        return "\n".join(f"{i}. {left} – {_letter(rights.index(right))}) {right}"
                         for i, (left, right) in enumerate(q.pairs, 1))
    return q.answer if isinstance(q.answer, str) else "\n".join(q.answer)


def answer_key_pdf(qset: QuestionSet, *, with_article: bool = False) -> bytes:
    """Every question's answer, explanation and the printed lines of its evidence."""
    register_fonts()
    st, lab = _styles(), _labels(qset.language)
    story = _header(qset, st, lab, "key", with_article, None, None)
    if with_article:
        story += _article_story(qset, st, lab)
    spans = evidence_lines(qset)
    for family, items in _sections(qset):
        story.append(Paragraph(_x(lab.get(family, family)), st["section"]))
        for n, q in items:
            if q.type == "cloze" and isinstance(q.answer, str):  # the gap filled in
                filled = f"<u><b>{_x(q.answer)}</b></u>"
                prompt = filled.join(_x(part) for part in GAP.split(q.prompt))
            else:
                prompt = _x(q.prompt)
            parts: list[Flowable] = [Paragraph(prompt, st["question"], bulletText=f"{n}.")]
            label = lab["expected"] if q.type == "open" else lab["answer"]
            answer = answer_text(q, qset.language)
            sep = "<br/>" if "\n" in answer else " "
            parts.append(Paragraph(f"<b>{label}:</b>{sep}{_x(answer)}", st["key"]))
            if q.accepted_answers:
                parts.append(Paragraph(f"<b>{lab['also']}:</b> "
                                       f"{_x('; '.join(q.accepted_answers))}", st["key"]))
            if q.explanation:
                parts.append(Paragraph(f"<b>{lab['explanation']}:</b> {_x(q.explanation)}",
                                       st["key"]))
            if q.evidence:
                where = f" ({format_lines(spans[q.id], qset.language)})" if q.id in spans else ""
                quote = " … ".join(e.text for e in q.evidence)
                if len(quote) > 300:
                    quote = quote[:299] + "…"
                quotes = ("„", "“") if qset.language == "de" else ("“", "”")
                parts.append(Paragraph(f"<b>{lab['evidence']}{where}:</b> "
                                       f"<i>{quotes[0]}{_x(quote)}{quotes[1]}</i>", st["key"]))
            story.append(KeepTogether(parts))
    title = qset.title or qset.article.get("title", "")
    return _build(story, f"{title} – {lab['key']}", f"{title} – {lab['key']}", qset.language)
