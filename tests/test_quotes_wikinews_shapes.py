"""Speaker shapes of real German news text (a Wikinews article on a new chief executive),
written here as new sentences: an apposition after a phrase whose name sits in an
attribute, a quotation closed by 'so charakterisierte ihn ...', and 'sich in der Lage sehen'
which is no thought reported."""

from __future__ import annotations

import pytest

from .helpers import analysed


def _quotes(text: str, language: str = "de") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.content) for q in analysed(text, language).quotes]


@pytest.mark.parametrize("text, language, speaker", [
    ("Die Nachfolgerin der zurückgetretenen Klinikchefin Martina Vogt, Helena Brandt, hat "
     "angekündigt, die Station werde bis zum Sommer saniert.", "de", "Helena Brandt"),
    ("The successor of the former head teacher Alan Pike, Rachel Moss, has announced that "
     "the school will open a second library.", "en", "Rachel Moss"),
])
def test_the_apposition_speaks_not_the_name_in_the_attribute(text, language, speaker):
    assert _quotes(text, language)[0][0] == speaker


def test_a_phrase_naming_its_head_keeps_it():
    text = ("Klinikchefin Martina Vogt, 58, hat angekündigt, die Station werde bis zum Sommer "
            "saniert.")
    assert _quotes(text)[0][0] == "Martina Vogt"


def test_so_characterised_him_names_the_speaker_after_the_object_pronoun():
    text = ("Der neue Trainer Jens Albrecht übernimmt die Mannschaft im Januar. „Er ist ein "
            "ruhiger Arbeiter, der nie laut wird“, so charakterisierte ihn der Vereinsvorsitzende "
            "Rolf Mertens.")
    found = [q for q in _quotes(text) if q[1].startswith("Er ist")]
    assert found and found[0][0] == "Rolf Mertens"


def test_seeing_oneself_unable_is_no_reported_thought():
    text = ("Die Werft musste Kurzarbeit anmelden, als sie sich nicht in der Lage sah, die "
            "bestellten Fähren rechtzeitig auszuliefern.")
    assert not [q for q in _quotes(text) if "Fähren" in q[1]]


def test_a_verb_of_saying_inside_a_claim_is_no_second_quotation():
    """'Keith Lumb ... claimed the company had promised the previous owner that the band
    could stay' (quick reading 24): 'promised' is the company's, inside Lumb's claim; it
    made a second quotation of Lumb's, 'the previous owner that the band could stay', which
    became the key of an evidence item. A second cue of the same speaker stays."""
    text = ("Choir leader Mary Dunn claimed the owner had promised the parish that the choir "
            "could stay.")
    assert [c for _s, c in _quotes(text, "en")] == [
        "the owner had promised the parish that the choir could stay"]
    both = ("Die Sprecherin bestätigte, dass der Zug ausfällt, und kündigte an, einen Bus "
            "einzusetzen.")
    assert len(_quotes(both)) == 2


def test_a_name_the_tagger_takes_for_an_adverb_stays_in_the_speaker():
    """'One café owner, Tom Reddy, told BBC Radio Devon that ...' (blind review 18): 'Reddy'
    is tagged as an adverb and was cut off the subject, so the outlet became the speaker."""
    text = "One shop owner, Priya Reddy, told BBC Radio Kent that trade had halved."
    assert _quotes(text, "en")[0][0] == "Priya Reddy"


@pytest.mark.parametrize("outlet", ["Südwestfunk", "SWR", "NDR", "WDR", "MDR"])
def test_a_public_broadcaster_is_the_outlet_not_the_speaker(outlet):
    """'... sagte dem Südwestfunk, sie rechne mit Umsatzeinbußen' (quick reading 25): the
    broadcaster was not known as an outlet, so no source item asked for it."""
    text = (f"Bäckermeisterin Jana Vogt sagte dem {outlet}, sie rechne mit weniger Kundschaft.")
    [q] = analysed(text).quotes
    assert (q.speaker, q.outlet) == ("Jana Vogt", outlet)


def test_reported_speech_that_opens_with_a_conditional_clause():
    """'Sein Sprecher Werner Kühn sagte, wenn die Gebühren im nächsten Jahr erneut stiegen,
    würden weitere Händler fernbleiben.' (quick reading 25) gave no quotation, so the list of
    the article's voices missed him."""
    text = "Die Ärztin Lena Brandt warnte, falls der Winter mild bleibe, kämen mehr Zecken."
    assert _quotes(text) == [("Lena Brandt", "falls der Winter mild bleibe, kämen mehr Zecken")]


@pytest.mark.parametrize("text", [
    "Sarah Okafor, a primary school teacher who set up the Lights Group, told the Kelbrook "
    "Gazette that she had been overwhelmed by the response.",
    "Sarah Okafor, who set up the Lights Group, told the Kelbrook Gazette that she had been "
    "overwhelmed by the response.",
    "Sarah Okafor, whose shop is next to the square, told the Kelbrook Gazette that she had "
    "been overwhelmed by the response.",
])
def test_the_one_told_is_not_the_speaker(text):
    """Quick reading 25: the outlet told became the speaker when a relative clause stood in
    the apposition, and the next sentence's '"...," she said' was printed as '"...,"
    Kelbrook Gazette said' in a cloze."""
    [q] = analysed(text, "en").quotes
    assert (q.speaker, q.outlet) == ("Sarah Okafor", "Kelbrook Gazette")
