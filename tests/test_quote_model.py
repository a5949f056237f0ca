"""The learned speaker model: shipped weights, switch, and how it adds to the rules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizgen.model import Article, Block
from quizgen.nlp import quote_model, quotes
from quizgen.pipeline import analyze


def _article(text: str, lang: str = "de") -> Article:
    return Article(text=text, language=lang, title="", origin="test",
                   blocks=[Block("body", 0, len(text), text)])


TEXT = ("Der Bürgermeister Hans Keller hat am Montag den neuen Haushalt vorgestellt. "
        "Er sei mit dem Ergebnis sehr zufrieden. "
        "Das Wetter war schön. "
        "Die Stadt hat 20.000 Einwohner. "
        "Nach dem Spiel ging er nach Hause.")


@pytest.fixture
def fake_model(monkeypatch):
    """A model that calls every sentence speech and prefers pronouns as speakers."""
    model = {"threshold": 0.5, "sentence": {"bias": 5.0, "weights": {}},
             "speaker": {"bias": -1.0, "weights": {"kind=pron": 4.0}}}
    monkeypatch.setattr(quote_model, "load_model", lambda: model)
    return model


def test_shipped_model_loads():
    quote_model.load_model.cache_clear()
    model = quote_model.load_model()
    assert model is not None
    assert 0 < model["threshold"] < 1
    assert model["sentence"]["weights"] and model["speaker"]["weights"]


def test_switch_off(monkeypatch):
    monkeypatch.setenv("QUIZGEN_QUOTE_MODEL", "off")
    quote_model.load_model.cache_clear()
    try:
        assert quote_model.load_model() is None
    finally:
        quote_model.load_model.cache_clear()


def test_rules_quotes_are_kept(monkeypatch, fake_model):
    analysis = analyze(_article(TEXT))
    with_model = quotes.find_quotes(analysis)
    monkeypatch.setattr(quote_model, "load_model", lambda: None)
    rules = quotes.find_quotes(analysis)
    assert len(with_model) > len(rules)
    for q in rules:
        assert any(m.content_span == q.content_span and m.sentence == q.sentence
                   for m in with_model)
    assert [q.sentence for q in with_model] == sorted(q.sentence for q in with_model)


def test_added_quote_has_speaker_span_and_sentence_content(fake_model):
    analysis = analyze(_article(TEXT))
    found = quotes.find_quotes(analysis)
    last = analysis.sentences[-1]
    added = [q for q in found if q.sentence == last.index]
    assert len(added) == 1
    q = added[0]
    assert TEXT[q.speaker_span[0]:q.speaker_span[1]].lower() == "er"
    assert q.content_span == (last.start, last.end) and q.cue is None
    assert q.kind == "indirect"


def test_threshold_stops_additions(monkeypatch, fake_model):
    fake_model["threshold"] = 1.01
    analysis = analyze(_article(TEXT))
    monkeypatch.setattr(quote_model, "load_model", lambda: None)
    rules = quotes.find_quotes(analysis)
    monkeypatch.setattr(quote_model, "load_model", lambda: fake_model)
    assert len(quotes.find_quotes(analysis)) == len(rules)


def test_english_untouched(monkeypatch, fake_model):
    analysis = analyze(_article("The mayor presented the budget. He went home.", "en"))
    monkeypatch.setattr(quote_model, "load_model", lambda: None)
    rules = quotes.find_quotes(analysis)
    monkeypatch.setattr(quote_model, "load_model", lambda: fake_model)
    assert len(quotes.find_quotes(analysis)) == len(rules)


def test_no_scikit_learn_at_run_time():
    code = ("import sys; from quizgen.pipeline import analyze; "
            "from quizgen.model import Article, Block; t='Er sagte, es sei gut.'; "
            "analyze(Article(text=t, language='de', title='', origin='t', "
            "blocks=[Block('body', 0, len(t), t)])); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip().endswith("False")


def test_sentence_features_read_main_verb_and_complement():
    """The main verb (particle glued back, auxiliary skipped) and what it governs."""
    cases = {"Der Minister gab am Montag bekannt, dass die Steuern steigen.":
             ("bekanntgeben", "dass"),
             "Die Firma hat angekündigt, die Preise zu erhöhen.": ("ankündigen", "zu"),
             "Die Polizei teilte mit, der Mann sei geflohen.": ("mitteilen", "konj"),
             "Der Trainer sagte: Wir gewinnen.": ("sagen", "colon"),
             "Das Wetter war schön.": ("sein", "none")}
    for text, (main, comp) in cases.items():
        analysis = analyze(_article(text))
        info = quote_model._sentence_info(analysis.sentences[0])
        assert (info["main"], info["comp"]) == (main, comp), text
    info = quote_model._sentence_info(analyze(_article(
        "Der Sprecher der Polizei sagte, es sei ruhig.")).sentences[0])
    assert info["pre_people"] and not info["pre_pron"]
