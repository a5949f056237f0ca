"""pipeline.collector_paused: the cycle collector is off while a stage runs and comes back as
the caller had it, also when the stage fails."""

from __future__ import annotations

import gc

import pytest

from quizgen import pipeline
from quizgen.model import Settings

ARTICLE = ("Die Stadt Beispielhausen hat am Montag eine neue Brücke eröffnet. "
           "Bürgermeisterin Anna Keller sagte, die Brücke habe rund 2,5 Millionen Euro gekostet.")


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_stages_run_with_the_collector_off_and_switch_it_back_on(monkeypatch):
    import quizgen.nlp.pipeline as nlp_pipeline
    import quizgen.select as select

    seen: list[tuple[str, bool]] = []
    analyze, build = nlp_pipeline.analyze, select.build_question_set

    def spy_analyze(article):
        seen.append(("analyze", gc.isenabled()))
        return analyze(article)

    def spy_build(analysis, settings):
        seen.append(("build", gc.isenabled()))
        return build(analysis, settings)

    monkeypatch.setattr(nlp_pipeline, "analyze", spy_analyze)
    monkeypatch.setattr(select, "build_question_set", spy_build)
    qset = pipeline.question_set_from(ARTICLE, Settings(count=3))
    assert seen == [("analyze", False), ("build", False)]
    assert gc.isenabled()
    assert qset.questions


def test_the_collector_comes_back_when_a_stage_fails(monkeypatch):
    import quizgen.nlp.pipeline as nlp_pipeline

    def broken(article):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(nlp_pipeline, "analyze", broken)
    with pytest.raises(RuntimeError, match="stage failed"):
        pipeline.analyze(pipeline.load_article(ARTICLE))
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off():
    gc.disable()
    with pipeline.collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    pipeline.question_set_from(ARTICLE, Settings(count=2))
    assert not gc.isenabled()
