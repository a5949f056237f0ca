"""The per-article tagger (quizgen.nlp.tokens.ArticleTagger) must give exactly what HanTa's
own tag_sent gives: it only avoids repeating work, it never changes a tag or a lemma."""

from __future__ import annotations

import pytest

from quizgen.nlp import tokens
from quizgen.nlp.tokens import ArticleTagger, one_article, tag_words, token_spans

SENTENCES = {
    "de": [
        "Der kasachische Präsident Kassym-Schomart Tokajew hat am 19. Januar den Abzug "
        "der Truppen angekündigt.",
        "Tokajew sagte, die Lage sei stabil; Tokajew sprach von „terroristischen Banden“.",
        "Die Polizei nahm mehr als 10.000 Menschen fest, darunter Tobias Wendt.",
        "Xqzrvlm Blörkstadt-Süd hat 3,5 Prozent mehr Einwohner als Blörkstadt-Nord.",
    ],
    "en": [
        "Kazakhstan's president Kassym-Jomart Tokayev said the troops would leave on Jan. 19.",
        "Tokayev said it was stable; Tokayev's critics said it wasn't.",
        "More than 10,000 people were detained, including a 27-year-old from Zzyxville.",
        "The the the Zzyxville Zzyxville council met at 6:45 p.m. on Monday.",
    ],
}


def _words(sentence: str, language: str) -> list[str]:
    return [sentence[a:b] for a, b in token_spans(sentence, language)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_article_tagger_equals_hanta(language):
    plain = tokens._hanta(language)
    tagger = ArticleTagger(language)
    for _ in range(2):  # the second round is answered from the memos
        for sentence in SENTENCES[language]:
            words = _words(sentence, language)
            assert tagger.tag_sent(words) == plain.tag_sent(words, taglevel=1)
    assert tagger.tag_sent([]) == []


def test_memos_live_for_one_article_only():
    with one_article("de") as first:
        tag_words.cache_clear()
        tag_words(tuple(_words(SENTENCES["de"][0], "de")), "de")
        assert first._lemmas
    with one_article("de") as second:
        assert second is not first and not second._lemmas and not second._words
    assert tokens._ARTICLE.get() is None


def test_tag_words_same_inside_and_outside_an_article():
    for language, sentences in SENTENCES.items():
        for sentence in sentences:
            words = tuple(_words(sentence, language))
            tag_words.cache_clear()
            outside = tag_words(words, language)
            tag_words.cache_clear()
            with one_article(language):
                inside = tag_words(words, language)
            assert inside == outside


def test_falls_back_to_tag_sent_without_hanta_internals(monkeypatch):
    class Bare:  # a HanTa without the methods the fast path uses
        def tag_sent(self, words, taglevel=1):
            return [(w, w.lower(), "XY") for w in words]

    monkeypatch.setattr(tokens, "_hanta", lambda language: Bare())
    assert ArticleTagger("de").tag_sent(["Ein", "Test"]) == [("Ein", "ein", "XY"),
                                                             ("Test", "test", "XY")]


@pytest.mark.parametrize("language", ["de", "en"])
def test_own_viterbi_gives_hantas_tags_on_whole_articles(language):
    # ArticleTagger._viterbi visits only each word's possible tags; the tags must stay
    # HanTa's on real text (ties included), on unknown words and on one-word sentences.
    from pathlib import Path

    from quizgen import pipeline
    from quizgen.nlp.sentences import split_sentences

    root = Path(__file__).resolve().parent / "data" / "articles"
    tagger = ArticleTagger(language)
    assert tagger._own_viterbi
    plain = tokens._hanta(language)
    sentences = list(SENTENCES[language]) + ["Zzyxq.", "Xqzrvlm blörk ßßß qqq!", "Ja"]
    for path in sorted(root.glob(f"{language}_*.txt"))[:2]:
        text = "\n".join(b.text for b in pipeline.load_article(path).blocks)
        for line in text.split("\n"):
            sentences += [line[s:e] for s, e in split_sentences(line, language)]
    assert len(sentences) > 40
    for sentence in sentences:
        words = _words(sentence, language)
        if words:
            assert tagger._viterbi(words) == plain.tag_sent_viterbi(words, True), sentence


def _article_words(language: str, count: int = 3) -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent / "data" / "articles"
    words: set[str] = set()
    for path in sorted(root.glob(f"{language}_*.txt"))[:count]:
        text = path.read_text(encoding="utf-8")
        for line in text.split("\n"):
            words.update(_words(line, language))
    # unknown words (the lenient pass), short ones, hyphens, digits, one letter
    words.update(["Xqzrvlm", "Blörkstadt-Süd", "qq", "Zzyxville", "ab", "a", "3,5", "Ü",
                  "Kassym-Schomart", "Wohnungsbaugenossenschaftsvorsitzender"])
    return sorted(words)


@pytest.mark.parametrize("language", ["de", "en"])
def test_fast_word_analysis_gives_hantas_results(language, monkeypatch):
    # quizgen.nlp.morphology skips the morpheme tags HanTa would score minus infinity; the
    # tag probabilities, segmentations and lemmas must stay HanTa's to the last bit
    from quizgen.nlp.morphology import fast_copy

    plain = tokens._hanta(language)
    fast = fast_copy(plain)
    assert fast is not None and fast.analyze_forward != plain.analyze_forward
    words = _article_words(language)
    assert len(words) > 300
    from quizgen.nlp import morphology

    guesses = []
    real_guess = morphology._WordAnalysis._guess

    def counted(self, m, tag, wlen):
        guesses.append(m)
        return real_guess(self, m, tag, wlen)

    monkeypatch.setattr(morphology._WordAnalysis, "_guess", counted)
    _compare(plain, fast, words)
    assert guesses  # unknown morphemes took the lenient pass


def _compare(plain, fast, words: list[str]) -> None:
    for word in words:
        norm = plain.normalize(word)
        expected = plain.analyze_forward(norm)
        assert fast.analyze_forward(norm) == [(t, float(p)) for t, p in expected], word
        for tag, _lp in plain._tag_word(word, 5, True, True):
            if tag <= 3:  # HanTa's markers, not tags
                continue
            assert fast.analyze_viterbi(word.lower(), -tag) == \
                plain.analyze_viterbi(word.lower(), -tag), (word, tag)
            assert fast._analyze(word, tag, taglevel=1) == plain._analyze(word, tag, taglevel=1)


def test_fast_word_analysis_only_for_hantas_layout():
    from quizgen.nlp.morphology import fast_copy

    class Other:  # a tagger without HanTa 1.2's tables
        def tag_sent(self, words, taglevel=1):
            return []

    assert fast_copy(Other()) is None


def test_article_tagger_uses_the_fast_word_analysis():
    for language in ("de", "en"):
        tagger = ArticleTagger(language)
        assert tagger._plain is not tokens._hanta(language)
        assert tagger._plain.LP_m_t is tokens._hanta(language).LP_m_t  # the same model


def test_tagging_outside_an_article_uses_the_fast_word_analysis_with_hantas_results(
        monkeypatch):
    # a generator that tags a rewritten sentence (no one_article around it) gets HanTa's
    # tags and lemmas, through the faster word analysis
    used = []
    for language, sentences in SENTENCES.items():
        plain = tokens._hanta(language)
        fast = tokens._fast_words(plain)
        real = fast.analyze_viterbi
        monkeypatch.setattr(fast, "analyze_viterbi",
                            lambda word, pos, real=real: used.append(word) or real(word, pos))
        for sentence in sentences:
            words = _words(sentence, language)
            assert tokens._ARTICLE.get() is None
            assert tokens._tag_sent(words, language) == plain.tag_sent(words, taglevel=1)
    assert used


@pytest.mark.parametrize("language", ["de", "en"])
def test_tagger_model_is_left_out_of_garbage_collection(language):
    """HanTa's model lives as long as the process; a full collection walked its dicts
    (about 50 ms each time, several per twenty articles) until it was frozen on loading."""
    import gc

    model = tokens._hanta(language)
    tables = [v for v in vars(model).values() if isinstance(v, dict) and len(v) > 1000]
    assert tables  # the model's lexicon and transition tables
    young = {id(o) for o in gc.get_objects()}
    assert id(model) not in young and not any(id(t) in young for t in tables)
    assert tokens.tag_words(("Das", "ist", "gut", "."), language)  # still tags


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_articles_tagger_goes_with_the_article_without_the_collector(language):
    """Its memos are freed by reference counting when the article is done: a reference cycle
    kept every article's memos until the next full collection, which then had them to walk."""
    import gc
    import weakref

    gc.disable()
    try:
        with one_article(language) as tagger:
            assert tagger.tag_sent(["Das", "ist", "ein", "Test", "."])
            gone = weakref.ref(tagger)
        del tagger
        assert gone() is None
    finally:
        gc.enable()
