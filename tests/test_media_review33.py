"""Media-literacy fixes of blind reviews 31-33 (round 3 of 2026-11-28). Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_opinion import classify


def test_procedural_muss_with_words_before_its_verb_is_no_demand():
    # blind review 32 de_kolumbarium #9: 'Die Landeskirche muss dem Vorhaben noch zustimmen;
    # eine Entscheidung wird für Juni erwartet.' was keyed an opinion with 'muss' as the cue
    for text, lang in [("Der Kreistag muss dem Antrag im Herbst noch zustimmen; eine "
                        "Entscheidung wird für März erwartet.", "de"),
                       ("Das Bauamt muss den Plänen der Familie noch zustimmen.", "de"),
                       ("The county council must formally approve the new plans first.", "en")]:
        for closing in (False, True):
            label, cues = classify(text, 0.6, lang, closing=closing)
            assert not [c for c in cues if c.kind in {"must", "deontic"}], (text, cues)
            assert label != "opinion", (text, label)


def test_writers_muss_demand_stays():
    label, cues = classify("Der Kreistag muss jetzt endlich handeln.", 0.6, "de", closing=True)
    assert label == "opinion"
