"""Write a question set to files: PDF worksheet (and key), Moodle XML, GIFT, QTI, JSON.

The one place that knows file names and folders, shared by `quizgen export`,
`quizgen generate --pdf` and the web app's download buttons.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from quizgen.model import QuestionSet

FORMATS = ("pdf", "moodle", "gift", "qti", "json")
SUFFIXES = {"pdf": ".pdf", "moodle": ".moodle.xml", "gift": ".gift.txt", "qti": ".qti.zip",
            "json": ".json"}
KEY_NAMES = {"de": "loesungen", "en": "answer-key"}
DEFAULT_FOLDER = "exports"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})


def slug(title: str, fallback: str = "quiz", limit: int = 60) -> str:
    """A file-name-safe ASCII slug: "Streik in Würzburg!" -> "streik-in-wuerzburg"."""
    text = unicodedata.normalize("NFKD", title.translate(_UMLAUTS))
    text = text.encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > limit:  # cut at a word boundary when there is one
        cut = text[:limit + 1].rfind("-")
        text = text[:cut] if cut > limit // 2 else text[:limit]
    return text.rstrip("-") or fallback


def render(qset: QuestionSet, fmt: str, *, with_article: bool = False,
           join_code: str | None = None, join_url: str | None = None) -> bytes:
    """One format as bytes (what the web app sends as a download); "key" is the answer key."""
    if fmt == "key":
        from quizgen.render.pdf import answer_key_pdf

        return answer_key_pdf(qset, with_article=with_article)
    if fmt == "pdf":
        from quizgen.render.pdf import worksheet_pdf

        return worksheet_pdf(qset, with_article=with_article, join_code=join_code,
                             join_url=join_url)
    if fmt == "moodle":
        from quizgen.render.moodle import to_moodle_xml

        return to_moodle_xml(qset)
    if fmt == "gift":
        from quizgen.render.gift import to_gift

        return to_gift(qset).encode("utf-8")
    if fmt == "qti":
        from quizgen.render.qti import to_qti_package

        return to_qti_package(qset)
    if fmt == "json":
        return (qset.to_json() + "\n").encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def _targets(qset: QuestionSet, formats: list[str], output: str | None) -> dict[str, Path]:
    """Where each format goes: a folder (default exports/) or, for one format, a file."""
    base = slug(qset.title or qset.article.get("title", ""))
    if output is None:
        folder, stem = Path(DEFAULT_FOLDER), base
    else:
        out = Path(output)
        is_folder = out.is_dir() or output.endswith(("/", "\\")) or not out.suffix
        if is_folder:
            folder, stem = out, base
        elif len(formats) == 1:
            return {formats[0]: out}
        else:  # a file name with several formats: use its stem for all of them
            folder, stem = out.parent, out.name.split(".")[0] or base
    return {fmt: folder / (stem + SUFFIXES[fmt]) for fmt in formats}


def export_files(qset: QuestionSet, formats: list[str], answer_key: bool = False,
                 with_article: bool = False, output: str | None = None,
                 join_code: str | None = None, join_url: str | None = None) -> list[Path]:
    """Write each requested format (and the answer key with the PDF); returns the paths."""
    formats = list(dict.fromkeys(formats or ["pdf"]))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r} (one of {', '.join(FORMATS)})")
    written: list[Path] = []
    for fmt, path in _targets(qset, formats, output).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(qset, fmt, with_article=with_article, join_code=join_code,
                                join_url=join_url))
        written.append(path)
        if fmt == "pdf" and answer_key:
            from quizgen.render.pdf import answer_key_pdf

            key_name = KEY_NAMES.get(qset.language, KEY_NAMES["en"])
            key = path.with_name(f"{path.name.removesuffix('.pdf')}-{key_name}.pdf")
            key.write_bytes(answer_key_pdf(qset, with_article=with_article))
            written.append(key)
    return written
