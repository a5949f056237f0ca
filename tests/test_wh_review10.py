"""How-many questions, from blind review 10 and the lead's articles, on invented sentences:
a full subject follows the finite verb before the phrase moved out of the Vorfeld, and the
counted noun keeps its adjectives and its post-modifier."""

from __future__ import annotations

import pytest

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article


def _prompts(text: str) -> set[str]:
    analysis = analyze(load_article(text))
    return {q.prompt for q in wh.generate(analysis)}


def test_german_subject_before_the_fronted_prepositional_phrase() -> None:
    prompts = _prompts("Für rund zwölf Millionen Euro hat der Landkreis Uelzen 30 neue "
                       "Schulbusse bestellt. Die ersten Busse sollen im März fahren.")
    how_many = [p for p in prompts if p.startswith("Wie viele")]
    assert how_many, prompts
    assert all("hat der Landkreis Uelzen für rund zwölf Millionen Euro" in p
               for p in how_many), how_many


def test_german_coordinated_subject_and_date_before_the_fronted_phrase() -> None:
    prompts = _prompts("Aus einem Lagerhaus in Kellbach haben Zoll und Polizei am Mittwoch "
                       "40 Papageien befreit. Die Vögel sind nun in einem Tierpark.")
    how_many = [p for p in prompts if p.startswith("Wie viele")]
    assert how_many, prompts
    assert all(p.startswith("Wie viele Papageien haben Zoll und Polizei am Mittwoch aus "
                            "einem Lagerhaus in Kellbach") for p in how_many), how_many


def test_german_counted_noun_keeps_its_adjective() -> None:
    prompts = _prompts("Insgesamt wurden mehr als 2.000 gefälschte Anträge eingereicht. "
                       "Die Behörde hat alle Zahlungen gestoppt.")
    assert any(p.startswith("Wie viele gefälschte Anträge") for p in prompts), prompts
    assert not any(p.startswith("Wie viele Anträge") for p in prompts), prompts


def test_english_counted_noun_keeps_its_age_range() -> None:
    prompts = _prompts("Researchers followed 1,800 children aged 8 to 11 at 30 primary "
                       "schools for a year. They found that most slept less than nine hours.")
    how_many = [p for p in prompts if p.startswith("How many children")]
    assert how_many, prompts
    assert all(p.startswith("How many children aged 8 to 11 did researchers follow")
               for p in how_many), how_many


def _ordering_items(text: str) -> list[str]:
    from quizgen.generate import ordering

    analysis = analyze(load_article(text))
    return [item for q in ordering.generate(analysis) for item in q.answer]


@pytest.mark.parametrize(("text", "say"), [
    ("Bäckerei schließt alle Filialen\n\n"
     "Die Bäckerei Kornfeld hat am 3. November 2026 Insolvenz angemeldet. "
     "Ein Sprecher der Stadt sagte, man habe erst am 1. November von den Problemen "
     "erfahren. Am 10. November 2026 schloss die letzte Filiale in der Innenstadt. "
     "Der Insolvenzverwalter will am 20. November 2026 einen Käufer vorstellen.", "sagte"),
    ("Bakery chain closes its shops\n\n"
     "The Kornfield bakery filed for insolvency on 3 November 2026. "
     "A council spokesman said the council had learned of the problems on 1 November. "
     "The last shop in the town centre closed on 10 November 2026. "
     "The administrator will present a buyer on 20 November 2026.", "said"),
])
def test_ordering_event_is_no_statement_about_an_earlier_event(text: str, say: str) -> None:
    items = _ordering_items(text)
    assert items, "an ordering question on the three other dates"
    assert not any(say in item for item in items), items



def test_no_was_for_a_subject_that_wants_or_decides() -> None:
    analysis = analyze(load_article("Für rund drei Millionen Euro will die Gemeinde Kellbach "
                                    "die Turnhalle erneuern. Die Arbeiten sollen im März "
                                    "beginnen."))
    pairs = {(q.prompt, q.answer) for q in wh.generate(analysis)}
    assert ("Was will die Gemeinde Kellbach für rund drei Millionen Euro erneuern?",
            "die Turnhalle") in pairs, pairs  # the object is a thing
    assert not any(p.startswith("Was") and a == "die Gemeinde Kellbach" for p, a in pairs)


def test_german_subject_before_a_fronted_date_or_adverb() -> None:
    cases = {
        "Im vergangenen Jahr hat der Verein Grünhof mehr als 300 Bäume gepflanzt. Weitere "
        "sollen folgen.": "Wie viele Bäume hat der Verein Grünhof im vergangenen Jahr gepflanzt?",
        "Am Dienstag hat Bürgermeisterin Anna Roth 25 Ehrenamtliche ausgezeichnet. Die Feier "
        "fand im Rathaus statt.": "Wie viele Ehrenamtliche hat Bürgermeisterin Anna Roth am "
                                  "Dienstag ausgezeichnet?",
        "Insgesamt hat die Stadt bisher 30 Busse gekauft. Weitere sollen folgen.":
            "Wie viele Busse hat die Stadt bisher insgesamt gekauft?",
    }
    for text, expected in cases.items():
        assert expected in _prompts(text), _prompts(text)
    # the count is the subject: nothing moves
    assert "Wie viele Menschen haben am Dienstag in Kellbach demonstriert?" in _prompts(
        "Am Dienstag haben in Kellbach 300 Menschen demonstriert. Die Polizei war vor Ort.")


def test_no_when_question_that_leaves_a_hedged_preposition_behind() -> None:
    prompts = _prompts("Nach einem Brand bleibt das Stadttheater Kellbach bis mindestens Ende "
                       "Januar geschlossen. Alle Vorstellungen sind abgesagt.")
    assert not any("bis mindestens geschlossen" in p for p in prompts), prompts


def test_no_how_many_for_a_raise_or_a_level_passed() -> None:
    prompts = _prompts("Die Gewerkschaft verlangt für die Beschäftigten 500 Euro mehr Lohn im "
                       "Monat und eine Laufzeit von zwölf Monaten. Der Sauerstoffgehalt im "
                       "Wasser sei zeitweise unter zwei Milligramm pro Liter gefallen, sagte "
                       "der Einsatzleiter.")
    assert not any(p.startswith(("Wie viele Euro", "Wie viel ", "Wie viele Milligramm"))
                   for p in prompts), prompts
