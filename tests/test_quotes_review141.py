"""Who speaks in German sentences whose subject is a body and whose object comes after the
verb ('Die Initiative wirft der Gemeinde vor, ...': the initiative accuses, the council is
accused; blind review 130 de_laufstall and judged43 gave the claim to the council or to the
spokesman named before)."""

from quizgen import pipeline

ARTICLE = """Von Eva Rausch | Montag, 2. März 2026, 09:10 Uhr

Streit um Schweinestall

Ein Landwirt will am Ortsrand von Kirchbach einen Stall für 900 Schweine bauen. Sprecher der \
Anwohner ist Martin Keller. Das Bündnis wirft dem Landratsamt vor, Einwände übergangen zu \
haben. Die Bürgergruppe wirft der Gemeinde vor, ein Gutachten zurückgehalten zu haben. \
Bürgermeisterin Ina Vogt sagte dem NDR, es gebe kein solches Gutachten.
"""


def _speakers() -> dict[str, str | None]:
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    return {analysis.sentences[q.sentence].text.split()[1]: q.speaker for q in analysis.quotes}


def test_a_body_in_front_accuses_the_dative_after_the_verb():
    speakers = _speakers()
    assert speakers["Bündnis"] == "Das Bündnis"
    assert speakers["Bürgergruppe"] == "Die Bürgergruppe"


def test_a_person_after_the_verb_still_speaks():
    # control: 'sagte dem NDR' keeps the mayor as the speaker
    assert _speakers()["Ina"] == "Ina Vogt"
