"""A question on 'the suggestion', 'die Darstellung', 'the last one' leaves open which one: the
sentence before says (blind review 62 de_bahnhofsmission: 'Wann wies ein Sprecher des
Kirchenkreises die Darstellung als „reine Spekulation“ zurück?'; 'Who rejected the
suggestion?')."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import kept


def test_a_suggestion_or_account_from_the_sentence_before_is_not_asked_about():
    en = ("Some residents have suggested that the park should close at night. Council leader "
          "Mark Ellis rejected the suggestion on Monday.")
    assert not [p for p, _a in kept(wh, en, "en") if "the suggestion" in p]
    de = ("Anwohner werfen dem Verein vor, die Halle verkommen zu lassen. Vorsitzender Jens "
          "Albers wies die Darstellung am Dienstag zurück.")
    assert not [p for p, _a in kept(wh, de, "de") if "die Darstellung" in p]


def test_a_suggestion_that_says_what_it_is_is_asked():
    en = "Council leader Mark Ellis rejected the suggestion of a night-time closure on Monday."
    assert [p for p, _a in kept(wh, en, "en") if "the suggestion of" in p]
