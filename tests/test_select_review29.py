"""Blind review 29 (de_fahrradhehler): the teaser cloze 'Vor dem Landgericht Oldenburg müssen
sich seit ____ drei Männer verantworten, die ... verkauft haben sollen' - Montag asked the day
'Wann hatte der Prozess ... begonnen? - am Montag, 8. März' asks, and printed 'drei' beside
'warf den ____ Angeklagten ... vor' - drei. 'haben sollen' reports a charge, not a day ahead."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

COMP = Settings(families=["comprehension"])


def _q(qid: str, prompt: str, answer: str, sentence: int, skill: str, qtype: str = "cloze",
       score: float = 0.8) -> Question:
    text = prompt.removeprefix("Ergänze die Lücke: ").removeprefix("Fill in the gap: ") \
        .replace("________", answer)
    return Question(id=qid, family="comprehension", type=qtype, skill=skill, prompt=prompt,
                    answer=answer, evidence=[Evidence(sentence, 0, len(text), text)],
                    score=score)


TEASER_DAY = _q("teaser", "Ergänze die Lücke: Vor dem Amtsgericht Celle müssen sich seit "
                "________ vier Frauen verantworten, die Spendengeld unterschlagen haben sollen.",
                "Dienstag", 1, "when")
BEGUN = _q("begun", "Wann hatte die Verhandlung mit einer Stunde Verspätung begonnen?",
           "am Dienstag, 2. Juni", 4, "when", "short_answer", 0.75)


def test_a_weekday_and_the_same_weekday_with_its_date_are_one_day_asked_twice():
    assert len(select([TEASER_DAY, BEGUN], COMP)) == 1


def test_a_day_still_ahead_is_another_day():
    ahead = _q("ahead", "Wann soll das Urteil verkündet werden?", "am Dienstag, 9. Juni", 8,
               "when", "short_answer", 0.75)
    assert {q.id for q in select([TEASER_DAY, ahead], COMP)} == {"teaser", "ahead"}


TEASER_COURT = _q("court", "Ergänze die Lücke: Vor dem ________ müssen sich seit Dienstag vier "
                  "Frauen verantworten, die Spendengeld unterschlagen haben sollen.",
                  "Amtsgericht Celle", 1, "who")
COUNT = _q("count", "Ergänze die Lücke: Staatsanwalt Jan Rieck warf den ________ Angeklagten, "
           "die alle aus Celle stammen, Untreue vor.", "vier", 5, "how_many", score=0.7)


def test_a_count_in_words_is_given_away_with_another_noun_for_the_same_group():
    assert len(select([TEASER_COURT, COUNT], COMP)) == 1


def test_a_count_of_things_gives_no_span_of_time_away():
    cars = _q("cars", "Who towed three cars from the flooded car park on Friday?", "the police",
              2, "who", "short_answer")
    closed = _q("closed", "Fill in the gap: The car park will stay closed for at least ________ "
                "months while the drains are rebuilt.", "three", 6, "how_many", score=0.7)
    assert {q.id for q in select([cars, closed], COMP)} == {"cars", "closed"}


def test_the_night_before_a_day_is_another_time():
    night = _q("night", "Wann verschwanden die Münzen aus dem Museum?", "in der Nacht zum Dienstag",
               3, "when", "short_answer", 0.75)
    found = _q("found", "Wann wurde der Diebstahl bemerkt?", "am Dienstagmorgen gegen 8 Uhr", 4,
               "when", "short_answer", 0.7)
    assert {q.id for q in select([night, found], COMP)} == {"night", "found"}


def test_a_day_an_event_is_planned_for_is_another_day():
    rescue = _q("rescue", "When did the crew rescue two boys from the rocks?", "on Saturday "
                "evening", 2, "when", "short_answer", 0.75)
    protest = _q("protest", "When is a protest planned on the harbour front?", "for Saturday 5 "
                 "December", 9, "when", "short_answer", 0.7)
    assert {q.id for q in select([rescue, protest], COMP)} == {"rescue", "protest"}
