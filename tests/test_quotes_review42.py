"""Blind review 42 en_park_and_ride: 'The park and ride site at Whitmore Cross could shut
this summer after Westshire County Council said it was losing ...' made the site the speaker
(an attribution item asked 'Who could shut this summer ...? - Whitmore Cross', and the
discussion listed the site among the voices). The saying verb of a clause opened by 'after',
'when', 'until' ... has that clause's subject."""

from __future__ import annotations

import pytest

from .helpers import analysed


def _quotes(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.content) for q in analysed(text, language).quotes]


@pytest.mark.parametrize("text, speaker, content", [
    ("The library at Eastgate could close next spring after Norbridge Borough Council said "
     "the building was too costly to heat.", "Norbridge Borough Council",
     "the building was too costly to heat"),
    ("Parents were furious when head teacher Ann Cole told them the school would move.",
     "Ann Cole", "the school would move"),
    ("The ferry will stay in port until the harbour master says the storm has passed.",
     "the harbour master", "the storm has passed"),
])
def test_a_saying_verb_after_a_conjunction_has_its_own_subject(text, speaker, content):
    assert _quotes(text) == [(speaker, content)]


def test_the_main_clause_still_speaks_before_the_conjunction():
    assert _quotes("Mr Hale said the bridge would reopen after the repairs.")[0] == (
        "Hale", "the bridge would reopen after the repairs")


def test_a_verb_that_reports_nothing_is_no_new_quotation():
    # 'before it wrote its report': writing a report says nothing that is reported
    quotes = _quotes("Some residents have suggested that the panel saw the figures before "
                     "it wrote its report.")
    assert [speaker for speaker, _ in quotes] == ["Some residents"]


@pytest.mark.parametrize("text, speaker, content", [
    # blind review 40 de_wohnungstausch: 'Nach ihren Worten könnten ...' had the speaker
    # 'ihren Worten', and the claim flagged after it had nobody to make it
    ("Die Kreisrätin Sabine Kehl hält den Plan für richtig. Nach ihren Worten könnten so bis "
     "zu 80 Plätze entstehen.", "Sabine Kehl", "könnten so bis zu 80 Plätze entstehen"),
    ("Der Förster Jan Mertens ist besorgt. Nach seinen Angaben sind bereits 40 Bäume "
     "abgestorben.", "Jan Mertens", "sind bereits 40 Bäume abgestorben"),
])
def test_a_possessive_source_is_the_person_named_before(text, speaker, content):
    assert _quotes(text, "de")[-1] == (speaker, content)


def test_according_to_a_pronoun_is_the_person_named_before():
    assert _quotes("Head teacher Ruth Dale is hopeful. According to her, the new hall will "
                   "open in May.") == [("Ruth Dale", "the new hall will open in May")]


def test_a_source_with_its_owner_named_is_unchanged():
    assert _quotes("Nach Angaben der Feuerwehr wurde niemand verletzt.", "de") == [
        ("der Feuerwehr", "wurde niemand verletzt")]
