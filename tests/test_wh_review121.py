"""Comprehension faults of blind reviews 101-121 (and comp12's list), each a general rule
tested on invented text (comp13, session of 2026-11-29, round 2)."""

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article
from quizgen.select import candidates


def _questions(text: str):
    return [q for q in candidates(analyze(load_article(text))) if q.family == "comprehension"]


def _prompts(text: str) -> dict[str, object]:
    return {q.prompt: q for q in _questions(text)}


LIDO_EN = """Lido campaigners look for new funding

By Tom Ridley | Friday 27 November 2026, 09:30

The Friends of Wendle Lido want to reopen the open-air pool next summer. The Wendle Lido \
Trust is also looking at whether a heritage grant could cover part of the repair bill.

Helen Moss, who chairs the trust, said volunteers had checked the pool every week. \
Councillor Rob Hale said the plans would be out in January.
"""


def test_who_takes_a_singular_verb_after_a_plural_name():
    # comp12's list: 'Who want to reopen the pool next summer? - Friends of Wendle Lido'
    ps = _prompts(LIDO_EN)
    assert "Who wants to reopen the open-air pool next summer?" in ps
    assert not any(p.startswith("Who want ") for p in ps)
    assert "Who said the plans would be out in January?" in ps


SPEED_DE = """Tempo in der Stadt

Von Jan Hollerbach | Freitag, 27. November 2026, 08:15 Uhr

Die Polizei hat seit Mai rund 80 Verstöße gegen das Tempolimit von 50 km/h in der \
Innenstadt festgestellt. Anwohner protestieren seit Wochen gegen den Lärm der Lastwagen aus \
dem Gewerbegebiet.
"""


def test_against_keeps_the_measure_and_origin_of_its_noun():
    # blind review 112 de_umleitungsverkehr (candidate, 0.70): 'Wogegen hat die Polizei ...
    # rund 80 Verstöße von 50 km/h festgestellt?'
    ps = _prompts(SPEED_DE)
    against = {p: q.answer for p, q in ps.items() if p.startswith("Wogegen")}
    assert against.get("Wogegen hat die Polizei seit Mai rund 80 Verstöße in der Innenstadt "
                       "festgestellt?") == "gegen das Tempolimit von 50 km/h"
    assert against.get("Wogegen protestieren Anwohner seit Wochen?") == \
        "gegen den Lärm der Lastwagen aus dem Gewerbegebiet"
    assert not any("km/h" in p or "Gewerbegebiet" in p for p in against)


RUN_EN = """Runners wait for their money

By Tom Ridley | Friday 27 November 2026, 09:30

Hundreds of runners are still waiting for refunds after the Larkfield half marathon was \
cancelled. Megan Toller, a dental nurse who trained for six months for the race, said she \
had paid £45. "I just want the money back," she said.

Councillor Amir Hanif, who chairs the leisure committee, said the council would look at the \
case. Equine vet Dr Sara Lund, of the Larkfield Equine Rescue Trust, said two horses had \
been hurt on the course.
"""


def test_a_private_persons_job_beside_her_part_is_a_side_detail():
    # blind review 117 en_charity_run #4 (F): 'What is Sally Brennan's role? - teaching
    # assistant' for 'a teaching assistant who ran in memory of her nephew'
    qs = {q.prompt: q for q in _questions(RUN_EN) if q.skill == "role"}
    toller = [q for p, q in qs.items() if "Megan Toller" in p]
    assert toller and all(q.score < 0.3 for q in toller)
    hanif = [q for p, q in qs.items() if "Amir Hanif" in p]
    assert hanif and all(q.score >= 0.45 for q in hanif)


def test_a_common_noun_role_loses_the_sentence_capital_beside_a_name_of_that_word():
    # blind review 101 en_farriers #6: 'Equine vet' mid-sentence (the word is in 'Severn
    # Valley Equine Practice' too, not the first word of that name)
    roles = {q.answer for q in _questions(RUN_EN) if q.skill == "role" and "Sara Lund" in q.prompt}
    assert roles == {"equine vet"}


AMBULANCE_EN = """Village waits longer for ambulances

By Tom Ridley | Wednesday 15 July 2026, 09:30

The ambulance at Elmsford has been unavailable for more than 90 days since March because of \
staff shortages, figures show. The station at Carnby was closed for more than 1,000 hours \
between May and June. In June, an ambulance from Carnby took roughly 25 minutes to reach a \
fall on Mill Lane, the trust confirmed. The sirens are tested on the first Monday of every \
month.

No one was hurt, but a care home with 30 residents had to be evacuated by the fire service.
"""


def _number(option: str) -> float:
    return float(option.split()[2].replace(",", ""))


def test_duration_options_fit_the_period_the_sentence_names():
    # blind review 118 en_retained_firefighters #1 (F): 'more than 420 days since January' in
    # a July article; 120 #1 (F): 'more than 9,000 hours' between April and September
    analysis = analyze(load_article(AMBULANCE_EN))
    by_unit = {q.unit: q for q in analysis.quantities if q.hedge == "more than"}
    days = distractors.numbers(analysis, by_unit["days"])  # 15 July: about 4.5 months
    assert len(days) == 3 and all(90 < _number(o) < 137 for o in days)
    hours = distractors.numbers(analysis, by_unit["hours"])  # May and June: about 1,460
    assert len(hours) == 3 and all(1000 < _number(o) < 1460 for o in hours)


def test_a_fronted_time_does_not_move_onto_a_trailing_confirmed():
    # blind review 118 en_retained_firefighters #5 (F): 'How many minutes did a crew ...
    # take to reach a kitchen fire on Church Road, the service confirmed in May?'
    ps = _prompts(AMBULANCE_EN)
    assert "How many minutes did an ambulance from Carnby take to reach a fall on Mill Lane " \
        "in June?" in ps
    assert not any("confirmed in June" in p for p in ps)


def test_the_weekday_of_the_first_monday_of_a_month_is_not_asked_when():
    # blind review 119 en_flood_sirens #3 (F): 'When are the sirens tested on the first of
    # every month? - Monday'
    assert not any("on the first of every month" in p for p in _prompts(AMBULANCE_EN))


def test_an_institution_with_people_is_no_who():
    # blind review 121 en_flood_barrier C5 (F): 'Who had to be evacuated by the fire
    # service? - a care home with 24 residents'
    assert not any(p.startswith("Who had to be evacuated") for p in _prompts(AMBULANCE_EN))


LADDER_DE = """Neue Leiter kommt später

Von Jan Hollerbach | Freitag, 27. November 2026, 08:15 Uhr

Der Stadtrat bewilligte im August rund 500.000 Euro für ein neues Löschfahrzeug. Inzwischen \
nennt die Firma den April 2027 als Liefertermin. Bund und Land übernehmen mehr als 1,2 \
Millionen Euro der Kosten für die neuen Sirenen. Weil ein Kran mit Stahlteilen im Stau stand, \
begann der Aufbau erst mit zwei Stunden Verspätung.
"""


def test_a_date_named_as_a_thing_is_not_asked_when():
    # blind review 121 de_drehleiter C3 (F): 'Wann nennt der Hersteller inzwischen den als
    # Termin?'
    assert not any(" den als " in p for p in _prompts(LADDER_DE))


def test_a_share_of_the_costs_is_asked_with_its_genitive():
    # blind review 121 de_sirenenausbau C4 (F): 'Wie viel übernahmen Bund und Land? - mehr
    # als 2,3 Millionen Euro der Kosten'
    qs = [q for p, q in _prompts(LADDER_DE).items() if "Bund und Land" in p and
          p.startswith("Wie viel")]
    assert qs and all(q.prompt.startswith("Wie viel der Kosten übernehmen Bund und Land") and
                      q.answer == "mehr als 1,2 Millionen Euro" for q in qs)


def test_the_indefinite_subject_of_a_reason_clause_is_no_what():
    # blind review 119 de_schutzwand #3 (F): 'Was stand mit Balken im Stau? - ein Lastwagen'
    assert not any(p.startswith("Was stand mit Stahlteilen") for p in _prompts(LADDER_DE))
