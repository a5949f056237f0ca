"""Which language an article is written in: German or English, anything else is refused.

Uses lingua (models ship inside the wheel, so it works offline). The detector knows a small,
fixed set of common languages rather than all 75, in low-accuracy mode (trigram models only):
that keeps its first call at ~0.2 s instead of ~2.5 s for short paragraphs, and still lets us
name the language we refuse ("French", "Russian") instead of guessing wrongly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.errors import QuizgenError

SUPPORTED = {"GERMAN": "de", "ENGLISH": "en"}

# Languages the detector chooses among. Besides German and English: the languages a German or
# English classroom is most likely to paste by accident, plus one per major non-Latin script.
# Each Latin-script language adds ~15 ms to the first call (its model is loaded); languages with
# a script of their own (Greek ... Thai) are recognised by script and cost nothing.
KNOWN = (
    "GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "PORTUGUESE", "POLISH",
    "TURKISH", "RUSSIAN", "UKRAINIAN", "ARABIC", "CHINESE", "JAPANESE",
    "GREEK", "HEBREW", "KOREAN", "HINDI", "THAI",
)

MIN_WORDS = 3  # fewer words than this and no detector can tell
SAMPLE_CHARS = 4000  # the majority of a news body is decided well within this
MIN_CHUNK_WORDS = 3  # shorter paragraphs (captions, credits) do not vote

_WORD = re.compile(r"[^\W\d_]+")
# scripts written without spaces between words: each character counts as a word
_NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_CHUNKS = re.compile(r"\n\s*\n|\n")


# Words frequent in one of the two languages and rare in the other and in the languages a
# classroom pastes by accident (no Dutch 'of'/'werden', no German 'die'): a paragraph of news
# prose has one in eight or more of its words from its own list and almost none from the
# other. Such a paragraph votes without the model, which is the costly part of reading a
# whole article (on our articles and their captions the lists agree with lingua on every
# paragraph they decide, and decide more than half of them).
_FUNCTION_WORDS = {
    "de": frozenset("der und das nicht sich des auf für ist dem ein eine auch wird dass einer "
                    "einem über einen zum zur wurde haben sind nach bei mit".split()),
    "en": frozenset("the and that with for from this which would been have has were said his "
                    "they their will after".split()),
}
_OWN_SHARE, _OTHER_SHARE, _FAST_MIN_WORDS = 0.12, 0.03, 8
_FAST_NAMES = {"de": "GERMAN", "en": "ENGLISH"}


def _plainly(chunk: str) -> str | None:
    """"GERMAN"/"ENGLISH" for a paragraph its function words decide, else None."""
    words = [w.lower() for w in _WORD.findall(chunk)]
    if len(words) < _FAST_MIN_WORDS:
        return None
    de = sum(w in _FUNCTION_WORDS["de"] for w in words) / len(words)
    en = sum(w in _FUNCTION_WORDS["en"] for w in words) / len(words)
    if de >= _OWN_SHARE and en < _OTHER_SHARE:
        return _FAST_NAMES["de"]
    if en >= _OWN_SHARE and de < _OTHER_SHARE:
        return _FAST_NAMES["en"]
    return None


@lru_cache(maxsize=1)
def _detector():
    """Built once, on first use: importing quizgen must not pay for language models."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in KNOWN]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def word_count(text: str) -> int:
    """Words as a reader would count them; each Chinese, Japanese or Thai character counts."""
    glyphs = len(_NO_SPACES.findall(text))
    return len(_WORD.findall(_NO_SPACES.sub(" ", text))) + glyphs


def detect_language(text: str) -> str:
    """"de" or "en" for the language of most of ``text``; QuizgenError otherwise.

    Each paragraph of the first few thousand characters votes with its length, so a German
    article quoting an English sentence (or carrying an English photo credit) stays German.
    """
    sample = text[:SAMPLE_CHARS]
    if word_count(sample) < MIN_WORDS:
        raise QuizgenError("too_short", min=MIN_WORDS)
    votes: dict[str, int] = {}
    chunks = [c for c in _CHUNKS.split(sample) if word_count(c) >= MIN_CHUNK_WORDS]
    left = sum(len(c) for c in chunks)
    for chunk in chunks or [sample]:
        name = _plainly(chunk)
        if name is None:  # the model is built on first need: plain prose never loads it
            language = _detector().detect_language_of(chunk)
            name = language.name if language is not None else None
        if name is not None:
            votes[name] = votes.get(name, 0) + len(chunk)
        left -= len(chunk)
        top = sorted(votes.values(), reverse=True)[:2] + [0, 0]
        if top[0] > top[1] + left:
            break  # the paragraphs left cannot change the winner: do not run them
    if not votes:
        raise QuizgenError("unsupported_language", language="unknown")
    winner = max(votes, key=votes.__getitem__)
    if winner not in SUPPORTED:
        raise QuizgenError("unsupported_language", language=winner.title())
    return SUPPORTED[winner]
