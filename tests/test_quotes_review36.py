"""Blind reviews 34-36: HanTa tags the present tense of a saying verb after its subject as a
participle ('Die Grünen-Fraktion im Kreistag behauptet, jeder Euro ... spare ...'), so the
claim was taken for a continuation of the last speaker's words, the whole sentence as its
content and no cue: no media item could ask about it."""

from __future__ import annotations

import pytest

from quizgen import pipeline

LEAD = "Der Landkreis zahlt der Beratungsstelle seit Jahren denselben Zuschuss. "


def _quotes(text: str):
    return pipeline.analyze(pipeline.load_article(text)).quotes


@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("Die Fraktion der Freien Wähler im Kreistag behauptet, jeder Euro für die Beratung spare "
     "dem Kreis später vier Euro.", "Die Fraktion der Freien Wähler im Kreistag", "behauptet",
     "jeder Euro für die Beratung spare dem Kreis später vier Euro"),
    ("Sozialarbeiterin Jana Roth aus Lindenau berichtet, sie habe im Winter mehr als 80 "
     "Familien beraten.", "Jana Roth", "berichtet",
     "sie habe im Winter mehr als 80 Familien beraten"),
])
def test_a_saying_verb_after_its_subject_is_the_cue(sentence, speaker, cue, content):
    found = [q for q in _quotes(LEAD + sentence) if q.sentence == 1]
    assert [(q.speaker, q.cue, q.content) for q in found] == [(speaker, cue, content)]


def test_a_participle_after_its_auxiliary_stays_one():
    sentence = ("Die Fraktion der Freien Wähler hat im Kreistag behauptet, jeder Euro für die "
                "Beratung spare dem Kreis später vier Euro.")
    found = [q for q in _quotes(LEAD + sentence) if q.sentence == 1]
    assert [(q.cue, q.content) for q in found] == [
        ("behauptet", "jeder Euro für die Beratung spare dem Kreis später vier Euro")]


@pytest.mark.parametrize("sentence, speaker", [
    ("Hinter den Briefen soll nach Angaben mehrerer Empfänger ein Verein aus Hessen stehen.",
     "mehrerer Empfänger"),
    ("Nach Ansicht vieler Eltern kommt der Bus regelmäßig zu spät.", "vieler Eltern"),
])
def test_a_genitive_quantifier_after_the_source_noun_names_the_source(sentence, speaker):
    # review 36 de_schluesseldienst: 'nach Angaben mehrerer Geschädigter' gave the speaker
    # 'Angaben'
    found = [q for q in _quotes(LEAD + sentence) if q.sentence == 1]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize("text", [
    LEAD + "Die Leiterin der Beratungsstelle sprach gegenüber dieser Zeitung von einem "
    "„Dauerzustand“.",
    "The advice centre has a long waiting list. “It never gets shorter,” its manager told this "
    "newspaper.",
])
def test_what_was_said_to_the_articles_own_paper_names_no_outlet(text):
    # blind review 41 de_pferdeherpes: 'sprach gegenüber dieser Zeitung' was listed as a
    # statement taken from another outlet
    found = [q for q in _quotes(text) if q.sentence == 1]
    assert found and [q.outlet for q in found] == [None]
