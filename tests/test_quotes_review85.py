"""Blind review 85 en_play_equipment: 'she told the Herald' in an article whose source line
reads 'Source: Harbridge Herald' was asked as a quotation 'from another news outlet' (D): the
Herald publishes the article, so the interview is its own reporting. Blind review 84
de_krabbenfischer: 'fährt seit seinem 16. Lebensjahr zur See' was cut after '16.', and the
question read 'Wer fährt seit seinem 16?'."""

from __future__ import annotations

from quizgen import ingest
from quizgen.nlp.sentences import split_sentences
from quizgen.pipeline import analyze

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
