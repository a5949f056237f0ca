"""Article -> Analysis: sentences and tokens first, then each annotator in turn."""

from __future__ import annotations

from quizgen.ingest import DATELINE
from quizgen.model import Analysis, Article, Sentence
from quizgen.nlp import coref, dates, entities, evidence, quantities, quotes, subjectivity
from quizgen.nlp.sentences import split_sentences
from quizgen.nlp.tokens import one_article, tokenize


def sentences_of(article: Article) -> list[Sentence]:
    """Sentences of every block, in order, each knowing which kind of block it came from."""
    out: list[Sentence] = []
    lang = article.language
    with one_article(lang):  # each distinct word tagged and lemmatised once per article
        for block in article.blocks:
            for line_start, line in _lines(block.text):
                for s, e in split_sentences(line, lang):
                    if s == 0 and block.kind == "body":
                        s = _after_dateline(line, e)
                    text = line[s:e]
                    start = block.start + line_start + s
                    out.append(Sentence(index=len(out), start=start, end=start + len(text),
                                        text=text, block=block.kind,
                                        tokens=tokenize(text, start, lang)))
    return out


def _after_dateline(line: str, end: int) -> int:
    """Where a body line's first sentence starts: after an agency dateline ('Berlin (dpa)
    - Eine Störung hat ...'), which names the source, not what happened (a question began
    'Wann hat Berlin (dpa) - Eine Störung ...')."""
    m = DATELINE.match(line[:end])
    if m is None:
        return 0
    start = m.end()
    while start < end and line[start].isspace():
        start += 1
    return start if start < end else 0


def _lines(text: str):
    """Single lines of a block; a line break inside a block never runs through a sentence."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def analyze(article: Article) -> Analysis:
    with one_article(article.language):  # the annotators re-split and re-tag sentences too
        analysis = Analysis(article=article, sentences=sentences_of(article))
        analysis.entities = entities.find_entities(analysis)
        coref.resolve_pronouns(analysis)
        analysis.dates = dates.find_dates(analysis)
        analysis.quantities = quantities.find_quantities(analysis)
        analysis.quotes = quotes.find_quotes(analysis)
        analysis.markers = evidence.find_markers(analysis)
        analysis.subjectivity = subjectivity.opinion_scores(  # tags: as tagged above
            [s.text for s in analysis.sentences], article.language,
            [tuple(t.tag for t in s.tokens) for s in analysis.sentences])
    return analysis
