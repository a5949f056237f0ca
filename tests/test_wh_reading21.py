"""Quick reading 21 (invented text): a school year's number is no count; a child's first name
after 'her daughter' stays a name; a what-question whose answer the prompt's values give
away; a rate moves with the counted noun; 'darin' and a bare 'den Fall' point back; 'Wednesday
afternoons' is one time."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

EN = """Exam row at Kelby school

Letters went out to the parents of at least 24 Year 10 pupils at Kelby High on Monday \
2 November. Parent Ann Moss said her daughter Ruby, 14, had done the work herself. Ruby had been \
upset for three days.

From 1 May, the speed limit will drop from 40mph to 30mph on 60 roads in Kelby. The hall is \
also used on Tuesday evenings by a choir from the town.
"""

DE = """Neue Bahn für Kelbach

Die rund drei Kilometer lange Bahn soll einmal bis zu 2.000 Fahrgäste pro Stunde und Richtung \
befördern. Experten haben am Montag ein Wespennest in einer Scheune entfernt. Darin lebten nach \
Schätzung der Experten mehr als 900 Wespen. Ein Nachbar soll versucht haben, das Nest \
anzuzünden. Die Polizei prüft den Fall.
"""


def _qs(text: str) -> list:
    return list(wh.generate(analyze(load_article(text))))


def test_a_school_year_is_no_count() -> None:
    qs = _qs(EN)
    assert not any(q.answer == "10" for q in qs), [(q.prompt, q.answer) for q in qs]
    assert not any("24 Year at" in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_first_name_after_her_daughter_keeps_its_capital() -> None:
    prompts = [q.prompt for q in _qs(EN)]
    assert "How long had Ruby been upset?" in prompts, prompts


def test_no_what_question_whose_values_name_the_answer() -> None:
    asked = [q for q in _qs(EN) if q.skill == "what" and q.score >= MIN_SCORE]
    assert not any(q.answer == "the speed limit" for q in asked), \
        [(q.prompt, q.answer) for q in asked]


def test_weekday_afternoons_stay_one_time() -> None:
    qs = [q for q in _qs(EN) if q.skill == "when" and "choir" in q.prompt]
    assert qs and all(q.answer == "on Tuesday evenings" for q in qs), \
        [(q.prompt, q.answer) for q in qs]
    assert not any("evenings" in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_rate_moves_with_the_counted_noun() -> None:
    many = [q.prompt for q in _qs(DE) if q.prompt.startswith("Wie viele Fahrgäste")]
    assert many and all(p.startswith("Wie viele Fahrgäste pro Stunde und Richtung ")
                        for p in many), many


def test_darin_and_a_bare_case_point_back() -> None:
    asked = [q for q in _qs(DE) if q.score >= MIN_SCORE]
    assert not any("darin" in q.prompt for q in asked), [q.prompt for q in asked]
    assert not any(q.prompt == "Wer prüft den Fall?" for q in asked), [q.prompt for q in asked]
