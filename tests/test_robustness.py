"""Bad input through every door a user has: the CLI (file and stdin) and the Python API.

Issue 7, point 1. Each refusal must be exactly one clear line on stderr and exit code 2 (never a
traceback); inputs that only look odd (Latin-1, UTF-16, mixed languages, hostile HTML) must work.
The bad files are generated here in tmp_path, so no binaries are committed. Findings and the
table of inputs: docs/robustness.md.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from quizgen.errors import MESSAGES, QuizgenError
from quizgen.pipeline import load_article, question_set_from
from quizgen.questionset import load_question_set

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
QUESTIONSETS = ROOT / "tests" / "data" / "questionsets"
DE_ARTICLE = ARTICLES / "de_werksschliessung.txt"
EN_ARTICLE = ARTICLES / "en_storm_flood.txt"

TRACEBACK = re.compile(r"Traceback|Error:|Exception|File \"")
MOJIBAKE = ("Ã", "Â", "\ufffd", "Ã¼", "Ã¤", "Ã¶", "ÃŸ")
UMLAUTS = re.compile(r"[äöüÄÖÜß]")


# --------------------------------------------------------------------------- helpers


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """``python -m quizgen.cli ARGS`` with this checkout first on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "quizgen.cli", *args], input=stdin,
                          capture_output=True, timeout=timeout, cwd=cwd or ROOT, env=env)


def stderr_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    """The one line a refusal prints; fails on a traceback, extra lines or exit code != 2."""
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err[-3000:]
    lines = err.splitlines()
    assert proc.returncode == 2, (proc.returncode, err[-3000:])
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("quizgen: ") and len(line) < 400, line
    assert not TRACEBACK.search(line), line
    return line


def error_of(fn, *args, **kwargs) -> QuizgenError:
    with pytest.raises(QuizgenError) as info:
        fn(*args, **kwargs)
    return info.value


def german_text(path: Path = DE_ARTICLE) -> str:
    return path.read_text(encoding="utf-8")


def latin1_safe(text: str) -> str:
    """The German article with typographic quotes and dashes a Latin-1 file cannot hold."""
    return text.translate(str.maketrans({"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                                         "’": "'", "–": "-", "—": "-", "…": "..."}))


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", "<Relationships/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>"
                   + german_text() + "</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("artikel.txt", german_text())
    return buf.getvalue()


def pdf_bytes() -> bytes:
    """A small but real-looking PDF 1.7 (header, binary comment, objects, xref, trailer)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Der Stadtrat hat am Dienstag beraten.) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def binary_bytes() -> bytes:
    return random.Random(7).randbytes(20_000)


FRENCH = ("Le gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les "
          "agriculteurs touchés par la sécheresse. Le ministre de l'Agriculture a déclaré que "
          "l'aide serait versée avant la fin du mois. Les syndicats jugent ces mesures "
          "insuffisantes et appellent à manifester samedi à Paris.")
RUSSIAN = ("Правительство России объявило во вторник о новых мерах поддержки сельского "
           "хозяйства. Министр заявил, что помощь будет выплачена до конца месяца. Профсоюзы "
           "считают эти меры недостаточными и призывают к протестам в субботу в Москве.")
CHINESE = ("中国政府周二宣布了支持受干旱影响农民的新措施。农业部长表示，援助将在月底前发放。"
           "工会认为这些措施不够，并呼吁周六在北京举行抗议活动。")

# name -> (bytes of the file, the error code it must give)
BAD_ARTICLES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty"),
    "whitespace_only": (b"  \n\n\t \r\n   \n", "empty"),
    "nbsp_and_zero_width_only": ("\u00a0\u200b\ufeff\n\u2028".encode(), "empty"),
    "two_words": (b"Regierung vereidigt", "too_short"),
    "five_megabytes": (("Der Stadtrat hat am Dienstag über den neuen Haushalt beraten. " * 80_000)
                       .encode(), "too_long"),
    "binary": (binary_bytes(), "binary"),
    "pdf_renamed_txt": (pdf_bytes(), "binary"),
    "zip": (zip_bytes(), "binary"),
    "docx": (docx_bytes(), "binary"),
    "french": (FRENCH.encode(), "unsupported_language"),
    "russian": (RUSSIAN.encode(), "unsupported_language"),
    "chinese": (CHINESE.encode(), "unsupported_language"),
}
EXPECTED_WHAT = {"pdf_renamed_txt": "a PDF file", "zip": "a ZIP archive",
                 "docx": "a Word document (.docx)"}
EXPECTED_LANGUAGE = {"french": "French", "russian": "Russian", "chinese": "Chinese"}


@pytest.fixture(params=sorted(BAD_ARTICLES))
def bad_article(request) -> tuple[str, bytes, str]:
    name = request.param
    data, code = BAD_ARTICLES[name]
    return name, data, code


# --------------------------------------------------------------------------- bad articles


def test_bad_article_python_api(bad_article, tmp_path):
    """load_article (bytes, Path, str) and question_set_from refuse with the right code."""
    name, data, code = bad_article
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    errors = [error_of(load_article, data, filename="artikel.txt"),
              error_of(load_article, path),
              error_of(question_set_from, path),
              error_of(question_set_from, data, filename="artikel.txt")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text and code != "binary":
        errors += [error_of(load_article, text), error_of(question_set_from, text)]
    for err in errors:
        assert err.code == code, (name, err.code, err.message())
        for lang in ("en", "de"):
            msg = err.message(lang)
            assert msg and "{" not in msg and "\n" not in msg
    if name in EXPECTED_WHAT:
        assert errors[0].params["what"] == EXPECTED_WHAT[name]
    if name in EXPECTED_LANGUAGE:
        assert errors[0].params["language"] == EXPECTED_LANGUAGE[name]


@pytest.mark.parametrize("command", ["analyze", "generate", "export"])
def test_bad_article_cli_file(bad_article, command, tmp_path):
    name, data, code = bad_article
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    args = [command, str(path)]
    if command == "export":
        args += ["--pdf", "-o", str(tmp_path / "out")]
    line = stderr_line(run_cli(*args, cwd=tmp_path))
    expected = error_of(load_article, path)
    assert line == f"quizgen: {expected.message('en')}"
    assert expected.code == code
    assert not (tmp_path / "out").exists() and not (tmp_path / "exports").exists()


@pytest.mark.parametrize("command", ["analyze", "generate"])
def test_bad_article_cli_stdin(bad_article, command, tmp_path):
    name, data, code = bad_article
    proc = run_cli(command, "-", stdin=data, cwd=tmp_path)
    assert proc.stdout == b""
    line = stderr_line(proc)
    expected = error_of(load_article, data, filename="stdin.txt")
    assert expected.code == code
    assert line == f"quizgen: {expected.message('en')}"


def test_missing_file_and_directory(tmp_path):
    for command in ("analyze", "generate", "export"):
        line = stderr_line(run_cli(command, str(tmp_path / "fehlt.txt"), cwd=tmp_path))
        assert "fehlt.txt" in line and "not found" in line
    line = stderr_line(run_cli("analyze", str(tmp_path), cwd=tmp_path))
    assert line == f"quizgen: {MESSAGES['unreadable']['en'].format(path=tmp_path)}"
    assert error_of(load_article, tmp_path / "fehlt.txt").code == "not_found"
    assert error_of(load_article, tmp_path).code == "unreadable"


def test_cli_messages_are_english_and_api_messages_german(tmp_path):
    """The CLI speaks English; the same error's message("de") is German, umlauts intact."""
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert stderr_line(run_cli("analyze", str(path))) == "quizgen: The article is empty."
    assert error_of(load_article, path).message("de") == "Der Artikel ist leer."


# a headline alone is text in a known language, so it can be analysed, but no question can be
# made from it: generate and export refuse with no_questions
HEADLINE = "Kahlschlag bei Velter: 2.000 Jobs weg! Konzern macht Werk in Kornbach dicht"
HEADLINES = [HEADLINE, "Neue Regierung in Astana vereidigt",
             "Storm chaos: Harle valley under water!"]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_only_can_be_analysed(headline, tmp_path):
    path = tmp_path / "titel.txt"
    path.write_text(headline, encoding="utf-8")
    proc = run_cli("analyze", str(path), cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == b""
    assert json.loads(proc.stdout)["language"] in ("de", "en")


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_only_api_refuses_to_generate(headline):
    err = error_of(question_set_from, headline)
    assert err.code == "no_questions"
    assert err.message("de") != err.message("en") and "Fragen" in err.message("de")


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("args", [["generate", "-"], ["export", "-", "--pdf", "-o", "out"]])
def test_headline_only_cli_refuses_to_generate(args, headline, tmp_path):
    proc = run_cli(*args, stdin=headline.encode(), cwd=tmp_path)
    line = stderr_line(proc)
    assert line == f"quizgen: {error_of(question_set_from, headline).message('en')}"
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- bad options


@pytest.mark.parametrize("args", [
    ["analyze", "{article}", "-o", "{tmp}"],
    ["generate", "{article}", "-o", "{tmp}/fehlt/x.json"],
    # more questions than the article gives: the shortfall note is not printed beside the error
    ["generate", "{article}", "-n", "200", "-o", "{tmp}/fehlt/x.json"],
    ["export", "{json}", "--json", "-o", "{file}/x"],
])
def test_unwritable_output_is_one_line(args, tmp_path):
    (tmp_path / "datei.txt").write_text("x", encoding="utf-8")
    fill = {"article": str(DE_ARTICLE), "tmp": str(tmp_path), "file": str(tmp_path / "datei.txt"),
            "json": str(QUESTIONSETS / "de_streik.json")}
    line = stderr_line(run_cli(*[a.format(**fill) for a in args], cwd=tmp_path))
    assert "cannot write" in line


@pytest.mark.parametrize("count", ["0", "-5", "501", "1000", "zehn", "1e3"])
def test_count_out_of_range_is_refused(count, tmp_path):
    """argparse's refusal: exit 2, usage line plus one error line naming -n, no traceback."""
    proc = run_cli("generate", str(DE_ARTICLE), "-n", count, cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert "Traceback" not in err and "-n/--count" in err.splitlines()[-1]


def test_large_seed_set_loads_back(tmp_path):
    proc = run_cli("generate", str(DE_ARTICLE), "--seed", "2000000000", cwd=tmp_path)
    if proc.returncode != 0:  # refusing the seed clearly would be fine too
        assert proc.returncode == 2 and b"Traceback" not in proc.stderr
        return
    load_question_set(proc.stdout)


@pytest.mark.parametrize("count", ["1", "500"])
def test_generated_json_loads_back(count, tmp_path):
    """Whatever -n the CLI accepts, the set it writes loads again through the strict loader."""
    proc = run_cli("generate", str(DE_ARTICLE), "-n", count, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    qs = load_question_set(proc.stdout)
    assert 1 <= len(qs.questions) <= int(count)


# --------------------------------------------------------------------------- German messages

# one input per error code the CLI/API can raise, with a word its German message must contain
GERMAN_CASES = {
    "empty": (b"   ", "leer"),
    "too_short": (b"Hallo Welt", "zu kurz"),
    "too_long": (b"Wort " * 500_000, "zu lang"),
    "binary": (pdf_bytes(), "PDF-Datei"),
    "encoding": (random.Random(1).randbytes(3000).replace(b"\x00", b"\x01"), "Zeichenkodierung"),
    "unsupported_language": (FRENCH.encode(), "Französisch"),
    "no_text_in_html": (b"<html><head><title>x</title></head><body><script>var a=1;</script>"
                        b"</body></html>", "HTML"),
}


@pytest.mark.parametrize("code", sorted(GERMAN_CASES))
def test_german_message_for_each_article_error(code, tmp_path):
    data, word = GERMAN_CASES[code]
    name = "seite.html" if code == "no_text_in_html" else "artikel.txt"
    err = error_of(load_article, data, filename=name)
    assert err.code == code
    de, en = err.message("de"), err.message("en")
    assert word in de and de != en
    assert "{" not in de and "\n" not in de


def test_german_messages_for_file_question_set_and_generation_errors(tmp_path):
    cases = {
        "not_found": (lambda: load_article(tmp_path / "fehlt.txt"), "nicht gefunden"),
        "unreadable": (lambda: load_article(tmp_path), "nicht gelesen"),
        "bad_questionset": (lambda: load_question_set(b"{kaputt"), "kein gültiger"),
        "no_questions": (lambda: question_set_from(HEADLINE), "keine Fragen"),
    }
    for code, (call, word) in cases.items():
        err = error_of(call)
        assert err.code == code
        assert word in err.message("de"), err.message("de")
        assert err.message("de") != err.message("en")


def test_every_message_code_has_german_and_english():
    for code, texts in MESSAGES.items():
        assert set(texts) >= {"de", "en"}, code
        assert texts["de"] != texts["en"], code


# --------------------------------------------------------------------------- slow inputs


def _no_punctuation_sentence(words: int = 5000) -> str:
    vocab = ("der die das Stadtrat Regierung Minister Berlin Menschen Haushalt sagte neue alte "
             "Straße Brücke über unter Schüler Lehrerin Hochwasser Wald Feuer Polizei und oder "
             "mit ohne Präsident Bürgermeisterin Hamburg Kasachstan Truppen Soldaten").split()
    rng = random.Random(5)
    return "Eine Meldung ohne Punkt\n\n" + " ".join(rng.choice(vocab) for _ in range(words))


def test_one_5000_word_sentence_cli_finishes(tmp_path):
    path = tmp_path / "lang.txt"
    path.write_text(_no_punctuation_sentence(), encoding="utf-8")
    start = time.monotonic()
    try:
        proc = run_cli("generate", str(path), "--format", "json", cwd=tmp_path, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("a 5,000-word sentence without punctuation hangs generate (> 60 s)")
    assert time.monotonic() - start < 60
    if proc.returncode == 0:
        data = json.loads(proc.stdout)
        assert data["language"] == "de"
        assert "Traceback" not in proc.stderr.decode()
    else:
        stderr_line(proc)


def test_one_5000_word_sentence_set_exports(tmp_path):
    path = tmp_path / "lang.txt"
    path.write_text(_no_punctuation_sentence(), encoding="utf-8")
    out = tmp_path / "satz.json"
    proc = run_cli("generate", str(path), "-o", str(out), cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    proc = run_cli("export", str(out), "--pdf", "-o", str(tmp_path / "pdf"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]


def test_one_5000_word_sentence_api_finishes():
    start = time.monotonic()
    try:
        qs = question_set_from(_no_punctuation_sentence())
    except QuizgenError:
        pass
    else:
        assert qs.language == "de"
    assert time.monotonic() - start < 60


def test_one_very_long_token_finishes(tmp_path):
    blob = "".join(random.Random(3).choice("ABCDEFGHabcdefgh0123456789+/") for _ in range(3000))
    text = german_text() + f"\n\nAnhang: {blob}\n"
    path = tmp_path / "blob.txt"
    path.write_text(text, encoding="utf-8")
    try:
        proc = run_cli("generate", str(path), cwd=tmp_path, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("a 3,000-character token hangs generate (> 60 s)")
    assert proc.returncode == 0


# --------------------------------------------------------------------------- encodings that work


ENCODINGS = {
    "latin-1": lambda t: t.encode("latin-1"),
    "cp1252": lambda t: t.encode("cp1252"),
    "utf-16 with BOM": lambda t: t.encode("utf-16"),
    "utf-16-le without BOM": lambda t: t.encode("utf-16-le"),
    "utf-16-be without BOM": lambda t: t.encode("utf-16-be"),
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
}


def _assert_german_questions(qset: dict, text: str) -> None:
    assert qset["language"] == "de"
    assert qset["article"]["text"] == text.strip()
    blob = json.dumps(qset["questions"], ensure_ascii=False)
    assert not any(m in blob for m in MOJIBAKE), [m for m in MOJIBAKE if m in blob]
    assert not any(m in qset["article"]["text"] for m in MOJIBAKE)
    assert UMLAUTS.search(blob), "no umlaut in any German question"
    # the questions quote umlaut words of the article, spelled as in the article
    article_words = set(re.findall(r"\w+", text))
    quoted = set(re.findall(r"\w*[äöüÄÖÜß]\w*", blob)) & article_words
    assert len(quoted) >= 2, quoted
    assert qset["questions"], "no questions"


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_german_file_in_other_encodings_works(encoding, tmp_path):
    text = latin1_safe(german_text())
    data = ENCODINGS[encoding](text)
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.language == "de"
    assert article.text == load_article(text).text
    assert not any(m in article.text for m in MOJIBAKE)
    assert article.text == load_article(data, filename="upload.txt").text
    proc = run_cli("generate", str(path), "--format", "json", "-n", "12", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    _assert_german_questions(json.loads(proc.stdout), text)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16-le without BOM"])
def test_german_other_encodings_on_stdin(encoding, tmp_path):
    text = latin1_safe(german_text())
    proc = run_cli("generate", "-", "--format", "json", "-n", "12",
                   stdin=ENCODINGS[encoding](text), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    _assert_german_questions(json.loads(proc.stdout), text)


# --------------------------------------------------------------------------- mixed language


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 25]


def test_mixed_language_majority_decides():
    de, en = _paragraphs(DE_ARTICLE), _paragraphs(EN_ARTICLE)
    mostly_german = "\n\n".join(de[:4] + en[:1] + de[4:6])
    mostly_english = "\n\n".join(en[:4] + de[:1] + en[4:6])
    assert load_article(mostly_german).language == "de"
    assert load_article(mostly_english).language == "en"
    assert question_set_from(mostly_german).language == "de"
    qs = question_set_from(mostly_english)
    assert qs.language == "en"
    assert all(q.options == ["True", "False"] or sorted(q.options) == ["False", "True"]
               for q in qs.questions if q.type == "true_false")


def test_mixed_language_sentence_by_sentence_cli(tmp_path):
    """German and English sentences alternating inside each paragraph: German has more text."""
    de = re.split(r"(?<=[.!?])\s+", " ".join(_paragraphs(DE_ARTICLE)[:5]))
    en = re.split(r"(?<=[.!?])\s+", " ".join(_paragraphs(EN_ARTICLE)[:2]))
    mixed = []
    for i, s in enumerate(de):
        mixed.append(s)
        if i % 3 == 2 and en:
            mixed.append(en.pop(0))
    path = tmp_path / "gemischt.txt"
    path.write_text("Gemischte Meldung\n\n" + " ".join(mixed), encoding="utf-8")
    proc = run_cli("analyze", str(path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert json.loads(proc.stdout)["language"] == "de"


# --------------------------------------------------------------------------- hostile HTML

MARKERS = ("EVILSCRIPT", "stealCookies", "EVILSTYLE", "EVILFRAME", "evil.example", "EVILNOSCRIPT",
           "javascript:", "onmouseover", "onerror", "EVILTEMPLATE", "EVILSVG")


def hostile_html() -> str:
    paras = _paragraphs(DE_ARTICLE)[:6]
    body = "\n".join(
        f'<p onclick="stealCookies(\'EVILSCRIPT{i}\')" onmouseover="EVILSCRIPT()">{p}</p>'
        + (f"<script>document.write('EVILSCRIPT inline {i}');</script>" if i % 2 else "")
        for i, p in enumerate(paras))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Werk in Kornbach schließt</title>
<style>.EVILSTYLE {{ color: red }} body::after {{ content: "EVILSTYLE content" }}</style>
<script>var EVILSCRIPT = "stealCookies(document.cookie)"; alert("EVILSCRIPT");</script>
<script type="application/ld+json">{{"headline": "EVILSCRIPT json"}}</script>
</head><body onload="stealCookies()">
<noscript>EVILNOSCRIPT Bitte aktivieren Sie JavaScript.</noscript>
<iframe src="https://evil.example/EVILFRAME">EVILFRAME fallback text</iframe>
<article><h1>Werk in Kornbach schließt</h1>
{body}
<img src="x" onerror="stealCookies('EVILSCRIPT img')" alt="Foto">
<a href="javascript:stealCookies()">Mehr lesen</a>
<template>EVILTEMPLATE text</template>
<svg><script>EVILSVG()</script><text>EVILSVG text</text></svg>
</article>
<style>#EVILSTYLE2 {{ display:none }}</style>
</body></html>"""


def _assert_clean(blob: str) -> None:
    found = [m for m in MARKERS if m.lower() in blob.lower()]
    assert not found, found


@pytest.mark.parametrize("command", ["analyze", "generate"])
def test_hostile_html_file_keeps_scripts_out(command, tmp_path):
    path = tmp_path / "seite.html"
    path.write_text(hostile_html(), encoding="utf-8")
    proc = run_cli(command, str(path), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    out = proc.stdout.decode("utf-8")
    _assert_clean(out)
    data = json.loads(out)
    assert data["language"] == "de"
    assert "Kornbach" in out


def test_hostile_html_on_stdin_and_as_txt(tmp_path):
    html = hostile_html()
    proc = run_cli("generate", "-", "--format", "json", stdin=html.encode(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    _assert_clean(proc.stdout.decode("utf-8"))
    path = tmp_path / "seite.txt"
    path.write_text(html, encoding="utf-8")
    qs = question_set_from(path)
    _assert_clean(qs.to_json())
    _assert_clean(json.dumps(load_article(html).text))


def test_hostile_html_text_view_and_pdf(tmp_path):
    path = tmp_path / "seite.html"
    path.write_text(hostile_html(), encoding="utf-8")
    proc = run_cli("analyze", str(path), "--format", "text", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    _assert_clean(proc.stdout.decode("utf-8"))


def _entity_page(doctype: str, entity: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _paragraphs(DE_ARTICLE)[:6])
    return (f'<?xml version="1.0"?>{doctype}<html><body><article><h1>Werk schließt</h1>{paras}'
            f"<p>{entity}</p></article></body></html>")


LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 8))
HOSTILE_XML = {
    # entity expansion ("billion laughs") and an external entity (XXE) must stay unexpanded
    "billion_laughs": _entity_page(f'<!DOCTYPE lolz [<!ENTITY lol1 "lol">{LAUGHS}]>', "&lol7;"),
    "external_entity": _entity_page('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
                                    "&xxe;"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_XML))
def test_html_entities_are_not_expanded(name, tmp_path):
    proc = run_cli("generate", "-", "--format", "json", stdin=HOSTILE_XML[name].encode(),
                   cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    out = proc.stdout.decode("utf-8")
    assert "lollol" not in out and "root:" not in out
    assert json.loads(out)["language"] == "de"


def test_html_nested_100000_levels_is_one_line(tmp_path):
    """lxml stops at its depth limit: the text is lost, and the user is told so clearly."""
    paras = "".join(f"<p>{p}</p>" for p in _paragraphs(DE_ARTICLE)[:6])
    html = "<html><body>" + "<div>" * 100_000 + paras + "</div>" * 100_000 + "</body></html>"
    path = tmp_path / "tief.html"
    path.write_text(html, encoding="utf-8")
    line = stderr_line(run_cli("generate", str(path), cwd=tmp_path, timeout=60))
    assert line == f"quizgen: {error_of(load_article, path).message('en')}"


# --------------------------------------------------------------------------- question-set JSON


def valid_set() -> dict:
    return json.loads((QUESTIONSETS / "de_streik.json").read_text(encoding="utf-8"))


def _with(mutate) -> str:
    d = valid_set()
    mutate(d)
    return json.dumps(d, ensure_ascii=False)


def _drop(*path):
    def go(d):
        for key in path[:-1]:
            d = d[key]
        del d[path[-1]]
    return go


def _set(value, *path):
    def go(d):
        for key in path[:-1]:
            d = d[key]
        d[path[-1]] = value
    return go


def _question(n: int) -> dict:
    return {"id": f"q{n}", "family": "comprehension", "type": "open", "skill": "what",
            "prompt": "Worum geht es?", "answer": "Um einen Streik."}


# name -> (file text or bytes, a piece of the detail the message must name)
BAD_SETS: dict[str, tuple[str | bytes, str]] = {
    "not_json": ("Das ist kein JSON, sondern ein Artikel über einen Streik.", "not JSON"),
    "truncated_json": (_with(lambda d: None)[:-40], "not JSON"),
    "empty_file": ("", "not JSON"),
    "not_utf8": ("{\"title\": \"Stra\xdfe\"}".encode("latin-1"), "UTF-8"),
    "top_level_list": ("[1, 2, 3]", "expected an object"),
    "top_level_null": ("null", "expected an object"),
    "wrong_schema_version": (_with(_set("quizgen.questionset/2", "schema")), "schema"),
    "schema_missing": (_with(_drop("schema")), "schema"),
    "questions_missing": (_with(_drop("questions")), "questions"),
    "article_missing": (_with(_drop("article")), "article"),
    "article_text_missing": (_with(_drop("article", "text")), "text"),
    "prompt_missing": (_with(_drop("questions", 0, "prompt")), "prompt"),
    "answer_missing": (_with(_drop("questions", 0, "answer")), "answer"),
    "questions_not_list": (_with(_set("lots", "questions")), "expected a list"),
    "question_not_object": (_with(_set([1, 2], "questions")), "expected an object"),
    "difficulty_string": (_with(_set("hard", "questions", 0, "difficulty")), "difficulty"),
    "difficulty_bool": (_with(_set(True, "questions", 0, "difficulty")), "difficulty"),
    "options_string": (_with(_set("a, b", "questions", 0, "options")), "options"),
    "evidence_start_string": (_with(_set([{"sentence": 0, "start": "0", "end": 5, "text": "x"}],
                                         "questions", 0, "evidence")), "start"),
    "evidence_past_end": (_with(_set([{"sentence": 0, "start": 0, "end": 10**8, "text": "x"}],
                                     "questions", 0, "evidence")), "end"),
    "evidence_unknown_key": (_with(_set([{"sentence": 0, "start": 0, "end": 1, "text": "x",
                                          "bogus": 1}], "questions", 0, "evidence")), "bogus"),
    "language_fr": (_with(_set("fr", "language")), "language"),
    "settings_count_negative": (_with(_set(-5, "settings", "count")), "count"),
    "seed_1e400": (_with(_set(12345.5, "settings", "seed")).replace("12345.5", "1e400"),
                   "number"),
    "score_1e400": (_with(_set(12345.5, "questions", 0, "score")).replace("12345.5", "1e400"),
                    "number"),
    "seed_10_pow_100": (_with(_set(10**100, "settings", "seed")), "number too large"),
    "score_10_pow_100": (_with(_set(10**100, "questions", 0, "score")), "number too large"),
    "seed_negative_huge": (_with(_set(-(10**100), "settings", "seed")), "number too large"),
    "nan": (_with(_set(12345.5, "questions", 0, "score")).replace("12345.5", "NaN"), "NaN"),
    "nested_100000_top": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "nested_100000_in_field": (_with(_set("MARK", "title")).replace(
        '"MARK"', "[" * 100_000 + "]" * 100_000), "nested too deeply"),
    "nested_objects": ('{"a":' * 5000 + "1" + "}" * 5000, "nested too deeply"),
    "questions_1000": (_with(_set([_question(i) for i in range(1000)], "questions")),
                       "too many"),
    "duplicate_ids": (_with(_set([_question(1), _question(1)], "questions")), "twice"),
    "long_string": (_with(_set("x" * 100_000, "questions", 0, "prompt")), "too long"),
}
assert "1e400" in BAD_SETS["seed_1e400"][0] and "1e400" in BAD_SETS["score_1e400"][0]


def _write_set(path: Path, content: str | bytes) -> None:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)


@pytest.mark.parametrize("name", sorted(BAD_SETS))
def test_bad_question_set_python_api(name, tmp_path):
    content, detail = BAD_SETS[name]
    path = tmp_path / "satz.json"
    _write_set(path, content)
    raw = content if isinstance(content, bytes) else content.encode("utf-8")
    for source in (path, str(path), raw):
        err = error_of(load_question_set, source)
        assert err.code == "bad_questionset", (name, err.code)
        assert detail.lower() in err.message("en").lower(), err.message("en")
        assert err.message("de").startswith("Dies ist kein gültiger quizgen-Fragensatz")
        assert "\n" not in err.message("en") and len(err.message("en")) < 400


@pytest.mark.parametrize("name", sorted(BAD_SETS))
def test_bad_question_set_cli_export(name, tmp_path):
    content, detail = BAD_SETS[name]
    path = tmp_path / "satz.json"
    _write_set(path, content)
    out = tmp_path / "out"
    proc = run_cli("export", str(path), "--pdf", "-o", str(out), cwd=tmp_path)
    line = stderr_line(proc)
    assert line == f"quizgen: {error_of(load_question_set, path).message('en')}"
    assert detail.lower() in line.lower()
    assert not out.exists() and not (tmp_path / "exports").exists()


def test_100000_questions_cli(tmp_path):
    questions = ",".join(json.dumps(_question(i)) for i in range(100_000))
    text = _with(_set("MARK", "questions")).replace('"MARK"', f"[{questions}]")
    path = tmp_path / "riesig.json"
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    line = stderr_line(run_cli("export", str(path), "--pdf", "-o", str(tmp_path / "o"),
                               cwd=tmp_path, timeout=60))
    assert "too large" in line or "too many" in line
    assert time.monotonic() - start < 30


def test_50_megabyte_question_set(tmp_path):
    path = tmp_path / "gross.json"
    with path.open("w", encoding="utf-8") as f:
        f.write('{"schema": "quizgen.questionset/1", "title": "')
        chunk = "Streik " * 10_000
        for _ in range(50_000_000 // len(chunk) + 1):
            f.write(chunk)
        f.write('", "language": "de", "article": {"text": ""}, "questions": []}')
    assert path.stat().st_size > 50_000_000
    start = time.monotonic()
    line = stderr_line(run_cli("export", str(path), "--pdf", "-o", str(tmp_path / "o"),
                               cwd=tmp_path, timeout=60))
    assert "too large" in line
    assert time.monotonic() - start < 30
    assert "too large" in error_of(load_question_set, path).message("en")


WEIRD_STRINGS = {
    "control_characters": "Frage\x00mit\x0bSteuer\x1bzeichen?",
    "lone_surrogate": "Frage \ud800 kaputt?",
}




@pytest.mark.parametrize(("kind", "fmt"), [
    (kind, fmt)
    for kind in sorted(WEIRD_STRINGS) for fmt in ("--pdf", "--moodle", "--gift", "--qti", "--json")
])
def test_odd_characters_in_a_question_set(kind, fmt, tmp_path):
    """Control characters and lone surrogates are refused by the loader, before any exporter."""
    d = valid_set()
    d["questions"][0]["prompt"] = WEIRD_STRINGS[kind]
    path = tmp_path / "satz.json"
    path.write_text(json.dumps(d, ensure_ascii=True), encoding="ascii")
    proc = run_cli("export", str(path), fmt, "-o", str(tmp_path / "out"), cwd=tmp_path)
    line = stderr_line(proc)
    assert "questions[0].prompt" in line and "character" in line
    assert error_of(load_question_set, path).code == "bad_questionset"


def test_valid_question_set_still_exports(tmp_path):
    """The control: the untouched base file exports, so the refusals above are not blanket."""
    path = tmp_path / "satz.json"
    path.write_text(json.dumps(valid_set(), ensure_ascii=False), encoding="utf-8")
    proc = run_cli("export", str(path), "--pdf", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert list((tmp_path / "out").glob("*.pdf")) or (tmp_path / "out").is_file()
