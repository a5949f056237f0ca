"""Articles in turn keep their compiled patterns (quizgen/nlp/__init__.py): with Python's
default cache of 512, a German and an English article pushed each other's patterns out and
about 300 were compiled again per article, a tenth of the time from text to question set."""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.pipeline import question_set_from

ARTICLES = Path(__file__).parent / "data" / "articles"


def test_a_second_round_of_articles_compiles_no_pattern_again(monkeypatch):
    texts = [(ARTICLES / name).read_text(encoding="utf-8")
             for name in ("de_waldbrand.txt", "en_storm_flood.txt", "de_strassenbahn.txt",
                          "en_cup_final.txt")]
    # as in a fresh process: Python 3.11's cache drops its oldest entries first, also ones the
    # first round only looked up, so the thousands of patterns the tests before this one
    # compiled would push the pipeline's own out mid-round (CI dry run of 4de1b06)
    re.purge()
    for text in texts:
        question_set_from(text)
    compiled = []
    plain = re._compile

    def counting(pattern, flags):
        key = (type(pattern), pattern, flags.value if isinstance(flags, re.RegexFlag) else flags)
        if not isinstance(pattern, re.Pattern) and key not in re._cache:
            compiled.append(pattern)
        return plain(pattern, flags)

    monkeypatch.setattr(re, "_compile", counting)
    for text in texts:
        question_set_from(text)
    assert compiled == []
