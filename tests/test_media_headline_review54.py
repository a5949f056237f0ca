"""mediaA fixes of round 1 of the second session of 2026-11-28 (blind reviews 52-54): the
open headline comparison. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.generate.media_contrast import actor_findings
from quizgen.pipeline import analyze, load_article

RESERVOIR_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Kayakers told to keep off Millbrook reservoir while otters breed

Kayaking will be banned on the eastern shore of Millbrook reservoir from 1 April to 30 June. \
The water company says the boats disturb the otters.

Northvale Water approved the ban on Tuesday after a short consultation. Anyone who launches a \
boat inside the zone can be fined up to £80.

Senior warden Helen Marsh said that a boat passing close to the bank looked to otters on the \
reservoir like a threat. "We have seen cubs abandoned," she said.

Councillor Tom Reed said the ban had not been decided lightly. Kayakers would still be able to \
paddle on the western shore of the reservoir, he said.
"""


def _headline_notes(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.answer for q in media_headline.generate(a) if q.type == "open"]


def test_a_passive_headline_names_no_actor():
    # blind review 54 en_kitesurfing #17: 'Kitesurfers told to keep off Sandmere beach' was
    # read as the kitesurfers acting, against the ranger who 'acts according to the text'
    a = analyze(load_article(RESERVOIR_EN))
    assert not [f for f in actor_findings(a) if f.phrase == "Kayakers"]
