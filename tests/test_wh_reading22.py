"""Quick reading 22 (invented text): a school year is no count; 'es ging X Jugendlichen' has
no how-many; number options come from the body, near the key's size, not from the question's
own sentence; a past weekday's options are past days too; no cloze on 'nach seinen Angaben'
of nobody named or on a sentence opening with 'Ähnlich'."""

from __future__ import annotations

from quizgen.generate import cloze, distractors, wh
from quizgen.pipeline import analyze, load_article

EN = """By Ann Reid | Friday 4 December 2026, 08:10 GMT

Vaping survey shocks Kelby

Around 31 per cent of Year 9 pupils said they vaped every week. A petition against the plan had \
gathered at least 2,400 signatures by Thursday evening.
"""

DE = """Von Eva Brandt | Donnerstag, 3. Dezember 2026, 07:30 Uhr

Parken wird teurer

Der Anwohnerparkausweis könnte ab Mai 240 Euro im Jahr kosten statt bisher 25,50 Euro. Die \
Stadt will damit etwa 2,5 Millionen Euro einnehmen. Rund 500 Schüler können nicht arbeiten. \
Ähnlich ging es nach Angaben der Schule rund 300 Jugendlichen aus den Jahrgängen 5 bis 7. \
Bis Montag sollen nach seinen Angaben mindestens 200 Geräte wieder laufen.

Lesen Sie auch: Diese Städte verlangen schon mehr als 200 Euro fürs Parken
"""


def test_a_school_year_is_no_gap() -> None:
    qs = cloze.generate(analyze(load_article(EN)))
    assert not any(q.answer == "9" for q in qs), [(q.prompt, q.answer) for q in qs]


def test_es_ging_has_no_how_many() -> None:
    qs = wh.generate(analyze(load_article(DE)))
    assert not any("ging" in q.prompt and q.skill == "how_many" for q in qs), \
        [q.prompt for q in qs]


def test_number_options_are_the_bodys_and_near_the_key() -> None:
    a = analyze(load_article(DE))
    key = next(q for q in a.quantities if q.number_text == "240")
    options = distractors.numbers(a, key)
    assert not any(o in {"25,5", "2.500.000", "200"} for o in options), options


def test_a_past_weekdays_options_are_past_days() -> None:
    a = analyze(load_article(EN))
    day = next(d for d in a.dates if d.kind == "weekday")
    options = distractors.dates(a, day)
    assert options and not any("Friday" in o or "Saturday" in o or "Sunday" in o
                               for o in options), options


def test_no_cloze_without_the_owner_of_an_account_or_after_aehnlich() -> None:
    qs = cloze.generate(analyze(load_article(DE)))
    prompts = [q.prompt for q in qs]
    assert not any("nach seinen Angaben" in p or "Ähnlich ging" in p for p in prompts), prompts


def test_an_accusation_without_its_content_is_not_asked() -> None:
    text = """Streit um Raupen

Die Fraktion der Grünen wirft der Verwaltung vor, sie habe Hinweise monatelang ignoriert. Der \
Bürgerverein wirft dem Bürgermeister vor, Warnungen übergangen zu haben.
"""
    prompts = [q.prompt for q in wh.generate(analyze(load_article(text)))]
    assert "Wer wirft der Verwaltung vor?" not in prompts, prompts
    assert any(p.startswith("Wer wirft dem Bürgermeister vor, Warnungen") for p in prompts), \
        prompts


COUNTS = """Von Eva Brandt | Donnerstag, 3. Dezember 2026, 07:30 Uhr

Geld für die Halle

Bis Mittwochabend kamen nach Angaben des Vereins mehr als 9.000 Euro zusammen. Bis Ende Oktober \
meldete das Gesundheitsamt 31 Fälle von Frühsommer-Meningoenzephalitis (FSME), so viele wie nie \
zuvor. Bis Mitte 2027 \
sollen rund 120 Stellen wegfallen.
"""


def test_the_day_a_count_was_taken_is_no_question_but_a_deadline_is() -> None:
    from quizgen.select import MIN_SCORE

    a = analyze(load_article(COUNTS))
    asked = [q for q in wh.generate(a) if q.score >= MIN_SCORE and q.skill == "when"]
    assert not any("Mittwochabend" in str(q.answer) for q in asked), \
        [(q.prompt, q.answer) for q in asked]
    assert any("Mitte 2027" in str(q.answer) for q in asked), [q.prompt for q in asked]
    gaps = {(q.skill, q.prompt.split("Bis ")[1][:8]): q.score for q in cloze.generate(a)
            if "Mittwochabend kamen" in q.prompt or "________ kamen" in q.prompt}
    assert gaps[("when", "________")] < gaps[("how_many", "Mittwoch")], gaps


def test_an_acronym_in_brackets_moves_with_the_counted_noun() -> None:
    prompts = [q.prompt for q in wh.generate(analyze(load_article(COUNTS)))]
    assert "Wie viele Fälle von FSME meldete das Gesundheitsamt bis Ende Oktober?" in prompts, \
        prompts


def test_a_compass_region_is_a_place() -> None:
    from quizgen.nlp.entities import is_place_name

    assert is_place_name("North East", "en") and is_place_name("South West", "en")


def test_a_what_answer_drops_the_sentence_starts_capital() -> None:
    text = """Club loses its home

Planning permission was granted by Kelby Council in October. The club has trained three \
champions.
"""
    qs = [q for q in wh.generate(analyze(load_article(text))) if q.skill == "what"]
    assert any(q.answer == "planning permission" for q in qs), [(q.prompt, q.answer) for q in qs]
