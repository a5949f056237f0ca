"""mediaA fixes of round 3 of the session of 2026-11-28 evening: faults found by the blind
reviews 64-68, each as a general rule on an invented article."""

from __future__ import annotations


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _headline(a):
    return next(s for s in a.sentences if s.block == "headline")


GARDENS_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Pächter der Gartenanlage Sonnenhang protestieren gegen Parkplatzpläne

Mehr als 80 Pächterinnen und Pächter der Gartenanlage Sonnenhang in Ostbruch protestieren \
gegen die Pläne der Stadt, auf einem Teil der Anlage einen Parkplatz zu bauen. Am Dienstag \
übergaben sie im Rathaus eine Liste mit 400 Unterschriften.

Die Stadt will 30 der 120 Gärten räumen lassen. Baudezernent Jens Paulsen sagte, der \
Parkplatz sei für das neue Hallenbad nötig.

Ob die Gartenanlage überhaupt verkleinert werden darf, ist noch offen. Das Umweltamt prüft \
derzeit, ob dort geschützte Tiere leben.
"""


def test_what_the_body_calls_open_about_the_subjects_own_phrase_does_not_contradict():
    # blind review 66 de_zechensiedlung #18/#20: 'Mieter der Siedlung Glückauf wehren sich gegen
    # Neubaupläne' was keyed 'the text does not confirm it' over 'Ob die Siedlung überhaupt
    # abgerissen werden darf, ist noch offen' although the lead reports the protest: 'Siedlung'
    # belongs to who the headline is about, not to what it says they do
    from quizgen.generate import media_contrast
    a = _analysis(GARDENS_DE)
    h = _headline(a)
    assert not [f for f in media_contrast.findings(a)
                if f.heading.index == h.index and f.kind == "uncertain"]
    # what the headline says they do, called open, stays a finding
    a = _analysis(GARDENS_DE.replace(
        "Pächter der Gartenanlage Sonnenhang protestieren gegen Parkplatzpläne",
        "Stadt räumt Gärten der Anlage Sonnenhang für neuen Parkplatz").replace(
        "Ob die Gartenanlage überhaupt verkleinert werden darf",
        "Ob die Gärten tatsächlich geräumt werden"))
    h = _headline(a)
    assert [f for f in media_contrast.findings(a)
            if f.heading.index == h.index and f.kind == "uncertain"]


CARAVANS_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Storm Ivy: dozens of caravans smashed as gales sweep Holmbay holiday park

More than 30 caravans were destroyed or badly damaged when Storm Ivy hit the holiday park at \
Holmbay on Saturday night. Gusts of up to 80mph tipped two rows of caravans onto their sides.

Park manager Tom Bell said the wreckage of some caravans had been found in the dunes. "It \
looks like a bomb went off," he said.

The park will stay closed until the end of the month.
"""


def test_a_damage_verb_the_body_backs_with_destroyed_is_no_overstatement():
    # blind review 67 en_beach_huts #21: 'dozens of beach huts smashed' over 'More than 40
    # beach huts were destroyed or badly damaged' was answered 'The headline overstates this.
    # Overstated words in the headline: smashed'
    from quizgen.generate import media_headline
    a = _analysis(CARAVANS_EN)
    words = {w.lower() for w in media_headline.overstated_words(a, [_headline(a)])}
    assert "smashed" not in words, words
    # a body that reports only some damage does not back it
    a = _analysis(CARAVANS_EN.replace("destroyed or badly damaged", "slightly damaged").replace(
        "the wreckage of some caravans had been found in the dunes", "the damage was light"))
    words = {w.lower() for w in media_headline.overstated_words(a, [_headline(a)])}
    assert "smashed" in words, words


POOL_DE = """Von Eva Lind | Montag, 4. Mai 2026, 09:00 Uhr

Freibad in Ostbruch sucht Rettungsschwimmer – sonst droht im Sommer die Schließung

Dem Freibad in Ostbruch fehlen Rettungsschwimmer. Findet der Förderverein bis Ende Juni \
keine vier weiteren Helfer, muss das Bad Anfang Juli schließen, sagte Vereinschef Jens Paulsen.

Derzeit teilen sich elf Ehrenamtliche die Aufsicht. Viele von ihnen sind über sechzig.
"""


def test_a_season_the_body_gives_as_a_month_of_it_is_no_absent_detail():
    # blind review 68 de_pilgerherberge #17: 'sonst droht im Herbst das Aus' over 'Ende Oktober
    # schließen' was answered 'Davon steht im Text nichts: „im Herbst“'
    from quizgen.generate import media_headline
    a = _analysis(POOL_DE)
    h = _headline(a)
    assert "im Sommer" not in media_headline._absent_details(a, [h], [])
    # a season no month of the body falls in is still a detail the body does not give
    a = _analysis(POOL_DE.replace("Ende Juni", "Ende Februar").replace("Anfang Juli",
                                                                       "Anfang März"))
    h = _headline(a)
    assert "im Sommer" in media_headline._absent_details(a, [h], [])


def test_a_sentence_reporting_that_something_was_hailed_as_good_is_no_plain_fact():
    # blind review 64 en_bike_hire #13 keyed 'The scheme ... had been hailed as a way to cut car
    # journeys into the city centre' as a checkable fact: it reports an evaluation
    from quizgen.generate.media_opinion import classify
    for text, lang in (
            ("The ferry link, which cost £2m to build, had been hailed as a lifeline for the "
             "island's older residents.", "en"),
            ("The new footbridge was widely praised as a model for other towns.", "en"),
            ("Die Buslinie war bei ihrer Einführung als Vorbild für andere Gemeinden gefeiert "
             "worden.", "de")):
        assert classify(text, 0.05, lang)[0] != "fact", text
    # a plain report of what was built stays a fact
    assert classify("The ferry link cost £2m to build and opened in June 2019.", 0.05,
                    "en")[0] == "fact"
