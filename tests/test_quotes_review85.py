"""Blind review 85 en_play_equipment: 'she told the Herald' in an article whose source line
reads 'Source: Harbridge Herald' was asked as a quotation 'from another news outlet' (D): the
Herald publishes the article, so the interview is its own reporting. Blind review 84
de_krabbenfischer: 'fährt seit seinem 16. Lebensjahr zur See' was cut after '16.', and the
question read 'Wer fährt seit seinem 16?'."""

from __future__ import annotations

from quizgen import ingest
from quizgen.nlp.sentences import split_sentences
from quizgen.pipeline import analyze

from .helpers import analysed

ENGLISH = """By Ruth Fenner | Monday 2 March 2026

Library opening hours cut in Dunmore

Dunmore Library will close on Mondays from April, the county council has announced.

Head librarian Claire Haddow said the decision had been hard. "We know how much people
rely on us," she told the Gazette. Councillor Peter Marsh told BBC Radio Leeds that the
savings were needed. The library lends around 40,000 books a year.

Source: Dunmore Gazette
"""

GERMAN = """Von Anna Keller | Montag, 2. März 2026

Bücherei schließt montags

Die Stadtbücherei Dunstadt schließt von April an montags, wie die Stadt mitteilte.

Leiterin Claudia Haas sagte dem SWR, die Entscheidung sei ihr schwergefallen. Die Bücherei
verleiht rund 40.000 Bücher im Jahr. Stadtrat Peter Marx sagte dem Tagblatt, man brauche
das Geld.

Quelle: eigene Recherche, SWR
"""


def _outlets(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.outlet) for q in analyze(ingest.from_text(text)).quotes]


def test_what_was_said_to_the_paper_that_publishes_the_article_is_its_own_reporting():
    found = _outlets(ENGLISH)
    assert ("Claire Haddow", None) in found
    assert ("Claire Haddow", "Gazette") not in found
    assert ("Peter Marsh", "BBC Radio Leeds") in found  # another outlet stays one


def test_a_source_line_that_names_no_paper_first_keeps_every_outlet():
    found = _outlets(GERMAN)
    assert ("Claudia Haas", "SWR") in found
    assert ("Peter Marx", "Tagblatt") in found


def test_a_german_ordinal_after_a_possessive_does_not_end_the_sentence():
    text = ("Harms fährt seit seinem 16. Lebensjahr zur See. Sie feierte mit ihrem 3. Kind. "
            "Das war sein 16. Danach kam nichts mehr.")
    assert [text[a:b] for a, b in split_sentences(text, "de")] == [
        "Harms fährt seit seinem 16. Lebensjahr zur See.", "Sie feierte mit ihrem 3. Kind.",
        "Das war sein 16.", "Danach kam nichts mehr."]


def test_a_modal_konjunktiv_the_writer_goes_on_with_in_the_indicative_is_the_writers():
    """Blind review 79 de_stadtjubilaeum: the writer's closing verdict 'Dabei müsste der Streit
    um das Datum niemanden beunruhigen: Eine Stadt, die ..., hat ihr Jubiläum verdient.' went
    to the councillor quoted before it."""
    text = ("Fraktionschefin Anja Peters sagte, man habe nichts gegen ein Fest. Dabei müsste "
            "der Streit niemanden beunruhigen: Eine Stadt, die so streitet, hat ihr Fest "
            "verdient. Bürgermeisterin Eva Roth sagte, man habe alles geprüft. Die Stadt könnte "
            "die Kosten tragen, wenn der Kreis zustimmt.")
    found = [(q.speaker, q.content[:20]) for q in analysed(text, "de").quotes]
    assert ("Anja Peters", "man habe nichts gege") in found
    assert not any(c.startswith("Dabei") for _, c in found)
    assert ("Eva Roth", "Die Stadt könnte die") in found  # no indicative after it: hers


def test_who_after_an_apposition_with_a_preposition_is_the_name_before_it():
    """Blind review 83 en_hospital_radio: 'Among them is Dr Priya Nair, a consultant in
    elderly medicine, who said ...' made 'elderly medicine' the speaker, so the voices list
    left her out."""
    text = ("More than 300 nurses signed the letter. Among them is Dr Anna Kerr, a nurse in "
            "children's care, who said the station helped patients sleep. Tom Hale, a member of "
            "the board, who said little, left early.")
    speakers = [q.speaker for q in analysed(text, "en").quotes]
    assert "Anna Kerr" in speakers
    assert "children's care" not in speakers and "care" not in speakers
