"""Blind reviews 31-33, English clauses: a prompt cut at 'than' or inside a 'whose' relative
clause ('What had a surveyor found less?', '... installed in homes whose walls?'). Invented
text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analysed(text, "en")) if q.score > 0]


def test_than_does_not_end_a_subordinate_clause():
    ps = _prompts("The family of retired baker Tom Hale had agreed to sell their cottage in "
                  "May. The buyers withdrew a week later, after an inspector had found rotten "
                  "beams less than two metres from the chimney.")
    assert not [p for p in ps if p.endswith(" less?")], ps


def test_whose_subject_is_not_cut_at_and():
    ps = _prompts("A tenants' group has collected complaints from 40 households. Its chair, "
                  "Ann Price, believes that many of the boilers were fitted in flats whose "
                  "windows and doors had never been sealed, so that heat escaped.")
    assert not [p for p in ps if p.endswith("whose windows?")], ps
    assert [p for p in ps if p.endswith("whose windows and doors had never been sealed?")], ps


def test_a_fronted_bare_plural_object_follows_the_subject():
    art_text = ("Der Sportverein hat im Januar Schimmel in der Halle gefunden. Genaue Zahlen "
                "erwartet der Verein für Mitte April. Die Halle bleibt bis dahin gesperrt.")
    ps = [q.prompt for q in wh.generate(analysed(art_text)) if q.score > 0]
    assert "Für wann erwartet genaue Zahlen der Verein?" not in ps, ps
    # 'für Mitte April' is asked 'Für wann' (review 37 de_containerschule)
    assert "Für wann erwartet der Verein genaue Zahlen?" in ps, ps


def test_a_weight_limit_of_a_noun_is_no_count_to_ask():
    text = ("Der Zoo zählte im Sommer über 200.000 Gäste. Die Gemeinde hat beim Landratsamt ein "
            "Fahrverbot für Lastwagen über 12 Tonnen beantragt. Eine Antwort steht noch aus.")
    ps = [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]
    assert not [p for p in ps if p.startswith("Wie viele Tonnen")], ps
    assert [p for p in ps if p.startswith("Wie viele Gäste")], ps


def test_a_price_in_konjunktiv_ii_is_not_asked_as_money_spent():
    text = ("Der Lauf am 3. Mai findet nicht statt. Allein die Zelte hätten nach dem Angebot "
            "eines Verleihs etwa 9.000 Euro gekostet, sagte Vereinschef Max Huber der Zeitung. "
            "Der Verein hat 200 Mitglieder.")
    ps = [q.prompt for q in wh.generate(analysed(text)) if q.score > 0]
    assert not [p for p in ps if "haben" in p and "gekostet" in p], ps


def test_a_date_key_accepts_its_plain_forms():
    text = ("The riders have raised £5,000 this year. A fundraising ride is planned for "
            "Sunday 22 March, the charity said.")
    qs = [q for q in wh.generate(analysed(text, "en")) if q.answer == "for Sunday 22 March"]
    assert qs
    assert {"Sunday 22 March", "22 March", "on 22 March"} <= set(qs[0].accepted_answers), qs
