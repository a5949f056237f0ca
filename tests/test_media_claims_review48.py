"""Claims and who makes them: fixes of blind reviews 46-48 (mediaB, round of 2026-11-28
12:15). Sentences invented."""

from __future__ import annotations

import re

from quizgen.generate import media_claims as mc
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

STATUE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bronze statue found in Dunmere garden

A bronze statue of a horse has been dug up in a garden in Dunmere.

The statue was found by gardener Sam Holt on 2 December. Museum director Ann Pike said \
she hoped to display it in the town hall from May, when the cleaning is finished. Sculptor \
Tom Reed said the statue weighed about 200 kilograms. Mayor Jo Kent said the town would \
pay for a new plinth outside the library.

Some neighbours have claimed on social media that the statue is made of solid gold. There \
is no evidence for this.

Curator Ben Moss said visitors had queued for an hour to see the horse.
"""


def test_evidence_option_keeps_no_object_it():
    # 'Tom Bellamy hoped to show it to the public from July': 'it' (the skull) is named in
    # the sentence before (blind review 47 en_ichthyosaur #9, F)
    a = analyze(load_article(STATUE_EN))
    cs = claims(a)
    flagged = [c for c in cs if c.unsupported]
    assert flagged
    stems = set().union(*(mc._content_stems(c, "en") for c in flagged))
    for form in (True, False):
        pool = mc._unflagged_pool(cs, {c.key for c in flagged}, stems, form, "en", a.entities)
        assert any("plinth" in o for o in pool), pool
        assert not [o for o in pool if re.search(r"\bdisplay it\b", o)], pool


LAMPS_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

New lamps for the Dunmere towpath

The council wants to light the towpath between Aldham and Kettle Cross.

Volunteers have counted bats along the towpath between Aldham and Kettle Cross since 2015. \
Mrs Ann Pike and other volunteers claim that the new lamps will drive the bats away. \
Councillor Tom Reed said the lamps were needed for safety. Cyclist Sam Cole said he often \
rode home in the dark. Parish clerk Jo Bell said the parish would write to the council.
"""


def test_who_question_on_a_plural_subject_has_a_singular_verb():
    # 'Mr Trelawney and other members claim that ...' asked as 'Who claim that ...?' (blind
    # review 46 en_glow_worms #7)
    a = analyze(load_article(LAMPS_EN))
    prompts = [q.prompt for q in mc.generate(a, claims(a)) if q.skill == "attribution"]
    assert any(p.startswith("Who claims that the new lamps") for p in prompts), prompts
    assert not any(p.startswith("Who claim ") for p in prompts), prompts


def test_second_place_of_a_between_pair_is_no_speaker():
    # 'between Tavenford and Coombe Mill': 'Coombe Mill' offered as who said it (blind
    # review 46 en_glow_worms #7)
    a = analyze(load_article(LAMPS_EN))
    assert mc._only_as_place(a, "Kettle Cross")
    assert not mc._only_as_place(a, "Sam Cole")


MUEHLE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Alte Mühle in Kaltenbrunn verkauft

Die Gemeinde hat die alte Wassermühle an einen Bäcker verkauft.

Käufer ist der Bäckermeister Jonas Wolf, der in der Mühle eine Backstube und ein Café \
einrichten will. Das Mühlrad und das Dach sollen nach Angaben der Denkmalbehörde unverändert \
bleiben. Angeblich soll ein zweiter Käufer mehr geboten haben.

Bürgermeisterin Petra Adler sagte, der Gemeinderat habe einstimmig entschieden.
"""


def test_a_state_an_authority_requires_is_no_hearsay():
    # 'Die Fassade und der Turm sollen nach Angaben des Denkmalamts unverändert bleiben' keyed
    # 'Nein, nur als unbestätigte Angabe' (blind review 43 de_kirchenverkauf #12)
    a = analyze(load_article(MUEHLE_DE))
    hedges = [q.prompt for q in mc.generate(a, claims(a)) if q.skill == "evidence"
              and "gesicherte Tatsache" in q.prompt]
    assert not [p for p in hedges if "Mühlrad" in p], hedges


BOATHOUSE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Rowing club may lose its boathouse

The rowing club in Dunmere may have to leave its boathouse next year.

The harbour board wants to sell the building to pay for repairs to the quay. Several members \
have claimed on social media that a hotel group has already agreed to buy the boathouse. The \
board denies this, and no planning application has been submitted to the council.

Club captain Ann Pike said the club had trained there since 1952.
"""


def test_a_claim_the_next_sentence_denies_without_a_record_is_asked_as_hedged():
    # 'Several parents have claimed on social media that a developer has already agreed to buy
    # the boathouse ... The trust denies this, and no planning application has been
    # submitted' had no item (blind review 46 en_sea_cadets)
    a = analyze(load_article(BOATHOUSE_EN))
    qs = [q for q in mc.generate(a, claims(a)) if q.skill == "evidence"
          and "hotel group" in q.prompt]
    assert qs, [q.prompt for q in mc.generate(a, claims(a))]
    assert qs[0].answer == "No, only as an unconfirmed report", qs[0].answer


HEIZUNG_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um kalte Wohnungen in Kaltenbrunn

Viele Mieter in der Lindenstraße frieren. Der Vermieter weist die Kritik zurück.

Bürgermeister Jonas Wolf sagte, die Stadt wolle vermitteln.

Der Mieterverein wirft dem Vermieter vor, Reparaturen verschleppt zu haben. Nach seiner \
Darstellung hat die Firma seit 2024 keine einzige Heizung erneuert, obwohl sich Mieter \
beschwert hätten. Belegt ist dieser Vorwurf bislang nicht; die Firma weist ihn zurück.

Im Januar soll es ein Treffen geben.
"""


def test_a_claim_framed_by_its_speakers_possessive_is_printed_with_the_sentence_before():
    # 'Nach seiner Darstellung hat die Verwaltung ...' printed with 'seiner' unresolved
    # (blind review 48 de_ganztag: the Elternbeirat named in the sentence before)
    a = analyze(load_article(HEIZUNG_DE))
    tfs = [q.prompt for q in mc.generate(a, claims(a)) if q.skill == "evidence"
           and q.type == "true_false"]
    assert tfs, [q.prompt for q in mc.generate(a, claims(a))]
    assert all(not p.startswith("„Nach seiner") for p in tfs), tfs
    assert any(p.startswith("„Der Mieterverein wirft dem Vermieter vor") for p in tfs), tfs


SCHULHOF_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Viele Stürze auf dem Schulhof in Kaltenbrunn

An der Grundschule Kaltenbrunn haben sich in diesem Herbst mehr Kinder verletzt als sonst.

Schulleiterin Petra Adler sagte, seit September seien elf Kinder gestürzt. Eine \
Elterninitiative macht dagegen den neuen Belag des Schulhofs verantwortlich, der im Sommer \
verlegt wurde. Belegt ist dieser Zusammenhang nicht. Die Gemeinde lässt den Belag prüfen.

Bürgermeister Jonas Wolf sagte, die Prüfung dauere bis Januar.
"""


def test_blame_the_next_sentence_calls_unproven_is_asked():
    # 'Eine Bürgerinitiative macht dagegen die Probebohrungen ... verantwortlich, ... Belegt
    # ist dieser Zusammenhang nicht.' had no media item (blind review 47 de_heilquelle)
    a = analyze(load_article(SCHULHOF_DE))
    qs = [q for q in mc.generate(a, claims(a)) if q.skill == "evidence"
          and "Elterninitiative" in q.prompt]
    assert qs, [q.prompt for q in mc.generate(a, claims(a))]
    assert qs[0].answer == "Nein, nur als unbestätigte Angabe", qs[0].answer
    assert qs[0].score >= 0.7
