"""Blind review 73 de_biotonne: the article's main speaker, 'KEB-Betriebsleiter Uwe
Brandstätter', lost his surname (the tagger read the unknown 'Brandstätter' as an attributive
adjective, which can only stand before a noun), so his quotation went to 'Mikroplastik auf
dem Acker' (the last, verbless piece of the quotation before ', sagte Brandstätter' was taken
for a subject apposed before the verb) and 'begründet den Schritt' to 'den Schritt'; the
councillor's 'wirft den Entsorgungsbetrieben aber vor, die Bürger kaum informiert zu haben'
went to the dative object, and 'informiert zu haben' became a quotation of 'die Bürger'. The
voices item then read 'Uwe und Dieter Kamphausen' and left the councillor out."""

from __future__ import annotations

from quizgen.nlp.tokens import tag_words

from .helpers import analysed

GERMAN = (
    "Bereits am ersten Tag seien rund 300 Tonnen beanstandet worden, teilte Betriebsleiter "
    "Jens Hofstätter mit. Hofstätter begründet den Schritt mit den Kosten. „Das ist kein "
    "Kompost, sondern Müll auf dem Feld“, sagte Hofstätter dem NDR. Die Stadträtin Petra "
    "Lindner hält die Kontrollen für richtig, wirft den Betrieben aber vor, die Bürger kaum "
    "informiert zu haben.")


def _quotes(text: str, language: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.cue, q.outlet) for q in analysed(text, language).quotes]


def test_a_capitalised_word_the_tagger_calls_an_adjective_but_no_noun_follows_is_a_name():
    words = ("teilte", "Betriebsleiter", "Jens", "Hofstätter", "mit", ".")
    assert tag_words(words, "de")[3][0] == "NE"
    # before a noun it stays an adjective: 'die Hofstätter Feuerwehr'
    words = ("Die", "Hofstätter", "Feuerwehr", "rückte", "aus", ".")
    assert tag_words(words, "de")[1][0] == "ADJA"


def test_every_statement_keeps_its_speaker():
    assert _quotes(GERMAN, "de") == [
        ("Jens Hofstätter", "teilte mit", None),
        ("Jens Hofstätter", "begründet", None),
        ("Jens Hofstätter", "sagte", "NDR"),
        ("Petra Lindner", "wirft vor", None),
    ]


def test_the_verbless_end_of_a_quotation_is_no_speaker_in_english_either():
    text = ('The mayor, Jane Hart, visited the depot on Monday. "It is not compost, but '
            'rubbish on the fields", said Hart.')
    assert _quotes(text, "en") == [("Jane Hart", "said", None)]
