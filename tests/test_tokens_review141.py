"""An abbreviation joined to a compound by a hyphen is one word (blind review 139 de_kupfer #1:
'St.-Marien-Kirche' split after 'St.' cut a when-question to '... vom Dach der St?')."""

from quizgen import pipeline
from quizgen.model import Settings
from quizgen.nlp.tokens import token_spans
from quizgen.select import build_question_set


def _words(text: str, language: str = "de") -> list[str]:
    return [text[a:b] for a, b in token_spans(text, language)]


def test_saint_compound_is_one_token():
    words = _words("Diebe haben Kupfer vom Dach der St.-Nikolai-Kirche in Oberau gestohlen.")
    assert "St.-Nikolai-Kirche" in words
    assert "St" not in words


def test_plain_abbreviations_stay_as_they_were():
    assert _words("Dr. Meier und St. Pauli spielten.")[:4] == ["Dr.", "Meier", "und", "St."]
    assert _words("Das Haus Nr. 5 brennt.")[2] == "Nr."


ARTICLE = """Von Eva Rausch | Montag, 2. März 2026, 09:10 Uhr

Diebe stehlen Kupfer von Kirchendach

Unbekannte haben in der Nacht zum Sonntag rund 300 Quadratmeter Kupferblech vom Dach der \
St.-Nikolai-Kirche in Oberau gestohlen. Pfarrer Jonas Lindner entdeckte den Schaden am \
Sonntagmorgen. Die Polizei schätzt den Schaden auf rund 90.000 Euro. Zeugen sollen sich bei \
der Polizeiinspektion Oberau melden. Die Kirchengemeinde will das Dach bis Ende April \
notdürftig abdichten lassen.
"""


def test_no_question_is_cut_at_the_abbreviation():
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    qs = build_question_set(analysis, Settings(count=25)).questions
    prompts = [q.prompt for q in qs if isinstance(q.prompt, str)]
    assert prompts
    assert not any(p.rstrip().endswith(("St?", "St.?", "St ?")) for p in prompts)
    assert any("St.-Nikolai-Kirche" in p for p in prompts)
