"""Round 5 after blind reviews 75-79 (comprehension): question words for towns, bodies and
people, leftovers in prompts. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _asked(text: str, language: str) -> dict[str, str]:
    return {q.prompt: str(q.answer) for q in wh.generate(analysed(text, language))}


def test_a_town_that_acts_is_asked_with_wer_de():
    got = _asked("Nach einer Prüfung der Leitungen hat die Gemeinde Ostbrück das Hallenbad am "
                 "Weiher vorerst geschlossen.", "de")
    assert not any(p.startswith("Was") and v == "die Gemeinde Ostbrück"
                   for p, v in got.items()), got
    assert any(p.startswith("Wer hat") and v == "die Gemeinde Ostbrück"
               for p, v in got.items()), got
    got = _asked("Die Gemeinde Ostbrück hat das Hallenbad vorerst geschlossen.", "de")
    assert "Wer hat das Hallenbad vorerst geschlossen?" in got, got


def test_both_sides_invited_are_a_wen_de():
    got = _asked("Für den 3. Mai hat Bürgermeister Kuhn beide Seiten in die Schule "
                 "eingeladen.", "de")
    assert not any(p.startswith("Was") for p in got), got
    # 'beide Seiten' as the key is vague - of what? (blind review 106 de_baggersee #9: 'Wen
    # kann ... verstehen? - beide Seiten'); no 'Wen' question either
    assert not any(v == "beide Seiten" for v in got.values()), got


def test_a_body_taken_up_by_its_noun_is_a_who_en():
    got = _asked("The Oakley Heritage Society wants to put a plaque on the mill. But local "
                 "farmer Tom Hale believes the society has picked the wrong mill.", "en")
    assert not any(p.startswith("What") and "believe" in p for p in got), got
    assert any(p.startswith("Who does") and "believe" in p for p in got), got


def test_a_level_with_an_unexplained_possessive_is_not_asked_de():
    got = _asked("Zuletzt standen noch 12 aktive Spieler auf dem Platz, ihr Durchschnittsalter "
                 "liegt bei rund 64 Jahren.", "de")
    assert not any("ihr Durchschnittsalter" in p for p in got), got


def test_an_average_age_is_how_high_and_its_key_nominative_de():
    got = _asked("Das Durchschnittsalter der Spieler liegt bei rund 64 Jahren.", "de")
    assert got.get("Wie hoch ist das Durchschnittsalter der Spieler?") == "rund 64 Jahre", got


def test_a_bare_noun_its_relative_clause_restricts_is_not_cut_de():
    got = _asked("Kramer wünscht sich vor allem Leute, die einen Hund dauerhaft aufnehmen.", "de")
    assert not any(p.startswith("Wer wünscht") for p in got), got


def test_an_adjective_after_the_object_stays_with_it_en():
    got = _asked("The vets' practice closed its night service in May. The company blamed a "
                 "shortage of nurses willing to work weekends.", "en")
    assert not any(p.startswith("What did the company blame") for p in got), got


def test_the_subject_goes_before_a_fronted_together_with_phrase_de():
    got = _asked("Gemeinsam mit rund 30 Nachbarn hat die Lehrerin Anna Roth am 4. März eine "
                 "Liste mit Forderungen im Rathaus abgegeben.", "de")
    assert "Wann hat die Lehrerin Anna Roth gemeinsam mit rund 30 Nachbarn eine Liste mit " \
        "Forderungen im Rathaus abgegeben?" in got, got


def test_an_event_won_stays_a_what_en():
    got = _asked("Grace Kimani won the Harwick Marathon on Sunday in 2:21:14, breaking the "
                 "course record.", "en")
    assert not any(p.startswith("Who did Grace Kimani win") for p in got), got


def test_the_first_residents_are_no_who_worth_asking_en():
    qs = wh.generate(analysed("About 300 homes will be built on the site. The first residents "
                              "are due to move in by the end of the year.", "en"))
    assert all(q.score <= wh.VAGUE_ANSWER_SCORE for q in qs
               if q.answer == "the first residents"), [(q.prompt, q.score) for q in qs]
