"""A title's own '!' or '?' does not end a sentence that goes on in lower case (blind review
143 en_scenery_fire: 'The ... Society, whose own Oliver! runs until Saturday, has offered ...'
was cut after 'Oliver!', and a gap-fill printed the rest from mid-sentence)."""

from quizgen.nlp.sentences import split_sentences


def _sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


def test_a_title_with_an_exclamation_mark_stays_in_its_sentence():
    text = ("The Northbrook Players, whose own Oliver! runs until Saturday, have offered to "
            "lend costumes. The council will discuss a grant on 1 December.")
    assert _sentences(text, "en") == [
        "The Northbrook Players, whose own Oliver! runs until Saturday, have offered to lend "
        "costumes.",
        "The council will discuss a grant on 1 December.",
    ]


def test_german_title_with_a_question_mark():
    text = ("Die Theatergruppe zeigt seit Freitag Wer hat Angst? im Bürgerhaus. Karten gibt es "
            "an der Abendkasse.")
    assert len(_sentences(text, "de")) == 2


def test_an_exclamation_before_a_capital_still_ends_the_sentence():
    text = "Es brennt! Die Feuerwehr kam nach zehn Minuten."
    assert _sentences(text, "de") == ["Es brennt!", "Die Feuerwehr kam nach zehn Minuten."]
