"""Blind review 13, the general cause behind 'Weiler Reisen' and 'Riverside Skatepark' among a
who-question's persons: a firm named like a person after its class noun ('Das
Reiseunternehmen Peter Wendtland') and a body after 'the' ('according to the Westfield Swim
Collective') were labelled persons, and a speaker counts as a person option. Invented text."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

DE = """Busse fallen aus

Das Reiseunternehmen Peter Wendtland begründet die Ausfälle mit Personalmangel. „Wir finden \
niemanden“, sagte Geschäftsführerin Petra Lang. Peter Wendtland weist den Vorwurf zurück. Der \
Einzelhändler Oliver Brandt sagte, er habe genug Fahrer. Landrat Otto Weber kündigte einen \
Plan an.
"""

EN = """Pool to close

The old Westfield pool is used by around 300 swimmers every week, according to the Westfield \
Swim Collective. Council leader Tom Hale said the pool was too old. Anna Brook, 15, has swum \
there since she was six.
"""


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyze(load_article(text)).entities}


def test_a_firm_after_its_class_noun_is_no_person() -> None:
    labels = _labels(DE)
    assert labels["Peter Wendtland"] == "ORG", labels
    assert labels["Oliver Brandt"] == "PER", labels  # 'Einzelhändler' can be a person


def test_a_name_after_the_is_no_person() -> None:
    labels = _labels(EN)
    assert not any(name.startswith("Westfield Swim") and label == "PER"
                   for name, label in labels.items()), labels
    assert labels["Tom Hale"] == "PER", labels


def test_a_title_before_an_honorific_is_the_role() -> None:
    text = ("Blut wird knapp\n\nNotfälle seien nicht betroffen, betonte Klinikdirektor Prof. "
            "Stefan Möller. Amtsärztin Dr. Sabine Rothmund sprach von einer ernsten Lage.")
    ents = {e.name: e for e in analyze(load_article(text)).entities}
    assert ents["Stefan Möller"].role == "Klinikdirektor", ents["Stefan Möller"].role
    assert ents["Sabine Rothmund"].role == "Amtsärztin", ents["Sabine Rothmund"].role


def test_a_role_at_the_sentence_start_loses_that_capital_only() -> None:
    text = ("Crossing fails\n\nDelivery driver Kevin Morris said he froze. Rovers captain Liam "
            "Doyle said the team was proud. The fans of Kingsport Rovers cheered.")
    ents = {e.name: e for e in analyze(load_article(text)).entities}
    assert ents["Kevin Morris"].role == "delivery driver", ents["Kevin Morris"].role
    assert ents["Liam Doyle"].role == "Rovers captain", ents["Liam Doyle"].role
