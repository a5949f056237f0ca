"""Sentences that name a time the article's date fixes ('in diesem Jahr', 'this week'), the
paper itself, an existential 'there is' or 'those who ...' do not lean on an earlier sentence:
they are usable as statements, so cloze and true/false may ask them (blind review 93: none of
de_verbrauchermesse's hedged numbers were asked). Words that do point back still make a
sentence unusable. Sentences invented."""

from __future__ import annotations

import pytest

from quizgen.generate import statements
from quizgen.pipeline import analyze, load_article

DE = """Von Lena Ostrow | Montag, 16. November 2026, 08:15 Uhr

Neue Regeln für die Biotonne in Talheim

Wer Plastiktüten in die Biotonne wirft, muss in Talheim seit dieser Woche mit einer Strafe von \
50 Euro rechnen. In diesem Jahr sollen rund 400 Tonnen Bioabfall mehr gesammelt werden als 2025. \
Dem Abfallamt sagte dieser Zeitung, man habe bislang 36 Verstöße gezählt. Die Stadt hat dafür \
rund 450.000 Euro eingeplant. Es ist bereits der siebte Brand dieser Art seit Mitte Oktober. \
Ein Faltblatt sei zwar angekündigt, aber bis heute nicht an die rund 12.000 Haushalte verteilt \
worden, sagte Grünen-Sprecherin Petra Lange. Die Verwaltung prüft zwar weitere Kontrollen.
"""

EN = """By Tom Hale | Monday 16 November 2026, 08:15 GMT

Town to fine residents over food waste bins

Residents of Ashby who put plastic bags in food waste bins face a £50 fine from this week. \
There are around 12,000 households in the scheme, the council said. Those who live in flats \
will get 400 free compostable bags. The council has set aside around £450,000 for this. In \
several of those areas, recycling rates rose by a few percentage points. This case should be a \
warning to every council in the county, campaigners said.
"""


def _usable(text: str) -> dict[str, bool]:
    an = analyze(load_article(text))
    return {s.text: statements.usable(an, s, allow_quotes=True, modal_ok=True, max_words=1000)
            for s in an.sentences if s.block == "body"}


def _verdict(verdicts: dict[str, bool], start: str) -> bool:
    found = [v for text, v in verdicts.items() if text.startswith(start)]
    assert len(found) == 1, (start, list(verdicts))
    return found[0]


@pytest.mark.parametrize("start", ["Wer Plastiktüten", "In diesem Jahr sollen",
                                   "Ein Faltblatt sei zwar"])
def test_german_time_and_zwar_aber_usable(start: str) -> None:
    assert _verdict(_usable(DE), start)


@pytest.mark.parametrize("start", ["Die Stadt hat dafür", "Es ist bereits der siebte",
                                   "Die Verwaltung prüft zwar"])
def test_german_pointers_back_still_unusable(start: str) -> None:
    assert not _verdict(_usable(DE), start)


@pytest.mark.parametrize("start", ["Residents of Ashby", "There are around",
                                   "Those who live in flats"])
def test_english_time_there_is_and_those_who_usable(start: str) -> None:
    assert _verdict(_usable(EN), start)


@pytest.mark.parametrize("start", ["The council has set aside", "In several of those areas",
                                   "This case should be"])
def test_english_pointers_back_still_unusable(start: str) -> None:
    assert not _verdict(_usable(EN), start)


def test_hedged_number_of_a_this_year_sentence_is_asked() -> None:
    from quizgen.generate import cloze

    an = analyze(load_article(DE))
    gaps = [q for q in cloze.generate(an) if q.answer == "400"]
    assert gaps and "In diesem Jahr sollen rund" in gaps[0].prompt


IT_EN = """By Tom Hale | Monday 16 November 2026, 08:15 GMT

Bakery chain sold to its managers

The Hollins bakery chain has been sold to its three managers, the family said on Monday.

The price has not been disclosed, but industry sources put it at around £3 million. The \
old mill was sold in 2019, and it was turned into 14 flats. Residents said it had been closed \
for 12 years. Lorries heading to the depot at Millbrook use it 40 times a day.
"""


def _replaced(text: str) -> dict[str, bool]:
    an = analyze(load_article(text))
    return {s.text: statements.replacements(an, s) is not None
            for s in an.sentences if s.block == "body"}


@pytest.mark.parametrize("start", ["The price has not been disclosed", "The old mill was sold"])
def test_it_taking_up_the_opening_noun_stands_alone(start: str) -> None:
    assert _verdict(_replaced(IT_EN), start)


def test_it_of_an_earlier_sentence_still_refused() -> None:
    assert not _verdict(_replaced(IT_EN), "Lorries heading")


def test_central_figure_with_it_is_asked() -> None:
    from quizgen.generate import cloze

    an = analyze(load_article(IT_EN))
    assert any(q.answer == "3 million" and "industry sources put it" in q.prompt
               for q in cloze.generate(an))
