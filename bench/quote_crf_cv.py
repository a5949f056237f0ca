"""Cross-validate a token-level CRF (python-crfsuite) as extra evidence for the speaker model.

Experiment of 26 November (late): not shipped, because it did not improve the train
cross-validation (docs/quotes.md, "CRF sequence labeller"). Kept so the figures can be
reproduced and the idea retried with better features.

For every body sentence k that the rules leave without a speaker (the sentences
quizgen.nlp.quote_model scores), the CRF reads the window of sentences k-2, k-1, k and labels
each token S (speaker of a gold quotation covering k, anywhere in the window), Q (inside such
a quotation, in k) or O. Token features: word, lemma, STTS tag, shape, suffix, neighbours'
tags and words, entity label, Konjunktiv I, the cue-verb tables of quizgen.nlp.quotes
(SAY_DE | REPORT_DE, THINK_DE), words for people, position to the first finite verb,
inside quotation marks, whether the rules made the token a speaker / cue / content, facts of
the sentence and its neighbours (Konjunktiv, quotation marks, verb of saying, rule quote),
each crossed with the sentence's distance to k. With --all, windows of sentences the rules
did cover are trained on too.

5-fold cross-validation by article (article i in fold i % 5, as bench/quote_model_train.py):
the CRF of each fold gives out-of-fold marginals; they become extra features of the two
logistic regressions of quote_model (P(S) of a candidate's tokens, binned; P(Q) of the
sentence), which are cross-validated the same way. Printed: speaker precision/recall of
rules + model on train at each threshold, without and with the CRF features.

Usage: python bench/quote_crf_cv.py --cache /tmp/quotes_train.pkl [--all] [--c1 0.1]
Needs python-crfsuite and scikit-learn (train time only). Train split only; dev never read.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from bisect import bisect_right
from functools import lru_cache
from multiprocessing import Pool
from pathlib import Path

os.environ["QUIZGEN_QUOTE_MODEL"] = "off"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import quote_model_train as T  # noqa: E402
from quotes import SHARED, _overlaps  # noqa: E402

from quizgen.model import Analysis, Quote, Token  # noqa: E402
from quizgen.nlp import quote_model  # noqa: E402

QUOTE_CHARS = frozenset("„“”»«\"")
FINITE = frozenset("VVFIN VAFIN VMFIN".split())


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset, frozenset, frozenset, tuple]:
    from quizgen.nlp import quotes  # the rules' cue tables (imported late: quotes imports us)
    return (quotes.SAY_DE | quotes.REPORT_DE, quotes.THINK_DE, quotes.KONJ1,
            quotes._PEOPLE_ENDINGS)


def _konj1(t: Token, konj1: frozenset) -> bool:
    w = t.text.lower()
    lemma = t.lemma.lower()
    return w in konj1 or (t.tag == "VVFIN" and lemma.endswith("en") and w == lemma[:-1])


def _lemma(t: Token) -> str:
    return (t.lemma if t.lemma and t.lemma != "<unknown>" else t.text).lower()


def _shape(w: str) -> str:
    if w[:1].isupper():
        return "X" if w.isupper() and len(w) > 1 else "Xx"
    return "d" if w[:1].isdigit() else ("x" if w[:1].isalpha() else "p")


class _Spans:
    """Sorted character spans with a quick overlap test."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def hit(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, b - 1)
        return any(x < b and a < y for x, y in self.spans[max(0, k - 6):k])


class Context:
    """What the CRF features read of one analysis: rule quotes, entities, sentence facts."""

    def __init__(self, analysis: Analysis, rule_quotes: list[Quote]):
        self.analysis = analysis
        self.spk = _Spans([q.speaker_span for q in rule_quotes if q.speaker_span])
        self.cue = _Spans([q.cue_span for q in rule_quotes if q.cue_span])
        self.content = _Spans([q.content_span for q in rule_quotes if q.content_span])
        self.quoted = {q.sentence for q in rule_quotes if q.speaker_span}
        self.ents: dict[int, list[tuple[int, int, str]]] = {}
        for e in analysis.entities:
            for m in e.mentions:
                self.ents.setdefault(m.sentence, []).append((m.start, m.end, e.label))
        self._info: dict[int, dict] = {}
        self._feats: dict[int, list[list[str]]] = {}

    def info(self, k: int) -> dict:
        """Sentence-level facts, also read by the sentences around it."""
        if k not in self._info:
            say, think, konj1, _ = _tables()
            s = self.analysis.sentences[k]
            toks = s.tokens
            lemmas = {_lemma(t) for t in toks if t.pos in ("VERB", "AUX")}
            self._info[k] = {
                "k1": any(t.tag in FINITE and _konj1(t, konj1) for t in toks),
                "q": any(t.text in QUOTE_CHARS for t in toks),
                "say": bool(lemmas & say),
                "think": bool(lemmas & think),
                "rule": k in self.quoted,
                "colon": any(t.text == ":" for t in toks),
                "body": s.block == "body",
            }
        return self._info[k]

    def window(self, k: int) -> list[tuple[int, int]]:
        """(sentence, distance) of the window that ends with sentence k: k-2, k-1, k."""
        sents = self.analysis.sentences
        out = []
        for d in (2, 1, 0):
            j = k - d
            if j >= 0 and sents[j].tokens and sents[j].block == "body":
                out.append((j, d))
            elif out:
                out = []  # a heading or gap breaks the window
        return out

    def window_features(self, k: int) -> list[list[str]]:
        """Features of the window's tokens: each sentence's own, crossed with its distance
        to sentence k (the one whose speaker is sought)."""
        out = []
        for j, d in self.window(k):
            for f in self.features(j):
                rel = next(x for x in f if x.startswith("rel="))[4:]
                tag = next(x for x in f if x.startswith("t="))[2:]
                extra = [f"d={d}", f"d.rel={d}.{rel}", f"d.t={d}.{tag}"]
                extra += [f"d.{x}" for x in f if x.startswith(("ent=", "r.spk=", "ppl=",
                                                                "inq=", "-1w="))]
                out.append([f"{d}:{x}" if x.startswith(("s.", "n.", "p.")) else x
                            for x in f] + extra)
        return out

    def features(self, k: int) -> list[list[str]]:
        """One feature list per token of sentence k."""
        if k not in self._feats:
            self._feats[k] = self._features(k)
        return self._feats[k]

    def _features(self, k: int) -> list[list[str]]:
        say, think, konj1, people = _tables()
        s = self.analysis.sentences[k]
        toks = s.tokens
        n = len(toks)
        me = self.info(k)
        sent = [f"s.{x}={int(v)}" for x, v in me.items()]
        for d, name in ((-1, "p"), (1, "n"), (-2, "pp")):
            j = k + d
            if 0 <= j < len(self.analysis.sentences) and self.analysis.sentences[j].tokens:
                o = self.info(j)
                sent += [f"{name}.k1={int(o['k1'])}", f"{name}.q={int(o['q'])}",
                         f"{name}.say={int(o['say'])}", f"{name}.rule={int(o['rule'])}"]
            else:
                sent.append(f"{name}.none")
        fin = next((i for i, t in enumerate(toks) if t.tag in FINITE), n)
        ents = self.ents.get(k, [])
        inq = False
        words = [t.text.lower() for t in toks]
        lem = [_lemma(t) for t in toks]
        out = []
        for i, t in enumerate(toks):
            w = words[i]
            if t.text in QUOTE_CHARS:
                inq = not inq if t.text in "\"" else t.text in "„»"
            rel = "B" if i < fin else "F" if i == fin else "A1" if i == fin + 1 else "A"
            ent = next((lab for a, b, lab in ents if a < t.end and t.start < b), "-")
            f = sent + [
                "bias", f"w={w}", f"l={lem[i]}", f"t={t.tag}", f"sh={_shape(t.text)}",
                f"suf={w[-3:]}", f"rel={rel}", f"rel.t={rel}.{t.tag}", f"ent={ent}",
                f"inq={int(inq)}", f"say={int(lem[i] in say)}", f"think={int(lem[i] in think)}",
                f"k1={int(t.tag in FINITE and _konj1(t, konj1))}",
                f"ppl={int(lem[i].endswith(people))}",
                f"r.spk={int(self.spk.hit(t.start, t.end))}",
                f"r.cue={int(self.cue.hit(t.start, t.end))}",
                f"r.q={int(self.content.hit(t.start, t.end))}",
                f"fin.l={lem[fin] if fin < n else '-'}.{rel}",
            ]
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    f.append(f"{d}t={toks[j].tag}")
                    if abs(d) == 1:
                        f += [f"{d}w={words[j]}", f"{d}say={int(lem[j] in say)}"]
                else:
                    f.append(f"{d}t=^$")
            if i == 0:
                f.append("BOS")
            if i == n - 1:
                f.append("EOS")
            out.append(f)
        return out


def gold_labels(ctx: Context, k: int, speakers, quotes) -> list[str]:
    """S/Q/O per token of sentence k's window: S for the speakers of the gold quotations
    that cover sentence k (anywhere in the window), Q for their words in sentence k."""
    out = []
    for j, _ in ctx.window(k):
        for t in ctx.analysis.sentences[j].tokens:
            if any(a < t.end and t.start < b for a, b in speakers):
                out.append("S")
            elif j == k and any(a < t.end and t.start < b for a, b in quotes):
                out.append("Q")
            else:
                out.append("O")
    return out


# --------------------------------------------------------------------------- experiment

ARGS: argparse.Namespace
DATA: list = []  # (doc, sentence, window features, labels, scored by the model)
CTXS: list = []


def _marginals(tagger, ctx: Context, k: int) -> dict[int, list[float]]:
    """P(S) per token of each window sentence, and under -1 P(Q) per token of k."""
    win = ctx.window(k)
    tagger.set(ctx.window_features(k))
    out: dict[int, list[float]] = {}
    i = 0
    for j, _ in win:
        n = len(ctx.analysis.sentences[j].tokens)
        out[j] = [tagger.marginal("S", i + x) for x in range(n)]
        i += n
    n = len(ctx.analysis.sentences[k].tokens)
    out[-1] = [tagger.marginal("Q", i - n + x) for x in range(n)]
    return out


def _fold(k: int) -> dict:
    import pycrfsuite
    t0 = time.process_time()
    path = f"/tmp/quote_crf_fold{k}.crfsuite"
    tr = pycrfsuite.Trainer(verbose=False)
    for d, _, f, y, _ in DATA:
        if d % 5 != k:
            tr.append(f, y)
    tr.set_params({"c1": ARGS.c1, "c2": ARGS.c2, "max_iterations": ARGS.iterations,
                   "feature.minfreq": 2, "feature.possible_transitions": True})
    tr.train(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    out = {(d, i): _marginals(tagger, CTXS[d], i) for d, i, _, _, scored in DATA
           if d % 5 == k and scored}
    print(f"fold {k}: {time.process_time() - t0:.0f} s CPU, model {os.path.getsize(path)} bytes",
          flush=True)
    return out


def _bin(p: float) -> int:
    return min(9, int(p * 10))


def _with_crf(analysis: Analysis, index: int, sfeat: list[str], cands: list, marg: dict):
    """The model's features plus the CRF's: P(Q) of the sentence, P(S) of each candidate."""
    if not marg:
        return sfeat, cands
    pq = marg[-1]
    qmean = sum(pq) / len(pq)
    pmax = max(max(v) for j, v in marg.items() if j >= 0)
    sfeat = sfeat + [f"crfq={_bin(qmean)}", f"crfqmax={_bin(max(pq))}", f"crfs={_bin(pmax)}",
                     f"crfq&s={_bin(qmean)}&{_bin(pmax)}"]
    starts = [s.start for s in analysis.sentences]
    out = []
    for span, f in cands:
        k = bisect_right(starts, span[0]) - 1
        toks = analysis.sentences[k].tokens
        ps = [p for t, p in zip(toks, marg.get(k, []), strict=False)
              if t.start < span[1] and span[0] < t.end]
        if ps:
            d = index - k
            f = f + [f"crf={_bin(max(ps))}", f"crf&d={_bin(max(ps))}&{d}",
                     f"crfbest={max(ps) >= pmax - 1e-9}", f"crfhead={_bin(ps[-1])}"]
        out.append((span, f))
    return sfeat, out


def _cv(pairs, marg: dict | None) -> None:
    rows = []
    for d, (gold, analysis) in enumerate(pairs):
        for index, sfeat, cands in quote_model.sentence_candidates(analysis, analysis.quotes):
            if marg is not None:
                sfeat, cands = _with_crf(analysis, index, sfeat, cands, marg.get((d, index)))
            s = analysis.sentences[index]
            reg = gold.region([(s.start, s.end)])
            spk = [sp for g in gold.quotes if g["region"] & reg for sp in g["speaker"]]
            rows.append((d, index, sfeat, cands,
                         [int(any(_overlaps(span, sp) for sp in spk)) for span, _ in cands]))
    best = {}
    for k in range(5):
        sent, spk = T.train([r for r in rows if r[0] % 5 != k], 0.3, 0.3)
        te = [r for r in rows if r[0] % 5 == k]
        for r, p in zip(te, T.predict(sent, [r[2] for r in te]), strict=True):
            pk = T.predict(spk, [f for _, f in r[3]])
            i = max(range(len(pk)), key=pk.__getitem__)
            best[(r[0], r[1])] = (p * pk[i], r[3][i][0])
    for t in [x / 100 for x in range(56, 27, -2)]:
        r = T.with_model(pairs, best, t)
        print(f"  threshold {t:.2f}: precision {r['precision']:.3f} recall {r['recall']:.3f} "
              f"({r['found_with_speaker']} with a speaker)", flush=True)


def main() -> None:
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=None, help="pickle of the analysed train articles")
    ap.add_argument("--all", action="store_true", help="train on covered sentences too")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=100)
    ARGS = ap.parse_args()
    files = sorted(glob.glob(str(SHARED / "bench" / "quotes-de" / "train" / "*.json")))
    pairs = T.analyse(files, ARGS.cache)
    for d, (gold, a) in enumerate(pairs):
        ctx = Context(a, a.quotes)
        CTXS.append(ctx)
        scored = {i for i, _, _ in quote_model.sentence_candidates(a, a.quotes)}
        for s in a.sentences:
            if not ctx.window(s.index) or not (ARGS.all or s.index in scored):
                continue
            reg = gold.region([(s.start, s.end)])
            gs = [g for g in gold.quotes if g["region"] & reg]
            y = gold_labels(ctx, s.index, [sp for g in gs for sp in g["speaker"]],
                            [sp for g in gs for sp in g["quote"]])
            DATA.append((d, s.index, ctx.window_features(s.index), y, s.index in scored))
    print(f"{len(pairs)} articles, {len(DATA)} windows, {sum(len(r[3]) for r in DATA)} tokens")
    base = T.score(pairs)
    print(f"rules alone: precision {base['precision']:.3f} recall {base['recall']:.3f}")
    print("rules + speaker model (cross-validated):")
    _cv(pairs, None)
    marg: dict = {}
    with Pool(2) as pool:  # forked workers share DATA
        for m in pool.map(_fold, range(5)):
            marg.update(m)
    print("rules + speaker model with the CRF's marginals (cross-validated):")
    _cv(pairs, marg)


if __name__ == "__main__":
    main()
