"""A 'Lesen Sie auch:' / 'Read more:' line links to another article: it is no content of this
one, so only the item that asks what it is quotes it, and then the whole line (blind review
12: en_mural asked about "Street art or vandalism?", the first half of such a line, cut off
like a subheading). Articles invented."""

from __future__ import annotations

from quizgen.model import Settings
from quizgen.pipeline import analyze, generate, load_article

EN = """By Sam Fielding | Tuesday 24 November 2026, 09:10 GMT

Council paints over Tarnby mural

Workers sent by Tarnby Town Council painted over a mural on Mill Lane on Monday. The council \
said it had been removing graffiti. Town clerk Anna Roth said it was "a simple mistake". \
About 300 people had signed a petition to keep the mural by Tuesday evening.

Read more: Art or eyesore? Five walls that split their towns

Art restorer Dr Petra Lang said the paint might be removed within weeks. Such work usually \
costs at least £5,000, she said.

Source: Tarnby Herald / PA Media
"""

DE = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

Stadt übermalt Wandbild in Kornau

Arbeiter der Stadt Kornau haben am Montag ein Wandbild an der Mühlgasse übermalt. Die Stadt \
sagte, sie habe Graffiti entfernt. Stadtsprecherin Anna Roth nannte das "einen dummen \
Fehler". Rund 300 Menschen hatten bis Dienstagabend eine Petition unterschrieben.

Lesen Sie auch: Kunst oder Schmiererei? Fünf Wände, die ihre Städte spalten

Die Restauratorin Petra Lang sagte, die Farbe lasse sich vielleicht in einigen Wochen \
entfernen. Das koste mindestens 5.000 Euro.

Quelle: Kornauer Bote / dpa
"""


def _questions(text: str) -> list:
    return generate(analyze(load_article(text)), Settings(count=500)).questions


def _only_the_link_item_quotes(text: str, whole: str, half: str, answer: str) -> None:
    qs = _questions(text)
    [link] = [q for q in qs if q.skill == "purpose" and half in q.prompt]
    assert whole in link.prompt and link.answer == answer
    assert "Read more" not in link.prompt and "Lesen Sie auch" not in link.prompt
    for q in qs:
        if q is not link:
            out = q.prompt + "\n" + "\n".join(q.options) + "\n" + str(q.answer)
            assert half not in out, q.prompt


def test_no_item_quotes_a_read_more_line_but_the_one_that_asks_what_it_is_en():
    _only_the_link_item_quotes(EN, "Art or eyesore? Five walls that split their towns",
                               "Art or eyesore", "A link to another article on the site")


def test_no_item_quotes_a_lesen_sie_auch_line_but_the_one_that_asks_what_it_is_de():
    _only_the_link_item_quotes(DE, "Kunst oder Schmiererei? Fünf Wände, die ihre Städte "
                               "spalten", "Kunst oder Schmiererei",
                               "Ein Hinweis auf einen anderen Artikel des Portals")
