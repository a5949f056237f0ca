"""mediaB fixes of the second round of the session of 2026-11-28 21:00: faults found by blind
reviews 75-79 (voices list, check advice). Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


def _answers(qs) -> str:
    return "\n".join(str(q.answer) for q in qs)


ORGEL_DE = """Von Jana Kessler | Montag, 9. November 2026, 10:15 Uhr

Gestohlene Orgelpfeifen in Online-Auktion aufgetaucht

Drei im Frühjahr gestohlene Orgelpfeifen aus der Dorfkirche von Haldingen sind in einer \
Online-Auktion aufgetaucht. Die Gemeinde will sie nun zurückholen.

Entdeckt wurden die Pfeifen von Gisela Marquardt, einer langjährigen Organistin aus Haldingen, \
die im Internet nach alten Orgelteilen gesucht hatte. Sie habe die Pfeifen sofort an den \
Gravuren erkannt, sagte sie dem Südwestrundfunk.

Pfarrer Tobias Wendland sagte, die Gemeinde sei erleichtert. Der Versteigerer habe die Auktion \
vorerst gestoppt, sagte er.

In Haldingen wird zudem behauptet, die Diebe hätten weitere Kirchen im Kreis bestohlen. Belege \
gibt es dafür nicht.
"""


def test_german_apposition_role_in_nominative():
    # 'von Gisela Marquardt, einer langjährigen Organistin aus Haldingen': the voices list
    # printed the dative '(einer langjährigen Organistin ...)' (blind review 79
    # de_brunnenfigur #14: '(einer pensionierten Lehrerin aus Kirchhain)')
    from quizgen.generate.media_discussion import _nominative_role
    assert _nominative_role("einer langjährigen Organistin aus Haldingen") == \
        "eine langjährige Organistin aus Haldingen"
    assert _nominative_role("einer Organistin aus Haldingen") == "eine Organistin aus Haldingen"
    # nominative already: left alone
    assert _nominative_role("einer der Gründer des Vereins") == "einer der Gründer des Vereins"
    assert _nominative_role("einer von ihnen") == "einer von ihnen"
    text = _answers(_media(ORGEL_DE))
    assert "einer langjährigen Organistin" not in text


def test_a_decade_is_no_figure_to_check():
    # 'found in the loft in the 1980s' is no figure: the check advice asked for 'the data the
    # figure rests on' (blind review 79 en_blue_plaque #12)
    from quizgen.generate.media_discussion import FIGURE
    assert not FIGURE.search("Neighbours said an old organ was found in the barn in the 1970s.")
    assert not FIGURE.search("Die Orgel sei in den 1970er-Jahren in der Scheune gefunden worden.")
    assert FIGURE.search("The hall has lost more than 300 members.")
    assert FIGURE.search("Rund 1.200 Besucher kamen.")


BARN_EN = """By Tom Ashby | Monday 9 November 2026, 10:15 GMT

Village hall to get a plaque for its first organist

A blue plaque will be put up at Kenley village hall next spring in memory of its first \
organist, Edith Crane.

Parish council chair Robert Lyle said the plaque had been paid for by local donations. "She \
played here for fifty years," he told BBC Radio Kent.

Some residents have also claimed that Crane's first organ was found in a barn near the village \
in the 1970s. That has not been confirmed, and the organ itself has never been traced.

The unveiling is planned for April.
"""


def test_decade_claim_gets_no_figure_advice():
    text = _answers(_media(BARN_EN))
    assert "the data the figure rests on" not in text


GYM_EN = """By Tom Ashby | Monday 9 November 2026, 10:15 GMT

Leisure centre to stop early morning swims

Kenley Leisure Centre, which is run by the national group FitWave Leisure, will stop its early \
morning swimming sessions in January.

Centre manager Rachel Ord said the centre could no longer find lifeguards for the 6am shift. \
"We have tried for a year," she told BBC Radio Kent.

Some swimmers have claimed on social media that FitWave Leisure plans to close the pool \
altogether. That claim has not been confirmed, and the company said the pool would "stay open \
as usual".

Regular swimmer Alan Greer said he would have to drive to Ashford instead.
"""


def test_company_answering_in_the_flag_sentence_is_heard():
    # '..., and the company said the pool would "stay open"': the company is heard (blind
    # review 78 en_night_vet #16 said 'PetCare Partners is not heard')
    text = _answers(_media(GYM_EN))
    assert "FitWave Leisure is not heard" not in text
    assert "claims or guesses about FitWave Leisure" not in text
    assert "ask FitWave Leisure for a statement" not in text
