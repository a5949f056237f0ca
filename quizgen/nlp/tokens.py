"""Tokens with character offsets, part-of-speech tags and lemmas (HanTa, model in its wheel)."""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache, partial
from typing import Any

from quizgen.model import Token
from quizgen.nlp.memo import for_process

_MONTHS_DE = ("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
              "Dezember|Jänner")

# One alternative per token shape, most specific first.
_TOKEN_PATTERN = r"""(?x)
    https?://\S+[^\s.,;:!?)"“”»]                      # URLs
  | (?:[A-Za-z0-9-]+\.)+(?:co\.uk|com|de|org|net|ru|uk|at|ch|eu|info|io|gov)\b  # domains
  | \[(?:\.\.\.|…)\]                                   # omission mark [...]
  | \d{1,2}\.(?=\s+(?:""" + _MONTHS_DE + r""")\b)      # German ordinal date "19."
  | \d+(?:[.,\u202f]\d{3})+(?:,\d+)?                  # 10.000 / 10,000 / 1.234,5
  | \d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?                 # clock and race times: 2:21:14
  | \d+-[^\W\d]\w*(?:-\w+)*                            # 27-year-old, 27-Jährige, 3-fach
  | \d+(?:st|nd|rd|th)\b                              # English ordinals: 88th
  | \d+(?:[.,]\d+)?%?(?:['’]s\b)?                      # 100 / 1,5 / 20% / Radio 4's
  | (?:[A-Za-zÄÖÜäöü]\.){2,}                           # u.a. U.S. z.B.
  | (?<![\w.])[A-ZÄÖÜ]\.[A-ZÄÖÜ]{2,4}\b                # station names: R.SH
  | (?:St|Dr|Prof)\.-[^\W\d_]\w*(?:-\w+)*               # St.-Marien-Kirche, Dr.-Ing
  | (?:Dr|Prof|Mr|Mrs|Ms|St|Nr|bzw|ca|vgl|usw|Jan|Feb|Sept?|Okt|Oct|Nov|Dez|Dec|Gen|Sen|Gov
       |Inc|Ltd|Corp|Co|Jr|Sr|No|vs|etc|evtl|ggf|inkl|sog|z|d|u|o)\.(?=\s|$)  # abbreviations
  | \w+(?:[-'’]\w+)*(?:-(?=\s+(?:und|oder|bzw\.?|sowie)\b))?  # words, Kreml-Boss, öl- und
  | \.\.\.|…|--|[–—]
  | \S                                                 # any other single character
"""
_EN_CLITIC = re.compile(r"^(\w+)(['’](?:s|re|ve|ll|d|m|t))$", re.IGNORECASE)

_TOKEN = re.compile(_TOKEN_PATTERN)


def token_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of the tokens of one sentence (English "Putin's" -> "Putin" + "'s").
    Inside one_article, each sentence is split once (subjectivity asks again)."""
    tagger = _ARTICLE.get()
    if tagger is None or tagger.language != language:
        return _token_spans(text, language)
    found = tagger.spans.get(text)
    if found is None:
        found = tagger.spans[text] = _token_spans(text, language)
    return list(found)


def _token_spans(text: str, language: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if language != "en" or ("'" not in text and "’" not in text):
        return spans  # no clitic to split off
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = _EN_CLITIC.match(text[s:e])
        if m and not text[s:e].lower().endswith(("n't", "n’t")):
            cut = s + len(m.group(1))
            out += [(s, cut), (cut, e)]
        else:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- tags

_STTS_TO_POS = {
    "NN": "NOUN", "NE": "PROPN", "FM": "X", "XY": "X", "TRUNC": "X",
    "VVFIN": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VVIMP": "VERB",
    "VAFIN": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VAIMP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "PROAV": "ADV", "PAV": "ADV", "PWAV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "PDAT": "DET", "PIAT": "DET", "PIDAT": "DET", "PPOSAT": "DET", "PWAT": "DET",
    "PRELAT": "DET",
    "PDS": "PRON", "PIS": "PRON", "PPER": "PRON", "PPOSS": "PRON", "PRELS": "PRON",
    "PRF": "PRON", "PWS": "PRON",
    "CARD": "NUM", "KON": "CCONJ", "KOKOM": "CCONJ", "KOUI": "SCONJ", "KOUS": "SCONJ",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "PART", "PTKANT": "PART", "PTKA": "PART",
    "ITJ": "X",
}

_C5_PREFIX_TO_POS = (
    ("NP", "PROPN"), ("NN", "NOUN"), ("VM", "AUX"), ("VB", "AUX"), ("VD", "AUX"),
    ("VH", "AUX"), ("VV", "VERB"), ("AJ", "ADJ"), ("AV", "ADV"), ("PR", "ADP"),
    ("AT", "DET"), ("DT", "DET"), ("DP", "PRON"), ("PN", "PRON"), ("CRD", "NUM"),
    ("ORD", "ADJ"), ("CJC", "CCONJ"), ("CJS", "SCONJ"), ("CJT", "SCONJ"), ("TO", "PART"),
    ("XX", "PART"), ("POS", "PART"), ("PU", "PUNCT"), ("EX", "PRON"), ("ITJ", "X"),
    ("UNC", "X"), ("ZZ", "X"),
)


# Finite verbs: STTS (German) and BNC C5 (English) tags, one set for every module that asks.
FINITE_TAGS = frozenset({
    "VVFIN", "VAFIN", "VMFIN",
    "VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB", "VM0",
})


def is_finite(token: Token) -> bool:
    return token.tag in FINITE_TAGS


@cache
def coarse_pos(tag: str, language: str) -> str:
    """Map STTS (German) or BNC C5 (English) to one coarse tag set shared by the generators
    (cached: a few dozen tags, asked for every token)."""
    if language == "de":
        if tag.startswith("$"):
            return "PUNCT"
        if tag.startswith("NN"):  # HanTa's "NN(A)": a noun made from an adjective ("Tote")
            return "NOUN"
        return _STTS_TO_POS.get(tag, "X")
    for prefix, pos in _C5_PREFIX_TO_POS:
        if tag.startswith(prefix):
            return pos
    return "X"


@for_process
def _hanta(language: str):
    from HanTa import HanoverTagger

    model = "morphmodel_ger.pgz" if language == "de" else "morphmodel_en.pgz"
    return HanoverTagger.HanoverTagger(model)


_HANTA_TAG = re.compile(r"^(\w+)\((\w+)\)$")
_PUNCT = re.compile(r"^[^\w]+$")
_NUMBER = re.compile(r"^\d[\d.,\u202f]*%?$")


MAX_TAGGED_WORD = 40  # HanTa's analysis grows ~cubically with word length
MAX_TAGGED_SENTENCE = 300  # and its Viterbi pass with sentence length: tag in windows


def _remembered_tag_word(memo: dict[tuple, list], plain: Any, word: str, cutoff: int = 5,
                         casesensitive: bool = True, conditional: bool = False) -> list:
    """HanTa's ``_tag_word`` of `plain`, each distinct call once per article (in `memo`)."""
    key = (word, cutoff, casesensitive, conditional)
    found = memo.get(key)
    if found is None:
        found = memo[key] = plain._tag_word(word, cutoff, casesensitive, conditional)
    return found


class ArticleTagger:
    """HanTa for one article: each distinct word is looked up, and each (word, tag) pair
    lemmatised, once per article instead of once per occurrence.

    ``HanoverTagger.tag_sent`` scores every token's word afresh (an unknown name runs its
    morphology HMM each time) and lemmatises every token; an article repeats its names and
    function words, so this gives the very same (word, lemma, tag) triples for about half the
    work. The memos live as long as the article's analysis, never across articles. Falls back
    to ``tag_sent`` if a HanTa version lacks the methods it builds on.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        hanta = _hanta(language)
        # HanTa's word analysis with less work per step (the same results): for the
        # word tags (_tag_word) and lemmas (_analyze) below
        self._plain = _fast_words(hanta) or hanta
        self._fast = all(hasattr(hanta, a) for a in
                         ("tag_sent_viterbi", "_tag_word", "_analyze", "int2tag"))
        self._own_viterbi = self._fast and _tag_order(language) is not None
        self._words: dict[tuple, list] = {}
        # the memoised word lookup holds the memo and the plain tagger, not self: the copy
        # below holding a bound method of self was a reference cycle, which kept every
        # article's memos alive until the next full garbage collection
        self._tag_word = partial(_remembered_tag_word, self._words, self._plain)
        if self._fast:
            # a shallow copy shares the model; only its word lookup is memoised
            self._hanta = copy.copy(hanta)
            self._hanta._tag_word = self._tag_word
        self._probs: dict[tuple[str, bool], list | None] = {}  # see _word_steps
        self._lemmas: dict[tuple[str, int], str] = {}
        self.spans: dict[str, list[tuple[int, int]]] = {}  # sentence -> token_spans

    def tag_sent(self, words: list[str]) -> list[tuple[str, str, str]]:
        """(word, lemma, tag) per word, exactly as ``HanoverTagger.tag_sent(words, 1)``."""
        if not self._fast:
            return self._plain.tag_sent(words, taglevel=1)
        if not words:
            return []
        hanta = self._plain
        tags = (self._viterbi(words) if self._own_viterbi
                else self._hanta.tag_sent_viterbi(words, True))
        out = []
        for word, tag in zip(words, tags, strict=True):
            key = (word.lower(), tag)  # HanTa lemmatises the lower-cased word
            lemma = self._lemmas.get(key)
            if lemma is None:
                lemma = self._lemmas[key] = hanta._analyze(word, tag, taglevel=1)[0]
            out.append((word, lemma, hanta.int2tag[tag]))
        return out


    def _word_steps(self, word: str, cs: bool) -> list[tuple[int, float]] | None:
        """The tags a word can have with their log-probabilities, in the model's transition
        order (see _tag_order); None for a word HanTa does not know (any tag may follow)."""
        key = (word, cs)
        if key in self._probs:
            return self._probs[key]
        wprobs = dict(self._tag_word(word, cutoff=5, casesensitive=cs, conditional=True))
        if not wprobs or (len(wprobs) == 1 and _HT_UNKNOWN in wprobs):
            steps = None
        else:
            rank = _tag_order(self.language)
            steps = sorted(((c, lp) for c, lp in wprobs.items() if c != _HT_END),
                           # a tag no state goes to (never in a transition): last
                           key=lambda c_lp: rank.get(c_lp[0], len(rank)))
        self._probs[key] = steps
        return steps

    def _viterbi(self, sent: list[str]) -> list[int]:
        """``HanoverTagger.tag_sent_viterbi(sent, True)``, step for step, except that a word's
        row visits only the tags the word can have instead of every tag a state can go to
        and skipping the rest: about 60 transitions per state, of which a known word keeps
        one to five. The kept tags are visited in HanTa's order (_tag_order), so the same
        sums are made in the same order and ties are broken alike: the same tags come out."""
        trans = self._plain.LP_trans_word
        in_order = _IN_ORDER.setdefault(self.language, {})  # state -> _in_order's answer
        lowerbound = -1e6
        table: list[dict] = []
        backpointer: list[dict] = []
        for i, w in enumerate(sent):
            steps = self._word_steps(w, i > 0)
            row: dict = {}
            back: dict = {}
            backpointer.append(back)
            prevrow = table[i - 1] if i else {(_HT_EMPTY, _HT_START): 0.0}
            if len(prevrow) > 5:  # only states near the 5 best go on
                rowbound = sorted(prevrow.values(), reverse=True)[5] - 1
            else:
                rowbound = lowerbound
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                lp_t = trans[state]
                last = state[1]
                if steps is None:  # an unknown word may have any tag
                    for c, lp_tc in lp_t.items():
                        if c == _HT_END:
                            continue
                        lp = lp0 + lp_tc  # + 0 for the word
                        if lp > lowerbound:
                            newstate = (last, c)
                            best = row.get(newstate)
                            if best is None or lp > best:
                                row[newstate] = lp
                                back[newstate] = state
                    continue
                order = steps
                ordered = in_order.get(state)
                if ordered is None:
                    ordered = _in_order(self.language, state, lp_t)
                if not ordered:  # HanTa's order, slowly
                    wprobs = dict(steps)
                    order = [(c, wprobs[c]) for c in lp_t if c in wprobs]
                for c, lpwc in order:
                    lp_tc = lp_t.get(c)
                    if lp_tc is None:
                        continue
                    lp = lp0 + lp_tc + lpwc
                    if lp > lowerbound:
                        newstate = (last, c)
                        best = row.get(newstate)
                        if best is None or lp > best:
                            row[newstate] = lp
                            back[newstate] = state
            table.append(row)
        finalstate = (_HT_END, _HT_EMPTY)
        row = {}
        back = {}
        backpointer.append(back)
        for state, lp0 in table[-1].items():
            lp = lp0 + trans[state].get(_HT_END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                back[finalstate] = state
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]


# HanTa's state markers (HanTa.HanoverTagger module constants), for ArticleTagger._viterbi
_HT_EMPTY, _HT_START, _HT_END, _HT_UNKNOWN = 0, 1, 2, 3


@cache
def _tag_order(language: str) -> dict[int, int] | None:
    """A rank per tag in which the model lists a state's transitions (the order of its
    longest transition dict), or None if HanTa's model is not laid out as _viterbi reads it
    (then HanTa's own Viterbi is used). Each state's dict is checked against it on first
    use (_in_order): visiting a word's tags by rank is then visiting them as HanTa does."""
    from HanTa import HanoverTagger as ht

    markers = tuple(getattr(ht, n, None) for n in ("EMPTY", "START", "END", "UNKNOWN"))
    trans = getattr(_hanta(language), "LP_trans_word", None)
    if markers != (_HT_EMPTY, _HT_START, _HT_END, _HT_UNKNOWN) or not isinstance(trans, dict) \
            or not trans:
        return None
    return {c: n for n, c in enumerate(max(trans.values(), key=len))}


_IN_ORDER: dict[str, dict[tuple, bool]] = {}  # language -> state -> checked once


def _in_order(language: str, state: tuple, lp_t: dict) -> bool:
    """Does this state list its transitions in _tag_order's order (unknown tags last)?"""
    memo = _IN_ORDER.setdefault(language, {})
    found = memo.get(state)
    if found is None:
        rank = _tag_order(language)
        ranks = [rank.get(c, len(rank)) for c in lp_t]
        found = memo[state] = ranks == sorted(ranks) and ranks.count(len(rank)) <= 1
    return found


@for_process
def _fast_words(hanta: Any) -> Any:
    """`hanta` with quizgen.nlp.morphology's word analysis; None if its model is laid out
    otherwise."""
    from quizgen.nlp.morphology import fast_copy

    return fast_copy(hanta)


_ARTICLE: ContextVar[ArticleTagger | None] = ContextVar("quizgen_article_tagger", default=None)


@contextmanager
def one_article(language: str) -> Iterator[ArticleTagger]:
    """Tag the sentences of one article with a shared ArticleTagger (quizgen.nlp.pipeline);
    inside another one_article of the same language, that one's tagger is used."""
    current = _ARTICLE.get()
    if current is not None and current.language == language:
        yield current
        return
    tagger = ArticleTagger(language)
    token = _ARTICLE.set(tagger)
    try:
        yield tagger
    finally:
        _ARTICLE.reset(token)


def _tag_sent(words: list[str], language: str) -> list[tuple[str, str, str]]:
    tagger = _ARTICLE.get()
    if tagger is not None and tagger.language == language:
        return tagger.tag_sent(words)
    # outside an article (a generator tagging a sentence it rewrote): HanTa's own tag_sent,
    # with the faster word analysis where the model allows it
    hanta = _hanta(language)
    return (_fast_words(hanta) or hanta).tag_sent(words, taglevel=1)


@cache
def _plain_tag(tag: str) -> str:
    """"VV(FIN)" -> "VVFIN"; "$(" stays (HanTa has a few dozen tags: cached)."""
    return _HANTA_TAG.sub(r"\1\2", tag)


@lru_cache(maxsize=4096)
def tag_words(words: tuple[str, ...], language: str) -> tuple[tuple[str, str], ...]:
    """(tag, lemma) per word; cached because news pages repeat sentences (teasers, captions).

    A very long token (a pasted base64 blob, a URL) goes to the tagger as a short stand-in,
    and a sentence of thousands of words (no punctuation) is tagged in windows.
    """
    if not words:
        return ()
    if len(words) > MAX_TAGGED_SENTENCE:
        return tuple(pair for i in range(0, len(words), MAX_TAGGED_SENTENCE)
                     for pair in tag_words(words[i:i + MAX_TAGGED_SENTENCE], language))
    stand_ins = [w if len(w) <= MAX_TAGGED_WORD else "XXXX" for w in words]
    tagged = _tag_sent(stand_ins, language)
    out = []
    for i, (word, (_s, lemma, tag)) in enumerate(zip(words, tagged, strict=True)):
        if len(word) > MAX_TAGGED_WORD:
            lemma = word
        tag = _plain_tag(tag)
        if language == "de":
            if _PUNCT.match(word) and not tag.startswith("$"):
                tag = "$." if word in ".!?;:" else "$("
            elif _NUMBER.match(word) and not word.endswith("."):
                tag = "CARD"
            elif i > 0 and word[:1].isupper() and tag[:2] in {"VV", "VA", "VM"} and \
                    words[i - 1] not in {".", ":", "!", "?", "„", '"', "–"}:
                tag, lemma = "NE", word  # German verbs are lower-case: "Tobias Wendt"
            elif word[:1].isupper() and tag == "ADJA" and \
                    (out and out[-1][0] == "NE" or lemma.lower() == word.lower()) and \
                    not _before_noun(tagged, i):
                # an attributive adjective stands before its noun; a capitalised one before
                # none, after a first name or not known to the lexicon (its lemma is itself),
                # is a name: "Uwe Brandstätter mit", "sagte Brandstätter dem WDR"
                tag, lemma = "NE", word
        elif tag == "AJ0" and word[:1].isupper() and i + 1 < len(tagged) and \
                _plain_tag(tagged[i + 1][2]) in _FINITE_EN and \
                not (out and out[-1][0] in ("NP0", "NN1", "NN2")):
            # no adjective stands before a verb: "though Bowen admitted"; after a name or noun
            # the tagger's reading is left to the name finder ('DI Cullen', 'Post Office Ltd')
            tag, lemma = "NP0", word
        out.append((tag, lemma))
    return tuple(out)


_FINITE_EN = frozenset("VVD VVZ VBD VBZ VHD VHZ VDD VDZ VM0".split())


def _before_noun(tagged: list[tuple[str, str, str]], i: int) -> bool:
    """Whether the word after word i is one an attributive adjective can stand before."""
    if i + 1 >= len(tagged):
        return False
    return _plain_tag(tagged[i + 1][2]) in {"NN", "NE", "ADJA", "ADJD", "CARD", "TRUNC", "ADV"}


def tokenize(text: str, offset: int, language: str) -> list[Token]:
    """Tokens of one sentence; offsets are shifted by `offset` into the article's text."""
    spans = token_spans(text, language)
    words = tuple(text[s:e] for s, e in spans)
    tags = tag_words(words, language)
    return [
        Token(text=w, start=offset + s, end=offset + e, tag=tag, lemma=lemma,
              pos=coarse_pos(tag, language))
        for w, (s, e), (tag, lemma) in zip(words, spans, tags, strict=True)
    ]
