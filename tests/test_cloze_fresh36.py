"""Fresh readings 36 and 37: clozes whose gap the sentence itself answers or whose
sentence points back. Invented text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze
from quizgen.select import candidates

from .helpers import analysed


def _clozes(text: str, language: str) -> list[tuple[str, object, float]]:
    return [(q.prompt, q.answer, q.score) for q in candidates(analysed(text, language))
            if q.type == "cloze"]


def _kept(text: str, language: str) -> list[str]:
    return [p for p, _, score in _clozes(text, language) if score >= 0.35]


def test_a_result_of_what():
    text = ("Der Physikkurs hat ausgerechnet, was eine Solaranlage auf dem Schuldach kosten "
            "würde. Das Ergebnis, nämlich rund 42.000 Euro, überraschte die Schulleitung.")
    assert not [p for p in _kept(text, "de") if "Das Ergebnis" in p]


def test_an_opening_possessive_has_no_owner():
    text = ("The scheme follows the death of Alan Pryce, a retired postman, who collapsed "
            "in the street in May. His son, Gareth Pryce, who has raised money ever since, "
            "said the nearest device had been out of order.")
    assert not [p for p in _kept(text, "en") if p.startswith("Fill in the gap: His son")]


def test_a_fraction_gives_its_count_away():
    text = ("Der Spielplatz in Hohenfeld ist fertig. Die Geräte wurden zu etwa zwei Dritteln "
            "über Spenden finanziert.")
    assert not [p for p in _kept(text, "de") if "Dritteln" in p]


def test_a_breakdown_adds_up_to_the_gap():
    text = ("Der Chor in Altdorf sucht neue Sänger. „Wir brauchen dringend Tenöre“, sagte "
            "Chorleiterin Anna Berg. Berg erzählte, dass im vergangenen Jahr sechs erfahrene "
            "Sänger aufgehört hätten, drei aus Altersgründen, drei weil ihre Familien "
            "inzwischen in andere Städte gezogen seien. Nachgerückt sei niemand.")
    assert not [p for p in _kept(text, "de") if "________ erfahrene Sänger" in p]


def test_a_start_gap_is_not_keyed_with_a_range():
    text = ("The Kelmoor Trust announced the decision on Friday. From 1 March 2027 until "
            "the end of 2029, all camping will be banned on the island.")
    assert not [(p, a) for p, a, s in _clozes(text, "en")
                if "From ________" in p and "until" in str(a)]


def test_one_item_of_a_list_is_a_side_detail():
    text = ("Auf der Wiese in Hallbach stehen jetzt 40 Obstbäume. Gepflanzt wurden alte "
            "Sorten, darunter Kaiser Wilhelm, Goldparmäne, Boskoop und die Mirabelle.")
    assert not [p for p in _kept(text, "de") if "darunter ________" in p]


def test_one_village_of_two_is_a_side_detail():
    text = ("Statt der Buslinie 510 fährt ab Januar ein Rufbus. Wer bislang in Lauterbach "
            "oder Kirchberg auf den Bus wartete, brauchte oft Geduld.")
    assert not [p for p in _kept(text, "de") if "in ________ oder" in p]


def test_a_count_the_headline_prints_is_given_away():
    title = "Camping banned on Tarn Island for three years"
    body = ("Visitors will not be allowed to camp on Tarn Island from March, the trust that "
            "owns it said on Monday. Ruth Kemp, who has camped on the island since she was a "
            "child, said she would rather miss three summers than lose the island's terns.")
    text = title + "\n\n" + body
    art = Article(text=text, language="en", title=title,
                  blocks=[Block("headline", 0, len(title), title),
                          Block("body", len(title) + 2, len(text), body)])
    kept = [q.prompt for q in candidates(analyze(art)) if q.type == "cloze" and q.score >= 0.35]
    assert not [p for p in kept if "miss ________ summers" in p], kept
