"""Blind review 15 (de_schultablets), headline note on invented text: a vague count the body
gives at another size is named ('Hunderte Schul-Laptops' over 'mehr als 1.500 Laptops'), and
a detail the body never gives ('mit Overheadprojektor'); a count of people is not set against
a count of things the heading names elsewhere ('Container-Exil'), and an idiom ('im Regen
stehen lassen') is no detail."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.pipeline import analyze, load_article

DE_LAPTOPS = """LAPTOP-CHAOS! Hunderte Schul-Laptops kaputt – Lehrer lehren mit Overheadprojektor

Ein fehlerhaftes Update hat an den Schulen in Kellbach mehr als 1.500 Laptops lahmgelegt. \
Viele Lehrkräfte arbeiten seit Montag wieder mit Arbeitsblättern und Tafel.

Die Stadt hatte die Geräte im Jahr 2023 angeschafft. "Wir arbeiten an einer Lösung", sagte \
ein Sprecher der Stadt. Alle Geräte sollen bis Freitag wieder funktionieren.
"""


def _heading_note(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in media_headline.generate(a) if q.type == "open"]
    assert qs, [q.prompt for q in media_headline.generate(a)]
    return qs[0].answer


def test_a_vague_count_the_body_gives_at_another_size_is_named_de():
    note = _heading_note(DE_LAPTOPS)
    assert "„Hunderte Schul-Laptops“" in note, note
    assert "„mehr als 1.500 Laptops“" in note, note


def test_a_detail_the_body_never_gives_is_named_de():
    note = _heading_note(DE_LAPTOPS)
    assert "„mit Overheadprojektor“" in note, note


def test_a_vague_count_of_people_is_not_set_against_a_count_of_things_de():
    text = """SCHIMMEL-ALARM! Hunderte Schüler ins Container-Exil verbannt

Wegen Schimmel müssen rund 600 Schülerinnen und Schüler des Goethe-Gymnasiums in Kellbach \
in Containern lernen.

Die Klassen 5 bis 9 werden in 24 Containern unterrichtet. "Das ist eine Zumutung", sagte \
Elternsprecherin Anna Rehm. Die Stadt will den Altbau bis Ostern sanieren.
"""
    note = _heading_note(text)
    assert "24 Containern" not in note, note
    assert "weniger, als die Überschrift sagt" not in note, note


def test_an_idiom_is_no_detail_de():
    text = """HALLEN-DRAMA! Stadt lässt Eishockey-Klub im Regen stehen

Die Eishalle in Kellbach bleibt wegen eines Defekts an der Kühlanlage bis Januar \
geschlossen.

Der Eishockey-Klub EC Kellbach muss seine Heimspiele in einer anderen Stadt austragen. \
"Das kostet uns viel Geld", sagte Klub-Chef Heiko Brandt. Die Stadt prüft eine Reparatur.
"""
    a = analyze(load_article(text))
    notes = " ".join(q.answer for q in media_headline.generate(a) if q.type == "open")
    assert "„im Regen“" not in notes, notes


def test_a_noun_inside_a_body_compound_is_no_missing_detail_de():
    text = """GIFT-ALARM! Raupen-Nester im Stadtwald – Kinder mit Ausschlag beim Arzt

Im Stadtwald von Kellbach sind Hunderte Nester des Eichenprozessionsspinners entdeckt worden.

Mindestens zwölf Menschen mussten wegen juckender Hautausschläge behandelt werden. "Die \
Brennhaare sind gefährlich", sagte Hautärztin Dr. Eva Sander. Die Stadt lässt die Nester \
absaugen.
"""
    a = analyze(load_article(text))
    notes = " ".join(q.answer for q in media_headline.generate(a) if q.type == "open")
    assert "„mit Ausschlag“" not in notes, notes


def test_a_say_tag_split_off_a_quotation_is_no_act_the_note_cites():
    text = """SMILE CRISIS! Thousands in agony as town's last NHS dentist goes private

More than 5,000 patients in Brayford will lose their NHS dentist next spring.

Principal dentist Omar Haddad said the decision had been "painful". Mother of three Jo Kerr, \
34, said her youngest son had toothache. "I'm not going to pay private prices for three kids. \
What am I supposed to do, pull the tooth out myself?" she said.

Local MP Dan Pryce said he had raised the issue in Parliament.
"""
    a = analyze(load_article(text))
    notes = " ".join(q.answer for q in media_headline.generate(a) if q.type == "open")
    assert "said.”" not in notes.replace("painful”.”", ""), notes
    assert "“she" not in notes, notes
