"""Unproven claims quick reading 28 found no evidence question for: 'She did not say where the
figure came from, and the council said it had not seen any study that supported it' (the flag
words were new) and its German shapes ('Woher die Zahl stammt, sagte sie nicht')."""

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
    (EN + "Harbour master Lena Cole claimed that every ferry trip saved twelve car journeys. "
     "She did not say where the figure came from.", "Harbour master Lena Cole claimed"),
    (EN + "The ferry group argued that tourism would fall by half. The operator said it had "
     "not seen any study that supported it.", "The ferry group argued"),
    (DE + "Die Bürgerinitiative behauptete, die Brücke werde doppelt so teuer wie geplant. "
     "Woher diese Zahl stammt, sagte ihr Sprecher nicht.", "Die Bürgerinitiative behauptete"),
    (DE + "Ein Anwohner schätzte, täglich führen 4000 Autos durch den Ort. Er sagte allerdings "
     "nicht, woher er das wisse.", "Ein Anwohner schätzte"),
])
def test_a_figure_without_a_source_is_flagged_on_the_claim_before(text, claim):
    assert [c[: len(claim)] for c in _claims(text)] and all(
        c.startswith(claim) for c in _claims(text))


def test_saying_where_a_figure_came_from_is_no_flag():
    assert _claims(EN + "Lena Cole said that every trip saved twelve car journeys. She said "
                        "the figure came from a survey of 400 passengers.") == []


@pytest.mark.parametrize("text, claim", [
    (EN + "Some skippers believe the cut is linked to a fuel contract, but the operator "
     "stressed that there was no data to prove this.", "Some skippers believe"),
    (DE + "Der Heimatverein vermutet, dass die Brücke schon 1850 stand; belegt ist dieser "
     "Zusammenhang bislang allerdings nicht.", "Der Heimatverein vermutet"),
])
def test_a_belief_in_the_flags_own_sentence_is_the_claim(text, claim):
    assert _claims(text) and all(c.startswith(claim) for c in _claims(text))


def test_a_check_that_cannot_be_made_flags_the_hearsay_before():
    text = (DE + "Der alte Brückenstein stammt angeblich aus einer römischen Mauer. Ob er "
            "tatsächlich so alt ist, lässt sich allerdings nicht nachprüfen.")
    assert [c[:24] for c in _claims(text)] == ["Der alte Brückenstein st"]


@pytest.mark.parametrize("text, claim", [
    # quick reading 31: the flag said by someone who makes no claim in that sentence
    (EN + "Several skippers have claimed that the new timetable is driving tourists away. "
     "The operator says it has no figures to prove this.", "Several skippers have claimed"),
    (EN + "It has been suggested online that some crews are paid twice for night runs. The "
     "operator says it has seen no evidence of this.", "It has been suggested online"),
])
def test_a_flag_in_someone_elses_words_points_back_at_the_claim(text, claim):
    assert _claims(text) and all(c.startswith(claim) for c in _claims(text))


def test_a_suggestion_in_the_flags_own_sentence_is_the_claim():
    # blind review 24 en_sheep_worrying #13: the flag went to the police officer's sentence
    # before, and the residents' rumour got no item
    text = (EN + "Harbour master Lena Cole said it was too early to say what had caused the "
            "delay. Some residents have suggested online that the ferry was sold, but the "
            "operator stressed that there was no evidence for this.")
    assert [c[:28] for c in _claims(text)] == ["Some residents have suggeste"]


def test_no_figures_published_to_support_it_flags_the_claim_before():
    # blind review 24 en_floodlights: its unproven claim got no question
    text = (EN + "Some skippers claim that a rival ferry passed its inspection with older "
            "engines. The board has not commented on that claim, and no figures have been "
            "published to support it.")
    assert [c[:20] for c in _claims(text)] == ["Some skippers claim "]
