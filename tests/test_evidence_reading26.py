"""Unproven claims quick reading 26 found no evidence question for: the flag words were new
('did not provide figures to support this', 'could not confirm the claim', 'überprüfen ließ
sich die Behauptung nicht'), or the flag stood in a clause the analysis gave to the speaker
of the clause before it ('Westlink said it had "no such plans", and there is no evidence so
far that ...'; 'Haßler sagte, ihm sei ein solcher Fall nicht bekannt; überprüfen ließ sich
...')."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _claims(text: str) -> list[str]:
    analysis = analyze(load_article(text))
    return [analysis.sentences[m.claim_sentence].text for m in analysis.markers
            if m.kind == "no_evidence"]


EN = ("Ferry timetable cut\n\nThe island ferry will run twice a day from March, the operator "
      "said.\n\n")
DE = ("Streit um neue Brücke\n\nDie Gemeinde will im Frühjahr eine neue Brücke bauen, teilte "
      "die Verwaltung mit.\n\n")


@pytest.mark.parametrize("text, claim", [
    (EN + "Campaigners claimed that bookings had fallen by a third. The group did not provide "
     "figures to support this, and the operator disputes it.", "Campaigners claimed"),
    (EN + "Some residents have suggested that the operator sold a second boat in secret. The "
     "operator did not reply, and the harbour board said it could not confirm the claim.",
     "Some residents have suggested"),
    (EN + "Some crew members claimed the company was planning to hire agency staff. The "
     "operator said it had \"no such plans\", and there is no evidence so far that any agency "
     "has been contacted.", "Some crew members claimed"),
    (DE + "Ein Anwohner behauptete, in Nachbarorten habe eine ähnliche Brücke Risse bekommen. "
     "Bauamtsleiter Uwe Kern sagte, ihm sei ein solcher Fall nicht bekannt; überprüfen ließ "
     "sich die Behauptung bis Redaktionsschluss nicht.", "Ein Anwohner behauptete"),
])
def test_the_flag_points_at_the_claim_before(text, claim):
    assert [c[:len(claim)] for c in _claims(text)] == [claim]


def test_a_claimant_who_gives_no_figures_qualifies_the_claim_of_its_own_sentence():
    text = (EN + "Locals say the queues are already longer. The harbour union said delays had "
            "doubled, though it did not provide figures to support that claim.")
    assert [c[:20] for c in _claims(text)] == ["The harbour union sa"]


@pytest.mark.parametrize("text, claim", [
    # quick reading 27
    (DE + "Anwohner werfen der Gemeinde vor, Warnungen ignoriert zu haben. Ob es solche "
     "Hinweise tatsächlich gegeben hat, ist bislang nicht geklärt.", "Anwohner werfen"),
    (EN + "Residents claimed the operator had ignored warnings. Whether such warnings were "
     "ever given is not yet clear.", "Residents claimed"),
])
def test_an_open_whether_clause_flags_the_claim_before(text, claim):
    assert [c[:len(claim)] for c in _claims(text)] == [claim]


def test_a_settled_whether_clause_flags_nothing():
    assert _claims(EN + "Whether the ferry is busy is clear to everyone.") == []


def test_a_sentence_that_points_back_flags_the_claim_before_also_where_it_quotes():
    # blind review 21: the evidence item keyed the police sentence instead of the claim
    text = (EN + "The farmer believes that walkers or vandals were to blame. Police said, "
            "however, that there was no evidence that the gate had been opened deliberately, "
            "and the claim has not been confirmed.")
    assert [c[:20] for c in _claims(text)] == ["The farmer believes "] * 2


def test_a_whether_clause_inside_a_sentence_is_not_read_as_the_opening_one():
    text = (DE + "Anwohner werfen der Gemeinde vor, Warnungen ignoriert zu haben. Die Frage, "
            "ob es solche Hinweise tatsächlich gegeben hat, ist offen, sagte der Bürgermeister.")
    assert _claims(text) == []


def test_bestaetigt_ist_das_nicht_flags_the_rumour_before():
    # blind review 21 (media engineer's note): the second nest got no evidence question
    text = (DE + "Im Internet wird behauptet, ein zweites Paar habe mit dem Nestbau begonnen. "
            "Bestätigt ist das nicht: Die Behörde sah nur ein Paar.")
    assert [c[:20] for c in _claims(text)] == ["Im Internet wird beh"]


def test_that_claim_has_not_been_checked_flags_the_claim_before():
    # blind review 22, en_solar_farm: the evidence item quoted the hedge sentence instead
    text = (EN + "The group also claims that the ferry loses money on every crossing. That "
            "claim has not been independently checked.")
    assert [c[:20] for c in _claims(text)] == ["The group also claim"]


def test_no_hedge_is_asked_on_a_sentence_whose_flag_points_back():
    analysis = analyze(load_article(
        EN + "The group also claims that the ferry loses money on every crossing. That claim "
        "has not been independently checked, and a survey is said to reach another view."))
    assert [m.kind for m in analysis.markers if m.sentence == 3] == ["no_evidence"]
