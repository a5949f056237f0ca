"""A verb of thinking followed by a verb-second clause in the weak past, which reads as
indicative and Konjunktiv II alike ('Ein Tankstellenpächter ... vermutet, die Scheine
stammten aus einem Online-Shop im Darknet'): the clause is what the speaker thinks (blind
review 21: the speaker became 'dem Ortsteil Oberlindach' and the unproven claim was never
asked)."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article

HEAD = ("Streit um den Wasserturm\n\n"
        "Die Gemeinde will den alten Wasserturm verkaufen, teilte die Verwaltung am Montag "
        "mit.\n\n")


def _quotes(sentence: str) -> list[tuple[str | None, str | None, str]]:
    analysis = analyze(load_article(HEAD + sentence))
    return [(q.speaker, q.cue, q.content) for q in analysis.quotes if q.sentence > 1]


@pytest.mark.parametrize("sentence, speaker, content_start", [
    ("Ein Imker aus dem Ortsteil Unterwald vermutet, die Bienen stammten aus einem "
     "Schwarm vom Nachbarhof.", "Ein Imker aus dem Ortsteil Unterwald", "die Bienen stammten"),
    ("Eine Anwohnerin aus der Lindenstraße glaubt, der Käufer plante dort Wohnungen.",
     "Eine Anwohnerin aus der Lindenstraße", "der Käufer plante"),
])
def test_a_thought_in_the_weak_past_is_reported_content(sentence, speaker, content_start):
    found = _quotes(sentence)
    assert [(s, c[: len(content_start)]) for s, _, c in found] == [(speaker, content_start)]


def test_a_verb_of_showing_with_a_clause_is_still_no_speech():
    assert _quotes("Die Zahlen zeigen, die Lage wird ernster.") == []


EN_HEAD = ("Depot plan divides town\n\nThe council wants to build a new depot by the river, "
           "officials said on Monday.\n\n")


def _quotes_en(sentence: str) -> list[tuple[str | None, str]]:
    analysis = analyze(load_article(EN_HEAD + sentence))
    return [(q.speaker, q.content) for q in analysis.quotes if q.sentence > 1]


def test_a_belief_without_that_is_reported_content():
    # quick reading 28 en_pharmacy: the residents' belief was no claim, so no evidence item
    assert _quotes_en("Some shop owners believe the council is selling the land to a "
                      "developer.") == [("Some shop owners",
                                         "the council is selling the land to a developer")]


@pytest.mark.parametrize("sentence", [
    "If councillors still think the depot is needed, this report should change their minds.",
    "Residents fear the worst.",
    "Councillors expect the report to arrive in May.",
])
def test_a_condition_or_an_object_after_a_verb_of_thinking_is_no_quotation(sentence):
    assert _quotes_en(sentence) == []


@pytest.mark.parametrize("sentence, outlet", [
    # blind review 23: 'BBC Hereford' and '___ and Worcester' in the source item
    ("Club chair Jane Hill told BBC Hereford and Worcester that the boats could be "
     "repaired.", "BBC Hereford and Worcester"),
    ("Club chair Jane Hill told BBC Radio Devon and the Western Times that the boats could "
     "be repaired.", "BBC Radio Devon"),
])
def test_an_outlet_with_and_or_two_hearers(sentence, outlet):
    analysis = analyze(load_article(EN_HEAD + sentence))
    found = [(q.speaker, q.outlet) for q in analysis.quotes if q.sentence > 1]
    assert found == [("Jane Hill", outlet)]


DE_HEAD = ("Streit um den Wasserturm\n\nDie Gemeinde will den alten Wasserturm verkaufen, "
           "teilte die Verwaltung am Montag mit.\n\n")


@pytest.mark.parametrize("sentence, outlet", [
    # quick reading 33: a paper named after a name is the one told, not a genitive
    ("„Wir können das nicht mehr“, sagte Claudia Brehm der Badischen Zeitung.",
     "Badischen Zeitung"),
    # ... and a station's number is part of its name
    ("„Für uns ist das ein Verlust“, sagte Claudia Brehm dem Radiosender Antenne 1.",
     "Radiosender Antenne 1"),
    # a bare 'der Zeitung' names no outlet
    ("„Wir können das nicht mehr“, sagte Claudia Brehm der Zeitung.", None),
])
def test_a_paper_after_a_speakers_name_is_the_outlet(sentence, outlet):
    analysis = analyze(load_article(DE_HEAD + sentence))
    assert [(q.speaker, q.outlet) for q in analysis.quotes if q.sentence > 1] == [
        ("Claudia Brehm", outlet)]
