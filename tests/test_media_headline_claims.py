"""The open headline comparison names what the heading claims and the body does not back
(blind review 8: "horrified crowds" over a body with selfie-takers, "Eltern sind sauer" over
one online parents' group), with a conclusion, and cites only counter-evidence that
concerns the heading (not "Paying, he said, would only encourage further attacks")."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.pipeline import analyze, load_article

DE_BAD = """Von Katrin Vogt | 24.11.2026, 11:52 Uhr

Keim-Alarm im Familienbad! Legionellen in den Duschen - Eltern sind sauer

Das Hallenbad "Aquarena" in Rosenheim ist seit Montag geschlossen. In mehreren Duschen wurden \
stark erhöhte Legionellenwerte gemessen.

Ein Labor hatte bei einer Routineprobe Werte von mehr als 10.000 koloniebildenden Einheiten \
pro 100 Milliliter festgestellt. Eine Gefahr für Besucher, die in den vergangenen Tagen im Bad \
waren, bestehe nach derzeitigem Stand nicht, sagte Amtsleiter Stefan Aigner.

In einer Elterngruppe im Netz wird den Stadtwerken vorgeworfen, sie hätten von Problemen \
gewusst. Belege gibt es dafür bislang nicht.

Quelle: rosenheim-aktuell.de/dpa
"""

EN_PANDA = """By Owen Pritchard | Published 25 November 2026, 11:20 GMT

Terror in the suburbs: escaped zoo animal leaves families too scared to go outside

A red panda that escaped from a wildlife park in Devon has been found safe in a garden three \
miles away. The animal spent almost two days on the run.

Keepers caught the animal with a net shortly after 9pm on Monday. Red pandas are shy animals \
that weigh about five kilograms and pose no danger to people, according to the park.

Police said they had received about a dozen calls, most of them from people who wanted to help.

Source: Devon Live Online / PA Media
"""

EN_HACK = """By Daniel Okafor | Thursday 26 November 2026, 09:30 GMT

HACKED! Council held to ransom as criminals threaten to publish residents' data

Cyber criminals have demanded around £2 million from Westbridge Borough Council after a \
ransomware attack knocked out its computer systems.

The council has not confirmed that any personal data was taken. Council leader Ravi Mistry \
ruled out meeting the demand. Paying, he said, would only encourage further attacks.

Source: South Coast Live / PA Media
"""


def _open(text: str):
    an = analyze(load_article(text))
    return [q for q in media_headline.generate(an) if q.type == "open"
            and ("Überschrift „" in q.prompt or "headline “" in q.prompt)]


def test_an_unbacked_feeling_is_named_with_what_the_body_says_of_those_people_de():
    [q] = _open(DE_BAD)
    assert "Fazit:" in q.answer
    assert "Nicht belegt ist „Eltern sind sauer“" in q.answer
    assert "Elterngruppe" in q.answer  # what the body says of the parents
    assert "nirgends im Artikeltext" not in q.answer  # not the mechanical word list
    # 'Keim-Alarm' spreads fear; the body says there is no danger for visitors
    assert "Gegen den Alarm steht im Text" in q.answer and "Gefahr für Besucher" in q.answer
    assert any("Elterngruppe" in e.text for e in q.evidence)


def test_feelings_the_body_does_not_report_and_the_calming_fact_en():
    [q] = _open(EN_PANDA)
    assert "In short:" in q.answer
    assert "“families too scared to go outside”" in q.answer
    assert "“Terror in the suburbs”" in q.answer
    assert "Against the alarm" in q.answer and "pose no danger to people" in q.answer


def test_a_feeling_the_body_reports_is_not_called_unbacked():
    text = EN_PANDA.replace("Police said they had received",
                            "Many families said they were scared to go outside. Police said "
                            "they had received")
    assert all("Not backed" not in q.answer for q in _open(text))


def test_a_prediction_is_no_counter_evidence_to_the_headline():
    [q] = _open(EN_HACK)
    assert "has not confirmed that any personal data was taken" in q.answer
    assert "encourage further attacks" not in q.answer


def test_a_byline_author_called_jan_leaves_the_headline_a_headline():
    """'Jan' is also a month abbreviation: 'Von Jan Petersen | 22.11.2026' is still the
    byline, so the loud headline below it is compared (it was taken as a subheading)."""
    text = DE_BAD.replace("Von Katrin Vogt", "Von Jan Petersen")
    art = load_article(text)
    assert art.blocks[0].kind == "byline" and art.title.startswith("Keim-Alarm")
    assert _open(text)


DE_DERBY = """Von Jan Petersen | 22.11.2026, 10:15 Uhr

Randale-Nacht in der Innenstadt! Fußball-Chaoten wüten - Anwohner geschockt

Nach dem Derby zwischen dem SC Nordhafen und dem VfB Kesselbrück ist es in der Nacht zum \
Sonntag in der Innenstadt zu Ausschreitungen gekommen. Die Polizei nahm 14 Personen fest.

"Wir hatten die Lage nach gut einer Stunde wieder im Griff", sagte Polizeisprecherin Anna \
Weber. Der SC Nordhafen verurteilte die Gewalt in einer Mitteilung.

Anwohnerin Gisela Marten, 67, sagte, sie habe den Lärm zwar gehört, sich aber nicht bedroht \
gefühlt.

/news.de/dpa
"""


def test_shocked_residents_against_the_resident_who_felt_no_threat_de():
    [q] = _open(DE_DERBY)
    assert "Nicht belegt ist „Anwohner geschockt“" in q.answer
    assert "Gisela Marten" in q.answer
    assert "Chaoten" in q.answer  # a loaded word named among the sharpening ones


def test_a_two_letter_fragment_of_a_club_name_is_no_voice():
    from quizgen.generate import media_discussion, media_text

    an = analyze(load_article(DE_DERBY))
    for q in media_discussion.generate(an, media_text.claims(an)):
        assert "laut Artikel: SC" not in q.answer and "SC." not in q.answer


def test_capitals_over_a_confirmed_fact_are_loud_not_overstated():
    """'HACKED!' over a confirmed attack: named as capitals for attention; 'EVERY' stays an
    overstatement (blind review 8: 'HACKED is shouty, but it is not overstated')."""
    [q] = _open(EN_HACK)
    # a whole sentence, not a fragment (blind review 9)
    assert "The headline sets “HACKED” in capitals to grab attention." in q.answer
    assert "Overstated words in the headline: “HACKED”" not in q.answer
    every = EN_HACK.replace("HACKED! Council held", "EVERY council held")
    [q2] = _open(every)
    assert "“EVERY”" in q2.answer and "capitals" not in q2.answer


EN_STORM = """Storm Edda kills five as thousands flee flooded Harle Valley

At least four people have died and another is missing after Storm Edda brought torrential \
rain to the Harle Valley.

At least four people have died and a fifth is missing after Storm Edda swept across the Harle \
Valley on Thursday night, emergency services said. Around 600 residents of Millbridge spent \
the night in a school hall.

Source: PA
"""


def test_a_comparison_with_nothing_to_name_is_not_asked():
    """'kills five' over 'at least four ... and a fifth is missing' is the number question's
    point; a note that could only list 'kills', 'flee' as words 'not in the text' is not
    made (the body paraphrases them)."""
    assert not [q for q in _open(EN_STORM) if "no support for these words" in q.answer
                or "nowhere in the body" in q.answer]


EN_BUSES = """CHAOS ON THE ROADS! Bus drivers walk out as pay talks collapse

Around 900 bus drivers in Greater Bristol went on strike on Tuesday, leaving tens of \
thousands of passengers without a service.

Only a handful of routes ran on Tuesday, most of them operated by smaller companies. Union \
official Dan Norris claimed the operator had planned the cuts for months. There is no evidence \
for this, and the company says talks only broke down on Monday.

Source: PA
"""


def test_only_is_no_limit_without_an_all_word_and_a_flag_is_no_counter_evidence():
    [q] = _open(EN_BUSES)
    assert "Only a handful of routes ran" not in q.answer
    assert "There is no evidence for this" not in q.answer
    assert "In short:" in q.answer and "“CHAOS”" in q.answer


def test_tabloid_compounds_are_named_as_loaded_de():
    from quizgen.generate.media_language import loaded_words

    an = analyze(load_article("Masern-Alarm an Gymnasium! Schulschwänzer-Demo in Hannover\n\n"
                              "An einem Gymnasium in Freising sind Masernfälle aufgetreten. "
                              "Der Feueralarm wurde am Montag geprobt.\n"))
    found = [w for s in an.sentences for w, _ in loaded_words(s, "de")]
    assert "Masern-Alarm" in found and "Schulschwänzer-Demo" in found
    assert "Feueralarm" not in found


def test_lives_at_risk_is_checked_against_what_happened_to_people():
    text = EN_HACK.replace("HACKED! Council held to ransom as criminals threaten to publish "
                           "residents' data", "SCANDAL: crumbling school ceiling puts lives at "
                           "risk").replace("Paying, he said, would only encourage further attacks.",
                                           "No one has been hurt.")
    [q] = _open(text)
    assert "No one has been hurt." in q.answer


def test_pupils_left_hungry_is_a_state_the_body_does_not_report():
    text = ("FOOD FIASCO! Hundreds of pupils left hungry as school caterer collapses\n\n"
            "More than 40 primary schools in Northshire were left without hot meals this week "
            "after the catering firm Greenplate went into administration. Parents have been "
            "told to send packed lunches until further notice.\n\nSource: PA\n")
    [q] = _open(text)
    assert "Not backed by the text: “pupils left hungry”. The body does not report this" \
        in q.answer


def test_a_feeling_in_a_quotation_backs_the_heading():
    """'„Ich habe Angst um meine Kinder“, sagte eine Mutter' reports fear: the heading's
    'Eltern in Angst' is not called unbacked."""
    text = DE_BAD.replace("Eltern sind sauer", "Eltern in Angst").replace(
        "Belege gibt es dafür bislang nicht.",
        "„Ich habe Angst um meine Kinder“, sagte eine Mutter.")
    assert all("Nicht belegt" not in q.answer for q in _open(text))
