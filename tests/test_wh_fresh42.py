"""Quick readings 40-43: garbled German/English comprehension prompts. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _items(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language))
            if q.family == "comprehension" and q.type != "cloze"]


def test_a_fronted_infinitive_loses_its_capital_in_the_question():
    text = ("Das Freibad in Lauterbach braucht eine neue Heizung. Die Kosten liegen bei "
            "rund 80.000 Euro. Entscheiden soll der Stadtrat am 14. März. Bis dahin bleibt "
            "das Becken geschlossen.")
    got = [q.prompt for q in _items(text, "de")]
    assert not [p for p in got if " Entscheiden" in p], got


def test_no_count_is_asked_of_a_negative_number_de():
    text = ("Die neue Heizung im Vereinsheim Lauterbach läuft seit Oktober. Der Vorstand "
            "hält Zweifel für unbegründet, weil die Pumpe auf minus 20 Grad ausgelegt sei. "
            "Sie hat 12.000 Euro gekostet.")
    items = _items(text, "de")
    assert not [q.prompt for q in items if "minus ausgelegt" in q.prompt], \
        [q.prompt for q in items]
    assert not [q for q in items if str(q.answer).strip() == "20"], [q.prompt for q in items]


def test_no_count_is_asked_of_a_negative_number_en():
    text = ("The new heat pump at Ashby village hall has worked since October. The makers "
            "say it runs at minus 20 degrees. It cost the hall about 12,000 pounds.")
    items = _items(text, "en")
    assert not [q for q in items if str(q.answer).strip() == "20"], [q.prompt for q in items]


def test_a_reason_after_a_semicolon_belongs_to_the_second_clause():
    text = ("Im Streit um den neuen Bolzplatz in Lindach gibt es Bewegung. Die Gemeinde hat "
            "angeboten, über ein Netz am Zaun zu sprechen; eine Sperrung am Abend lehnt sie "
            "dagegen ab, weil dann die Jugendlichen keinen Treffpunkt mehr hätten. "
            "Die Anwohner wollen im März erneut vorsprechen.")
    got = [q.prompt for q in _items(text, "de") if q.skill == "why"]
    assert not [p for p in got if "angeboten" in p], got



def test_no_who_question_on_a_name_the_article_defines_as_a_thing():
    text = ("Im Sportpark Lindach entsteht ein neues Feld. Der Deutsche Pickleball Verband "
            "zählt inzwischen mehr als 200 Vereine. Pickleball ist eine Mischung aus Tennis "
            "und Tischtennis und wächst in Deutschland schnell. Der Verein will im Mai "
            "eröffnen.")
    got = [(q.prompt, q.answer) for q in _items(text, "de") if q.skill == "who"]
    assert not [p for p in got if p[1] == "Pickleball"], got


def test_no_english_count_after_a_possessive():
    text = ("A poetry contest has been launched in Ashby. The contest, which opened on "
            "Monday, is open to all pupils aged 8 to 11 at the town's three primary schools. "
            "Entries close on 1 March.")
    got = [q.prompt for q in _items(text, "en") if q.skill == "how_many"]
    assert not [p for p in got if p.rstrip("?").endswith("'s")], got


def test_a_fronted_dative_is_no_subject_of_a_who_question():
    text = ("In Lindach gibt es seit Mai einen Bürgerbus. Bürgermeister Karl Weidner lobt "
            "das Projekt. Dem NDR sagte er, Lindach könne zeigen, wie es geht. "
            "Der Bus fährt dreimal am Tag.")
    got = [(q.prompt, q.answer) for q in _items(text, "de") if q.skill == "who"]
    assert not [p for p in got if "NDR" in str(p[1])], got


def test_a_with_add_on_after_the_clause_is_left_out_of_an_english_prompt():
    text = ("Young writers in Ashby have until 14 March to send in short stories about the "
            "town, with a prize of £500 for the best entry. The library will print the "
            "winning stories in a book.")
    got = [q.prompt for q in _items(text, "en")]
    assert not [p for p in got if "with a prize" in p and not p.startswith("Fill")], got


def test_a_date_after_auf_is_asked_with_auf_wann():
    text = ("Der Ortschaftsrat Lindach hat am Montag über den Bolzplatz beraten. Der Rat "
            "vertagte die Abstimmung auf den 12. Mai, weil ein Gutachten fehlte. "
            "Die Anwohner sind enttäuscht.")
    got = [(q.prompt, q.answer) for q in _items(text, "de") if q.skill == "when"]
    assert not [p for p in got if str(p[1]).startswith("auf") and
                p[0].startswith("Wann")], got
