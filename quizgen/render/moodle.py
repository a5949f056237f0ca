"""Moodle XML: every quizgen question type as the Moodle question type that grades it.

multiple_choice -> multichoice, true_false -> truefalse, short_answer -> shortanswer,
cloze -> cloze (embedded answers {1:SHORTANSWER:=...}), ordering -> ordering, open -> essay,
matching -> matching. The explanation becomes Moodle's general feedback. Built with lxml so
that every character is escaped by the serializer, never by hand.
"""

from __future__ import annotations

import re
from html import escape as html_escape

from lxml import etree

from quizgen.model import TRUE_FALSE_WORDS, Question, QuestionSet

GAP = re.compile(r"_{4,}")
_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _html(text: str) -> str:
    """Plain text as the HTML Moodle stores (the XML serializer escapes it once more)."""
    return "<p>" + html_escape(text, quote=False).replace("\n", "<br>") + "</p>"


def _text(parent: etree._Element, tag: str, text: str, fmt: str | None = "html",
          **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, **attrs)
    if fmt:
        el.set("format", fmt)
    etree.SubElement(el, "text").text = text
    return el


def _plain(parent: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = value


def cloze_escape(text: str) -> str:
    """Escape the characters Moodle's embedded-answer syntax gives a meaning to."""
    return _CLOZE_SPECIAL.sub(r"\\\1", text)


def cloze_text(q: Question) -> str:
    """The cloze prompt with its gap replaced by {1:SHORTANSWER:=answer~=alternative}."""
    answers = [q.answer, *q.accepted_answers] if isinstance(q.answer, str) else list(q.answer)
    seen: list[str] = []
    for a in answers:
        if a and a not in seen:
            seen.append(a)
    field = "{1:SHORTANSWER:" + "~".join("=" + cloze_escape(a) for a in seen) + "}"
    parts = GAP.split(q.prompt)
    html_parts = [html_escape(p, quote=False).replace("\n", "<br>") for p in parts]
    return "<p>" + field.join(html_parts) + "</p>"


def _header(quiz: etree._Element, q: Question, qtype: str, n: int,
            questiontext: str | None = None) -> etree._Element:
    el = etree.SubElement(quiz, "question", type=qtype)
    name = etree.SubElement(el, "name")
    short = q.prompt if len(q.prompt) <= 60 else q.prompt[:59] + "…"
    etree.SubElement(name, "text").text = f"{n:02d} {short}"
    _text(el, "questiontext", questiontext if questiontext is not None else _html(q.prompt))
    _text(el, "generalfeedback", _html(q.explanation) if q.explanation else "")
    _plain(el, "defaultgrade", "1.0000000")
    _plain(el, "penalty", "0.3333333" if qtype not in ("essay", "truefalse") else "1.0000000")
    _plain(el, "hidden", "0")
    _plain(el, "idnumber", q.id[:100])
    return el


def _answer(parent: etree._Element, text: str, fraction: str, fmt: str | None = "html") -> None:
    el = etree.SubElement(parent, "answer", fraction=fraction)
    if fmt:
        el.set("format", fmt)
    etree.SubElement(el, "text").text = text
    _text(el, "feedback", "")


def _question(quiz: etree._Element, q: Question, n: int, language: str) -> None:
    if q.type == "multiple_choice":
        el = _header(quiz, q, "multichoice", n)
        _plain(el, "single", "true")
        _plain(el, "shuffleanswers", "true")
        _plain(el, "answernumbering", "ABCD")
        for option in q.options:
            _answer(el, _html(option), "100" if option == q.answer else "0")
    elif q.type == "true_false":
        el = _header(quiz, q, "truefalse", n)
        words = TRUE_FALSE_WORDS.get(language, TRUE_FALSE_WORDS["en"])
        is_true = q.answer == words[0]
        _answer(el, "true", "100" if is_true else "0", fmt="moodle_auto_format")
        _answer(el, "false", "0" if is_true else "100", fmt="moodle_auto_format")
    elif q.type == "short_answer":
        el = _header(quiz, q, "shortanswer", n)
        _plain(el, "usecase", "0")
        for text in dict.fromkeys([q.answer, *q.accepted_answers]):
            _answer(el, text, "100", fmt="moodle_auto_format")
    elif q.type == "cloze":
        _header(quiz, q, "cloze", n, questiontext=cloze_text(q))
    elif q.type == "ordering":
        el = _header(quiz, q, "ordering", n)
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"),
                           ("selectcount", "0"), ("gradingtype", "ABSOLUTE_POSITION"),
                           ("showgrading", "SHOW"), ("numberingstyle", "none")):
            _plain(el, tag, value)
        for i, item in enumerate(q.answer, 1):  # Moodle reads the correct order from here
            _answer(el, _html(item), str(i))
    elif q.type == "open":
        el = _header(quiz, q, "essay", n)
        _plain(el, "responseformat", "editor")
        _plain(el, "responserequired", "1")
        _plain(el, "responsefieldlines", "10")
        _plain(el, "attachments", "0")
        _plain(el, "attachmentsrequired", "0")
        _text(el, "graderinfo", _html(q.answer if isinstance(q.answer, str) else ""))
        _text(el, "responsetemplate", "")
    elif q.type == "matching":
        el = _header(quiz, q, "matching", n)
        _plain(el, "shuffleanswers", "true")
        for left, right in q.pairs:
            sub = _text(el, "subquestion", _html(left))
            answer = etree.SubElement(sub, "answer")
            etree.SubElement(answer, "text").text = right
    else:  # a type added later: keep it gradable by hand rather than lose it
        _header(quiz, q, "essay", n)


def to_moodle_xml(qset: QuestionSet) -> bytes:
    """A Moodle XML question bank file, one category named after the set."""
    quiz = etree.Element("quiz")
    category = etree.SubElement(quiz, "question", type="category")
    cat = etree.SubElement(category, "category")
    title = (qset.title or qset.article.get("title") or "quizgen").replace("/", "-")
    etree.SubElement(cat, "text").text = f"$course$/quizgen/{title}"
    for n, q in enumerate(qset.questions, 1):
        _question(quiz, q, n, qset.language)
    return etree.tostring(quiz, xml_declaration=True, encoding="UTF-8", pretty_print=True)
