"""mediaA fixes of round 2 of the session of 2026-11-28 evening: faults found on invented
articles before the blind reviews 64-68. Sentences invented."""

from __future__ import annotations

import re


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _headline(a):
    return next(s for s in a.sentences if s.block == "headline")


LAMPS_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Dunkle Nächte in Ostbruch: Stadt schaltet jede dritte Ampel ab

Die Stadt Ostbruch schaltet ab dem 1. Juni zwischen 22 und 6 Uhr jede dritte Ampel ab. Der \
Stadtrat hat das am Dienstag beschlossen.

Ordnungsamtsleiter Jens Paulsen sagte, die Stadt spare so rund 12.000 Euro im Jahr.

Eine Pflicht, Kreuzungen die ganze Nacht zu regeln, gibt es laut Landesrecht nicht.

Der Seniorenbeirat will im Herbst Bilanz ziehen.
"""

BINS_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Council to empty every second litter bin in the park

Harlow Park will lose 50 per cent of its litter bins from July, the borough council said on \
Monday. The change is expected to save about £8,000 a year.

Park ranger Tom Bell said visitors would have to walk further. "It is a shame," he said.

The park stays open until dusk every day.
"""


def test_a_share_the_body_gives_in_the_same_words_or_as_a_percentage_is_no_overstatement():
    # invented article 'Dunkle Nächte in Wiesenfeld: Gemeinde knipst ab Dezember jede zweite
    # Laterne aus' over 'schaltet ... jede zweite Straßenlaterne ab': the open headline item
    # named 'jede' an overstating word and answered 'Nur im Kern'
    from quizgen.generate import media_headline
    for text in (LAMPS_DE, BINS_EN):
        a = _analysis(text)
        words = {w.lower() for w in media_headline.overstated_words(a, [_headline(a)])}
        assert not words & {"jede", "dritte", "every", "second"}, (text[:60], words)
    # a share the body does not give stays an overstatement
    a = _analysis(BINS_EN.replace("50 per cent", "a few"))
    assert "every" in {w.lower() for w in media_headline.overstated_words(a, [_headline(a)])}


def test_a_sentence_sharing_one_word_with_the_headline_is_not_quoted_beside_the_report():
    # the same article quoted the rule 'Eine allgemeine Pflicht, Straßen die ganze Nacht zu
    # beleuchten, gibt es in Deutschland nicht.' (only 'Nacht' in common) as what the text
    # reports about the headline
    from quizgen.generate import media_headline
    a = _analysis(LAMPS_DE)
    quoted = [s.text for s in media_headline._relevant(a, _headline(a))]
    assert len(quoted) == 1 and quoted[0].startswith("Die Stadt Ostbruch schaltet"), quoted


FERRY_SHUT_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Mayor shuts rotting jetty after months of complaints

The wooden jetty at Kelby harbour has been closed to boats and walkers after divers found \
rot in several of its posts.

The decision to close the jetty was taken on Friday by the harbour board's engineering \
committee, which manages the structure. About 300 people a day use it in summer.

Kelby mayor Joan Pratt, who has no say over the harbour, said she had asked the board for a \
temporary landing stage.

Fisherman Dan Ruddock said the posts had looked bad for years.
"""


def test_a_heading_actor_the_body_replaces_by_the_agent_of_a_passive_with_a_kindred_verb():
    # invented article 'Mayor shuts crumbling footbridge after ignoring safety warnings' over
    # 'The decision to close the bridge was taken on Monday by the county council's highways
    # department': the open item asked 'Who acts according to the text?' and its note quoted
    # only the mayor's own sentence ('... who has no powers over county roads, said ...')
    from quizgen.generate.media_contrast import actor_findings
    a = _analysis(FERRY_SHUT_EN)
    found = actor_findings(a)
    assert [(f.kind, f.cue) for f in found] == [
        ("actor", "the harbour board's engineering committee")], found
    assert found[0].body.text.startswith("The decision to close the jetty")
    # 'by' with no body of people after it names no actor
    a = _analysis(FERRY_SHUT_EN.replace("by the harbour board's engineering committee",
                                        "by a narrow margin"))
    assert not actor_findings(a)


HALL_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Schwimmhalle in Ostbruch komplett dicht – Vereine ohne Training

Nach einem Wasserschaden hat die Stadt Ostbruch die Schwimmhalle am Freitag teilweise \
gesperrt. Das Lehrschwimmbecken bleibt geöffnet.

Bäderleiter Jens Paulsen sagte, die Reparatur dauere etwa drei Wochen.

Die Vereine trainieren so lange in Kornau.
"""


def test_a_headline_claim_ends_at_its_dash():
    # invented article 'Turnhalle der Grundschule Moorbach komplett dicht – Kinder ohne
    # Sport': the true/false item and the open note said 'Die Überschrift sagt „komplett
    # dicht – Kinder“'
    from quizgen.generate.media_contrast import findings
    phrases = [f.phrase for f in findings(_analysis(HALL_DE))]
    assert phrases and all("–" not in p and "Vereine" not in p for p in phrases), phrases
    assert "komplett dicht" in phrases, phrases


SHOW_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Village flower show scrapped for good as hall rent doubles

Kelby's flower show, held every August since 1961, will not be held again, its committee has \
said. The rent for the village hall has doubled since 2024.

Committee secretary Ann Reed said the show had lost money for three years. Florist Tom Bell \
said several other shows in the county had also closed after a number of poor summers.

The committee will give its last £800 to the village school.
"""


def test_for_good_is_limited_by_time_not_by_a_count_and_backed_by_never_again():
    # invented article 'Village fete axed for good after insurance costs treble' over
    # '... will not take place again': the true/false item keyed the headline 'not confirmed'
    # because a broker's sentence said 'after several large claims', and the open note named
    # 'for good' overstated and 'good' a word the body lacks
    from quizgen.generate import media_headline
    from quizgen.generate.media_contrast import findings
    a = _analysis(SHOW_EN)
    assert not [f for f in findings(a) if f.phrase == "for good"]
    assert "for good" not in media_headline.overstated_words(a, [_headline(a)])
    assert "good" not in media_headline._absent_words(a, _headline(a), pos=("ADJ",))
    # a body that gives a time limit still restricts it
    a = _analysis(SHOW_EN.replace("will not be held again", "will not be held this year")
                  .replace("had lost money for three years.",
                           "hoped the show could return next year."))
    assert [f.cue for f in findings(a) if f.phrase == "for good"] == ["could return"]


POOL_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Hallenbad in Ostbruch wird saniert

Das Hallenbad in Ostbruch wird ab Juni für rund zwei Millionen Euro saniert. Der Stadtrat hat \
das am Dienstag beschlossen.

Bäderleiter Jens Paulsen sagte, das Becken verliere jeden Tag Wasser. Etwa 300 Menschen \
stünden auf der Warteliste für einen Schwimmkurs.

Im vergangenen Jahr kamen rund 45.000 Menschen ins Bad. Die Bauarbeiten \
dauern voraussichtlich bis zum Frühjahr 2027.
"""


def test_a_reported_konjunktiv_ii_sentence_without_its_speaker_is_no_true_false_statement():
    # invented article: 'Richtig oder falsch? Etwa 800 Menschen stünden auf der Warteliste für
    # eine Sozialwohnung.' (after 'Baudezernentin Sandra Kofler sagte, ...') printed a
    # speaker's Konjunktiv as a statement of its own, and its false twin swapped in a
    # petition's '1.200'
    from quizgen.generate import truefalse
    qs = truefalse.generate(_analysis(POOL_DE))
    prompts = [q.prompt for q in qs]
    assert not any("stünden" in p for p in prompts), prompts
    # the plain statement of the same text stays
    assert any("Menschen ins Bad" in p for p in prompts), prompts


HOUSES_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Neue Wohnungen am Mühlweg

Auf dem alten Sportplatz am Mühlweg sollen bis 2029 rund 40 Wohnungen entstehen. Der Stadtrat \\
hat das am Dienstag beschlossen.

Im benachbarten Neubaugebiet waren im vergangenen Jahr 120 Wohnungen fertig geworden. Die \\
Stadt rechnet mit Baukosten von etwa zwölf Millionen Euro.
"""


def test_a_swapped_number_is_not_put_right_after_another_number():
    # invented article: 'Richtig oder falsch? Auf dem Gelände sollen bis 2028 25 Wohnungen
    # entstehen.' (the text: 'bis 2028 rund 30 Wohnungen') read as one number '2028 25'
    from quizgen.generate import truefalse
    prompts = [q.prompt for q in truefalse.generate(_analysis(HOUSES_DE))]
    assert not any(re.search(r"\b20\d\d \d", p) for p in prompts), prompts
    assert any("120" in p or "rund 40" in p for p in prompts), prompts
