"""mediaA fixes of round 2 of 2026-11-28 (blind reviews 49-51): overstated headline words.
Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_headline import headline_group, overstated_words
from quizgen.pipeline import analyze, load_article

FERRY_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

All aboard? Eastby ferry return delayed again after rotten piles found

Passengers hoping to take the ferry from Eastby will have to wait another summer, after the \
harbour board said the landing stage must be rebuilt first.

The ferry, which stopped in 1998, was due to sail again in June. Divers found that several \
wooden piles under the landing stage had rotted, the board said on Friday.

The repairs will cost about £2 million, according to harbour master Ruth Bell.
"""

CLINIC_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Robots to carry prescriptions across the valley in NHS pilot

Two delivery robots will carry prescriptions from Eastby health centre to three villages from \
next month, the health board said.

The robots will make up to six trips a day. The pilot is paid for with about £300,000 from a \
government fund, a spokesperson said on Friday.
"""

SHOUT_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Robot STEALS parcel from Eastby doorstep

A delivery robot took a parcel from the wrong house in Eastby on Friday, the company said.

The parcel was returned to its owner the same evening.
"""


def _loud(text: str) -> list[str]:
    a = analyze(load_article(text))
    head = next(s for s in a.sentences if s.block == "headline")
    return overstated_words(a, headline_group(a, head))


def test_a_stock_call_in_a_pun_headline_is_no_all_word():
    # blind review 49 en_station_reopening #9 named 'All' of 'All aboard?' as overstated
    assert "All" not in _loud(FERRY_EN)


def test_an_abbreviation_is_not_set_in_capitals_for_emphasis():
    # blind review 51 en_medical_drones Q13: 'sets NHS in capitals to grab attention'
    assert "NHS" not in _loud(CLINIC_EN)


def test_a_verb_in_capitals_is_still_named():
    assert "STEALS" in _loud(SHOUT_EN)


BENCH_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

90.000 Euro für eine Bank aus Bronze: Talheim streitet über Kunst am Bahnhof

Eine Bronzebank des Künstlers Felix Roth soll den neuen Bahnhofsplatz von Talheim schmücken.

Bezahlt wird sie zum größten Teil aus Spenden; die Gemeinde selbst steuert nach eigenen \
Angaben etwa 12.000 Euro bei. Eine Bürgerinitiative sammelt Unterschriften gegen die Bank.

Bürgermeister Jan Wolf sagte, der Gemeinderat entscheide am 20. Mai.
"""


def test_a_share_in_the_body_is_no_other_total_for_the_headline_figure():
    # blind review 50 de_skulptur #16 set '180.000 Euro' against the city's share 'etwa
    # 35.000 Euro' as if the body contradicted the headline
    from quizgen.generate import media_headline

    a = analyze(load_article(BENCH_DE))
    notes = [q.answer for q in media_headline.generate(a) if q.type == "open"]
    assert notes and any("steht nicht im Text" in n and "Teilbetrag" in n for n in notes), notes
    assert not any("der Text „etwa 12.000 Euro“" in n for n in notes), notes
