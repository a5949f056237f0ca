"""Gaps in sentences that point back to the sentence before (blind reviews 134, 135, 137;
invented text).

- 'Eine Entscheidung darüber soll bis ____ fallen': on what? (blind review 135
  de_kuehltruhen #8, F; the same sentence in blind34 and blind58).
- 'Bis ____ sollen die Ergebnisse vorliegen': the results of what? (blind review 134
  de_notstrom #12, F).
- '____ says it is refilling them as fast as it can': them, the grit bins of the sentence
  before (blind review 137 en_grit_bins #1, F).
- 'A county that spends almost £____ a year ... ought to be able to ...': the writer's appeal,
  no fact to learn (blind review 134 en_grit_bins #8); 'Dass ein Landkreis ____ Jahre braucht,
  ..., ist kaum zu erklären' (blind review 141 de_brandschutz #12).

Gaps on a side detail or on two facts at once (blind reviews 140, 141):
- 'der Firma Textilhaus Brandt aus ____', 'Prüfer der Bauaufsicht des Landkreises ____': the
  home town of a firm, the district of an authority (141 de_schulpullover #1, de_brandschutz #3).
- 'whose 17-year-old son ____ uses a wheelchair' - Owen (140 en_changing_places #3, D).
- 'ab dem ____ die meisten Straßenlaternen dunkel' - '1. Januar zwischen 1 und 5 Uhr' (140
  de_nachtabschaltung #1, F): the gap is the day, the hours stay in the sentence.
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed, kept


def _gapped(text: str, language: str) -> list[tuple[str, str]]:
    return kept(cloze, text, language)


def test_no_gap_in_a_decision_on_it():
    text = ("Die Stadtwerke prüfen, ob Kunden künftig per SMS gewarnt werden. Eine Entscheidung "
            "darüber soll bis Ende Januar fallen.")
    assert not any("darüber" in p for p, _ in _gapped(text, "de"))


def test_a_decision_whether_keeps_its_gap():
    text = ("Der Gemeinderat soll am 8. Dezember darüber beraten, ob die Gemeinde das "
            "Praxisgebäude kauft.")
    assert any(a == "8. Dezember" for _, a in _gapped(text, "de"))


def test_no_gap_in_results_of_nothing():
    text = ("Der Landrat will alle 30 Pflegeheime im Kreis befragen. Bis Ende Januar sollen die "
            "Ergebnisse vorliegen.")
    gapped = _gapped(text, "de")
    assert not any("Ergebnisse" in p for p, _ in gapped), gapped
    assert any(a == "30" for _, a in gapped), gapped


def test_results_of_samples_keep_their_gap():
    text = ("Proben wurden am Montag an drei Stellen entnommen, die Ergebnisse sollen bis "
            "Freitag vorliegen.")
    assert any(a == "drei" for _, a in _gapped(text, "de"))


def test_no_gap_beside_them_of_the_sentence_before():
    text = ("Residents in a dozen villages around Ashby say the grit bins ran empty within days. "
            "Kelmshire County Council says it is refilling them as fast as it can.")
    gapped = _gapped(text, "en")
    assert not any("them" in p for p, _ in gapped), gapped


def test_they_after_a_body_keeps_its_gap():
    text = "Lancashire Police said they had recorded 12 thefts from sheds in March."
    assert any(a == "12" for _, a in _gapped(text, "en"))


def test_no_gap_in_the_writers_appeal():
    text = ("The county spends almost £4 million a year on winter maintenance. A county that "
            "spends almost £4 million a year on winter maintenance ought to be able to keep 32 "
            "boxes of salt full.")
    gapped = _gapped(text, "en")
    assert not any("ought" in p for p, _ in gapped), gapped
    assert any(a == "4 million" for _, a in gapped), gapped


def test_no_gap_in_the_writers_judgement_de():
    text = ("Der Kreis will die Treppe nun ersetzen. Dass ein Landkreis acht Jahre braucht, um "
            "eine rostige Treppe zu ersetzen, ist kaum zu erklären.")
    gapped = _gapped(text, "de")
    assert not any(p.startswith(("Ergänze die Lücke: Dass", "Dass")) for p, _ in gapped), gapped


def test_a_that_clause_before_a_fact_keeps_its_gap():
    text = "Dass das Modell funktionieren kann, zeigt ein Blick nach Lindenweiler im Kreis Kronach."
    assert any(a == "Lindenweiler" for _, a in _gapped(text, "de"))


def test_no_gap_on_the_home_town_of_a_firm():
    text = ("Bestellt wurde über den Onlineshop der Firma Textilhaus Kranich aus Wellstedt, die "
            "Schulen in ganz Norddeutschland beliefert. Rund 300 Familien haben bezahlt.")
    gapped = _gapped(text, "de")
    assert not any(a == "Wellstedt" for _, a in gapped), gapped


def test_no_gap_on_the_district_of_an_authority():
    text = ("Wer den Turm kauft, darf seine Gestalt nicht verändern, wie die Untere "
            "Denkmalschutzbehörde des Landkreises Wesermoor bestätigte.")
    gapped = [(q.prompt, q.answer) for q in cloze.generate(analysed(text, "de"))]
    assert not any(a == "Wesermoor" for _, a in gapped), gapped


def test_no_gap_on_a_sons_first_name():
    text = ("Kerry Walsh, a childminder whose 17-year-old son Owen uses a wheelchair, said the "
            "closure had taken away the one place they could go.")
    gapped = _gapped(text, "en")
    assert not any(a == "Owen" for _, a in gapped), gapped


def test_the_gap_is_the_day_not_its_hours():
    text = ("Um Strom zu sparen, bleiben in Wettenau ab dem 1. Januar zwischen 1 und 5 Uhr die "
            "meisten Straßenlaternen dunkel.")
    gapped = [(p, a) for p, a in _gapped(text, "de") if "Januar" in a]
    assert gapped and all(a == "1. Januar" and "zwischen 1 und 5 Uhr" in p for p, a in gapped), \
        gapped
