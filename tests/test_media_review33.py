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


CLAIM_FRAME_EN = """By Tom Reade | Monday 7 December 2026, 09:00 GMT

Bakery on Mill Lane to close after 60 years

Hartley's Bakery on Mill Lane in Dunford will close in January after 60 years, its owner \
has announced.

Owner Susan Hartley said energy bills of around £40,000 a year had made the ovens too \
expensive to run. She said the staff had been told that they would be paid until the end \
of January. The bakery had been losing money for the past three years, she said.

Some customers on Mill Lane have claimed that the council refused a plan by the family to \
open a café upstairs, a move they say could have saved the bakery. The council said it had \
no record of any such application, and the claim could not be independently confirmed.
"""


def test_unproven_claim_option_has_no_claim_frame():
    # blind review 33 en_dept Q11: the key was the only option worded 'Some traders ... have
    # claimed that ...' and the longest
    from quizgen.generate.media_claims import _unsupported
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(CLAIM_FRAME_EN))
    mc = [q for q in _unsupported(a, claims(a)) if q.type == "multiple_choice"]
    assert mc
    for q in mc:
        assert "have claimed" not in q.answer, q.answer
        assert q.answer.startswith("The council refused"), q.answer


ADDITIVE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um die alte Mühle in Hollbach

Die Gemeinde Hollbach will die alte Mühle am Dorfplatz abreißen lassen. Der Gemeinderat \
hat dem Plan im November zugestimmt.

Anwohner Peter Krause hält das für einen Fehler. Die Mühle sei das älteste Gebäude im Ort, \
sagte er. Krause behauptet außerdem, ein Verein aus Kassel habe angeboten, die Mühle zu \
kaufen und zu sanieren. Bürgermeisterin Anna Vogt sagte, die Sanierung würde mehr als eine \
Million Euro kosten. Kämmerer Jonas Weber sagte, die Gemeinde habe dafür kein Geld.
"""


def test_who_said_prompt_drops_additive_adverb():
    # blind review 32 de_kolumbarium #10: 'Wer behauptet außerdem, ...?'
    from quizgen.generate.media_claims import _who_said
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(ADDITIVE_DE))
    qs = [q for q in _who_said(a, claims(a)) if "Kassel" in q.prompt]
    assert qs
    assert all("außerdem" not in q.prompt for q in qs), [q.prompt for q in qs]


FORMER_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Kapelle in Hollbach soll verkauft werden

Die Gemeinde Hollbach will die alte Kapelle am Friedhof verkaufen. Der Gemeinderat hat dem \
Plan im November zugestimmt.

Der frühere Mesner Walter Krause, 81, sammelt Unterschriften dagegen. „Hier haben meine \
Eltern geheiratet“, sagte Krause. Bürgermeisterin Anna Vogt sagte, der Unterhalt koste die \
Gemeinde jedes Jahr rund 20.000 Euro.
"""


def test_former_office_keeps_frueher():
    # blind review 32 de_kolumbarium #14: 'Helmut Brandes (Küster)' for 'der frühere Küster'
    from quizgen.generate.media_discussion import _role
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(FORMER_DE))
    ent = next(e for e in a.entities if e.name == "Walter Krause")
    assert _role(a, ent) == "früherer Mesner", _role(a, ent)


DENIAL_EN = """By Tom Reade | Monday 7 December 2026, 09:00 GMT

Builder jailed over fake safety certificates

A builder from Dunford has been jailed for selling fake gas safety certificates to \
landlords, Dunford Crown Court heard.

Prosecutor Mary Lowe said Dean Hart, 44, had issued more than 200 certificates without \
checking a single boiler. A second man, Lee Norris, 31, who worked as a fitter for the firm, \
denies any involvement and is due to stand trial in March.

Judge Alan Pryce said the landlords had been put at risk. Defence barrister Sam Quinn said \
his client was deeply sorry.
"""


def test_bare_denial_is_no_voice():
    # blind review 33 en_mot Q14: 'lets ... Kyle Benton ... speak' though he is only
    # reported denying involvement
    from quizgen.generate.media_discussion import _voices
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(DENIAL_EN))
    qs = _voices(a, claims(a))
    assert qs
    assert all("Lee Norris" not in q.prompt and "Lee Norris" not in str(q.answer) for q in qs)


SHOP_EN = """By Tom Reade | Monday 7 December 2026, 09:00 GMT

Dunford's oldest bakery to close

Hartley's, the bakery on Mill Lane in Dunford, will close in January after 90 years.

Owner Susan Hartley said energy bills had made the ovens too expensive to run. Local \
historian Peter Grant said the bakery had opened in 1936. Baker Jan Moss, who has worked \
at Hartley's since 1990, said she would miss the customers.

A town that cannot keep a bakery like Hartley's open has lost something it will not get back.
"""


def test_true_false_never_swaps_a_shop_named_after_a_person():
    # blind review 33 en_dept Q10: 'a shop like Haddow's' became 'a shop like Petrie's'
    from quizgen.generate import truefalse
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(SHOP_EN))
    qs = truefalse.generate(a)
    prompts = [q.prompt.replace("'", "’") for q in qs]
    assert not [p for p in prompts if "Grant’s" in p or "Moss’s" in p], prompts


THERE_EN = """By Tom Reade | Monday 7 December 2026, 09:00 GMT

Chess club loses its room at the library

Dunford Chess Club must leave its room at the town library by March, after 30 years.

Club secretary Ann Lowe said the members had offered to pay twice the rent. She said the \
club had looked at a room on the Riverside estate. Treasurer Bill Cole said the rent there \
would be at least £500 a month. Councillor Mark Reed said the library needed the room for \
computer classes. Some members have claimed that the library plans to sell the building. \
The council said there was no evidence for this.
"""


def test_evidence_options_have_no_unresolved_there():
    # blind review 32 en_model_railway #9: 'The rent there would be at least £600 a month.'
    from quizgen.generate.media_claims import _unsupported
    from quizgen.generate.media_text import claims
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(THERE_EN))
    qs = _unsupported(a, claims(a))
    assert qs
    assert not [o for q in qs for o in (q.options or []) if " there " in o], \
        [q.options for q in qs]
