"""Quick reading 20 and blind review 14, items without their context (invented text): a
pronoun after a colon that nothing resolves; 'Eine Sprecherin' of nobody named; 'die
Ergebnisse' of nothing named. Where the sentence says whose or of what, it is asked."""

from __future__ import annotations

from quizgen.generate import cloze, truefalse, wh
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

DE = """Neue Pflanze im Kreis

Die Goldrute gilt als gefährlich. Eine neue Zählung der Universität Kelbach zeigt: \
Im Landkreis wächst sie an immer mehr Stellen.

Die Ergebnisse wurden am Montag, dem 16. November, vorgestellt. Das Landratsamt will im \
Frühjahr handeln. Eine Sprecherin bestätigte, man rechne bis Mitte März mit einem Plan. \
Eine Sprecherin des Landratsamts sagte am Dienstag, dem 17. November, man habe 30 Stellen \
gefunden.
"""

EN = """Bees in decline

A study by the University of Kelby found fewer bees in towns. The results were published on \
12 October in a journal. A spokesman said the council would act by 1 December. Farmer Tom \
Reed said the findings were "no surprise to anyone".
"""


def test_no_cloze_with_a_pronoun_after_a_colon_that_nothing_resolves() -> None:
    qs = cloze.generate(analyze(load_article(DE)))
    assert not any("wächst sie" in q.prompt for q in qs), [q.prompt for q in qs]


def test_no_cloze_on_a_spokeswoman_of_nobody_named() -> None:
    qs = cloze.generate(analyze(load_article(DE)))
    assert not any(q.prompt.startswith("Ergänze die Lücke: Eine Sprecherin bestätigte")
                   for q in qs), [q.prompt for q in qs]
    assert any("Eine Sprecherin des Landratsamts" in q.prompt for q in qs), \
        [q.prompt for q in qs]


def test_results_of_nothing_named_are_not_asked() -> None:
    for text in (DE, EN):
        a = analyze(load_article(text))
        asked = [q for q in [*wh.generate(a), *cloze.generate(a)] if q.score >= MIN_SCORE
                 and q.skill == "when"]
        assert not any("rgebnisse" in q.prompt or "results" in q.prompt for q in asked), \
            [q.prompt for q in asked]
        tf = [q for q in truefalse.generate(a) if "rgebnisse" in q.prompt or "results" in
              q.prompt]
        assert not tf, [q.prompt for q in tf]


def test_a_spokesman_of_nobody_named_is_not_asked_when() -> None:
    a = analyze(load_article(EN))
    asked = [q for q in [*wh.generate(a), *cloze.generate(a)] if q.score >= MIN_SCORE and
             "spokesman" in q.prompt]
    assert not asked, [q.prompt for q in asked]
    tf = [q for q in truefalse.generate(a) if "spokesman" in q.prompt]
    assert not tf, [q.prompt for q in tf]


def test_a_speakers_words_on_the_findings_are_still_asked() -> None:
    a = analyze(load_article(EN))
    whos = [q for q in wh.generate(a) if q.skill == "who" and "findings" in q.prompt]
    assert whos and all(q.score >= MIN_SCORE for q in whos), \
        [(q.prompt, q.score) for q in whos]
