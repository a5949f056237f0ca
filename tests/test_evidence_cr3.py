"""Which sentence a German 'Bestätigt ist das nicht' doubts, after a rumour (code review cr3
#3 and #4 of round 1's rules): a claim that opens with the article 'Das' is no bare source
line, and 'Dies soll ...' points back like '... soll dies ...', while the article of 'soll das
Dach ... befestigt haben' does not."""

from quizgen import pipeline

HEAD = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Sturm beschädigt Dach der Stadthalle

Ein Sturm hat in der Nacht zum Montag Teile des Dachs der Stadthalle in Grünbach abgedeckt. \
Verletzt wurde niemand.

Die Halle war erst 2020 saniert worden. """
TAIL = """ Bestätigt ist das nicht.

Bürgermeister Jens Kramer sagte, die Halle bleibe bis Januar gesperrt.
"""
RUMOUR = ("In sozialen Netzwerken kursiert inzwischen die Behauptung, bei der Sanierung sei "
          "billiges Material verwendet worden.")


def _doubted(middle: str) -> str:
    analysis = pipeline.analyze(pipeline.load_article(HEAD + middle + TAIL))
    flag = next((m for m in analysis.markers if m.kind == "no_evidence"), None)
    assert flag is not None and flag.claim_sentence is not None
    return analysis.sentences[flag.claim_sentence].text


def test_a_claim_opening_with_the_article_das_is_the_claim():
    rumour = ("Das Gerücht, bei der Sanierung sei billiges Material verwendet worden, kursiert "
              "seit Wochen in sozialen Netzwerken.")
    assert _doubted(rumour + " Die Baufirma weist das zurück.") == rumour


def test_dies_at_the_start_points_back_to_the_rumour():
    middle = RUMOUR + " Dies soll ein früherer Mitarbeiter der Baufirma angedeutet haben."
    assert _doubted(middle) == RUMOUR


def test_the_article_das_starts_a_claim_of_its_own():
    hearsay = "Ein früherer Mitarbeiter der Baufirma soll das Dach zudem falsch befestigt haben."
    assert _doubted(RUMOUR + " " + hearsay) == hearsay
