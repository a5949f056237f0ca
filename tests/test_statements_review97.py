"""A sentence that gives its source only as 'nach seinen Worten' names that person when it is
printed alone, and is not printed when the person is unknown (blind review 94
de_hoerschleife #5: 'Nach seinen Worten seien rund ___ Mitglieder ... betroffen'); 'Anders sieht
das X.' leans on the sentence before even with a capital A (blind review 97 de_gemeindebrief #5,
D). Sentences invented."""

from __future__ import annotations

from quizgen.generate import cloze, statements, truefalse
from quizgen.pipeline import analyze, load_article

DE = """Von Jana Roth | Montag, 16. November 2026, 08:15 Uhr

Kegelbahn im Bürgerhaus bleibt geschlossen

Die Kegelbahn im Bürgerhaus von Talheim bleibt bis zum Sommer geschlossen. Der Vorsitzende \
des Kegelclubs, Rainer Brandhuber, ist enttäuscht. „Wir haben jede Woche trainiert“, sagte der \
67-Jährige dem SWR. Nach seinen Worten seien rund 60 Mitglieder betroffen, die nun nach \
Hausen ausweichen müssten. Die Stadt will die Bahn für 45.000 Euro sanieren lassen. \
Bürgermeisterin Anke Riedel hält den Zeitplan für realistisch. Anders sieht das \
Stadträtin Petra Lohmeier.
"""


def test_possessive_source_is_named_in_the_gap_sentence() -> None:
    an = analyze(load_article(DE))
    gaps = [q for q in cloze.generate(an) if q.answer == "60"]
    assert gaps
    assert all("Nach den Worten von Brandhuber seien rund" in q.prompt for q in gaps)
    assert not any("seinen Worten" in q.prompt for q in cloze.generate(an))


def test_possessive_source_without_a_known_person_is_not_printed() -> None:
    text = DE.replace("Der Vorsitzende des Kegelclubs, Rainer Brandhuber, ist enttäuscht. "
                      "„Wir haben jede Woche trainiert“, sagte der 67-Jährige dem SWR. ",
                      "Der Kegelclub trainiert seit 1970 im Bürgerhaus. ")
    assert text != DE
    an = analyze(load_article(text))
    sentence = next(s for s in an.sentences if "seinen Worten" in s.text)
    if statements.usable(an, sentence, allow_quotes=True, modal_ok=True, max_words=1000):
        assert statements.replacements(an, sentence) is None


def test_capital_anders_sieht_das_is_not_a_statement() -> None:
    an = analyze(load_article(DE))
    sentence = next(s for s in an.sentences if s.text.startswith("Anders sieht das"))
    assert not statements.usable(an, sentence, allow_quotes=True, modal_ok=True)
    assert not any("Anders sieht das" in q.prompt for q in truefalse.generate(an))
