"""Evidence flags of blind review 43 (mediaB, round 2 of 2026-11-28). Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_text import claims, evidence_markers
from quizgen.pipeline import analyze, load_article

VASE_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Vase in Dunmere library may be Ming, collector says

A blue vase that stood for years on a shelf of Dunmere Town Library could be Chinese \
porcelain of the Ming period, a collector claims.

The vase was given to Dunmere Town Library in 1971 by a retired sea captain.

In February, collector Tom Briggs saw it during a visit. Briggs told Radio Kent that he was \
"completely certain" that the vase was Ming, and that it could fetch more than £2 million. \
His claim has not been confirmed by any independent expert, and the library has stressed \
that it is far too early to say.

Librarian Ruth Akers said the vase would be examined in London in April.
"""

DEPOTS_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bus drivers fear depot closures

Drivers in Hollins say their depot will close in the spring.

Union members claim that Redline is planning to close all of its depots in the county by \
the end of next year. The operator has not confirmed this. A spokesperson said only that \
the Hollins depot was under review.

Local councillor Ann Rees said she would ask for a meeting.
"""

WEIHER_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um den Mühlweiher in Kaltenbrunn

Ein Angelverein sorgt sich um den Mühlweiher. Die Brauerei weist die Vorwürfe zurück.

Der Angelverein Kaltenbrunn hat nach eigenen Angaben 140 Mitglieder. Sein Vorsitzender \
Jörg Albers sagte, der Weiher sei im Sommer fast ausgetrocknet.

Der Verein behauptet außerdem, die Fischbestände im Weiher seien wegen der Abwässer der \
Brauerei zurückgegangen. Eine Studie, die diesen Zusammenhang belegt, gibt es bislang \
nicht. Die Brauerei erklärte, sie halte alle Grenzwerte ein.

Im März soll der Weiher ausgebaggert werden.
"""


def _flagged(text: str) -> list[tuple[str, str]]:
    a = analyze(load_article(text))
    return [(m.text, a.sentences[m.claim_sentence].text) for m in evidence_markers(a)
            if m.kind == "no_evidence"]


def _unsupported_speakers(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [c.speaker for c in claims(a) if c.unsupported]


def test_his_claim_flag_is_about_the_claim_before():
    # 'His claim has not been confirmed ..., and the museum has stressed that it is far too
    # early to say' (blind review 43 en_gainsborough_portrait #12: the museum's caution was
    # taken for the unproven claim, the dealer's attribution went unasked)
    flags = _flagged(VASE_EN)
    assert flags and all(s.startswith("Briggs told Radio Kent") for _, s in flags), flags
    assert _unsupported_speakers(VASE_EN) == ["Tom Briggs"]


def test_has_not_confirmed_this_flags_the_claim_before():
    # 'Campaigners claim that ... The company has not confirmed this.' (blind review 43
    # en_self_checkouts: no question on the unproven claim)
    flags = _flagged(DEPOTS_EN)
    assert [s[:24] for _, s in flags] == ["Union members claim that"], flags


def test_a_study_that_proves_it_does_not_exist():
    # 'Ein Gutachten, das diesen Zusammenhang belegt, gibt es bislang nicht.' (blind review 43
    # de_schweinestall: the nitrate claim got no evidence item)
    flags = _flagged(WEIHER_DE)
    assert [s[:22] for _, s in flags] == ["Der Verein behauptet a"], flags
