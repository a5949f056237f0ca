"""Sentence-level fact-versus-opinion scores for German and English.

A linear model (logistic regression trained offline by ``bench/subjectivity.py``) over
sparse features: lower-cased words, word bigrams, character n-grams inside words and a few
hand-made cues that carry meaning for subjectivity (hedges, boosters, intensifiers, first and
second person, evaluative words, quotation marks, numbers...). The learnt weights ship as
``quizgen/data/subjectivity_<lang>.json.gz``; prediction here is plain Python so that
scikit-learn is needed only to retrain, start-up is fast and the run time has no extra
dependency. The same :func:`features` function is used for training and prediction, so
the shipped model cannot drift from the code that applies it.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("de", "en")

_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+(?:[’'-]\w+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")

# Cue lists: words whose presence is evidence of a judgement, a guess or a speaker's voice.
# Training learns how much each group counts; the lists only make the groups.
_CUES: dict[str, dict[str, frozenset[str]]] = {
    "de": {
        "hedge": frozenset(
            "möglicherweise vielleicht wahrscheinlich vermutlich offenbar anscheinend scheinbar "
            "wohl eventuell angeblich womöglich mutmaßlich dürfte dürften könnte könnten "
            "müsste müssten sollte sollten würde würden scheint scheinen vermutet "
            "vermuten glaube glauben meine meinen denke denken".split()
        ),
        "booster": frozenset(
            "zweifelsohne zweifellos sicherlich natürlich selbstverständlich eindeutig "
            "offensichtlich klar definitiv tatsächlich gewiss unbestreitbar bestimmt "
            "wirklich echt unbedingt jedenfalls freilich ohnehin".split()
        ),
        "intens": frozenset(
            "sehr äußerst extrem besonders völlig total absolut höchst überaus ziemlich "
            "enorm unglaublich massiv massive massiven gar sogar bloß lediglich nur immer "
            "ganz derart dermaßen viel zu allzu kaum überhaupt".split()
        ),
        "particle": frozenset("doch eben halt ja eigentlich schon nun mal etwa denn".split()),
        "person": frozenset(
            "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere "
            "unseren unserem unserer du dich dir dein deine euch euer eure".split()
        ),
        "modal": frozenset(
            "muss müssen musste mussten soll sollen darf dürfen notwendig nötig "
            "erforderlich".split()
        ),
        "negation": frozenset("nicht kein keine keinen keinem keiner nie niemals nichts".split()),
        "contrast": frozenset("aber jedoch doch allerdings dennoch trotzdem zwar".split()),
        "report": frozenset(
            "sei seien habe hätten werde werden könne müsse solle gebe sagte sagten "
            "erklärte erklärten teilte berichtete berichteten laut zufolge mitteilte "
            "betonte hieß".split()
        ),
        "superl": frozenset("meisten besten schlimmsten größten wichtigsten".split()),
    },
    "en": {
        "hedge": frozenset(
            "might may could perhaps possibly probably likely unlikely apparently seemingly "
            "arguably presumably supposedly seems seem appears appear suggest suggests "
            "think believe guess suppose would".split()
        ),
        "booster": frozenset(
            "clearly obviously certainly undoubtedly surely definitely indeed evidently "
            "truly really actually simply plainly course".split()
        ),
        "intens": frozenset(
            "very extremely highly totally absolutely utterly incredibly so too quite "
            "deeply even just only ever never much most far utter sheer".split()
        ),
        "particle": frozenset("well yet still anyway".split()),
        "person": frozenset("i me my mine myself we us our ours ourselves you your yours".split()),
        "modal": frozenset("must should ought need needs shall".split()),
        "negation": frozenset("not no never nothing n't none nor".split()),
        "contrast": frozenset("but however although though yet whereas".split()),
        "report": frozenset(
            "said says told reported announced according stated added noted explained "
            "confirmed".split()
        ),
        "superl": frozenset("best worst most least greatest biggest".split()),
    },
}
# Words never offered as explanations (they may move the score, but teach nothing).
_FUNCTION: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer eines und oder aber als wie "
        "ist sind war waren wird wurde wurden hat haben hatte hatten sein bin bist "
        "auf aus bei mit nach von vor zu zum zur für über unter durch gegen ohne um "
        "im in am an ins vom beim es er sie ihr ihre ihren ihrem ihm ihn sich man "
        "dass daß wenn weil ob so auch noch dies diese dieser dieses diesen diesem "
        "seine seinen seinem seiner sein nun dann hier dort da jede jeder jedes".split()
    ),
    "en": frozenset(
        "the a an and or but as of to in on at by for with from into about over "
        "is are was were be been being has have had do does did it its it’s it's "
        "he she they them his her their this that these those there here which who "
        "whom what than then so such can will one also".split()
    ),
}
CUE_MIN = 0.3  # log-odds a word must add to count as a cue (about +7 points near p = 0.5)
_QUOTES = frozenset("\"„“”«»‚‘’'")


def tokenize(sentence: str) -> list[str]:
    """Words and single punctuation marks, in order."""
    return _TOKEN.findall(sentence)


def _stem(word: str) -> str:
    """Crude inflection stripping so 'schlechten' meets the lexicon entry 'schlecht'."""
    for suffix in ("ern", "em", "en", "er", "es", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def features(sentence: str, language: str, lexicon: dict[str, float] | None = None) -> dict:
    """Sparse features of one sentence as {name: value}; used by training and prediction."""
    cues = _CUES[language]
    tokens = tokenize(sentence)
    lower = [t.lower() for t in tokens]
    words = [t for t in lower if _WORD.fullmatch(t)]
    feats: dict[str, float] = {}
    # Word unigrams and bigrams (binary), numbers folded into one shape.
    norm = ["0" if _DIGIT.search(w) else w for w in lower]
    for w in set(norm):
        feats["w:" + w] = 1.0
    for a, b in zip(norm, norm[1:], strict=False):
        feats["b:" + a + " " + b] = 1.0
    # Character n-grams inside words (2..5) catch inflection and word formation.
    for w in set(words):
        padded = f" {w} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                feats["c:" + padded[i : i + n]] = 1.0
    # Hand-made cues, counted and squashed.
    n_words = max(len(words), 1)
    for group, members in cues.items():
        count = sum(1 for w in words if w in members)
        if count:
            feats["h:" + group] = math.log1p(count)
    if lexicon:
        evaluative = [lexicon.get(w, lexicon.get(_stem(w), 0.0)) for w in words]
        feats["h:lex"] = math.log1p(sum(evaluative))
        feats["h:lexmax"] = max(evaluative, default=0.0)
    feats["h:excl"] = float("!" in sentence)
    feats["h:quest"] = float("?" in sentence)
    feats["h:quote"] = math.log1p(sum(1 for ch in sentence if ch in _QUOTES))
    feats["h:colon"] = float(":" in sentence)
    feats["h:paren"] = float("(" in sentence)
    digits = sum(1 for w in words if _DIGIT.search(w))
    feats["h:digits"] = math.log1p(digits)
    caps = sum(1 for t in tokens[1:] if t[:1].isupper())
    feats["h:caps"] = caps / n_words
    feats["h:len"] = math.log(n_words) / 4
    return feats


def vectorize(raw: dict, idf: dict[str, float], hand_scale: float = 1.0) -> dict[str, float]:
    """Weight known n-gram features by idf and L2-normalise each group (w, b, c) on its own.

    Features unknown to the model are dropped before normalising, as scikit-learn's
    vectorizers do, so a long sentence full of new words is not diluted by them.
    """
    out: dict[str, float] = {}
    groups: dict[str, list[str]] = {}
    for name, value in raw.items():
        kind = name[0]
        if kind == "h":
            out[name] = value * hand_scale
        elif name in idf:
            groups.setdefault(kind, []).append(name)
    for names in groups.values():
        norm = math.sqrt(sum(idf[n] * idf[n] for n in names))
        for n in names:
            out[n] = idf[n] / norm
    return out


def model_path(language: str) -> Path:
    return DATA_DIR / f"subjectivity_{language}.json.gz"


@cache
def load_model(language: str) -> dict:
    """The shipped model of one language (read once per process)."""
    if language not in LANGUAGES:
        raise ValueError(f"no subjectivity model for language {language!r}")
    with gzip.open(model_path(language), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def score_features(raw: dict, model: dict) -> float:
    """P(opinion) for the raw features of one sentence under a model dict."""
    vocab = model["vocab"]
    idf = {name: vocab[name][1] for name in raw if name in vocab}
    z = model["intercept"]
    hand = model["hand"]
    for name, value in vectorize(raw, idf, model["hand_scale"]).items():
        z += value * (hand.get(name, 0.0) if name[0] == "h" else vocab[name][0])
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def opinion_scores(sentences: list[str], language: str) -> list[float]:
    """Probability (0..1) that each sentence states an opinion rather than a fact."""
    model = load_model(language)
    lexicon = model.get("lexicon")
    return [score_features(features(s, language, lexicon), model) for s in sentences]


def is_opinion(sentence: str, language: str) -> bool:
    """True when the score passes the threshold that maximised macro-F1 in train CV."""
    return opinion_scores([sentence], language)[0] >= load_model(language)["threshold"]


def _logit(raw: dict, model: dict) -> float:
    p = min(max(score_features(raw, model), 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def opinion_cues(sentence: str, language: str, limit: int = 3) -> list[tuple[int, int, str]]:
    """Character spans (start, end, word) of the words that push most towards opinion.

    A word's push is how much the model's log-odds of opinion drop when that word is left
    out, so every learnt feature counts (the word itself, its bigrams and character n-grams,
    its cue group such as hedge or booster, the evaluative lexicon). Function words are not
    offered: "ist" may tip the score, but it explains nothing to a student. Only words with
    a clear push are returned, strongest first up to ``limit``, then in sentence order.
    """
    model = load_model(language)
    lexicon = model.get("lexicon")
    full = _logit(features(sentence, language, lexicon), model)
    pushes: list[tuple[float, int, int, str]] = []
    for m in _WORD.finditer(sentence):
        word = m.group()
        if len(word) < 3 or word.lower() in _FUNCTION[language] or _DIGIT.search(word):
            continue
        without = sentence[: m.start()] + sentence[m.end() :]
        push = full - _logit(features(without, language, lexicon), model)
        if push >= model.get("cue_min", CUE_MIN):
            pushes.append((push, m.start(), m.end(), word))
    best = sorted(pushes, key=lambda p: -p[0])[:limit]
    return [(start, end, word) for _, start, end, word in sorted(best, key=lambda p: p[1])]
