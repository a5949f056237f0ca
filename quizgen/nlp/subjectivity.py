"""Sentence-level fact-versus-opinion scores for German and English.

A linear model (logistic regression trained offline by ``bench/subjectivity.py``) over
sparse features: lower-cased words, word bigrams, character n-grams inside words,
part-of-speech tag unigrams and bigrams (HanTa, through quizgen.nlp.tokens) and a few
hand-made cues that carry meaning for subjectivity (hedges, boosters, intensifiers, first and
second person, evaluative words, quotation marks, numbers...). The learnt weights ship as
``quizgen/data/subjectivity_<lang>.json.gz``; prediction here is plain Python so that
scikit-learn is needed only to retrain, start-up is fast and the run time has no extra
dependency. Training uses :func:`features` (named features, as scikit-learn wants them);
prediction (:func:`opinion_scores`) adds up the same model weights without naming each
feature, from the same tokenizer, n-gram and cue code, with per-word n-gram sums kept
between sentences; tests/test_subjectivity.py checks that both give the same scores.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from quizgen.nlp.memo import for_process
from quizgen.nlp.tokens import tag_words, token_spans

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("de", "en")

_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+(?:[’'-]\w+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")
# A short stretch in quotation marks is usually distance ("so-called"), a long one speech.
_QUOTED = re.compile(r"[\"„“”«»‚‘](?P<q>[^\"„“”«»‚‘’]{1,200})[\"“”«»‘’]")
_SPEAKER = re.compile(r"^\s*[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,2}:\s")  # "Drosten: "
_DISTANCE = {
    "de": ("sogenannt", "angeblich", "vermeintlich", "selbsternannt"),
    "en": ("so-called", "alleged", "supposed", "self-styled", "purported"),
}

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
        "generic": frozenset("man jemand".split()),
        "stance": frozenset(
            "finde finden hoffe hoffen fürchte fürchten bezweifle bezweifeln zweifle "
            "überzeugt halte wünsche befürchte".split()
        ),
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
        "attitude": frozenset(
            "leider endlich ausgerechnet immerhin glücklicherweise hoffentlich erstaunlich "
            "skandal skandalös unfassbar absurd lächerlich angst panik propaganda lüge "
            "lügen mainstream".split()
        ),
        "universal": frozenset(
            "alle alles jeder jede jedes jeden niemand nie niemals immer stets nichts "
            "völlig sämtliche".split()
        ),
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
        "generic": frozenset("one someone anyone".split()),
        "stance": frozenset("feel hope fear doubt wonder convinced sure wish".split()),
        "person": frozenset("i me my mine myself we us our ours ourselves you your yours".split()),
        "modal": frozenset("must should ought need needs shall".split()),
        "negation": frozenset("not no never nothing n't none nor".split()),
        "contrast": frozenset("but however although though yet whereas".split()),
        "report": frozenset(
            "said says told reported announced according stated added noted explained "
            "confirmed".split()
        ),
        "superl": frozenset("best worst most least greatest biggest".split()),
        "attitude": frozenset(
            "unfortunately sadly fortunately hopefully ironically finally absurd ridiculous "
            "outrageous shameful scandal fear panic propaganda lies mainstream".split()
        ),
        "universal": frozenset(
            "all everything everyone everybody every nobody never always nothing entirely "
            "completely".split()
        ),
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
_ADJ_SUFFIX = {  # lower-case words with these endings are mostly adjectives or adverbs
    "de": tuple(a + e for a in ("ig", "lich", "isch", "bar", "los", "haft", "sam")
                for e in ("", "e", "en", "er", "es", "em")),
    "en": ("ful", "less", "ous", "ive", "able", "ible", "ic", "ly"),
}
_QUOTES = frozenset("\"„“”«»‚‘’'")


def tokenize(sentence: str) -> list[str]:
    """Words and single punctuation marks, in order."""
    return _TOKEN.findall(sentence)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Crude inflection stripping so 'schlechten' meets the lexicon entry 'schlecht'."""
    for suffix in ("ern", "em", "en", "er", "es", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def _char_grams(word: str) -> tuple[str, ...]:
    """Feature names of the 3- to 5-character n-grams of a word padded with spaces."""
    padded = f" {word} "
    return tuple(
        "c:" + padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)
    )


_GROUPS_OF: dict[str, dict[str, tuple[str, ...]]] = {
    language: {
        word: tuple(g for g, members in groups.items() if word in members)
        for members in groups.values()
        for word in members
    }
    for language, groups in _CUES.items()
}


def pos_tags(sentence: str, language: str) -> tuple[list[tuple[int, int]], tuple[str, ...]]:
    """Token spans and part-of-speech tags (STTS / BNC C5) of one sentence.

    Goes through quizgen.nlp.tokens, whose tagger cache the pipeline has already filled
    for every sentence of the article, so inside ``analyze`` this costs a dict look-up.
    """
    spans = token_spans(sentence, language)
    tagged = tag_words(tuple(sentence[s:e] for s, e in spans), language)
    return spans, tuple(tag for tag, _lemma in tagged)


def features(
    sentence: str,
    language: str,
    lexicon: dict[str, float] | None = None,
    tags: tuple[str, ...] | None = None,
) -> dict:
    """Sparse features of one sentence as {name: value}: what training sees (and what
    :func:`opinion_cues` compares); :func:`opinion_scores` sums the same weights faster.

    ``tags`` are the sentence's part-of-speech tags (see :func:`pos_tags`); they are
    computed when not given. Tag unigrams and bigrams say what kind of words a sentence
    is made of (predicative adjectives, adverbs, modal verbs, pronouns), which carries
    over to words the training data never saw.
    """
    if tags is None:
        tags = pos_tags(sentence, language)[1]
    tokens = tokenize(sentence)
    lower = [t.lower() for t in tokens]
    words = [t for t in lower if _WORD.fullmatch(t)]
    feats: dict[str, float] = {}
    # Word unigrams and bigrams (binary), numbers folded into one shape.
    norm = ["0" if _DIGIT.search(w) else w for w in lower]
    for w in norm:
        feats["w:" + w] = 1.0
    for a, b in zip(norm, norm[1:], strict=False):
        feats["b:" + a + " " + b] = 1.0
    # Character n-grams inside words (3..5) catch inflection and word formation.
    for w in set(words):
        for gram in _char_grams(w):
            feats[gram] = 1.0
    # Part-of-speech tag unigrams and bigrams (binary), from the sentence start on.
    previous = "^"
    for tag in tags:
        feats["p:" + tag] = 1.0
        feats["p:" + previous + " " + tag] = 1.0
        previous = tag
    feats.update(_hand(sentence, language, lexicon, tokens, lower, words, norm))
    return feats


def _hand(sentence: str, language: str, lexicon: dict[str, float] | None, tokens: list[str],
          lower: list[str], words: list[str], norm: list[str]) -> dict[str, float]:
    """The hand-made cue features of one sentence (``h:...``), in a fixed order; shared by
    :func:`features` (training) and :func:`opinion_scores` (prediction)."""
    feats: dict[str, float] = {}
    n_words = max(len(words), 1)
    counts: dict[str, int] = {}
    groups_of = _GROUPS_OF[language]
    for w in words:
        for group in groups_of.get(w, ()):
            counts[group] = counts.get(group, 0) + 1
    for group in _CUES[language]:  # fixed order, so the dict is the same as before
        if group in counts:
            feats["h:" + group] = math.log1p(counts[group])
    if lexicon:
        evaluative = []
        for w in words:
            v = lexicon.get(w)
            evaluative.append(lexicon.get(_stem(w), 0.0) if v is None else v)
        feats["h:lex"] = math.log1p(sum(evaluative))
        feats["h:lexmax"] = max(evaluative, default=0.0)
    if language == "de":
        feats["h:sentadv"] = float(any(w.endswith("erweise") and len(w) > 9 for w in words))
    else:
        first = lower[0] if lower else ""
        feats["h:sentadv"] = float(first.endswith("ly") and lower[1:2] == [","])
    feats["h:distance"] = float(any(w.startswith(_DISTANCE[language]) for w in words))
    quoted = [len(_WORD.findall(m["q"])) for m in _QUOTED.finditer(sentence)]
    feats["h:scare"] = float(any(0 < n <= 3 for n in quoted))
    feats["h:speech"] = float(any(n > 3 for n in quoted))
    feats["h:speaker"] = float(bool(_SPEAKER.match(sentence)))
    adj = _ADJ_SUFFIX[language]
    feats["h:adj"] = math.log1p(sum(1 for t in tokens if t.islower() and t.endswith(adj)))
    feats["h:shout"] = float(any(len(t) > 3 and t.isupper() and t.isalpha() for t in tokens))
    feats["h:ellipsis"] = float("…" in sentence or "..." in sentence)
    feats["h:excl"] = float("!" in sentence)
    feats["h:quest"] = float("?" in sentence)
    feats["h:quote"] = math.log1p(sum(map(sentence.count, _QUOTES)))  # one char each
    feats["h:colon"] = float(":" in sentence)
    feats["h:paren"] = float("(" in sentence)
    feats["h:digits"] = math.log1p(norm.count("0"))
    caps = sum(1 for t in tokens[1:] if t[:1].isupper())
    feats["h:caps"] = caps / n_words
    feats["h:len"] = math.log(n_words) / 4
    return feats


def vectorize(raw: dict, idf: dict[str, float], hand_scale: float = 1.0) -> dict[str, float]:
    """Weight known n-gram features by idf and L2-normalise each group (w, b, c, p) on its own.

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
        norm = math.sqrt(math.fsum(idf[n] * idf[n] for n in names))  # exact: no order effect
        for n in names:
            out[n] = idf[n] / norm
    return out


def model_path(language: str) -> Path:
    """Where the shipped model of a language lives (written by bench/subjectivity.py)."""
    return DATA_DIR / f"subjectivity_{language}.json.gz"


@for_process
def load_model(language: str) -> dict:
    """The shipped model of one language (read once per process)."""
    if language not in LANGUAGES:
        raise ValueError(f"no subjectivity model for language {language!r}")
    with gzip.open(model_path(language), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def log_odds(raw: dict, model: dict) -> float:
    """Log-odds of opinion for the raw features of one sentence under a model dict.

    Same arithmetic as ``vectorize`` followed by the dot product, fused so that no
    intermediate dict is built: each group adds sum(w * idf) / sqrt(sum(idf ** 2)).
    """
    vocab, hand, scale = model["vocab"], model["hand"], model["hand_scale"]
    z = model["intercept"]
    dot = {"w": 0.0, "b": 0.0, "c": 0.0, "p": 0.0}
    sq = {"w": 0.0, "b": 0.0, "c": 0.0, "p": 0.0}
    for name, value in raw.items():
        kind = name[0]
        if kind == "h":
            z += value * scale * hand.get(name, 0.0)
            continue
        entry = vocab.get(name)
        if entry is not None:
            dot[kind] += entry[0] * entry[1]
            sq[kind] += entry[1] * entry[1]
    for kind, total in sq.items():
        if total:
            z += dot[kind] / math.sqrt(total)
    return z


def score_features(raw: dict, model: dict) -> float:
    """P(opinion) for the raw features of one sentence under a model dict."""
    return 1.0 / (1.0 + math.exp(-max(min(log_odds(raw, model), 30.0), -30.0)))


class _Scorer:
    """A model dict laid out for prediction: the same sums as ``log_odds(features(...))``
    without building feature names. Each known n-gram feature is keyed by what the
    sentence gives (a word, a word pair, a tag, a tag pair) and holds (weight * idf,
    idf ** 2); a word's known character n-grams are looked up once per word."""

    def __init__(self, model: dict) -> None:
        self.model = model
        self.intercept = model["intercept"]
        self.scale = model["hand_scale"]
        self.hand = model["hand"]
        self.lexicon = model.get("lexicon")
        self.words: dict[str, tuple[float, float]] = {}
        self.pairs: dict[tuple[str, str], tuple[float, float]] = {}
        self.grams: dict[str, tuple[float, float]] = {}
        self.tags: dict[str | tuple[str, str], tuple[float, float]] = {}
        for name, (weight, idf) in model["vocab"].items():
            entry = (weight * idf, idf * idf)
            kind, rest = name[0], name[2:]
            if kind == "w":
                self.words[rest] = entry
            elif kind == "b":
                a, _, b = rest.partition(" ")
                self.pairs[(a, b)] = entry
            elif kind == "c":
                self.grams[name] = entry
            elif kind == "p":
                a, space, b = rest.partition(" ")
                self.tags[(a, b) if space else a] = entry
        self.known_grams: dict[str, tuple[frozenset[str], float, float]] = {}

    def _grams_of(self, word: str) -> tuple[frozenset[str], float, float]:
        """A word's known character n-grams with their summed (weight * idf, idf ** 2)."""
        if len(self.known_grams) > 200_000:  # a long-running server sees many words
            self.known_grams.clear()
        names = frozenset(g for g in _char_grams(word) if g in self.grams)
        dot = sq = 0.0
        for gram in names:
            dot += self.grams[gram][0]
            sq += self.grams[gram][1]
        self.known_grams[word] = found = (names, dot, sq)
        return found

    def log_odds(self, sentence: str, language: str, tags: tuple[str, ...]) -> float:
        """Equal to ``log_odds(features(sentence, language, lexicon, tags), model)`` up to
        the order of additions (tests/test_subjectivity.py checks it)."""
        tokens = tokenize(sentence)
        lower = [t.lower() for t in tokens]
        words = [t for t in lower if _WORD.fullmatch(t)]
        norm = ["0" if _DIGIT.search(w) else w for w in lower]
        z = self.intercept
        scale, hand = self.scale, self.hand
        for name, value in _hand(sentence, language, self.lexicon, tokens, lower, words,
                                 norm).items():
            z += value * scale * hand.get(name, 0.0)
        # Binary features: each distinct one counts once.
        known = self.words
        z += _group(known[w] for w in dict.fromkeys(norm) if w in known)
        known, pairs = self.pairs, zip(norm, norm[1:], strict=False)
        z += _group(known[p] for p in dict.fromkeys(pairs) if p in known)
        # Character n-grams: per word, its known grams and their sums are kept; a gram
        # that an earlier word of the sentence had already is taken out again.
        dot = sq = 0.0
        seen: set[str] = set()
        for w in set(words):
            found = self.known_grams.get(w)
            if found is None:
                found = self._grams_of(w)
            names, d, q = found
            for gram in names & seen:
                d -= self.grams[gram][0]
                q -= self.grams[gram][1]
            seen |= names
            dot += d
            sq += q
        if seen:
            z += dot / math.sqrt(sq)
        keys: dict[str | tuple[str, str], None] = {}
        previous = "^"
        for tag in tags:
            keys[tag] = None
            keys[(previous, tag)] = None
            previous = tag
        known = self.tags
        z += _group(known[k] for k in keys if k in known)
        return z


def _group(entries) -> float:
    """One feature group's share of the log-odds: sum(w * idf) / sqrt(sum(idf ** 2))."""
    dot = sq = 0.0
    for d, q in entries:
        dot += d
        sq += q
    return dot / math.sqrt(sq) if sq else 0.0


_SCORERS: dict[str, _Scorer] = {}


def _scorer(language: str) -> _Scorer:
    """The prediction layout of the language's model, rebuilt if the model was reloaded."""
    model = load_model(language)
    found = _SCORERS.get(language)
    if found is None or found.model is not model:
        found = _SCORERS[language] = _Scorer(model)
    return found


def opinion_scores(sentences: list[str], language: str,
                   tags: list[tuple[str, ...]] | None = None) -> list[float]:
    """Probability (0..1) that each sentence states an opinion rather than a fact.

    ``tags``: the sentences' part-of-speech tags if the caller has them (the pipeline's
    tokens); otherwise they come from quizgen.nlp.tokens (see :func:`pos_tags`).
    """
    scorer = _scorer(language)
    if tags is None:
        tags = [pos_tags(s, language)[1] for s in sentences]
    return [1.0 / (1.0 + math.exp(-max(min(scorer.log_odds(s, language, t), 30.0), -30.0)))
            for s, t in zip(sentences, tags, strict=True)]


def is_opinion(sentence: str, language: str) -> bool:
    """True when the score passes the threshold that maximised macro-F1 in train CV."""
    return opinion_scores([sentence], language)[0] >= load_model(language)["threshold"]


def opinion_cues(sentence: str, language: str, limit: int = 3) -> list[tuple[int, int, str]]:
    """Character spans (start, end, word) of the words that push most towards opinion.

    A word's push is how much the model's log-odds of opinion drop when that word is left
    out, so every learnt word feature counts (the word itself, its bigrams and character
    n-grams, its cue group such as hedge or booster, the evaluative lexicon); the sentence's
    part-of-speech tags are held fixed, so the sentence is tagged once, not once per word.
    Function words are not offered: "ist" may tip the score, but it explains nothing to a
    student. Only words with a clear push are returned, strongest first up to ``limit``,
    then in sentence order.
    """
    model = load_model(language)
    lexicon = model.get("lexicon")
    tags = pos_tags(sentence, language)[1]
    full = log_odds(features(sentence, language, lexicon, tags), model)
    pushes: list[tuple[float, int, int, str]] = []
    for m in _WORD.finditer(sentence):
        word = m.group()
        if len(word) < 3 or word.lower() in _FUNCTION[language] or _DIGIT.search(word):
            continue
        without = sentence[: m.start()] + sentence[m.end() :]
        # The sentence keeps its part-of-speech tags: the push is what the word itself
        # (its letters, neighbours and cue groups) adds, not a change of grammar.
        push = full - log_odds(features(without, language, lexicon, tags), model)
        if push >= model.get("cue_min", CUE_MIN):
            pushes.append((push, m.start(), m.end(), word))
    best = sorted(pushes, key=lambda p: -p[0])[:limit]
    return [(start, end, word) for _, start, end, word in sorted(best, key=lambda p: p[1])]
