# ruff: noqa: E501  (an article as written, a paragraph a line)
"""Comprehension faults of blind reviews 138-145 and the round-1 code review (comp17, session of
2026-11-29 13:50, round 2), each a general rule tested on invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

LIBRARY_DE = """Von Jana Roth | Montag, 23. November 2026, 09:10 Uhr

Bücherei in Kleinau schließt samstags

Weil die Gemeinde ihren Zuschuss um 12.000 Euro kürzt, schließt die Bücherei in Kleinau ab dem 1. März samstags. Das hat der Gemeinderat am Donnerstag beschlossen.

Um Personal zu sparen, soll die Ausleihe künftig über einen Automaten im Foyer laufen. Weil er die Bücherei seit 20 Jahren leitet, kennt Bernd Kaiser fast jeden Leser mit Namen.

Da die Nachfrage gestiegen sei, wolle der Förderverein mehr Lesungen anbieten, sagte die Vorsitzende Ines Brandt.
"""


def _why(analysis):
    return {q.prompt: q.answer for q in wh.generate(analysis) if q.skill == "why"}


def test_a_reason_that_opens_the_sentence_is_asked():
    # blind review 140: no why-question in four sets, though 'Um Strom zu sparen, bleiben
    # ... dunkel' and 'Weil die Stadt ... aufgeben will, sollen ... einspringen' opened two
    # of them: the clause finder saw no main clause after a fronted reason
    why = _why(analyze(load_article(LIBRARY_DE)))
    assert why.get("Warum schließt die Bücherei in Kleinau ab dem 1. März samstags?") == \
        "weil die Gemeinde ihren Zuschuss um 12.000 Euro kürzt", why
    assert why.get("Warum soll die Ausleihe künftig über einen Automaten im Foyer laufen?") == \
        "um Personal zu sparen", why


def test_no_fronted_reason_with_a_pronoun_or_from_reported_speech():
    # 'Weil er ...': who? The answer would need the name; 'Da ... sei, wolle ..., sagte X':
    # someone's account, not the article's
    why = _why(analyze(load_article(LIBRARY_DE)))
    assert not any("Kaiser" in p or "Förderverein" in p for p in why), why


BINS_EN = """By Ruth Gale | Monday 23 November 2026, 09:10 GMT

Grit bins empty in Hollowbrook

Residents in Hollowbrook say the village's grit bins have been empty for weeks.

The parish council bought sandbags for the flood store in October. In the meantime, villagers have taken matters into their own hands.
"""


def test_a_bare_plural_object_is_asked_unless_an_idiom():
    # code review of round 1, #2: 'matters' of 'take matters into their own hands' (blind
    # review 136 en_grit_bins #7) went with every one-word plural object ('sandbags')
    qs = {q.prompt: q.answer for q in wh.generate(analyze(load_article(BINS_EN)))
          if q.skill == "what"}
    assert "sandbags" in qs.values(), qs
    assert "matters" not in qs.values(), qs


LAMPS_DE = """Von Jana Roth | Montag, 23. November 2026, 09:10 Uhr

Gemeinde Ostrau dimmt die Laternen

Die Gemeinde Ostrau dimmt ab Februar nachts ihre Straßenlaternen. Das hat der Gemeinderat am Dienstag beschlossen.

Im vorigen Jahr hatte die Gemeinde die Beleuchtung bereits im Ortsteil Kleinau gedimmt. Damals ließen sich so rund 9.000 Euro sparen. Künftig ließen sich nach Angaben der Verwaltung jährlich rund 31.000 Euro sparen.
"""


def test_lassen_sich_in_the_past_stays_past():
    # code review of round 1, #7: 'Damals ließen sich ... sparen' was asked 'Wie viel ließe
    # sich damals ... sparen?' (a past fact made hypothetical); 'Künftig ließen sich ...'
    # keeps the Konjunktiv II (blind review 140 de_nachtabschaltung #3)
    qs = {q.prompt: q.answer for q in wh.generate(analyze(load_article(LAMPS_DE)))
          if q.skill == "how_many"}
    past = [p for p, a in qs.items() if "9.000" in str(a)]
    future = [p for p, a in qs.items() if "31.000" in str(a)]
    assert past and all("ließ sich" in p for p in past), qs
    assert future and all("ließe sich" in p for p in future), qs


HALL_EN = """By Owen Tate | Thursday 26 November 2026, 10:05 GMT

Village hall insurance soars

Trustees of the Pellworth village hall were quoted almost four times last year's premium for insurance. Firefighters were called to the hall five times last winter.
"""


def test_times_a_sum_is_a_factor_not_a_count():
    # blind review 145 en_rowing #1 (F): 'quoted almost three times last year's price' was
    # asked 'How many times were organisers quoted last year's price ...? - almost three'
    qs = {q.prompt: q.answer for q in wh.generate(analyze(load_article(HALL_EN)))
          if q.skill == "how_many" and q.type != "cloze"}
    assert not any("premium" in p for p in qs), qs
    assert any("five" in str(a) for a in qs.values()), qs  # a real count of times stays
