"""mediaB fixes of the first fix round of the session of 2026-11-29 (07:56): faults in the
media-literacy items found by blind reviews 110-117 and left from earlier rounds.
Sentences invented."""

from __future__ import annotations

from quizgen.nlp.evidence import find_markers
from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


def _flagged(text: str) -> list[str]:
    an = analyze(load_article(text))
    return [an.sentences[m.claim_sentence].text for m in find_markers(an)
            if m.kind == "no_evidence"]


POOL_EN = """By Owen Price | Tuesday 24 November 2026, 09:30 GMT

Leisure pool to stay closed until spring after roof leak

The leisure pool in Bryncoed will stay closed until March after water was found leaking \
through its roof, Tegid Borough Council has said.

The pool, which opened in 1988, was shut on 9 November. Swimming club coach Alys Vaughan \
said the closure was a blow for the 140 children who train there.

Several swimmers now claim that the council has already agreed to sell the car park to a \
supermarket chain. The council said it would not comment on rumours, and there is no \
evidence that any such deal has been agreed.

Repairs are expected to cost around £60,000.
"""


def test_refusal_to_comment_on_rumours_is_no_claim():
    """110 en_youth_centre_electrics #11 (D): 'The council said it did not comment on rumours,
    and there is no evidence that ...' flags the claim before; the council's reply is no
    claim of its own."""
    flagged = _flagged(POOL_EN)
    assert flagged and all(t.startswith("Several swimmers now claim") for t in flagged), flagged
    for q in _media(POOL_EN):
        assert "Council's unproven claim" not in str(q.answer), q.answer
        assert str(q.answer) != "Tegid Borough Council said it would not comment on rumours.", \
            q.prompt


LIBRARY_EN = """By Nia Roberts | Thursday 26 November 2026, 07:45 GMT

Library book swap shelf removed after one complaint

A book swap shelf at Glanaber library has been taken away by council staff after a complaint \
about damp books.

The shelf stood by the library's front door for a year and a half. (Photo) Search
The shelf stood by the library's front door for a year and a half. Image: Glanaber Post / Tom Evans

The shelf, which was set up in May 2025 by the volunteer group Read Glanaber, was removed on \
Tuesday 17 November. Its organiser, Megan Hale, said the group had checked the shelf every day.

A post shared widely on Facebook claims that a pupil was taken to hospital after handling \
books from the shelf. No evidence for this has been found, and the council said it had \
received no such report.

Councillor Iwan Price said the shelf could return in the new year.

Get the Glanaber Post newsletter for the stories that matter in your town, free every weekday.

Source: Glanaber Post / Local Democracy Reporting Service
"""


def test_a_post_is_not_the_pages_own_outlet():
    """113 en_community_fridge #11, #14: 'A post shared widely on Facebook claims ...' is no
    claim of the page's outlet ('Glanaber Post' in the source line)."""
    qs = _media(LIBRARY_EN)
    assert any(q.skill == "evidence" for q in qs), [q.prompt for q in qs]
    for q in qs:
        assert "from Glanaber Post" not in (q.explanation or ""), q.explanation
        assert "Glanaber Post's" not in str(q.answer), q.answer


TIMING_EN = """By Jo Marsh | Monday 30 November 2026, 10:00 GMT

Swimming gala results withdrawn after timing fault

The results of Saturday's county swimming gala in Hallbridge have been withdrawn after the \
electronic timing pads failed during the afternoon session.

Gala organiser Ruth Oakes said the pads had stopped working for about an hour. "We are very \
sorry for the swimmers," she said.

The organisers said new results would be published by Friday wherever times could be checked \
against the video. Swimmers who cannot be given a time will be offered a free entry next year.
"""


def test_could_be_checked_is_no_flag():
    """116 en_race_timing #18 (D): 'wherever times could be checked against the video' is a
    condition, not a note that something has not been confirmed."""
    assert _flagged(TIMING_EN) == []
    for q in _media(TIMING_EN):
        assert "has not been confirmed" not in q.prompt, q.prompt


RUMOUR_DE = """Von Jana Wulf | Montag, 30. November 2026, 09:00 Uhr

Zwei Schützenvereine wollen fusionieren

Der SV Eichhorst und der TSV Mellendorf wollen sich zusammenschließen. Die Mitglieder stimmen \
am 12. Dezember ab.

Der TSV Mellendorf hat knapp 200 Mitglieder, der SV Eichhorst rund 350. Bei den A-Junioren \
musste Mellendorf bereits im Sommer eine Spielgemeinschaft eingehen. Der Vorsitzende des \
SV Eichhorst, Peter Kamp, sagte, die Fusion sichere beiden Vereinen die Zukunft.

In Mellendorf kursiert zudem das Gerücht, der SV Eichhorst wolle das Schützenhaus des TSV \
nach der Fusion verkaufen. Belege dafür gibt es nicht; Kamp nannte die Behauptung falsch.

Bürgermeisterin Anke Roth sagte, die Gemeinde unterstütze die Fusion.
"""


def test_rumour_in_a_village_is_not_the_clubs():
    """115 de_vereinsfusion #19 (D): 'In Mellendorf kursiert das Gerücht, ...' is made by
    voices in the village, not by the club 'TSV Mellendorf'."""
    for q in _media(RUMOUR_DE):
        assert "Warum könnte TSV Mellendorf" not in q.prompt, q.prompt
        assert not q.prompt.startswith("TSV Mellendorf:"), q.prompt
        assert "von TSV Mellendorf" not in (q.explanation or ""), q.explanation


NOISE_DE = """Von Tim Sauer | Montag, 30. November 2026, 11:00 Uhr

Streit um Flutlicht am Sportplatz

Das Verwaltungsgericht hat dem FC Waldau das Training nach 20 Uhr untersagt. Geklagt hatten \
zwei Anwohner.

Der Vorsitzende des FC Waldau, Jürgen Brandt, erklärte, der Verein brauche die späten \
Trainingszeiten für seine 14 Jugendmannschaften. Er wirft den Klägern zudem vor, sie hätten \
beim Kauf ihres Hauses von dem Sportplatz gewusst.

Anwohnerin Maria Lenz sagte, der Lärm sei an manchen Abenden unerträglich gewesen.

Die Vorsitzende Richterin Karin Albers erklärte, der Schutz der Nachtruhe wiege schwerer als \
das Interesse des Vereins.

Bürgermeister Klaus Wendt (CDU) kündigte an, gemeinsam mit dem Verein nach einer Lösung zu \
suchen.
"""


def test_party_options_drop_a_linking_adverb():
    """116 de_sportplatzlaerm #11 (F): 'wirft den Klägern zudem vor, ...' as an option keeps
    'zudem', which ties it to a sentence the item does not print."""
    for q in _media(NOISE_DE):
        if q.skill == "interested_party":
            assert not any(" zudem " in o for o in q.options or []), q.options


MARKET_DE = """Von Eva Roth | Dienstag, 1. Dezember 2026, 08:00 Uhr

Weihnachtsmarkt in Lindau fällt aus

Der Weihnachtsmarkt in Lindau fällt in diesem Jahr aus. Der Verein Lindauer Markt findet nicht \
genug Helfer.

Vorsitzender Bernd Kahle sagte dem NDR, man habe bis zuletzt gesucht. „Es fehlen uns einfach \
die Leute“, sagte Kahle.

Ordnungsamtsleiterin Petra Linde erklärte, die Stadt habe Hilfe beim Aufbau angeboten.

Die 71-jährige Helga Bruns ist nach eigenen Angaben 40-mal auf dem Markt gewesen. „Ich bin \
traurig, aber auch wütend“, sagte sie.
"""


def test_voice_after_a_pronoun_the_quote_finder_misread():
    """114 de_volkslauf #15: '„...“, sagte sie.' after 'Helga Bruns ist ... 40-mal ... gewesen'
    (the quote finder gave 'sie' to '40-mal'): she is among those who speak."""
    disc = [q for q in _media(MARKET_DE) if q.skill == "discussion"
            and "Zu Wort kommen" in str(q.answer)]
    assert disc and "Helga Bruns" in str(disc[0].answer), [str(q.answer) for q in disc]


CARERS_EN = """By Kim Hale | Tuesday 1 December 2026, 08:00 GMT

Carers told to repay benefit after rule change

Dozens of unpaid carers in Dorset have been told to pay back money, a local charity says.

Carer Joan Webb, 61, was asked in October to repay £3,200. "Nobody told me," she said on \
Monday.

The Department for Work and Pensions (DWP) could have spotted the problem earlier, campaigners \
say. A DWP spokesperson said the department was "committed to supporting carers".

Local MP Sarah Keane said many carers had been unaware of the rules. She claimed that some \
carers had been threatened with court action. That has not been confirmed by the DWP.

Charity director Omar Haddad said the letters had caused great distress.

For Joan Webb, the letter has changed everything. She has cut her hours.
"""


def test_department_keeps_its_article_and_no_clause_role():
    """111 en_carers_allowance #10 (F): an option 'Department for Work and Pensions said ...'
    without 'The'; #17: 'Joan Webb (the letter has changed everything)' as her role."""
    qs = _media(CARERS_EN)
    for q in qs:
        for o in q.options or []:
            assert not o.startswith("Department for Work"), o
        assert "(the letter has changed everything)" not in str(q.answer), q.answer


MILEAGE_EN = """By Ann Cole | Tuesday 1 December 2026, 09:00 GMT

Home care workers say fuel costs eat their pay

Home care workers in rural Devon say they are losing money on every shift. One agency warns \
that it may have to hand back contracts covering around 200 clients.

Care worker Lucy Price said she drove more than 500 miles a month. "I am working Sundays for \
free," she said.

Devon County Council says it raised its hourly rate by 4 per cent in April.

Moorside Care, which employs about 60 carers, says it can no longer cover the gap. Its \
director, Mark Evans, said the firm had used its own reserves since the summer.
"""


def test_one_agency_is_not_a_name():
    """111 en_home_care_mileage #10: 'The article also reports what One agency and ...
    said': an unnamed 'One agency' from the lead is no proper name in mid-sentence."""
    for q in _media(MILEAGE_EN):
        assert "what One agency" not in str(q.answer) and " One agency and" not in \
            str(q.answer), q.answer


SHOP_EN = """By Ben Hart | Tuesday 1 December 2026, 10:00 GMT

Village shop to close after 40 years

The only shop in Little Brayford will close at Christmas after 40 years.

Owner Anna Kerr, 58, has run the shop since 1986. Her husband Tom Kerr has been ill since the \
summer. "Nobody wants to take on a village shop any more," she told BBC Radio Kent.

Parish councillor Ian Mott said the village would try to open a community shop. "We cannot \
lose the last place where people meet," he said.

The nearest supermarket is six miles away.
"""


def test_she_told_is_not_her_husband():
    """A 'she told BBC Radio Kent' right after 'Her husband Tom Kerr has been ill' is Anna
    Kerr's: the discussion names her, not him, as the one who spoke to the outlet. A guard for
    the sex check in media_discussion._last_named (it passes before it too: here the pronoun
    resolver already agrees with the quote finder)."""
    for q in _media(SHOP_EN):
        if q.skill == "discussion":
            assert "Tom Kerr spoke to another outlet" not in str(q.answer), q.answer
