"""Wording faults of fresh batches 13/14, each on invented text: a date named as a thing
('Der neue Termin sei der 8. Dezember' gave 'Wann ist der neue Termin? -> der 8. Dezember'),
a measure split from its adjective ('90 Kilometer entfernt'), a plural 'sie' taken for the
woman named before, a mid-clause 'aber' left in the prompt, a cloze on the 'dozen' of 'more
than a dozen', and an English relative clause read as the main clause."""

from __future__ import annotations

from quizgen.generate import cloze, wh
from quizgen.pipeline import analyze, load_article


def _wh(text: str) -> list[tuple[str, str, str]]:
    return [(q.skill, q.prompt, str(q.answer)) for q in wh.generate(analyze(load_article(text)))]


def test_date_named_as_a_thing_is_not_asked_when() -> None:
    qs = _wh("Termin verschoben\n\nDie Prüfung fällt aus. Der neue Termin sei der 8. Dezember, "
             "teilte das Ministerium mit. Die Schüler sind verärgert.")
    assert not any(a.startswith("der 8.") or "8. Dezember?" in p for _, p, a in qs), qs


def test_measure_with_entfernt_is_asked_how_far() -> None:
    qs = _wh("Halle zu\n\nDie Halle bleibt geschlossen. Der TSV Hellweiler muss seine "
             "Heimspiele nun 90 Kilometer entfernt austragen. Die Spieler sind sauer.")
    how = [(p, a) for s, p, a in qs if s == "how_many"]
    assert how and all(p.startswith("Wie weit entfernt") and a == "90 Kilometer"
                       for p, a in how), how


def test_plural_sie_in_a_subordinate_clause_is_not_the_woman() -> None:
    a = analyze(load_article(
        "Halle zu\n\nDie Halle bleibt geschlossen. Trainerin Nina Rolf fürchtet um den "
        "Nachwuchs. „Wenn sie drei Monate nicht aufs Eis können, spielen sie eben Fußball“, "
        "sagt sie. Die Stadt prüft eine Reparatur."))
    rolf = next(e for e in a.entities if e.name == "Nina Rolf")
    assert not any(m.sentence == 3 and m.kind == "pronoun" for m in rolf.mentions)
    assert not any("Rolf" in q.prompt for q in wh.generate(a) if q.skill == "how_many")


def test_mid_clause_aber_is_left_out() -> None:
    qs = _wh("Klage geplant\n\nDer Verband will klagen. Eine Klage hat aber nur geringe "
             "Aussichten. Die Schule schweigt.")
    assert qs and not any(" aber " in p for _, p, _ in qs), qs


def test_no_cloze_on_a_dozen() -> None:
    a = analyze(load_article("Storm damage\n\nThe storm damaged more than a dozen buildings "
                             "in Westbay on Monday. Roofs were torn off. Mayor Tom Reed "
                             "visited the town."))
    assert "dozen" not in [t[2] for t in cloze._targets(a, 1)]


def test_relative_clause_is_no_main_clause() -> None:
    qs = _wh("Eye study\n\nScientists studied 3,000 children in Leeds. Pupils who spent at "
             "least two hours a day outside were about a third less likely to be "
             "short-sighted, the researchers found. The study ran for five years.")
    assert not any("who spend" in p or "who spent" in p for _, p, _ in qs), qs


def test_no_cloze_on_half_of_a_slash_pair() -> None:
    a = analyze(load_article("Koalition streitet\n\nDie Regierung aus CDU/CSU und SPD plant "
                             "ein neues Gesetz. Die Opposition kritisiert den Entwurf. Die "
                             "Abstimmung ist im Mai."))
    assert not any("________/" in q.prompt or "/________" in q.prompt
                   for q in cloze.generate(a))
