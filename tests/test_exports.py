"""LMS exports parsed back and compared with the question set; export_files and the CLI."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from quizgen.cli import main as cli_main
from quizgen.model import TRUE_FALSE_WORDS, QuestionSet
from quizgen.questionset import load_question_set
from quizgen.render.exporting import export_files, slug
from quizgen.render.gift import to_gift
from quizgen.render.moodle import to_moodle_xml
from quizgen.render.qti import QTI_NS, to_qti_package
from tests.test_questionset import DATA, big_set, fixture

GAP = re.compile(r"_{4,}")
NAMES = ["de_streik.json", "en_strike.json", "special_chars.json"]


@pytest.fixture(params=NAMES)
def qset(request) -> QuestionSet:
    return fixture(request.param)


def gap4(text: str) -> str:
    return GAP.sub("____", text)


# --------------------------------------------------------------------------- GIFT parser


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _find_unescaped(text: str, chars: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in chars:
            return i
        i += 1
    return -1


def _split_answers(block: str) -> list[tuple[str, str]]:
    """'=a ~b ~c' -> [('=', 'a'), ('~', 'b'), ('~', 'c')] (raw, still escaped)."""
    out: list[tuple[str, str]] = []
    i = _find_unescaped(block, "=~")
    while i >= 0:
        j = _find_unescaped(block, "=~", i + 1)
        out.append((block[i], block[i + 1:j if j >= 0 else len(block)].strip()))
        i = j
    return out


def parse_gift(text: str) -> list[dict]:
    """A small GIFT reader: enough of the format to check what to_gift writes."""
    questions = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if not ln.startswith("//")]
        body = "\n".join(lines).strip()
        if not body or body.startswith("$CATEGORY:"):
            continue
        m = re.match(r"::(.*?)(?<!\\)::", body, re.S)
        assert m, body
        name, rest = _unescape(m.group(1)), body[m.end():]
        fmt = re.match(r"\[(\w+)\]", rest)
        rest = rest[fmt.end():] if fmt else rest
        open_ = _find_unescaped(rest, "{")
        close = _find_unescaped(rest, "}", open_ + 1)
        assert open_ >= 0 and close > open_, body
        before, block, after = rest[:open_], rest[open_ + 1:close], rest[close + 1:]
        assert _find_unescaped(after, "{}") < 0, "unescaped brace after the answer block"
        feedback = ""
        if "####" in block:
            block, feedback = block.split("####", 1)
        q = {"name": name, "before": _unescape(before).rstrip(" "), "after": _unescape(after),
             "feedback": _unescape(feedback)}
        stripped = block.strip()
        if stripped in ("TRUE", "FALSE", "T", "F"):
            q["kind"], q["answer"] = "truefalse", stripped.startswith("T")
        elif not stripped:
            q["kind"] = "essay"
        else:
            answers = _split_answers(block)
            if all(" -> " in a for _, a in answers):
                q["kind"] = "matching"
                q["pairs"] = [[_unescape(x) for x in a.split(" -> ", 1)] for _, a in answers]
            elif all(sign == "=" for sign, _ in answers):
                q["kind"] = "shortanswer"
                q["answers"] = [_unescape(a) for _, a in answers]
            else:
                q["kind"] = "multichoice"
                q["options"] = [_unescape(a) for _, a in answers]
                q["correct"] = [_unescape(a) for s, a in answers if s == "="]
        questions.append(q)
    return questions


def test_gift_parses_back_to_the_set(qset):
    parsed = parse_gift(to_gift(qset))
    assert len(parsed) == len(qset.questions)
    words = TRUE_FALSE_WORDS[qset.language]
    for q, g in zip(qset.questions, parsed, strict=True):
        assert q.id in g["name"]
        assert g["feedback"] == q.explanation
        if q.type == "cloze":
            assert g["kind"] == "shortanswer"
            before, after = GAP.split(q.prompt, maxsplit=1)
            assert (g["before"], g["after"]) == (before.rstrip(" "), after)
        else:
            assert g["before"] == q.prompt and g["after"] == ""
        if q.type == "multiple_choice":
            assert g["kind"] == "multichoice"
            assert g["options"] == q.options and g["correct"] == [q.answer]
        elif q.type == "true_false":
            assert g["kind"] == "truefalse" and g["answer"] == (q.answer == words[0])
        elif q.type in ("short_answer", "cloze"):
            assert g["answers"] == list(dict.fromkeys([q.answer, *q.accepted_answers]))
        elif q.type == "matching":
            assert g["kind"] == "matching" and g["pairs"] == q.pairs
        elif q.type == "ordering":
            assert g["kind"] == "matching"
            assert [p[1] for p in g["pairs"]] == [f"{i}." for i in range(1, len(q.answer) + 1)]
            assert [p[0] for p in g["pairs"]] == q.answer
        elif q.type == "open":
            assert g["kind"] == "essay"


def test_gift_escapes_every_special_character():
    text = to_gift(fixture("special_chars.json"))
    for line in text.splitlines():
        if line.startswith(("//", "$CATEGORY")) or not line:
            continue
        m = re.match(r"::(.*?)(?<!\\)::\[plain\](.*)$", line)
        assert m, line
        rest = m.group(2)
        open_ = _find_unescaped(rest, "{")
        close = _find_unescaped(rest, "}", open_ + 1)
        outside = rest[:open_] + rest[close + 1:]
        assert _find_unescaped(outside, "~=#{}:") < 0, line  # nothing special outside {}
        assert "\n" not in rest
    assert r"\{a\} \= ? \~ \#1 \:\: Frage" in text
    assert r"C\:\\Daten\\neu" in text


# --------------------------------------------------------------------------- Moodle XML


def _html_text(el) -> str:
    """Moodle stores HTML inside <text>; strip our <p>/<br> wrapper and unescape."""
    raw = el.findtext("text")
    raw = raw.replace("<br>", "\n")
    raw = re.sub(r"^<p>|</p>$", "", raw)
    return html.unescape(raw)


def _cloze_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_moodle_xml_parses_back_to_the_set(qset):
    root = etree.fromstring(to_moodle_xml(qset))
    assert root.tag == "quiz"
    category, *items = root.findall("question")
    assert category.get("type") == "category"
    assert len(items) == len(qset.questions)
    words = TRUE_FALSE_WORDS[qset.language]
    expected_type = {"multiple_choice": "multichoice", "true_false": "truefalse",
                     "short_answer": "shortanswer", "cloze": "cloze", "ordering": "ordering",
                     "open": "essay", "matching": "matching"}
    for q, el in zip(qset.questions, items, strict=True):
        assert el.get("type") == expected_type[q.type]
        assert el.findtext("idnumber") == q.id
        feedback = el.find("generalfeedback")
        assert (_html_text(feedback) if q.explanation else feedback.findtext("text")) == \
            (q.explanation or "")
        answers = el.findall("answer")
        if q.type != "cloze":
            assert _html_text(el.find("questiontext")) == q.prompt
        if q.type == "multiple_choice":
            assert [_html_text(a) for a in answers] == q.options
            assert [_html_text(a) for a in answers if a.get("fraction") == "100"] == [q.answer]
        elif q.type == "true_false":
            right = [a.findtext("text") for a in answers if a.get("fraction") == "100"]
            assert right == ["true" if q.answer == words[0] else "false"]
        elif q.type == "short_answer":
            assert [a.findtext("text") for a in answers] == \
                list(dict.fromkeys([q.answer, *q.accepted_answers]))
            assert {a.get("fraction") for a in answers} == {"100"}
        elif q.type == "cloze":
            text = html.unescape(el.find("questiontext").findtext("text"))
            m = re.search(r"\{1:SHORTANSWER:(.*?)(?<!\\)\}", text)
            assert m, text
            alts = [_cloze_unescape(a[1:]) for a in re.split(r"(?<!\\)~", m.group(1))]
            assert alts == list(dict.fromkeys([q.answer, *q.accepted_answers]))
            shown = re.sub(r"^<p>|</p>$", "", text[:m.start()] + "____" + text[m.end():])
            assert html.unescape(shown.replace("<br>", "\n")) == gap4(q.prompt)
            assert "____" not in html.unescape(el.find("questiontext").findtext("text"))
        elif q.type == "ordering":
            assert [_html_text(a) for a in answers] == q.answer
            assert el.findtext("layouttype") == "VERTICAL"
        elif q.type == "open":
            assert _html_text(el.find("graderinfo")) == q.answer
            assert el.findtext("responseformat") == "editor"
        elif q.type == "matching":
            subs = el.findall("subquestion")
            assert [[_html_text(s), s.find("answer").findtext("text")] for s in subs] == q.pairs


# --------------------------------------------------------------------------- QTI 2.1

Q = f"{{{QTI_NS}}}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
# Order of assessmentItem's children in the QTI 2.1 information model.
ITEM_ORDER = ["responseDeclaration", "outcomeDeclaration", "templateDeclaration",
              "templateProcessing", "stylesheet", "itemBody", "responseProcessing",
              "modalFeedback"]
# Where each interaction may sit, and which response it needs (QTI 2.1 spec, section 5).
INTERACTIONS = {
    "choiceInteraction": ("single", "identifier", "simpleChoice"),
    "orderInteraction": ("ordered", "identifier", "simpleChoice"),
    "matchInteraction": ("multiple", "directedPair", "simpleMatchSet"),
    "textEntryInteraction": ("single", "string", None),
    "extendedTextInteraction": ("single", "string", None),
}
BLOCK_INTERACTIONS = {"choiceInteraction", "orderInteraction", "matchInteraction",
                      "extendedTextInteraction"}


def _local(el) -> str:
    return etree.QName(el).localname


def check_qti_item(root) -> dict:
    """Structural checks standing in for the QTI 2.1 XSD (not shipped in any package)."""
    assert root.tag == Q + "assessmentItem"
    for attr in ("identifier", "title", "adaptive", "timeDependent"):
        assert root.get(attr), attr
    assert root.get("adaptive") in ("true", "false")
    assert NCNAME.match(root.get("identifier"))
    for el in root.iter():
        if isinstance(el.tag, str):
            assert el.tag.startswith(Q), el.tag  # no element outside the QTI namespace
    kids = [_local(c) for c in root]
    assert kids == sorted(kids, key=ITEM_ORDER.index), kids
    decls = {d.get("identifier"): d for d in root.findall(Q + "responseDeclaration")}
    outcomes = {d.get("identifier"): d for d in root.findall(Q + "outcomeDeclaration")}
    assert "SCORE" in outcomes
    for d in [*decls.values(), *outcomes.values()]:
        assert d.get("cardinality") in ("single", "multiple", "ordered", "record")
        assert d.get("baseType")
    body = root.find(Q + "itemBody")
    interactions = [el for el in body.iter() if isinstance(el.tag, str)
                    and _local(el) in INTERACTIONS]
    assert len(interactions) == 1
    inter = interactions[0]
    name = _local(inter)
    decl = decls[inter.get("responseIdentifier")]
    cardinality, base_type, choice_tag = INTERACTIONS[name]
    assert (decl.get("cardinality"), decl.get("baseType")) == (cardinality, base_type)
    if name in BLOCK_INTERACTIONS:
        assert inter.getparent() is body  # block interactions sit in itemBody
        prompt = inter.find(Q + "prompt")
        assert prompt is not None and inter.index(prompt) == 0
    else:
        assert _local(inter.getparent()) == "p"  # inline: inside a paragraph
        assert inter.get("expectedLength").isdigit()
    ids = [c.get("identifier") for c in inter.iter() if isinstance(c.tag, str)
           and c.get("identifier")]
    assert len(ids) == len(set(ids)) and all(NCNAME.match(i) for i in ids)
    correct = [v.text for v in decl.findall(f"{Q}correctResponse/{Q}value")]
    if name in ("choiceInteraction", "orderInteraction"):
        assert set(correct) <= set(ids)
        assert [_local(c) for c in inter][1:] == [choice_tag] * (len(inter) - 1)
    if name == "matchInteraction":
        sets = inter.findall(Q + "simpleMatchSet")
        assert len(sets) == 2
        left = {c.get("identifier") for c in sets[0]}
        right = {c.get("identifier") for c in sets[1]}
        for c in [*sets[0], *sets[1]]:
            assert _local(c) == "simpleAssociableChoice" and c.get("matchMax").isdigit()
        for pair in correct:
            a, b = pair.split()
            assert a in left and b in right
    for mf in root.findall(Q + "modalFeedback"):
        assert mf.get("outcomeIdentifier") in outcomes
        assert mf.get("showHide") in ("show", "hide")
    for ref in root.iter(Q + "variable", Q + "correct", Q + "mapResponse"):
        assert ref.get("identifier") in decls
    for so in root.iter(Q + "setOutcomeValue"):
        assert so.get("identifier") in outcomes
    return {"interaction": inter, "decl": decl, "correct": correct}


def _choice_texts(inter, tag: str = "simpleChoice") -> dict[str, str]:
    return {c.get("identifier"): c.text for c in inter.iter(Q + tag)}


def test_qti_package_is_complete_and_matches_the_set(qset):
    z = zipfile.ZipFile(io.BytesIO(to_qti_package(qset)))
    names = set(z.namelist())
    manifest = etree.fromstring(z.read("imsmanifest.xml"))
    assert manifest.tag == CP + "manifest"
    resources = manifest.findall(f"{CP}resources/{CP}resource")
    for res in resources:
        assert res.get("href") in names
        for f in res.findall(CP + "file"):
            assert f.get("href") in names
        for dep in res.findall(CP + "dependency"):
            assert dep.get("identifierref") in {r.get("identifier") for r in resources}
    items = [r for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
    assert len(items) == len(qset.questions)
    test = etree.fromstring(z.read("test.xml"))
    refs = [r.get("href") for r in test.iter(Q + "assessmentItemRef")]
    assert sorted(refs) == sorted(r.get("href") for r in items)
    words = TRUE_FALSE_WORDS[qset.language]
    for q, res in zip(qset.questions, items, strict=True):
        root = etree.fromstring(z.read(res.get("href")))
        found = check_qti_item(root)
        inter, correct = found["interaction"], found["correct"]
        assert root.get("label") == q.id
        feedback = root.find(Q + "modalFeedback")
        assert (feedback.text if feedback is not None else "") == q.explanation
        kind = _local(inter)
        if q.type in ("multiple_choice", "true_false"):
            assert kind == "choiceInteraction" and inter.findtext(Q + "prompt") == q.prompt
            texts = _choice_texts(inter)
            assert list(texts.values()) == (q.options or list(words))
            assert [texts[c] for c in correct] == [q.answer]
        elif q.type in ("short_answer", "cloze"):
            assert kind == "textEntryInteraction"
            keys = [e.get("mapKey") for e in found["decl"].iter(Q + "mapEntry")]
            assert keys == list(dict.fromkeys([q.answer, *q.accepted_answers]))
            assert correct == [q.answer]
            if q.type == "cloze":
                p = inter.getparent()
                assert (p.text or "") + "____" + (inter.tail or "") == gap4(q.prompt)
        elif q.type == "ordering":
            assert kind == "orderInteraction"
            texts = _choice_texts(inter)
            assert [texts[c] for c in correct] == q.answer
            assert sorted(texts.values()) == sorted(q.answer)
        elif q.type == "matching":
            assert kind == "matchInteraction"
            texts = _choice_texts(inter, "simpleAssociableChoice")
            assert [[texts[a] for a in pair.split()] for pair in correct] == q.pairs
        elif q.type == "open":
            assert kind == "extendedTextInteraction"
            assert inter.findtext(Q + "prompt") == q.prompt


def test_qti_xsd_validation_when_schema_is_shipped():
    """Runs only if quizgen/data/qti/imsqti_v2p1.xsd exists (no package ships it today)."""
    xsd = Path(__file__).parents[1] / "quizgen" / "data" / "qti" / "imsqti_v2p1.xsd"
    if not xsd.is_file():
        pytest.skip("QTI 2.1 XSD not shipped; structure checked by check_qti_item instead")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    z = zipfile.ZipFile(io.BytesIO(to_qti_package(fixture("de_streik.json"))))
    for name in z.namelist():
        if name.startswith("items/"):
            schema.assertValid(etree.fromstring(z.read(name)))


# --------------------------------------------------------------------------- files and CLI


def test_slug():
    assert slug("Streik bei den Stadtwerken – Würzburg") == "streik-bei-den-stadtwerken-wuerzburg"
    assert slug("Größe: 5 € {ok}?") == "groesse-5-ok"
    assert slug("…") == "quiz"
    assert len(slug("a" * 500)) == 60
    long = slug("Wladimir Putin: 100 Tote, 10.000 Festnahmen! Kreml-Boss schlägt Aufstand blutig")
    assert long == "wladimir-putin-100-tote-10-000-festnahmen-kreml-boss"


def test_export_files_default_folder_and_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    qset = fixture("de_streik.json")
    paths = export_files(qset, ["pdf", "moodle", "gift", "qti", "json"], answer_key=True,
                         with_article=True)
    stem = "streik-bei-den-stadtwerken-wuerzburg"
    assert [p.name for p in paths] == [f"{stem}.pdf", f"{stem}-loesungen.pdf",
                                       f"{stem}.moodle.xml", f"{stem}.gift.txt",
                                       f"{stem}.qti.zip", f"{stem}.json"]
    assert all(p.parent == Path("exports") and p.stat().st_size > 0 for p in paths)
    assert load_question_set(paths[-1]).to_dict() == qset.to_dict()
    assert paths[0].read_bytes().startswith(b"%PDF")
    assert json.loads(paths[-1].read_text(encoding="utf-8"))["schema"] == "quizgen.questionset/1"


def test_export_files_output_file_and_folder(tmp_path):
    qset = fixture("en_strike.json")
    one = export_files(qset, ["gift"], output=str(tmp_path / "my.gift"))
    assert one == [tmp_path / "my.gift"] and "::" in one[0].read_text(encoding="utf-8")
    keyed = export_files(qset, ["pdf"], answer_key=True, output=str(tmp_path / "ws.pdf"))
    assert [p.name for p in keyed] == ["ws.pdf", "ws-answer-key.pdf"]
    folder = export_files(qset, ["moodle", "qti"], output=str(tmp_path / "out"))
    assert [p.name for p in folder] == ["bus-drivers-strike-in-leeds.moodle.xml",
                                       "bus-drivers-strike-in-leeds.qti.zip"]
    several = export_files(qset, ["json", "gift"], output=str(tmp_path / "set.json"))
    assert [p.name for p in several] == ["set.json", "set.gift.txt"]
    with pytest.raises(ValueError):
        export_files(qset, ["docx"], output=str(tmp_path))


def test_render_gives_bytes_for_downloads():
    from quizgen.render.exporting import render

    qset = fixture("de_streik.json")
    assert render(qset, "pdf").startswith(b"%PDF") and render(qset, "key").startswith(b"%PDF")
    assert render(qset, "gift").decode("utf-8") == to_gift(qset)
    assert render(qset, "json").decode("utf-8").strip() == qset.to_json()
    with pytest.raises(ValueError):
        render(qset, "docx")


def test_cli_export_from_json(tmp_path, capsys):
    src = DATA / "de_streik.json"
    assert cli_main(["export", str(src), "--gift", "--qti", "-o", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == ["streik-bei-den-stadtwerken-wuerzburg.gift.txt",
                                              "streik-bei-den-stadtwerken-wuerzburg.qti.zip"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "nope"}', encoding="utf-8")
    assert cli_main(["export", str(bad), "--gift", "-o", str(tmp_path)]) == 2
    assert "not a valid quizgen question set" in capsys.readouterr().err


def test_sixty_question_exports_round_trip():
    qset = big_set(60)
    assert len(parse_gift(to_gift(qset))) == 60
    assert len(etree.fromstring(to_moodle_xml(qset)).findall("question")) == 61
    z = zipfile.ZipFile(io.BytesIO(to_qti_package(qset)))
    assert len([n for n in z.namelist() if n.startswith("items/")]) == 60
