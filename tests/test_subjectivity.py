"""Fact-versus-opinion classifier: orderings on clear pairs, cues, shipped-model quality."""

from __future__ import annotations

import csv
import gzip
import json
import os
from pathlib import Path

import pytest

from quizgen.nlp import subjectivity as S

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "bench" / "subjectivity"
ARTICLE = SHARED / "articles" / "de_kasachstan_ovks.txt"

# Macro-F1 of the shipped models on the first DEV_SAMPLE sentences of each dev file,
# measured when the models were saved (the whole dev set, which `python
# bench/subjectivity.py --shipped` scores, takes too long to tag for a unit test). The
# floor leaves a margin for rounding and platform float differences; a broken feature or
# model file falls far below it.
DEV_SAMPLE = 200
DEV_FLOOR = {"de": 0.678, "en": 0.601}
MARGIN = 0.02

# (opinion, fact) pairs: the first must score clearly higher than the second.
PAIRS = {
    "de": [
        (
            "Wladimir Putin ist zweifelsohne besorgt über jede Art von soziopolitischen "
            "Unruhen in einem Nachbarland.",
            "Die kasachischen Sicherheitskräfte hatten in der ersten Januarwoche nach "
            "Massenprotesten in der Millionenstadt Almaty und anderen Regionen die Kontrolle "
            "über die Lage verloren.",
        ),
        (
            "Nilsson fügte hinzu, dass Putin möglicherweise den potenziellen Dominoeffekt "
            "einer sich ausbreitenden abweichenden Bewegung in Kasachstan abgewägt habe.",
            "Der in der Geschichte der OVKS bisher beispiellose Einsatz begann am 6. Januar, "
            "nachdem der kasachische Präsident Kassym-Schomart Tokajew das von Russland "
            "dominierte Bündnis um Hilfe gerufen hatte.",
        ),
        (
            "Das ist eine absolut katastrophale und völlig verantwortungslose Politik.",
            "Die Regierung hat am Dienstag ein neues Gesetz beschlossen.",
        ),
        (
            "Ich finde, wir sollten endlich aufhören, diesen Unsinn zu glauben!",
            "Der Bundestag stimmte am Donnerstag mit 400 zu 250 Stimmen für den Haushalt.",
        ),
        (
            "Diese Reform ist ein peinliches Eigentor, und die Ministerin sollte sich "
            "dafür schämen.",
            "Die Reform tritt am 1. März in Kraft und betrifft rund 40.000 Betriebe.",
        ),
        (
            "Leider begreift offenbar niemand in dieser Stadt, wie dringend wir endlich "
            "mehr Radwege brauchen.",
            "Die Stadt baute im vergangenen Jahr zwölf Kilometer neue Radwege.",
        ),
    ],
    "en": [
        (
            "Putin is undoubtedly worried about any kind of socio-political unrest in a "
            "neighbouring country.",
            "Kazakh security forces lost control of the situation in the first week of "
            "January.",
        ),
        (
            "This is clearly the worst decision the government could possibly have made.",
            "The government announced the decision on Tuesday.",
        ),
        (
            "I think the plan is a terrible idea.",
            "The plan was presented to parliament in March.",
        ),
        (
            "Frankly, nobody in their right mind should believe these ridiculous promises!",
            "The company reported a net profit of $3.2 billion for the third quarter.",
        ),
        (
            "This reform is an embarrassing own goal and the minister should be ashamed "
            "of it.",
            "The reform takes effect on 1 March and affects about 40,000 companies.",
        ),
        (
            "Sadly, nobody in this city seems to understand how badly we need more "
            "cycle lanes.",
            "The city built twelve kilometres of new cycle lanes last year.",
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "opinion", "fact"),
    [(lang, o, f) for lang, pairs in PAIRS.items() for o, f in pairs],
)
def test_opinion_scores_higher_than_fact(language, opinion, fact):
    s_opinion, s_fact = S.opinion_scores([opinion, fact], language)
    assert s_opinion > s_fact + 0.15
    assert not S.is_opinion(fact, language)
    if " habe." not in opinion:  # reported speculation ("..., dass ... habe") may count as fact
        assert S.is_opinion(opinion, language)


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_scores_are_probabilities_in_input_order(language):
    opinion, fact = PAIRS[language][0]
    sentences = [fact, opinion, "", "?"]
    scores = S.opinion_scores(sentences, language)
    assert len(scores) == 4
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[:2] == S.opinion_scores([fact, opinion], language)
    assert S.opinion_scores([], language) == []


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        S.opinion_scores(["Ceci est une phrase."], "fr")


@pytest.mark.parametrize(
    ("language", "sentence", "cue"),
    [
        ("de", PAIRS["de"][0][0], "zweifelsohne"),
        ("de", PAIRS["de"][1][0], "möglicherweise"),
        ("en", PAIRS["en"][0][0], "undoubtedly"),
        ("de", PAIRS["de"][4][0], "peinliches"),
        ("en", PAIRS["en"][5][0], "Sadly"),
    ],
)
def test_cues_point_at_the_hedge_or_booster(language, sentence, cue):
    cues = S.opinion_cues(sentence, language)
    assert cue in [word for _, _, word in cues]
    for start, end, word in cues:
        assert sentence[start:end] == word
    assert [c[0] for c in cues] == sorted(c[0] for c in cues)


def test_cues_skip_function_words_and_plain_facts():
    cues = S.opinion_cues(PAIRS["de"][0][0], "de")
    assert all(word.lower() not in {"ist", "über", "die"} for _, _, word in cues)
    assert S.opinion_cues("The plan was presented to parliament in March.", "en") == []


def test_seed_article_quote_outscores_its_news_sentences():
    if not ARTICLE.exists():
        pytest.skip(f"seed article not found at {ARTICLE} (shared folder absent)")
    text = ARTICLE.read_text(encoding="utf-8")
    opinion = "Wladimir Putin ist zweifelsohne besorgt über jede Art von soziopolitischen"
    fact = "Es gab mehr als 100 Tote, mehr als 10.000 Festnahmen und Hunderte Verletzte."
    assert opinion in text and fact in text
    s_opinion, s_fact = S.opinion_scores([opinion + " Unruhen in einem Nachbarland.", fact], "de")
    assert s_opinion > s_fact


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_shipped_model_is_small_and_self_describing(language):
    path = S.model_path(language)
    assert path.stat().st_size < 2 * 1024 * 1024
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        model = json.load(fh)
    assert model["language"] == language
    assert 0.0 < model["threshold"] < 1.0
    assert model["trained"]["seed"] == 0


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_part_of_speech_features_are_learnt_and_given_tags_change_nothing(language):
    sentence = PAIRS[language][4][0]
    spans, tags = S.pos_tags(sentence, language)
    assert len(spans) == len(tags) > 5
    raw = S.features(sentence, language)
    assert raw == S.features(sentence, language, tags=tags)
    assert any(name.startswith("p:") for name in raw)
    vocab = S.load_model(language)["vocab"]
    tag_weights = [w for name, (w, _idf) in vocab.items() if name.startswith("p:")]
    assert len(tag_weights) > 20 and any(abs(w) > 0.1 for w in tag_weights)


def _dev(language: str) -> tuple[list[str], list[int]]:
    path = BENCH / f"dev_{language}.tsv"
    if not path.exists():
        pytest.skip(f"benchmark data not found at {path} (shared folder absent)")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = rows[:DEV_SAMPLE]
    return [r["sentence"] for r in rows], [int(r["label"] == "SUBJ") for r in rows]


def _macro_f1(gold: list[int], pred: list[int]) -> float:
    f = []
    for c in (0, 1):
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        f.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f) / 2


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_shipped_model_dev_macro_f1(language):
    sentences, gold = _dev(language)
    threshold = S.load_model(language)["threshold"]
    pred = [int(p >= threshold) for p in S.opinion_scores(sentences, language)]
    assert _macro_f1(gold, pred) >= DEV_FLOOR[language] - MARGIN


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_fast_scores_equal_the_training_features(language):
    # opinion_scores does not build feature names; it must give what training's features()
    # and score_features() give, up to the order of float additions.
    sentences = [s for pair in PAIRS[language] for s in pair] + [
        "", "!!!", "„Nein“, sagte er: „Das ist FALSCH … und absurd!“ (sic)",
        "The SO-CALLED experts – 12,000 of them – said it's 100% wrong, wrong, wrong...",
        "Sätze mit Wiederholung: gut gut gut, schlecht schlecht, ja ja.",
    ]
    path = BENCH / f"dev_{language}.tsv"
    if path.exists():
        sentences += _dev(language)[0][:80]
    model = S.load_model(language)
    expected = [S.score_features(S.features(s, language, model.get("lexicon")), model)
                for s in sentences]
    got = S.opinion_scores(sentences, language)
    assert got == pytest.approx(expected, abs=1e-12, rel=0)
    assert S.opinion_scores(sentences, language) == got  # per-word memos change nothing
    tags = [S.pos_tags(s, language)[1] for s in sentences]
    assert S.opinion_scores(sentences, language, tags) == got
