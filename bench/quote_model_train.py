"""Train the speaker model of quizgen.nlp.quote_model on quotes-de/train (never dev).

Each train article goes through the full pipeline with the model off (QUIZGEN_QUOTE_MODEL=off),
so the rules' quotes are what the model adds to. For every body sentence the rules left without
a speaker, each candidate (name, pronoun, noun phrase in that or the previous two sentences)
is labelled 1 when it overlaps the gold speaker of a gold quotation covering that sentence
(the matching of bench/quotes.py). A logistic regression (scikit-learn, train time only) is
fitted; the threshold is the lowest one whose 5-fold cross-validated additions keep the train
speaker precision of rules + model at --min-precision. Weights go to
quizgen/data/quote_model.json.gz as plain JSON.

Usage: python bench/quote_model_train.py [--cache /tmp/quotes_train.pkl] [--min-precision 0.80]
Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import pickle
import sys
from pathlib import Path

os.environ["QUIZGEN_QUOTE_MODEL"] = "off"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quotes import SHARED, GoldDoc, _overlaps, article_of, score  # noqa: E402

from quizgen.model import Quote  # noqa: E402
from quizgen.nlp import quote_model  # noqa: E402


def analyse(files: list[str], cache: str | None) -> list:
    """(GoldDoc, Analysis with the rules' quotes) per file; the analyses (tokens, entities)
    are cached in a pickle, the rules' quotes are always found afresh."""
    if cache and os.path.exists(cache):
        with open(cache, "rb") as fh:
            done = dict(pickle.load(fh))
    else:
        from quizgen.pipeline import analyze
        done = {}
        for f in files:
            with open(f, encoding="utf-8") as fh:
                done[f] = analyze(article_of(json.load(fh)["originalText"]))
        if cache:
            with open(cache, "wb") as fh:
                pickle.dump(sorted(done.items()), fh)
    from quizgen.nlp.quotes import find_quotes  # the rules as they are now, not as cached
    out = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            analysis = done[f]
            analysis.quotes = find_quotes(analysis)
            out.append((GoldDoc(json.load(fh)), analysis))
    return out


def examples(pairs) -> list[tuple[int, int, list[str], list, list[int]]]:
    """(doc, sentence, sentence features, [(span, features)], candidate labels)."""
    rows = []
    for d, (gold, analysis) in enumerate(pairs):
        for index, sfeat, cands in quote_model.sentence_candidates(analysis, analysis.quotes):
            s = analysis.sentences[index]
            reg = gold.region([(s.start, s.end)])
            spk = [sp for g in gold.quotes if g["region"] & reg for sp in g["speaker"]]
            labels = [int(any(_overlaps(span, sp) for sp in spk)) for span, _ in cands]
            rows.append((d, index, sfeat, cands, labels))
    return rows


def fit(feats: list[list[str]], y: list[int], C: float):
    """A logistic regression on binary features; returns (vectorizer, model)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    X = vec.fit_transform([dict.fromkeys(f, 1) for f in feats])
    return vec, LogisticRegression(C=C, max_iter=3000).fit(X, y)


def predict(vm, feats: list[list[str]]) -> list[float]:
    vec, m = vm
    return list(m.predict_proba(vec.transform([dict.fromkeys(f, 1) for f in feats]))[:, 1])


def train(rows, C_sent: float, C_spk: float):
    """(sentence model, speaker model): the speaker model sees only speech sentences."""
    sent = fit([r[2] for r in rows], [int(any(r[4])) for r in rows], C_sent)
    pos = [r for r in rows if any(r[4])]
    spk = fit([f for r in pos for _, f in r[3]], [y for r in pos for y in r[4]], C_spk)
    return sent, spk


def export(vm) -> dict:
    vec, m = vm
    w = {f: round(float(x), 4) for f, x in
         zip(vec.get_feature_names_out(), m.coef_[0], strict=True) if abs(x) >= 1e-3}
    return {"bias": round(float(m.intercept_[0]), 4), "weights": dict(sorted(w.items()))}


def with_model(pairs, best, threshold: float) -> dict:
    """bench/quotes.py scores of the rules plus the model's quotes above `threshold`."""
    out = []
    for d, (gold, analysis) in enumerate(pairs):
        qs = [Quote(**vars(q)) for q in analysis.quotes]
        for (dd, index), (p, span) in best.items():
            if dd != d or p < threshold:
                continue
            s = analysis.sentences[index]
            orphan = next((q for q in qs if q.sentence == index and q.speaker is None), None)
            if orphan is not None:
                orphan.speaker, orphan.speaker_span = "x", span
            else:
                qs.append(Quote(speaker="x", cue=None, content=s.text, kind="indirect",
                                sentence=index, speaker_span=span,
                                content_span=(s.start, s.end)))
        out.append((gold, type(analysis)(article=analysis.article,
                                         sentences=analysis.sentences, quotes=qs)))
    return score(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=None, help="pickle of the analysed train articles")
    ap.add_argument("--min-precision", type=float, default=0.80)
    ap.add_argument("--C-sent", type=float, default=0.3)
    ap.add_argument("--C-spk", type=float, default=0.3)
    args = ap.parse_args()
    files = sorted(glob.glob(str(SHARED / "bench" / "quotes-de" / "train" / "*.json")))
    pairs = analyse(files, args.cache)
    rows = examples(pairs)
    print(f"{len(pairs)} articles, {len(rows)} sentences left by the rules, "
          f"{sum(any(r[4]) for r in rows)} with a gold speaker among the candidates")
    # 5-fold cross-validation by article: out-of-fold best candidate per sentence
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {}
    for k in range(5):
        sent, spk = train([r for r in rows if r[0] % 5 != k], args.C_sent, args.C_spk)
        te = [r for r in rows if r[0] % 5 == k]
        ps = predict(sent, [r[2] for r in te])
        for r, p in zip(te, ps, strict=True):
            pk = predict(spk, [f for _, f in r[3]])
            i = max(range(len(pk)), key=pk.__getitem__)
            best[(r[0], r[1])] = (p * pk[i], r[3][i][0])
    base = score(pairs)
    print(f"rules alone (train): precision {base['precision']:.3f} recall {base['recall']:.3f}")
    chosen = 1.0
    for t in [x / 100 for x in range(80, 9, -4)]:
        r = with_model(pairs, best, t)
        print(f"threshold {t:.2f}: precision {r['precision']:.3f} recall {r['recall']:.3f} "
              f"({r['found_with_speaker']} with a speaker)")
        if r["precision"] >= args.min_precision:
            chosen = t
    print(f"chosen threshold {chosen:.2f} (cross-validated precision >= {args.min_precision})")
    sent, spk = train(rows, args.C_sent, args.C_spk)
    model = {"threshold": chosen, "C": [args.C_sent, args.C_spk],
             "trained_on": "quotes-de/train", "sentence": export(sent), "speaker": export(spk)}
    out = quote_model.MODEL_PATH
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(json.dumps(model, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
