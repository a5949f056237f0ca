"""sentences, blind review 117 de_vereinsfusion: 'Nicht alle sehen das so. Ute Freese ...
kritisierte, ...' was one sentence ('so' was on the list as the weekday 'So.'), so the
critic's words went to the speaker before and the discussion left her out. English had the
same with 'no', 'sun', 'sat', 'wed' and 'mar'. Invented sentences."""

from __future__ import annotations

import pytest

from quizgen.nlp.sentences import split_sentences


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


@pytest.mark.parametrize(("language", "text", "first"), [
    ("de", "Nicht alle im Dorf sehen das so. Karin Lemke kritisierte, der Rat habe zu spät "
           "informiert.", "Nicht alle im Dorf sehen das so."),
    ("de", "„Das war schon immer so.“ Der Pächter habe die Preise nie erhöht, sagte er.",
     "„Das war schon immer so.“"),
    ("en", "The parish council said no. Residents have now started a petition.",
     "The parish council said no."),
    ("en", "Volunteers spent the whole day out in the sun. Then the storm arrived.",
     "Volunteers spent the whole day out in the sun."),
])
def test_a_word_like_abbreviation_ends_a_sentence(language, text, first):
    sentences = _split(text, language)
    assert len(sentences) == 2
    assert sentences[0] == first


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das Fest beginnt am So. 14. Juni um elf Uhr auf dem Marktplatz."),
    ("de", "Geöffnet ist die Ausstellung Sa. und So. von 10 bis 18 Uhr."),
    ("en", "The minister lives at No. 10 Downing Street with her family."),
    ("en", "The fun run starts on Sun. 4 May at the harbour."),
])
def test_the_abbreviation_before_a_number_stays_inside(language, text):
    assert _split(text, language) == [text]
