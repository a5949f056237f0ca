"""mediaA fixes of round 1 of the session of 2026-11-28 evening (blind reviews 61-63).
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_opinion


def _kinds(text: str, language: str = "de") -> set[str]:
    return {c.kind for c in media_opinion.opinion_cues(text, language)}


def test_a_permission_for_anyone_who_is_a_rule_not_a_verdict():
    # blind review 63 de_berufsschule M2 (D): 'Wer bereits in ... lernt, darf seine Ausbildung
    # dort beenden.' was keyed an opinion on its 'Wer ..., darf'
    for text in ("Wer schon im alten Hallenbad trainiert, darf die Saison dort zu Ende "
                 "schwimmen.",
                 "Wer einen Schaden am Auto hat, kann ihn bis Ende Mai beim Bauhof melden."):
        assert _kinds(text) == set(), text
        assert media_opinion.classify(text, 0.7, "de")[0] != "opinion", text
    # what one may not do or can only do stays a verdict
    assert _kinds("Wer jahrelang an den Brücken spart, darf sich über Sperrungen nicht "
                  "wundern.")
    assert _kinds("Wer diese Sitzung erlebt hat, kann nur hoffen, dass der Rat dazulernt.")

