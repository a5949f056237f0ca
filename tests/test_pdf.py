"""Worksheet and answer-key PDFs, read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from quizgen.model import Question, QuestionSet
from quizgen.render.pdf import (
    FRAME_W,
    GUTTER,
    answer_key_pdf,
    answer_text,
    article_lines,
    evidence_lines,
    font_files,
    format_lines,
    ordered_right_items,
    worksheet_pdf,
)
from tests.test_questionset import big_set, fixture

GAP = re.compile(r"_{4,}")
JOIN_CODE = "K7X2QA"
JOIN_URL = "http://192.168.1.20:5000/join/K7X2QA"


def pages(pdf: bytes) -> list[str]:
    """Text of each page, whitespace collapsed (lines wrap wherever the layout decides)."""
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def pieces(q: Question) -> list[str]:
    """Every string a student must see for this question."""
    out = [flat(p) for p in GAP.split(q.prompt) if p.strip()]
    if q.type == "matching":
        out += [flat(s) for pair in q.pairs for s in pair]
    elif q.type == "ordering":
        out += [flat(s) for s in q.answer]
    else:
        out += [flat(o) for o in q.options]
    return out


@pytest.fixture(scope="module", params=["de_streik.json", "en_strike.json",
                                        "special_chars.json"])
def qset(request) -> QuestionSet:
    return fixture(request.param)


@pytest.fixture(scope="module")
def worksheet(qset) -> list[str]:
    return pages(worksheet_pdf(qset, with_article=True, join_code=JOIN_CODE, join_url=JOIN_URL))


@pytest.fixture(scope="module")
def key(qset) -> list[str]:
    return pages(answer_key_pdf(qset, with_article=True))


def test_worksheet_shows_every_question_and_option(qset, worksheet):
    text = " ".join(worksheet)
    assert flat(qset.title) in text
    for q in qset.questions:
        for piece in pieces(q):
            assert piece in text, (q.id, piece)


def test_worksheet_has_labels_join_code_and_page_numbers(qset, worksheet):
    text = " ".join(worksheet)
    de = qset.language == "de"
    for label in (["Name:", "Klasse:", "Datum:"] if de else ["Name:", "Class:", "Date:"]):
        assert label in worksheet[0]
    assert JOIN_CODE in worksheet[0] and "192.168.1.20" in worksheet[0]
    sections = {q.family for q in qset.questions}
    names = {"comprehension": "Textverständnis" if de else "Comprehension",
             "media_literacy": "Medienkompetenz" if de else "Media literacy"}
    for fam in sections:
        assert names[fam] in text
    n = len(worksheet)
    for i, page in enumerate(worksheet, 1):
        assert (f"Seite {i} von {n}" if de else f"Page {i} of {n}") in page


def test_worksheet_prints_the_article_without_boilerplate():
    qset = fixture("de_streik.json")
    text = " ".join(pages(worksheet_pdf(qset, with_article=True)))
    assert "Beobachter rechnen damit, dass weitere Streiks folgen könnten…" in text
    assert "Folgen Sie News.de" not in text  # promo
    assert "Erstellt von Anna Müller" not in text  # byline
    without = " ".join(pages(worksheet_pdf(qset)))
    assert "Beobachter rechnen damit" not in without


def test_umlauts_and_typographic_quotes_survive():
    text = " ".join(pages(worksheet_pdf(fixture("de_streik.json"), with_article=True)))
    for s in ("Würzburg", "Özdemir", "Schülerinnen", "Fuß", "„völlig unverhältnismäßig“",
              "Klassenarbeiten –", "könnten…", "Stadt Würzburg"):
        assert s in text, s


def test_answer_key_has_every_answer_explanation_and_line(qset, key):
    text = " ".join(key)
    spans = evidence_lines(qset)
    for q in qset.questions:
        for line in answer_text(q, qset.language).split("\n"):
            assert flat(line) in text, (q.id, line)
        if q.explanation:
            assert flat(q.explanation) in text, q.id
        for alt in q.accepted_answers:
            assert flat(alt) in text
        if q.id in spans:
            assert format_lines(spans[q.id], qset.language) in text, q.id


def test_answer_text_per_type():
    qset = fixture("de_streik.json")
    by_type = {q.type: q for q in qset.questions}
    mc = by_type["multiple_choice"]
    letter = "ABCD"[mc.options.index(mc.answer)]
    assert answer_text(mc) == f"{letter}) {mc.answer}"
    ordering = answer_text(by_type["ordering"]).split("\n")
    assert ordering == [f"{i}. {s}" for i, s in enumerate(by_type["ordering"].answer, 1)]
    matching = by_type["matching"]
    rights = ordered_right_items(matching)
    assert sorted(rights) == sorted(p[1] for p in matching.pairs)
    for line, (left, right) in zip(answer_text(matching).split("\n"), matching.pairs,
                                   strict=True):
        assert left in line and f"{'ABC'[rights.index(right)]}) {right}" in line


def test_article_lines_keep_every_word_and_fit_the_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from quizgen.render.pdf import ARTICLE_SIZE, _line_font

    qset = fixture("de_streik.json")
    lines = article_lines(qset.article)
    text = qset.article["text"]
    assert [ln.number for ln in lines] == list(range(1, len(lines) + 1))
    for ln in lines:
        assert ln.text == text[ln.start:ln.end]
        assert stringWidth(ln.text, _line_font(ln.kind), ARTICLE_SIZE) <= FRAME_W - GUTTER
    printed = " ".join(ln.text for ln in lines).split()
    for s in qset.article["sentences"]:
        if s["block"] in ("body", "headline", "subheading", "caption"):
            words = s["text"].split()
            assert " ".join(words) in " ".join(printed), s["text"]


def test_evidence_lines_point_at_the_line_that_holds_the_evidence():
    for name in ("de_streik.json", "en_strike.json"):
        qset = fixture(name)
        lines = {ln.number: ln for ln in article_lines(qset.article)}
        spans = evidence_lines(qset)
        assert spans, name
        for q in qset.questions:
            if q.id not in spans:
                continue
            first, last = spans[q.id]
            ev = q.evidence[0]
            assert lines[first].start <= ev.start < lines[first].end + 1
            assert lines[last].start < ev.end <= lines[last].end + 1
            words = ev.text.split()
            assert words[0] in lines[first].text and words[-1] in lines[last].text


def test_line_label_format():
    assert format_lines((12, 13), "de") == "Z. 12–13"
    assert format_lines((4, 4), "de") == "Z. 4"
    assert format_lines((12, 13), "en") == "lines 12–13"


def test_sixty_questions_multi_page_and_no_question_split():
    qset = big_set(60)
    ws = pages(worksheet_pdf(qset, with_article=True))
    n = len(ws)
    assert n >= 5
    for i, page in enumerate(ws, 1):
        assert f"Seite {i} von {n}" in page
    for k, q in enumerate(qset.questions):
        tag = f"[{k:02d}]"
        holding = [i for i, page in enumerate(ws) if tag in page]
        assert len(holding) == 1, (tag, holding)  # prompt and all options on one page
        page = ws[holding[0]]
        for piece in pieces(q):
            assert piece in page, (tag, piece)
    key = pages(answer_key_pdf(qset))
    assert len(key) >= 2
    for k in range(60):
        assert sum(f"[{k:02d}]" in page for page in key) == 1


def test_fonts_are_embedded_truetype_never_helvetica():
    qset = fixture("de_streik.json")
    for pdf in (worksheet_pdf(qset, with_article=True, join_code=JOIN_CODE),
                answer_key_pdf(qset, with_article=True)):
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.5)  # A4
            assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "Helvetica" not in str(font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert all(p.is_file() for p in font_files())


def test_vera_fallback_has_german_glyphs():
    from pathlib import Path

    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    vera = TTFont("VeraCheck", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    for ch in "äöüÄÖÜß„“–…€":
        assert ord(ch) in vera.face.charWidths, ch


def test_edge_cases_render():
    base = fixture("en_strike.json")
    long_q = Question(id="long", family="comprehension", type="open", skill="why",
                      prompt="Why? " * 1500, answer="Because. " * 400)
    no_article = QuestionSet(language="en", article={"title": "", "text": "", "sentences": []},
                             settings=base.settings, questions=[long_q, *base.questions])
    text = " ".join(pages(worksheet_pdf(no_article, with_article=True,
                                        join_url="http://example.org/" + "x" * 200)))
    assert base.questions[0].prompt in text
    assert pages(answer_key_pdf(no_article, with_article=True))
    empty = QuestionSet(language="de", article=base.article, settings=base.settings,
                        questions=[], title="Leer")
    assert "Leer" in pages(worksheet_pdf(empty))[0]


def test_long_article_starts_on_the_first_page_and_flows_on():
    base = fixture("de_streik.json")
    article = dict(base.article, text="\n\n".join([base.article["text"]] * 5))
    qset = QuestionSet(language="de", article=article, settings=base.settings,
                       questions=base.questions[:3], title=base.title)
    ws = pages(worksheet_pdf(qset, with_article=True))
    assert "Am Dienstag, dem 14. März" in ws[0]
    lines = article_lines(article)
    assert len(lines) > 60
    last_words = " ".join(lines[-1].text.split())
    assert last_words in " ".join(ws)


def test_font_falls_back_to_reportlabs_vera(monkeypatch, tmp_path):
    import quizgen.render.pdf as pdf

    monkeypatch.setattr(pdf, "DEJAVU", tmp_path)  # no DejaVu installed
    files = pdf.font_files()
    assert [f.name for f in files] == ["Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"]
    assert all(f.is_file() for f in files)
