"""Blind review 17 (comp): a German person's sex from the title right before the name
('Bürgermeister Anton Huber' is a man, 'die Schülerin Mia Lechner' a woman), so 'Wer sagte,
ihm liege ...?' offers no woman."""
from quizgen.nlp.coref import gender
from quizgen.pipeline import analyze, load_article

TEXT = "\n\n".join([
    "Streit um den Spielplatz",
    "Die Gemeinde Talbach will den alten Spielplatz schließen. Bürgermeister Paul Rieger "
    "sagte, ihm liege kein Gutachten vor.",
    "Für die Schülerin Lina Hofer, 14, ist das traurig. Auch der Rentner Karl Brandt ist "
    "dagegen."]) + "\n"


def test_title_before_the_name_shows_the_sex() -> None:
    a = analyze(load_article(TEXT))
    sexes = {e.name: gender(a, e) for e in a.entities if e.label == "PER"}
    assert sexes.get("Paul Rieger") == "m", sexes
    assert sexes.get("Lina Hofer") == "f", sexes
