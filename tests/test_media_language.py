"""Loaded words: no proper name is ever an option, the neutral word is a real word of the
same part of speech (or the advice to leave the word out)."""

from __future__ import annotations

import pytest

from quizgen.generate import media
from quizgen.generate.media_language import loaded_words
from tests.test_media import build, by

EN_ORCHESTRA = """Orchestra chaos: Brookfield Philharmonic Orchestra scraps Asia tour

The Brookfield Philharmonic Orchestra has cancelled its autumn tour of Japan. The orchestra \
blamed rising travel costs. Ticket holders will receive full refunds.
"""

DE_RAUB = """Dreister Raub in Grauwitz: Täter erbeuten Goldmünzen

Aus dem Heimatmuseum in Grauwitz sind in der Nacht zum Sonntag 40 Goldmünzen verschwunden. \
Die Polizei sucht Zeugen.
"""

DE_FAEHRE = """Fähr-Drama auf dem Lindensee: Kapitän ignorierte Warnungen

Beim Unglück der Fähre auf dem Lindensee wurden am Dienstag 40 Passagiere verletzt. Die \
Fähre fährt sonst zum Bodensee.
"""


def _loaded_q(qs):
    return [q for q in by(qs, "loaded_language") if q.type == "multiple_choice"
            and "Wort" in q.prompt or "word" in q.prompt]


def test_no_name_among_the_options_en():
    an = build(EN_ORCHESTRA, {"Brookfield Philharmonic Orchestra": {"label": "ORG"}}, [], [])
    [q] = _loaded_q(media.generate(an))
    assert q.answer == "chaos"
    assert not {"Brookfield", "Philharmonic", "Orchestra", "Asia"} & set(q.options), q.options
    assert "“disruption”" in q.explanation


def test_adjective_without_neutral_twin_is_left_out_de():
    an = build(DE_RAUB, {}, [], [])
    [q] = _loaded_q(media.generate(an))
    assert q.answer == "Dreister" and "wegzulassen" in q.explanation
    assert "Grauwitz" not in q.options


def test_neutral_adjective_takes_the_ending():
    an = build("Blutige Krawalle in der Altstadt\n\nDie Polizei nahm 20 Menschen fest.\n",
               {}, [], [])
    assert loaded_words(an.sentences[0], "de") == [("Blutige", "gewaltsame"),
                                                   ("Krawalle", "Ausschreitungen")]


def test_compound_first_part_must_be_a_word_of_its_own():
    an = build(DE_FAEHRE, {"Bodensee": {"label": "LOC"}}, [], [])
    head = an.sentences[0]
    assert loaded_words(head, "de", an.article.text) == [("Fähr-Drama", None)]
    an2 = build("Streik-Chaos in Kellbach\n\nDer Streik dauert zwei Tage.\n", {}, [], [])
    assert loaded_words(an2.sentences[0], "de", an2.article.text) == [
        ("Streik-Chaos", "Streik")]
    [q] = _loaded_q(media.generate(an))
    assert "Lindensee" not in q.options  # a place like the article's Bodensee


def test_english_verb_gets_an_english_verb():
    an = build("Council slashes library hours\n\nThe council voted on Monday to cut the "
               "opening hours of the central library.\n", {}, [], [])
    assert loaded_words(an.sentences[0], "en") == [("slashes", "cuts")]


def test_no_second_loaded_or_intensifying_word_among_the_options():
    """'Totales' beside 'Chaos', 'erzittern' beside 'Dreister': each would be a second
    right answer."""
    an = build("Totales Chaos in Kellbach! Ganzes Viertel ohne Strom\n\nIn Teilen von "
               "Kellbach fiel am Dienstag der Strom aus.\n", {}, [], [])
    an.sentences[1].block = "headline"
    [q] = _loaded_q(media.generate(an))
    assert q.answer == "Chaos" and not {"Totales", "Ganzes"} & set(q.options)
    assert {"Strom", "Viertel"} <= set(q.options)  # the rest of the headline as printed
    an = build("Dreister Coup lässt ganz Sachsen erzittern\n\nAus dem Museum in Grauwitz "
               "sind 40 Goldmünzen verschwunden.\n", {}, [], [])
    assert [w for w, _ in loaded_words(an.sentences[0], "de")] == ["Dreister", "erzittern"]
    [q] = _loaded_q(media.generate(an))
    assert "erzittern" not in q.options or q.answer == "erzittern"


def test_teaser_line_is_asked_about_without_the_label_that_gives_it_away():
    """'Was ist der Satz „Lesen Sie auch: …“?' names its own answer: the line is quoted
    without its label, which the explanation names."""
    from quizgen.pipeline import analyze, load_article

    text = ("Neue Buslinie für Grauwitz\n\nAb Montag fährt die Linie 12 alle 20 Minuten "
            "zwischen Bahnhof und Klinikum. Die Stadtwerke rechnen mit 3.000 Fahrgästen am "
            "Tag.\n\nLesen Sie auch: Radwege - Wo die Stadt im Sommer baut\n\nDie Fahrt kostet "
            "2,40 Euro. Für Schüler ist sie kostenlos.\n")
    an = analyze(load_article(text))
    if not any(s.block == "teaser" for s in an.sentences):
        pytest.skip("ingest did not label the teaser line")
    [q] = [q for q in media.generate(an) if q.skill == "purpose" and "Radwege" in q.prompt]
    assert "Lesen Sie auch" not in q.prompt
    assert "„Radwege - Wo die Stadt im Sommer baut“" in q.prompt
    assert q.answer == "Ein Hinweis auf einen anderen Artikel des Portals"
    assert "„Lesen Sie auch“" in q.explanation


def test_a_superlative_is_never_offered_beside_the_loaded_word():
    """'the best players' beside 'genius' would be a second right answer; and a headline of
    two sentences is called a headline, not 'this sentence'."""
    from quizgen.pipeline import analyze, load_article

    text = ("Tennis chaos! Genius, 14, beats the best players at Dunmore club\n\n"
            "Lena Park, 14, won the Dunmore club tournament on Sunday. She beat the club "
            "champion in the final. About 60 players took part.\n")
    qs = by(media.generate(analyze(load_article(text))), "loaded_language")
    assert qs
    for q in qs:
        assert "best" not in q.options
        assert not ("chaos" in q.options and "Genius" in q.options)  # one loaded word only
    assert any(q.prompt.startswith("Which word in this headline") for q in qs)


# ------------------------------------------------ headline options: no second loaded word


def _headline_loaded_q(text: str):
    from quizgen.pipeline import analyze, load_article

    qs = media.generate(analyze(load_article(text)))
    return [q for q in qs if q.skill == "loaded_language" and q.type == "multiple_choice"
            and ("Überschrift" in q.prompt or "headline" in q.prompt)]


def test_two_loaded_words_in_a_headline_one_is_the_key_the_other_no_option_de():
    """'Massaker' and 'Killer-Hund' both dramatise: whichever is the key, the other must not
    stand among the 'wrong' options; the options are words the body uses itself."""
    [q] = _headline_loaded_q(
        "Massaker im Hühnerstall! Killer-Hund reißt 40 Hühner\n\n"
        "In Waldheim hat ein Hund in der Nacht zum Montag mindestens 40 Hühner im Stall von "
        "Bauer Karl Mende getötet. Die Polizei sucht den Halter des Hundes. Mende sagte, der "
        "Stall sei verschlossen gewesen. Ein Tierarzt untersucht die toten Hühner.")
    assert q.answer in {"Massaker", "Killer-Hund"}
    assert not {"Massaker", "Killer-Hund"} - {q.answer} & set(q.options), q.options
    assert "Hühner" in q.options or "Hühnerstall" in q.options


def test_an_idiom_lends_no_word_to_the_options_en():
    """'bring ... to its knees' dramatises as a whole: 'knees' (or 'bring') beside 'CHAOS'
    would be a second right answer. (The item now gives way: 'Signal' and 'fault' are the
    two halves of one compound, no two words to choose between.)"""
    for q in _headline_loaded_q(
        "Rail CHAOS! Signal fault brings Harwick station to its knees\n\n"
        "A signal fault at Harwick station stopped all trains for four hours on Monday. "
        "About 9,000 passengers were delayed, Network North said. Engineers repaired the "
        "fault in the afternoon. Trains ran normally again by 6pm."):
        assert q.answer == "CHAOS"
        assert not {"knees", "brings", "bring"} & set(q.options), q.options


def test_german_compound_with_a_dramatising_head_is_loaded_in_a_headline_only():
    head = "Brücke gesperrt: Ganz Altheim vor dem Verkehrskollaps"
    body = "Die Polizei sprach am Montag von einem Verkehrschaos in der Innenstadt."
    an = build(f"{head}\n\n{body} Die Brücke bleibt zwei Wochen gesperrt.\n", {}, [], [])
    assert [w for w, _ in loaded_words(an.sentences[0], "de")] == ["Verkehrskollaps"]
    qs = media.generate(an)
    assert not any("Verkehrschaos" in (q.answer or "") for q in by(qs, "loaded_language"))
    # the bare head word stays loaded wherever it stands ("Es ist ein Skandal, dass ...")
    assert loaded_words(build("Es ist ein Skandal, dass die Brücke fehlt.\n\nText.\n", {}, [],
                              []).sentences[0], "de") == [("Skandal", "umstrittener Vorfall")]


@pytest.mark.parametrize("headline, word", [
    ("Blutbad auf der Weide: Hund tötet Schafe", "Blutbad"),
    ("Giftwelle überrollt Kliniken in Bayern", "überrollt"),
    ("Monster storm hits the coast", "Monster"),
    ("Rogue traders target pensioners", "Rogue"),
    ("Terrified residents flee rising river", "Terrified"),
])
def test_tabloid_words_are_known(headline: str, word: str):
    lang = "de" if word in {"Blutbad", "überrollt"} else "en"
    an = build(f"{headline}\n\nEin Satz.\n" if lang == "de" else f"{headline}\n\nA line.\n",
               {}, [], [])
    assert word in [w for w, _ in loaded_words(an.sentences[0], lang)]
