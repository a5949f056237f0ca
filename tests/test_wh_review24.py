"""Blind reviews 24 and 25, wh-questions: a court report's 'The court heard that ...' is
no who-question. Invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze

from .helpers import analysed


def _questions(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analysed(text, language)) if q.score > 0]


def test_the_court_heard_is_no_who_question():
    qs = _questions("A man from Tenby has been fined for stealing lead from a chapel roof. "
                    "The court heard that Owen Bevan had climbed onto the roof at night and "
                    "removed about 40 metres of lead. Magistrates ordered him to pay £800.")
    assert not [p for p, a in qs if p.startswith("Who heard")], qs


def test_a_period_is_not_asked_with_which_day():
    qs = _questions("Vom 2. März bis zum 14. April wird die Kreisstraße zwischen Altdorf und "
                    "Brunnen wegen der Krötenwanderung von 20 bis 5 Uhr gesperrt. Die Stadt "
                    "bittet um Verständnis.", "de")
    assert not [p for p, a in qs if p.startswith("An welchem Tag")], qs
    assert [p for p, a in qs if p.startswith("In welchem Zeitraum")], qs


def test_no_when_question_on_an_event_that_never_happened():
    qs = _questions("Der Mieterverein erhebt schwere Vorwürfe. Die Hausverwaltung habe seit dem "
                    "Verkauf im Jahr 2017 keine einzige Heizung erneuern lassen, sagte "
                    "Vorsitzender Jörg Albrecht. Die Verwaltung widerspricht.", "de")
    assert not [p for p, a in qs if "keine einzige" in p and (
        p.startswith(("Wann", "In welchem Jahr")))], qs


def test_a_club_descriptor_is_no_who_key():
    from quizgen.ingest import from_text

    text = ("Brackley Rovers face expulsion over unsafe stand\n\nThe non-league club has until "
            "the end of March to replace a stand roof that engineers say is too weak for "
            "winter storms. Fans have raised £8,000 so far.\n\nBrackley Rovers, who play in "
            "the Midland Combination, were told by the league on 3 February that the stand "
            "was unsafe. Treasurer Dev Patel said the money would be found.\n")
    qs = [(q.prompt, q.answer) for q in wh.generate(analyze(from_text(text))) if q.score > 0]
    assert not [a for p, a in qs if a == "the non-league club"], qs
