"""Benchmark the quote analyser on German Wikinews articles with gold quotations.

Data: ../shared/bench/quotes-de/<split>/*.json (Petersen-Frey and Biemann 2024; CC BY-NC-SA),
read in place (QUIZGEN_SHARED overrides the shared folder). Each file has `originalText`,
gold `sentences` (charBegin/charEnd) and `annotations`, one per quotation, with speaker, cue
and quote spans (charBegin/charEnd into originalText) and a type (Direct, Indirect, Reported,
FreeIndirect, IndirectFreeIndirect).

Each article is analysed with the full pipeline (`quizgen.pipeline.analyze`) on an Article
whose text is exactly `originalText` (one body block per paragraph), so offsets agree.

Definitions (character offsets everywhere):
- Region of a gold quotation: the gold sentences overlapping any of its quote spans.
- Region of a found quote: our sentence `quote.sentence` plus our sentences overlapping its
  `content_span`, mapped to the gold sentences whose [charBegin, charEnd) overlaps them.
- A found quote *matches* a gold quotation when their regions share a gold sentence and the
  found `speaker_span` overlaps one of the gold speaker spans.
- Speaker precision = found quotes with a speaker span that match some gold quotation /
  found quotes with a speaker span (quotes without a speaker are counted apart).
- Speaker recall = gold quotations with a non-empty speaker span matched by some found
  quote / gold quotations with a non-empty speaker span (one found quote may match several
  gold quotations, e.g. a long quotation annotated in two pieces; nested ones count too).
- Quote-span overlap: for each matched gold quotation, the best token-free character
  Jaccard between the found content span and the gold quote span(s) (union), averaged; and
  the share of gold quotations (with or without speaker) whose quote span is overlapped by
  any found content span.

Usage: python bench/quotes.py [--split dev|train] [--limit N] [--show-errors N]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from bisect import bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.model import Analysis, Article, Block, Quote  # noqa: E402

SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT / ".." / "shared"))


def article_of(text: str) -> Article:
    """An Article whose text is exactly `text`: one body block per paragraph."""
    blocks = [Block("body", m.start(), m.end(), m.group())
              for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Article(text=text, language="de", title="", blocks=blocks, origin="bench")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class GoldDoc:
    def __init__(self, d: dict):
        self.name = d["documentName"]
        self.text = d["originalText"]
        self.sents = [(s["charBegin"], s["charEnd"]) for s in d["sentences"]]
        self.starts = [s[0] for s in self.sents]
        self.quotes = []
        for a in d["annotations"]:
            qspans = [(s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"]]
            self.quotes.append({
                "type": a["type"],
                "speaker": [(s["charBegin"], s["charEnd"]) for s in a["speaker"]["spans"]],
                "speaker_text": a["speaker"]["text"],
                "quote": qspans,
                "quote_text": a["quote"]["text"],
                "region": self.region(qspans),
            })

    def region(self, spans: list[tuple[int, int]]) -> set[int]:
        out = set()
        for sp in spans:
            k = max(0, bisect_right(self.starts, sp[0]) - 1)
            while k < len(self.sents) and self.sents[k][0] < sp[1]:
                if _overlaps(self.sents[k], sp) or self.sents[k] == sp:
                    out.add(k)
                k += 1
        return out


def found_region(gold: GoldDoc, analysis: Analysis, q: Quote) -> set[int]:
    s = analysis.sentences[q.sentence]
    spans = [(s.start, s.end)]
    if q.content_span:
        spans += [(x.start, x.end) for x in analysis.sentences
                  if _overlaps((x.start, x.end), q.content_span)]
    return gold.region(spans)


def matches(gq: dict, q: Quote, region: set[int]) -> bool:
    return bool(q.speaker_span and region & gq["region"] and
                any(_overlaps(q.speaker_span, sp) for sp in gq["speaker"]))


def jaccard(a: tuple[int, int], spans: list[tuple[int, int]]) -> float:
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    inter = max(0, min(a[1], hi) - max(a[0], lo))
    union = max(a[1], hi) - min(a[0], lo)
    return inter / union if union else 0.0


def score(pairs, show_errors: int = 0) -> dict:
    """pairs: (GoldDoc, Analysis) with analysis.quotes filled."""
    found_spk = found_ok = found_nospk = 0
    gold_spk = gold_hit = 0
    gold_all = gold_covered = 0
    jac: list[float] = []
    by_type: Counter = Counter()
    by_type_hit: Counter = Counter()
    misses, false_pos = [], []
    for gold, analysis in pairs:
        regions = [found_region(gold, analysis, q) for q in analysis.quotes]
        for q, reg in zip(analysis.quotes, regions, strict=True):
            if q.speaker_span is None:
                found_nospk += 1
                continue
            found_spk += 1
            if any(matches(g, q, reg) for g in gold.quotes):
                found_ok += 1
            else:
                false_pos.append((gold.name, q))
        for g in gold.quotes:
            gold_all += 1
            if any(q.content_span and any(_overlaps(q.content_span, s) for s in g["quote"])
                   for q in analysis.quotes):
                gold_covered += 1
            if not g["speaker"]:
                continue
            gold_spk += 1
            by_type[g["type"]] += 1
            hits = [q for q, reg in zip(analysis.quotes, regions, strict=True)
                    if matches(g, q, reg)]
            if hits:
                gold_hit += 1
                by_type_hit[g["type"]] += 1
                jac.append(max(jaccard(q.content_span, g["quote"]) for q in hits
                               if q.content_span) if any(q.content_span for q in hits) else 0)
            else:
                misses.append((gold.name, g))
    if show_errors:
        print(f"\n--- {min(show_errors, len(misses))} of {len(misses)} missed gold quotations")
        for name, g in misses[:show_errors]:
            print(f"[{g['type']}] SPK={g['speaker_text']!r} Q={g['quote_text'][:100]!r}"
                  f"  ({name[:40]})")
        print(f"\n--- {min(show_errors, len(false_pos))} of {len(false_pos)} false positives")
        for name, q in false_pos[:show_errors]:
            print(f"SPK={q.speaker!r} CUE={q.cue!r} Q={q.content[:100]!r}  ({name[:40]})")
    return {
        "precision": found_ok / found_spk if found_spk else 0.0,
        "recall": gold_hit / gold_spk if gold_spk else 0.0,
        "found_with_speaker": found_spk, "found_without_speaker": found_nospk,
        "gold_with_speaker": gold_spk, "quote_jaccard": sum(jac) / len(jac) if jac else 0.0,
        "quote_coverage": gold_covered / gold_all if gold_all else 0.0,
        "recall_by_type": {t: (by_type_hit[t], n) for t, n in by_type.most_common()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    files = sorted(glob.glob(str(SHARED / "bench" / "quotes-de" / args.split / "*.json")))
    if args.limit:
        files = files[:args.limit]
    if not files:
        sys.exit(f"no files under {SHARED}/bench/quotes-de/{args.split}")

    from quizgen.nlp import evidence, quotes
    from quizgen.nlp.tokens import tag_words
    from quizgen.pipeline import analyze

    analyze(article_of("Er sagte, es sei gut."))  # load the tagger before timing
    tag_words.cache_clear()
    t_total = t_quotes = c_total = c_quotes = 0.0
    pairs, tokens = [], 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            gold = GoldDoc(json.load(fh))
        t0, c0 = time.perf_counter(), time.process_time()
        analysis = analyze(article_of(gold.text))
        t1, c1 = time.perf_counter(), time.process_time()
        analysis.quotes = quotes.find_quotes(analysis)
        analysis.markers = evidence.find_markers(analysis)
        t2, c2 = time.perf_counter(), time.process_time()
        t_total += t1 - t0
        t_quotes += t2 - t1
        c_total += c1 - c0
        c_quotes += c2 - c1
        tokens += sum(len(s.tokens) for s in analysis.sentences)
        pairs.append((gold, analysis))
    r = score(pairs, args.show_errors)
    print(f"\nquotes-de/{args.split}: {len(files)} articles, {tokens} tokens")
    print(f"speaker precision {r['precision']:.3f}  ({r['found_with_speaker']} found quotes "
          f"with a speaker; {r['found_without_speaker']} without)")
    print(f"speaker recall    {r['recall']:.3f}  ({r['gold_with_speaker']} gold quotations "
          f"with a speaker)")
    print("recall by type    " + ", ".join(f"{t} {h}/{n}" for t, (h, n) in
                                            r["recall_by_type"].items()))
    print(f"quote-span Jaccard on matches {r['quote_jaccard']:.3f}; gold quote spans "
          f"overlapped by a found content span {r['quote_coverage']:.3f}")
    print(f"time: full analysis {t_total:.1f} s wall, {c_total:.1f} s CPU "
          f"({tokens / c_total:.0f} tokens per CPU second); quotes+evidence alone "
          f"{t_quotes * 1000:.0f} ms wall, {c_quotes * 1000:.0f} ms CPU "
          f"({100 * c_quotes / c_total:.1f}% of the analysis CPU time)")


if __name__ == "__main__":
    main()
