"""mediaA fixes of round 2 of the session of 2026-11-28 evening: faults found on invented
articles before the blind reviews 64-68. Sentences invented."""

from __future__ import annotations


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
