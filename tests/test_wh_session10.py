"""Comp, tenth session (blind review 15): two when-questions on one day ('Seit Dienstag
unterrichten ...' and 'Am Dienstagmorgen, dem 24. November, ließen sich ...', the page of
Friday 27 November) ask the day twice; the later sentence is asked on another element."""

from __future__ import annotations

from quizgen.generate import cloze, wh
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

DE = """Von Eva Kern | Freitag, 27. November 2026, 08:45 Uhr

Stromausfall legt Schulen lahm

Ein Stromausfall hat an den Schulen in Kornau den Unterricht gestört. Seit Dienstag \
lernen viele Klassen wieder mit Büchern und Heften.

Am Dienstagmorgen, dem 24. November, fiel an drei Schulen der Stadt der Strom aus. Die \
Stadtwerke wollen den Schaden am kommenden Dienstag beheben.
"""

DE_OTHER_WEEK = DE.replace("dem 24. November", "dem 17. November")


def _asked(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    return [(q.prompt, q.answer) for q in [*wh.generate(a), *cloze.generate(a)]
            if q.score >= MIN_SCORE and q.skill == "when"]


def test_the_same_day_is_asked_once() -> None:
    asked = _asked(DE)
    assert any(a == "seit Dienstag" or a == "Dienstag" for _, a in asked), asked
    assert not any("24. November" in a for _, a in asked), asked


def test_another_tuesday_is_another_fact() -> None:
    asked = _asked(DE_OTHER_WEEK)
    assert any("17. November" in a for _, a in asked), asked


def test_the_later_sentence_is_asked_on_another_element() -> None:
    a = analyze(load_article(DE))
    assert any(q.answer in {"drei", "3"} and q.score >= MIN_SCORE
               for q in [*wh.generate(a), *cloze.generate(a)])


HEARSAY_DE = """Streit um das Hallenbad

Der Investor will das alte Hallenbad in Kornau abreißen. Im Ort heißt es, er wolle dort \
Wohnungen bauen. Der Gemeinderat soll bereits im September hinter verschlossenen Türen über \
solche Pläne beraten haben. Der Bürgermeister Jan Roth stellte am Montag ein Gutachten vor. \
Ein solcher Umbau kostet nach Angaben der Stadt etwa zwei Millionen Euro.
"""

SUCH_EN = """Pool plans

The council wants to close the old pool in Dunmore. The finance committee discussed such plans \
on 3 September. Clubs such as the Dunmore Dolphins will move to the Kelby Leisure Centre on 1 \
March. The mayor is said to have met the buyer in October. The mayor Tom Hill met the buyer on \
Monday.
"""


def test_no_question_on_a_claim_passed_on_or_on_such_a_thing() -> None:
    qs = [q for q in wh.generate(analyze(load_article(HEARSAY_DE))) if q.score >= MIN_SCORE]
    prompts = [q.prompt for q in qs]
    assert not any("beraten haben" in p for p in prompts), prompts
    assert not any("solch" in p or "solch" in str(q.answer) for q in qs for p in [q.prompt]), \
        prompts
    assert any(p.startswith("Wann stellte") for p in prompts), prompts  # the fact stays


def test_no_english_question_on_such_plans_or_on_what_is_said_to_be() -> None:
    qs = [q for q in wh.generate(analyze(load_article(SUCH_EN))) if q.score >= MIN_SCORE]
    prompts = [q.prompt for q in qs]
    assert not any("such plans" in p or "said to have" in p for p in prompts), prompts
    assert any(p.startswith("Who met the buyer") for p in prompts), prompts


CHESS = """Pupil wins chess title

Anna Berg won the county chess title in Kelby on Saturday. She beat three adults in the \
final round. Coach Tom Hill has trained her for five years. He said she studies chess for \
four hours a day after school.

Chess star

Nina Ross won a junior title last year. Coach Tom Hill has trained many players. He said \
she practises for two hours a day.
"""


def test_he_said_she_is_not_the_speaker() -> None:
    a = analyze(load_article(CHESS))
    prompts = [q.prompt for q in wh.generate(a) if q.score >= MIN_SCORE]
    assert not any(p.startswith("Who said she") for p in prompts), prompts
    assert any("said Berg studies chess" in p for p in prompts), prompts
