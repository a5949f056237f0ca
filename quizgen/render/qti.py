"""IMS QTI 2.1 content package: imsmanifest.xml, one assessmentItem per question, one test.

Type mapping: multiple_choice/true_false -> choiceInteraction, short_answer ->
textEntryInteraction with a mapping of accepted answers, cloze -> textEntryInteraction inside
the sentence, ordering -> orderInteraction, matching -> matchInteraction (directedPair),
open -> extendedTextInteraction. The explanation is modal feedback that is always shown after
the attempt. All XML is built with lxml.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from lxml import etree

from quizgen.model import FAMILIES, Question, QuestionSet

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GAP = re.compile(r"_{4,}")
SECTION_TITLES = {
    "de": {"comprehension": "Textverständnis", "media_literacy": "Medienkompetenz"},
    "en": {"comprehension": "Comprehension", "media_literacy": "Media literacy"},
}


def _q(tag: str) -> str:
    return f"{{{QTI_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None,
         **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _q(tag), **attrs)
    if text is not None:
        el.text = text
    return el


def item_identifier(n: int) -> str:
    return f"item_{n:03d}"


def _root(tag: str, identifier: str, title: str, **attrs: str) -> etree._Element:
    root = etree.Element(_q(tag), nsmap={None: QTI_NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{QTI_NS} {QTI_XSD}")
    root.set("identifier", identifier)
    root.set("title", title[:250] or identifier)
    for k, v in attrs.items():
        root.set(k, v)
    return root


def _paragraphs(parent: etree._Element, text: str) -> None:
    for para in text.split("\n\n"):
        p = _sub(parent, "p")
        lines = para.split("\n")
        p.text = lines[0]
        for line in lines[1:]:
            br = _sub(p, "br")
            br.tail = line


def _declare(item: etree._Element, cardinality: str, base_type: str,
             correct: list[str] | None, mapping: list[str] | None = None) -> None:
    rd = _sub(item, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality,
              baseType=base_type)
    if correct:
        cr = _sub(rd, "correctResponse")
        for value in correct:
            _sub(cr, "value", value)
    if mapping:
        mp = _sub(rd, "mapping", defaultValue="0", upperBound="1")
        for key in mapping:
            _sub(mp, "mapEntry", mapKey=key, mappedValue="1", caseSensitive="false")


def _outcomes(item: etree._Element, feedback: bool) -> None:
    score = _sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single",
                 baseType="float")
    default = _sub(score, "defaultValue")
    _sub(default, "value", "0")
    if feedback:
        _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single",
             baseType="identifier")


def _set(parent: etree._Element, identifier: str, base_type: str, value: str) -> None:
    so = _sub(parent, "setOutcomeValue", identifier=identifier)
    _sub(so, "baseValue", value, baseType=base_type)


def _processing(item: etree._Element, mode: str, feedback: bool) -> None:
    """Score 1 for the correct response (match) or the mapped value (map); show feedback."""
    rp = _sub(item, "responseProcessing")
    if mode == "match":
        cond = _sub(rp, "responseCondition")
        rif = _sub(cond, "responseIf")
        match = _sub(rif, "match")
        _sub(match, "variable", identifier="RESPONSE")
        _sub(match, "correct", identifier="RESPONSE")
        _set(rif, "SCORE", "float", "1")
        _set(_sub(cond, "responseElse"), "SCORE", "float", "0")
    elif mode == "map":
        so = _sub(rp, "setOutcomeValue", identifier="SCORE")
        _sub(so, "mapResponse", identifier="RESPONSE")
    if feedback:
        _set(rp, "FEEDBACK", "identifier", "EXPLANATION")


def _choices(parent: etree._Element, tag: str, items: list[str], prefix: str,
             **attrs: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for i, text in enumerate(items, 1):
        ident = f"{prefix}{i}"
        _sub(parent, tag, text, identifier=ident, **attrs)
        ids.setdefault(text, ident)
    return ids


def _expected_length(answers: list[str]) -> str:
    return str(max(5, min(200, max((len(a) for a in answers), default=10) + 5)))


def assessment_item(q: Question, n: int, language: str) -> etree._Element:
    """One QTI 2.1 assessmentItem for a quizgen question."""
    ident = item_identifier(n)
    item = _root("assessmentItem", ident, q.prompt, adaptive="false", timeDependent="false")
    item.set("label", q.id[:256])
    item.set("{http://www.w3.org/XML/1998/namespace}lang", language)
    feedback = bool(q.explanation)

    if q.type in ("multiple_choice", "true_false"):
        options = q.options or [q.answer]
        ids = {o: f"C{i}" for i, o in enumerate(options, 1)}
        _declare(item, "single", "identifier", [ids[q.answer]] if q.answer in ids else None)
        mode = "match"

        def body(b: etree._Element) -> None:
            ci = _sub(b, "choiceInteraction", responseIdentifier="RESPONSE",
                      shuffle="true" if q.type == "multiple_choice" else "false",
                      maxChoices="1")
            _sub(ci, "prompt", q.prompt)
            _choices(ci, "simpleChoice", options, "C")
    elif q.type in ("short_answer", "cloze"):
        answers = list(dict.fromkeys([q.answer, *q.accepted_answers]))
        _declare(item, "single", "string", [q.answer], mapping=answers)
        mode = "map"

        def body(b: etree._Element) -> None:
            length = _expected_length(answers)
            if q.type == "cloze" and GAP.search(q.prompt):
                before, after = GAP.split(q.prompt, maxsplit=1)
                p = _sub(b, "p", before)
                tei = _sub(p, "textEntryInteraction", responseIdentifier="RESPONSE",
                           expectedLength=length)
                tei.tail = GAP.sub("____", after)
            else:
                _paragraphs(b, q.prompt)
                p = _sub(b, "p")
                _sub(p, "textEntryInteraction", responseIdentifier="RESPONSE",
                     expectedLength=length)
    elif q.type == "ordering":
        items = list(q.answer)
        shown = q.options or items
        ids = {text: f"O{i}" for i, text in enumerate(shown, 1)}
        _declare(item, "ordered", "identifier", [ids[t] for t in items])
        mode = "match"

        def body(b: etree._Element) -> None:
            oi = _sub(b, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
            _sub(oi, "prompt", q.prompt)
            _choices(oi, "simpleChoice", shown, "O")
    elif q.type == "matching":
        lefts = [p[0] for p in q.pairs]
        rights = q.options if sorted(q.options) == sorted(p[1] for p in q.pairs) \
            else [p[1] for p in q.pairs]
        right_ids = {text: f"R{i}" for i, text in enumerate(rights, 1)}
        pairs = [f"L{i} {right_ids[r]}" for i, (_, r) in enumerate(q.pairs, 1)]
        _declare(item, "multiple", "directedPair", pairs)
        mode = "match"

        def body(b: etree._Element) -> None:
            mi = _sub(b, "matchInteraction", responseIdentifier="RESPONSE", shuffle="true",
                      maxAssociations=str(len(lefts)))
            _sub(mi, "prompt", q.prompt)
            _choices(_sub(mi, "simpleMatchSet"), "simpleAssociableChoice", lefts, "L",
                     matchMax="1")
            _choices(_sub(mi, "simpleMatchSet"), "simpleAssociableChoice", rights, "R",
                     matchMax=str(len(lefts)))
    else:  # open (and any later free-text type)
        _declare(item, "single", "string", None)
        mode = "none"

        def body(b: etree._Element) -> None:
            ei = _sub(b, "extendedTextInteraction", responseIdentifier="RESPONSE",
                      expectedLines="8")
            _sub(ei, "prompt", q.prompt)

    _outcomes(item, feedback)
    body(_sub(item, "itemBody"))
    if mode != "none" or feedback:
        _processing(item, mode, feedback)
    if feedback:
        mf = _sub(item, "modalFeedback", outcomeIdentifier="FEEDBACK",
                  identifier="EXPLANATION", showHide="show")
        mf.text = q.explanation
    return item


def assessment_test(qset: QuestionSet) -> etree._Element:
    """One test, a section per question family, referencing every item file."""
    title = qset.title or qset.article.get("title") or "quizgen"
    test = _root("assessmentTest", "quizgen_test", title)
    part = _sub(test, "testPart", identifier="part_1", navigationMode="nonlinear",
                submissionMode="simultaneous")
    names = SECTION_TITLES.get(qset.language, SECTION_TITLES["en"])
    numbered = list(enumerate(qset.questions, 1))
    for fam in [*FAMILIES, *sorted({q.family for q in qset.questions} - set(FAMILIES))]:
        members = [(n, q) for n, q in numbered if q.family == fam]
        if not members:
            continue
        section = _sub(part, "assessmentSection", identifier=f"section_{fam}",
                       title=names.get(fam, fam), visible="true")
        for n, _ in members:
            _sub(section, "assessmentItemRef", identifier=item_identifier(n),
                 href=f"items/{item_identifier(n)}.xml")
    return test


def manifest(qset: QuestionSet) -> etree._Element:
    """imsmanifest.xml listing the test and every item as IMS CP resources."""
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": XSI},
                         identifier="quizgen_manifest")
    root.set(f"{{{XSI}}}schemaLocation", f"{CP_NS} {CP_XSD}")
    meta = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(meta, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
    etree.SubElement(meta, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(root, f"{{{CP_NS}}}resources")
    test = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier="res_test",
                            type="imsqti_test_xmlv2p1", href="test.xml")
    etree.SubElement(test, f"{{{CP_NS}}}file", href="test.xml")
    for n, _ in enumerate(qset.questions, 1):
        etree.SubElement(test, f"{{{CP_NS}}}dependency", identifierref=f"res_{n:03d}")
    for n, _ in enumerate(qset.questions, 1):
        href = f"items/{item_identifier(n)}.xml"
        res = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier=f"res_{n:03d}",
                               type="imsqti_item_xmlv2p1", href=href)
        etree.SubElement(res, f"{{{CP_NS}}}file", href=href)
    return root


def _bytes(el: etree._Element) -> bytes:
    return etree.tostring(el, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_qti_package(qset: QuestionSet) -> bytes:
    """The zip file an LMS imports (IMS content package with QTI 2.1 items)."""
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("imsmanifest.xml", _bytes(manifest(qset)))
        z.writestr("test.xml", _bytes(assessment_test(qset)))
        for n, q in enumerate(qset.questions, 1):
            z.writestr(f"items/{item_identifier(n)}.xml",
                       _bytes(assessment_item(q, n, qset.language)))
    return buf.getvalue()
