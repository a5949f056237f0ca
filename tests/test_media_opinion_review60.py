"""mediaA fixes of round 3 of the second session of 2026-11-28 (blind reviews 58-60): fact
or opinion. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article


def _kinds(text: str, language: str = "de") -> set[str]:
    return {c.kind for c in media_opinion.opinion_cues(text, language)}


def test_a_counterfactual_would_otherwise_have_to_is_no_demand():
    # blind review 59 de_pilzzucht #11 (D): 'Der Kaffeesatz stammt aus gut 30 Cafés ..., die
    # ihn sonst entsorgen müssten.' was keyed an opinion on the relative clause's 'müssten'
    assert "deontic" not in _kinds("Das Altbrot kommt aus rund 40 Bäckereien im Landkreis, "
                                   "die es sonst wegwerfen müssten.")
    assert "deontic" not in _kinds("Ohne den Zuschuss müsste der Verein andernfalls die "
                                   "Beiträge verdoppeln.")
    # a should-word without 'sonst' stays the writer's demand
    assert "deontic" in _kinds("Die Stadt müsste endlich mehr Geld für die Bäder ausgeben.")


BATH_DE = """Von Lena Vogt | Mittwoch, 6. Mai 2026, 08:30 Uhr

Freibad Talheim bleibt diesen Sommer geschlossen

Das Freibad in Talheim öffnet in diesem Jahr nicht. Der Gemeinderat hat am Dienstag mit elf zu \
vier Stimmen beschlossen, die Sanierung des Beckens auf 2028 zu verschieben.

Die Kosten für die neuen Leitungen werden auf etwa 800.000 Euro geschätzt. Bürgermeister Paul \
Enders sagte, die Gemeinde könne das Geld derzeit nicht aufbringen.

Ein Ort, der sich Luftkurort nennt, sollte sein einziges Bad nicht so leichtfertig aufgeben.

Der Förderverein will am 20. Mai über weitere Schritte beraten.
"""

FERRY_EN = """By Tom Hale | Monday 4 May 2026, 09:00 BST

Ferry fares to rise by a third from June

Fares on the Carrow ferry will rise by about a third from 1 June, the operator announced on \
Friday.

A return ticket for foot passengers will cost £6 instead of £4.50. Operator Tidewater Ferries \
said rising fuel costs had left it no choice.

Cutting a loss by pricing nurses and carers off the only direct crossing is a poor bargain for \
any town.

A public meeting about the fares will be held on 19 May.
"""


def _opinions(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    return [(q.prompt, q.explanation) for q in media_opinion.generate(a, claims(a))
            if q.id and q.answer.startswith(("eine Meinung", "an opinion"))]


def test_a_town_that_calls_itself_something_is_no_speaker():
    # blind review 58 de_minigolf: 'Eine Stadt, die sich Kurort nennt, sollte ...' was read
    # as a quotation of 'Eine Stadt' (cue 'nennt') and the writer's opinion got no item
    items = _opinions(BATH_DE)
    assert any("Luftkurort" in p for p, _ in items), items


def test_a_poor_bargain_is_a_verdict():
    # blind review 58 en_bus_pass: '... is a poor bargain for any county.' had no cue word
    # (there the classifier's low score still keeps it below the opinion line)
    items = _opinions(FERRY_EN)
    assert any("poor bargain" in p for p, _ in items), items
