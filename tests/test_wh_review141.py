# ruff: noqa: E501  (an article as written, a paragraph a line)
"""Comprehension faults of blind reviews 126-141 (comp16, session of 2026-11-29 13:50, round 1),
each a general rule tested on invented text."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.nlp import quantities
from quizgen.pipeline import analyze, load_article

LAMPS_EN = """By Ruth Gale | Monday 23 November 2026, 09:10 GMT

Street lamps in Hollowbrook still dark, residents say

Residents in Hollowbrook say a third of the village's street lamps have been dark for weeks. Marlow County Council says every lamp was checked in March.

Lighting engineer Paul Denby said his team had repaired all 300 lamps in the district between 4 and 19 March. He said some of the new bulbs may have been stolen.
"""


def test_a_span_of_days_is_no_quantity():
    # blind review 134 en_grit_bins #3 (D): 'between 5 and 23 October' became 'How many
    # October did ... say crews had refilled ...? - between 5 and 23'
    analysis = analyze(load_article(LAMPS_EN))
    for q in wh.generate(analysis):
        assert not q.prompt.startswith("How many March"), q.prompt
        assert "4 and 19" not in str(q.answer), (q.prompt, q.answer)
    figures = [q.text for s in analysis.sentences for q in quantities._quantities_in(s, "en")]
    assert "300" in " ".join(figures) and not any("4 and 19" in f for f in figures), figures


FERRY_EN = """By Owen Tate | Thursday 26 November 2026, 10:05 GMT

Ferry crossing at Pellworth cancelled for a week

The passenger ferry across the Pell estuary has been cancelled for a week after inspectors found corrosion on its hull. Pellworth Harbour Trust said repairs would begin on Monday.

Pellworth Harbour Trust admitted that the annual overhaul, which is normally finished by the end of September, had been postponed. Temperatures fell to minus 4C on Sunday night, and by Monday morning several of the mooring ropes, which are meant to hold the pontoon in place during storms, had been frozen solid.

Inspectors have ordered eleven boats used on ferry routes in north Pellshire off the water after finding faults including cracked hulls and pumps that did not work. When her car broke down on the Friday morning, commuter Alice Trew had to walk five miles.

Harbour master Colin Prout said the trust had worked "around the clock". Nobody would need to apply, he said, and every eligible household would be refunded before Christmas. By Wednesday, seven of the eleven boats had been repaired, according to the trust. Mr Prout said the remaining four would be back on the water by the end of the month.

In the meantime, villagers have taken matters into their own hands. Boatman Peter Lusk has ferried more than 40 people across in his own launch.
"""


def test_english_clause_rules_of_reviews_134_to_141():
    analysis = analyze(load_article(FERRY_EN))
    qs = wh.generate(analysis)
    prompts = [q.prompt for q in qs]
    # blind review 136 en_grit_bins #3 (F): 'Who admitted that the refilling round?'
    assert any(p.startswith("Who admitted that the annual overhaul had been postponed")
               for p in prompts), prompts
    assert not any(p.endswith("that the annual overhaul?") for p in prompts), prompts
    # blind review 137 en_grit_bins #2 (F): the coordinated clause's fragment
    assert not any("and by Monday morning" in p for p in prompts), prompts
    # blind review 137 en_power_cut_payouts #7 (F): 'stop working on the?'
    assert not any(p.endswith(" the?") for p in prompts), prompts
    # blind review 137 en_power_cut_payouts #10 (F): 'What would be paid ...? - every
    # eligible household'
    assert not any(q.prompt.startswith("What") and "household" in str(q.answer) for q in qs)
    # blind review 136 en_grit_bins #7: 'What have residents taken ...? - matters'
    assert not any(str(q.answer) == "matters" for q in qs), prompts
    # blind review 141 en_coach #1 (F): 'How many coaches have inspectors ordered used ...'
    assert not any(p.startswith("How many boats have inspectors ordered") for p in prompts)
    # blind review 141 en_coach #8: 'the remaining four' asks 'four what?'
    assert all(q.score < 0.3 for q in qs if "the remaining four" in q.prompt), prompts


def test_places_are_no_persons_among_options():
    # blind review 138 en_beach_dog_ban #4 (F) 'Gwel Cove, a smaller beach about a mile to
    # the east' and 136 en_outage #13 'the hamlets of Crossbeck and Low Fenton' offered as
    # persons
    from quizgen.generate import distractors
    from quizgen.model import Entity

    analysis = analyze(load_article(FERRY_EN))
    cove = Entity(id="E98", label="PER", name="Seal Cove",
                  role="a smaller beach about a mile to the east")
    hamlet = Entity(id="E99", label="PER", name="Low Pellow", role="hamlet resident")
    assert not distractors.surely_person(analysis, cove)
    assert not distractors.surely_person(analysis, hamlet)
    nurse = Entity(id="E97", label="PER", name="Ann Pellow", role="a district nurse")
    assert distractors.surely_person(analysis, nurse)


FRIEDHOF_DE = """Von Lena Marquardt | Mittwoch, 25. November 2026, 09:30 Uhr

Sturm beschädigt Friedhof in Hollerbach

Der Sturm hat auf dem alten Friedhof schwere Schäden angerichtet. Die Stadt Hollerbach hat das Gelände am Dienstag gesperrt.

In den vergangenen Jahren hat sich der Friedhof in Hollerbach zu einem beliebten Ausflugsziel entwickelt. Bereits geplante Beerdigungen werden auf den Waldfriedhof im Ortsteil Kappeln verlegt. Im ganzen Kreis rückten die Feuerwehren in der Nacht zu gut 180 Einsätzen aus, meist wegen umgestürzter Bäume.

Friedhofsgärtnerin Marion Kessler betreibt seit 2015 eine Gärtnerei am Friedhof. Eine Grabpflege koste bei ihr derzeit 40 Euro im Monat, sagte Kessler. Die Polizei prüft den Fall noch. Unterstützung bekommt die Stadt vom Heimatverein Hollerbach.

Nach Berechnungen der Verwaltung ließen sich durch eine Baumkontrolle jährlich etwa 12.000 Euro sparen. Kessler zufolge wären neue Bäume frühestens im März lieferbar und würden jeweils etwa 900 Euro kosten.

Eine neue Friedhofsmauer sei bereits 2021 bestellt worden, doch die Baufirma habe den Auftrag zurückgegeben, erklärte Stadtsprecher Jonas Brehm.
"""


def test_german_clause_rules_of_reviews_136_to_141():
    analysis = analyze(load_article(FRIEDHOF_DE))
    qs = wh.generate(analysis)
    prompts = [q.prompt for q in qs]
    # blind review 136 de_sturm #3 (F): 'Wo werden ... auf den Waldfriedhof verlegt?'
    assert not any("auf den Waldfriedhof" in p and q.skill == "where"
                   for q, p in zip(qs, prompts, strict=True)), prompts
    # blind review 137 de_turnhallendach #5 (F): '..., meist?'
    assert not any(p.endswith(", meist?") for p in prompts), prompts
    # blind review 138 de_gassiservice #3 (D): the story's town asked 'Wo'
    assert all(q.score <= 0.3 for q in qs if q.skill == "where" and "Hollerbach" in
               str(q.answer)), prompts
    # blind review 138 de_gassiservice #9, #10: 'bei ihr', 'den Fall'
    assert all(q.score < 0.3 for q in qs if "bei ihr" in q.prompt or "den Fall" in q.prompt)
    # blind review 140 de_nachtabschaltung #3 (F): 'ließen sich' -> 'ließe sich', not 'ließ'
    assert not any(" ließ sich " in p for p in prompts), prompts
    assert any(" ließe sich " in p for p in prompts), prompts
    # blind review 141 de_brandschutz #11: 'Wie viel würden Reuter-Henkel zufolge ...?'
    assert not any("zufolge" in p and p.startswith("Wie viel würden") for p in prompts)
    # blind review 141 de_brandschutz #5 (F): a Konjunktiv I claim with its speaker
    years = [p for p in prompts if "Friedhofsmauer" in p and p.startswith("In welchem Jahr")]
    assert years and all("laut Brehm" in p or "laut Jonas Brehm" in p for p in years), prompts
