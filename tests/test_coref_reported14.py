"""Pronouns in reported speech (fresh batch 13): 'Sein Mandant bedauere den Tod von Martin
Kessler. Er sei an jenem Abend allein unterwegs gewesen.' - 'er' is the defendant, not the
victim named last, so it stays unresolved and no question guesses; 'The leader of the
Conservative group, Councillor Brian Ashby, accused ... He also said ...' - 'the leader of'
another body is not the council leader named before, so 'He' is Ashby."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Prozess begonnen

Der Angeklagte schwieg zum Auftakt. Sein Verteidiger, Rechtsanwalt Jörg Bialas, verlas eine \
Erklärung. Sein Mandant bedauere den Tod von Peter Lindner zutiefst. Er sei an jenem Abend \
allein unterwegs gewesen. Zudem sei er höchstens 80 Kilometer pro Stunde gefahren. Das Urteil \
wird im Januar erwartet.
"""

EN = """Cycle lane approved

Council leader Angela Fairweather said the scheme would make the road safe. Traders handed \
over a petition. The leader of the Conservative group, Councillor Brian Ashby, accused the \
ruling group of rushing the plan. He also said the council had ignored its own consultation. \
The lane will open in spring.
"""


def test_reported_er_is_not_the_person_named_last() -> None:
    a = analyze(load_article(DE))
    lindner = next(e for e in a.entities if e.name == "Peter Lindner")
    assert not any(m.kind == "pronoun" for m in lindner.mentions), lindner.mentions
    assert not any("Lindner" in q.prompt or q.answer == "Peter Lindner"
                   for q in wh.generate(a) if q.skill in {"who", "how_many"})


def test_leader_of_another_body_is_not_the_council_leader() -> None:
    a = analyze(load_article(EN))
    ashby = next(e for e in a.entities if e.name == "Brian Ashby")
    fairweather = next(e for e in a.entities if e.name == "Angela Fairweather")
    assert any(m.kind == "pronoun" for m in ashby.mentions), ashby.mentions
    assert not any(m.kind == "pronoun" for m in fairweather.mentions), fairweather.mentions
