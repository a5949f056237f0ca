"""Property tests (hypothesis) over the analyser and the generators, German and English.

Issue 7, point 1. Articles are built from news-like pieces (names, titles, speech verbs, dates,
hedged numbers, quotes, pronouns, odd punctuation and unicode, empty paragraphs) and from fully
random text. Whatever comes in: only QuizgenError may be raised, every span slices the article
text exactly, and every question set is well formed, round-trips through JSON and is
reproducible from its seed. Figures and findings: docs/robustness.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.model import TRUE_FALSE_WORDS, Analysis, QuestionSet, Settings
from quizgen.pipeline import analyze, generate, load_article
from quizgen.questionset import load_question_set

# QUIZGEN_HYPOTHESIS_EXAMPLES=400 for a longer hunt; 50 keeps this module under a minute
EXAMPLES = int(os.environ.get("QUIZGEN_HYPOTHESIS_EXAMPLES", "50"))
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

# --------------------------------------------------------------------------- pieces

PIECES = {
    "de": {
        "names": ["Angela Merkel", "Olaf Scholz", "Kassym-Schomart Tokajew", "Sabine Hartwig",
                  "Jürgen Müller", "Ayşe Demir", "Frank Ostermann", "Wladimir Putin"],
        "titles": ["Bundeskanzler", "Bürgermeisterin", "Präsident", "Polizeisprecher",
                   "Verteidigungsminister", "Gewerkschaftschefin", ""],
        "orgs": ["die Bundesregierung", "der Stadtrat", "die Polizei", "die Gewerkschaft GME",
                 "das Rote Kreuz", "die OVKS"],
        "places": ["Berlin", "Hamburg", "Kasachstan", "München", "Almaty", "Köln"],
        "verbs": ["sagte", "erklärte", "betonte", "teilte mit", "warnte", "behauptete"],
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "Oktober"],
        "weekdays": ["am Montag", "am Dienstag", "am Freitagabend", "seit Mittwoch"],
        "hedges": ["mehr als", "rund", "etwa", "fast", "mindestens", ""],
        "units": ["Menschen", "Tote", "Soldaten", "Euro", "Prozent", "Arbeitsplätze"],
        "clauses": ["die Lage sei unter Kontrolle", "man werde alles tun, um zu helfen",
                    "die Regierung habe keine Beweise vorgelegt", "das Werk werde geschlossen",
                    "die Truppen würden das Land bald verlassen", "die Preise steigen weiter"],
        "events": ["wurden bei den Unruhen verletzt", "verloren ihre Arbeit",
                   "wurden festgenommen", "demonstrierten vor dem Rathaus"],
        "pronouns": ["Er", "Sie", "Dieser", "Es"],
        "quote": ("„", "“"),
        "on": "am",
        "in": "in",
    },
    "en": {
        "names": ["John Smith", "Mary Jones", "Joe Biden", "Helen Carter", "Liam Doyle",
                  "Priya Natarajan", "Gordon Pike", "Maya Lindqvist"],
        "titles": ["Mayor", "President", "police spokesman", "Defence Secretary",
                   "union leader", ""],
        "orgs": ["the government", "the city council", "the police", "the Red Cross",
                 "the United Nations", "Reuters"],
        "places": ["London", "New York", "Kazakhstan", "Manchester", "Texas", "Paris"],
        "verbs": ["said", "told reporters", "warned", "claimed", "announced", "stated"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "October"],
        "weekdays": ["on Monday", "on Tuesday", "on Friday evening", "since Wednesday"],
        "hedges": ["more than", "about", "around", "almost", "at least", ""],
        "units": ["people", "deaths", "soldiers", "dollars", "percent", "jobs"],
        "clauses": ["the situation was under control", "they would do everything to help",
                    "the government had not provided any evidence", "the plant would close",
                    "the troops would leave the country soon", "prices keep rising"],
        "events": ["were injured in the riots", "lost their jobs", "were arrested",
                   "protested outside the town hall"],
        "pronouns": ["He", "She", "They", "It"],
        "quote": ("\u201c", "\u201d"),
        "on": "on",
        "in": "in",
    },
}

PUNCT = st.sampled_from(["", ".", "!", "?", "…", ";", " –", ":", ",", "...", "!!", " (", ")"])
ODD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)


def _date(lang: str, draw) -> str:
    p = PIECES[lang]
    day = draw(st.integers(1, 31))
    month = draw(st.sampled_from(p["months"]))
    form = draw(st.integers(0, 2))
    if lang == "de":
        return [f"am {day}. {month}", f"am {day}. {month} 2024", draw(st.sampled_from(
            p["weekdays"]))][form]
    return [f"on {month} {day}", f"on {month} {day}, 2024", draw(st.sampled_from(
        p["weekdays"]))][form]


def _number(draw) -> str:
    n = draw(st.one_of(st.integers(0, 100), st.integers(100, 10**7), st.sampled_from(
        ["1.000", "2,300", "zwei", "six", "Hunderte", "dozens of", "3,5", "1e6", "½"])))
    return str(n)


@st.composite
def sentence(draw, lang: str) -> str:
    p = PIECES[lang]
    name = draw(st.sampled_from(p["names"]))
    title = draw(st.sampled_from(p["titles"]))
    who = f"{title} {name}".strip()
    verb = draw(st.sampled_from(p["verbs"]))
    clause = draw(st.sampled_from(p["clauses"]))
    date = _date(lang, draw)
    place = draw(st.sampled_from(p["places"]))
    hedge = draw(st.sampled_from(p["hedges"]))
    qty = f"{hedge} {_number(draw)} {draw(st.sampled_from(p['units']))}".strip()
    opening, closing = p["quote"]
    org = draw(st.sampled_from(p["orgs"]))
    kind = draw(st.integers(0, 7))
    if lang == "de":
        options = [
            f"{who} {verb} {date}, {clause}.",
            f"{opening}{clause[0].upper()}{clause[1:]}{closing}, {verb} {who}.",
            f"In {place} {draw(st.sampled_from(p['events']))} {date} {qty}.",
            f"{draw(st.sampled_from(p['pronouns']))} {verb}, {clause}.",
            f"Nach Angaben von {org} {draw(st.sampled_from(p['events']))} {qty}.",
            f"{who} {verb} in {place}: {opening}{clause}{closing}",
            f"{org[0].upper()}{org[1:]} {verb} {date} in {place}, {clause}.",
            f"Beweise dafür legte {who} nicht vor.",
        ]
    else:
        options = [
            f"{who} {verb} {date} that {clause}.",
            f"{opening}{clause[0].upper()}{clause[1:]},{closing} {who} {verb}.",
            f"In {place}, {qty} {draw(st.sampled_from(p['events']))} {date}.",
            f"{draw(st.sampled_from(p['pronouns']))} {verb} that {clause}.",
            f"According to {org}, {qty} {draw(st.sampled_from(p['events']))}.",
            f"{who} {verb} in {place}: {opening}{clause}{closing}",
            f"{org[0].upper()}{org[1:]} {verb} {date} in {place} that {clause}.",
            f"{who} gave no evidence for this.",
        ]
    text = options[kind]
    if draw(st.integers(0, 5)) == 0:  # odd punctuation or unicode, now and then
        text = text[:-1] + draw(PUNCT) + draw(ODD)
    return text


@st.composite
def news_article(draw, lang: str) -> str:
    p = PIECES[lang]
    headline = (f"{draw(st.sampled_from(p['names']))}: "
                f"{draw(st.sampled_from(p['clauses']))}")
    paragraphs = draw(st.lists(st.lists(sentence(lang), min_size=1, max_size=4),
                               min_size=1, max_size=6))
    paras = [" ".join(s) for s in paragraphs]
    gaps = draw(st.lists(st.sampled_from(["\n\n", "\n\n\n\n", "\n\n \n\n", "\n"]),
                         min_size=len(paras), max_size=len(paras)))
    body = "".join(g + para for g, para in zip(gaps, paras, strict=True))
    return headline + "\n" + body


ARTICLES = st.one_of(news_article("de"), news_article("en"))
RANDOM_TEXT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="latin-1"), max_size=600),
    st.lists(st.sampled_from(PIECES["de"]["names"] + PIECES["en"]["clauses"]
                             + ["\n\n", "„", "“", ".", "!", "?", "sagte", "said", "am 3. März",
                                "on March 3", "mehr als 200 Menschen", "\u200b", "\u00ad",
                                "<p>", "</p>", "<script>x()</script>", "\t", "\r\n"]),
             max_size=80).map(" ".join),
)

# --------------------------------------------------------------------------- checks


def _slices(text: str, start: int, end: int, expected: str, what: str) -> None:
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    assert text[start:end] == expected, (what, text[start:end], expected)


def check_analysis(an: Analysis) -> None:
    """Every span of the analysis slices the article text exactly."""
    text = an.article.text
    for b in an.article.blocks:
        _slices(text, b.start, b.end, b.text, "block")
    for i, s in enumerate(an.sentences):
        assert s.index == i
        _slices(text, s.start, s.end, s.text, "sentence")
        for t in s.tokens:
            _slices(text, t.start, t.end, t.text, "token")
            assert s.start <= t.start and t.end <= s.end, ("token outside sentence", t)
    n = len(an.sentences)
    for e in an.entities:
        assert e.mentions, e
        for m in e.mentions:
            _slices(text, m.start, m.end, m.text, "mention")
            assert 0 <= m.sentence < n
    for m in an.unresolved:
        _slices(text, m.start, m.end, m.text, "unresolved pronoun")
    for d in an.dates:
        _slices(text, d.start, d.end, d.text, "date")
        assert 0 <= d.sentence < n
    for q in an.quantities:
        _slices(text, q.start, q.end, q.text, "quantity")
        assert q.number_text and 0 <= q.sentence < n
    for m in an.markers:
        _slices(text, m.start, m.end, m.text, "evidence marker")
    for q in an.quotes:
        assert 0 <= q.sentence < n
        if q.content_span:
            _slices(text, *q.content_span, q.content, "quote content")
        # speaker and cue are normalised ("Die Richterin Dr. X" -> "X", "kündigte ... an" ->
        # "kündigte an"), so their spans point at the words in the text, not at equal strings
        for span in (q.speaker_span, q.cue_span):
            if span:
                start, end = span
                assert 0 <= start < end <= len(text), (q, span)
                assert text[start:end] == text[start:end].strip(), (q, text[start:end])
        if q.cue_span and q.cue:
            words = text[q.cue_span[0]:q.cue_span[1]].split()
            assert all(w in words for w in q.cue.split()), (q.cue, words)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def check_question_set(qs: QuestionSet) -> None:
    text = qs.article["text"]
    ids = [q.id for q in qs.questions]
    assert len(ids) == len(set(ids)), ids
    words = TRUE_FALSE_WORDS[qs.language]
    for q in qs.questions:
        assert q.prompt.strip(), q
        assert q.evidence, (q.id, q.type, q.skill)
        for e in q.evidence:
            _slices(text, e.start, e.end, e.text, f"evidence of {q.id}")
        if q.type == "true_false":
            assert tuple(q.options) == words, q.options
            assert q.answer in words
        elif q.type == "ordering":
            assert isinstance(q.answer, list) and len(q.answer) >= 2
            assert sorted(q.options) == sorted(q.answer), (q.options, q.answer)
        elif q.type == "multiple_choice":
            assert len(q.options) >= 2
            assert len(set(q.options)) == len(q.options), q.options
            assert q.options.count(q.answer) == 1, (q.answer, q.options)
        if q.type in ("short_answer", "cloze", "multiple_choice") \
                and q.family == "comprehension":
            # media-literacy choices are labels ("eine überprüfbare Tatsache"), not quotations
            where = _norm(" ".join(e.text for e in q.evidence)) + " " + _norm(text)
            assert any(_norm(a) in where for a in [q.answer, *q.accepted_answers]), \
                (q.id, q.skill, q.answer, q.accepted_answers)
    assert qs.questions, "an empty set must be the no_questions error instead"
    again = QuestionSet.from_json(qs.to_json())
    assert again.to_dict() == qs.to_dict()
    # and through the strict loader that `quizgen export` and the web upload use
    loaded = load_question_set(qs.to_json())
    assert loaded.to_dict() == qs.to_dict()


def run_pipeline(text: str, check: Callable[[Analysis], None] = check_analysis,
                 seed: int = 0) -> QuestionSet | None:
    """Analyse and generate; only QuizgenError may stop it."""
    try:
        article = load_article(text)
    except QuizgenError as err:
        event(f"refused: {err.code}")
        return None
    an = analyze(article)
    check(an)
    try:
        qs = generate(an, Settings(count=40, seed=seed))
    except QuizgenError as err:  # a text too thin for any question is told so, clearly
        assert err.code == "no_questions"
        event("refused: no_questions")
        return None
    check_question_set(qs)
    n = len(qs.questions)
    event(f"{qs.language}: {'1-9' if n < 10 else '10+'} questions")
    return qs


# --------------------------------------------------------------------------- properties


# seeds the strict loader accepts (|seed| <= 10**9; a larger one is
# test_robustness.test_large_seed_set_loads_back)
SEEDS = st.integers(0, 10**9)


@FAST
@given(text=news_article("de"), seed=SEEDS)
def test_german_news_like_articles(text, seed):
    qs = run_pipeline(text, seed=seed)
    if qs is not None:
        assert qs.language in ("de", "en")


@FAST
@given(text=news_article("en"), seed=SEEDS)
def test_english_news_like_articles(text, seed):
    qs = run_pipeline(text, seed=seed)
    if qs is not None:
        assert qs.language in ("de", "en")


@FAST
@given(text=RANDOM_TEXT)
def test_random_text_never_crashes(text):
    run_pipeline(text)


@FAST
@given(text=st.binary(max_size=600))
def test_random_bytes_never_crash(text):
    try:
        article = load_article(text, filename="upload.txt")
    except QuizgenError:
        return
    check_analysis(analyze(article))


@settings(FAST, max_examples=max(EXAMPLES // 2, 1))
@given(text=ARTICLES, seed=SEEDS)
def test_same_input_and_seed_give_identical_json(text, seed):
    try:
        article = load_article(text)
    except QuizgenError:
        return
    try:
        first = generate(analyze(article), Settings(count=25, seed=seed)).to_json()
    except QuizgenError as err:
        assert err.code == "no_questions"
        return
    second = generate(analyze(load_article(text)), Settings(count=25, seed=seed)).to_json()
    assert first == second


@pytest.mark.parametrize("lang", ["de", "en"])
def test_strategy_builds_articles_the_pipeline_accepts(lang):
    """Guard against a vacuous property: most generated articles must be analysed."""
    from hypothesis import find

    text = find(news_article(lang), lambda t: len(t.split()) > 60,
                settings=settings(max_examples=200, deadline=None))
    an = analyze(load_article(text))
    assert an.language == lang
    assert an.entities and an.sentences
    assert re.search(r"\w", text)


# --------------------------------------------------------------------------- a finding, pinned

ARTICLE_FILES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


def _case_giveaways(qs: QuestionSet) -> list[tuple[str, list[str]]]:
    """Multiple-choice questions whose options start with the same word ("Seit ...") but the
    answer alone writes it in the other letter case ("seit ...")."""
    out = []
    for q in qs.questions:
        if q.type != "multiple_choice" or len(q.options) < 3:
            continue
        firsts = [o.split()[0] if o.split() else "" for o in q.options]
        if len({f.casefold() for f in firsts}) != 1:
            continue
        mine = firsts[q.options.index(q.answer)]
        if sum(f == mine for f in firsts) == 1:
            out.append((q.answer, q.options))
    return out


def test_no_answer_given_away_by_letter_case():
    found = []
    for path in ARTICLE_FILES:
        qs = generate(analyze(load_article(path)), Settings(count=60))
        found += _case_giveaways(qs)
    assert not found, found


SAME_WORDS = ("Streit um die Lage in Almaty\n\n"
              "„Die Lage ist unter Kontrolle“, sagte Präsident Jürgen Müller am Montag in Almaty. "
              "„Die Lage ist unter Kontrolle“, sagte auch Ministerin Ayşe Demir am Dienstag. "
              "Verteidigungsminister Olaf Scholz erklärte in Berlin, man werde alles tun, um zu "
              "helfen. Der Stadtrat hat am Mittwoch über die neuen Regeln beraten und mehrere "
              "Änderungen beschlossen.")


def test_same_words_from_two_speakers_export():
    qs = generate(analyze(load_article(SAME_WORDS)), Settings(count=40))
    for q in qs.questions:
        assert len(set(q.options)) == len(q.options), (q.type, q.options)
    load_question_set(qs.to_json())
