"""mediaA fixes of round 3 of 2026-11-28 (blind reviews 46-48): headings against the body.
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_contrast, media_headline
from quizgen.pipeline import analyze, load_article

# a dispute subheading over an open question of that dispute; a second subheading whose
# noun the open sentence above it holds inside a compound ('Gebäude' in 'Vereinsgebäude')
DISPUTE_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

Kaputtes Fenster? Tennisclub Birkenau soll seine Plätze abgeben

Der Tennisclub Birkenau muss seine Plätze am Stadtpark bis Ende August verlassen. Die Stadt \
nennt Lärm als Grund, der Club spricht von einer Ausrede.

Seit mehr als dreißig Jahren spielen die Mitglieder auf den Plätzen am Stadtpark. Am 3. März \
erhielt der Vorsitzende Uwe Brandes ein Schreiben der Stadt.

Streit um einen Ball

Ein Nachbar behauptet, ein Ball habe sein Küchenfenster zerbrochen. Ob der Ball wirklich aus \
dem Vereinsgebäude geflogen war, ist nicht geklärt. Brandes weist den Vorwurf zurück.

Suche nach einem neuen Gebäude

Die Stadt hat dem Club eine Wiese am Friedhof angeboten. Der Vorstand lehnt das bisher ab, \
weil es dort keine Umkleiden gebe.
"""

# the body's all-clear is for another group than the heading's, and the next sentence says
# what the heading says
DANGER_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

Salmonellen in Eiersalat: Feinkostladen ruft Becher zurück

Ein Feinkostladen in Talheim hat Eiersalat zurückgerufen, nachdem Kontrolleure Salmonellen \
gefunden hatten.

In drei Bechern wurden die Keime nachgewiesen. Der Laden stoppte noch am selben Tag den Verkauf.

Gefahr für Kleinkinder

Für gesunde Erwachsene verläuft eine Infektion meist harmlos. Für Kleinkinder und ältere \
Menschen kann sie aber gefährlich werden, warnte Amtsarzt Peter Lindner. Wer Fieber bekomme, \
solle einen Arzt aufsuchen.
"""

DANGER_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Salmonella in egg salad: deli recalls tubs

A deli in Eastby has recalled its egg salad after inspectors found salmonella in three tubs.

The shop stopped selling the salad on the same day, the council said.

Danger for small children

For healthy adults an infection is usually harmless. For small children and older people, \
however, it can be dangerous, health officer Peter Lindner warned. Anyone who gets a fever \
should see a doctor.
"""

# an all-clear the body does not take back is still a contrast
ALARM_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

Gefährliche Spinne im Hafen von Talheim entdeckt

Hafenarbeiter haben in Talheim eine exotische Spinne gefunden, die mit einer Bananenkiste \
angekommen war.

Die Spinne ist nach Angaben des Zoos für Menschen harmlos. Sie wurde in ein Terrarium gebracht.
"""

# the headline's figure is the gap between two body figures of one sentence
GAP_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

Kita-Start im Herbst: Talheim fehlen rund 80 Plätze

Ab August haben Kinder ab einem Jahr einen Anspruch auf einen Kita-Platz. In Talheim reicht \
das Angebot dafür nicht.

Nach einer Umfrage der Stadt wünschen sich knapp 230 Familien einen Platz; angeboten werden \
können bislang aber nur etwa 150. Bürgermeister Jan Ostrowski sagte, man suche weitere Räume.
"""

GAP_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Eastby short of around 80 nursery places as new rules start

From August, every child over one is entitled to a nursery place. Eastby does not have enough.

A council survey found that almost 230 families want a place, but only about 150 can be \
offered so far. Council leader Ruth Adams said the council was looking for more rooms.
"""

# a figure the body has in no form is still asked
NO_GAP_DE = """Von Lena Krause | Montag, 4. Mai 2026, 09:00 Uhr

Kita-Start im Herbst: Talheim fehlen rund 95 Plätze

Ab August haben Kinder ab einem Jahr einen Anspruch auf einen Kita-Platz. In Talheim reicht \
das Angebot dafür nicht.

Nach einer Umfrage der Stadt wünschen sich knapp 230 Familien einen Platz; angeboten werden \
können bislang aber nur etwa 150. Bürgermeister Jan Ostrowski sagte, man suche weitere Räume.
"""


def _analysis(text: str):
    return analyze(load_article(text))


def _findings(text: str):
    a = _analysis(text)
    return [(f.heading.text, f.kind, f.body.text) for f in media_contrast.findings(a)]


def _headline_items(text: str):
    return [(q.prompt, q.answer) for q in media_headline.generate(_analysis(text))]


def test_a_dispute_heading_is_not_called_a_fact_the_body_calls_open():
    found = _findings(DISPUTE_DE)
    assert not any(h == "Streit um einen Ball" for h, _, _ in found), found


def test_a_subheading_is_not_judged_by_an_open_sentence_of_another_section():
    found = _findings(DISPUTE_DE)
    assert not any(h == "Suche nach einem neuen Gebäude" for h, _, _ in found), found


def test_an_all_clear_for_another_group_is_no_contrast_de():
    found = _findings(DANGER_DE)
    assert not any(k == "contrast" for _, k, _ in found), found


def test_an_all_clear_for_another_group_is_no_contrast_en():
    found = _findings(DANGER_EN)
    assert not any(k == "contrast" for _, k, _ in found), found


def test_an_all_clear_the_body_keeps_is_still_a_contrast():
    found = _findings(ALARM_DE)
    assert any(k == "contrast" for _, k, _ in found), found


def test_a_headline_figure_the_body_gives_as_a_gap_is_not_called_absent_de():
    items = _headline_items(GAP_DE)
    assert not any("80" in p and "steht so auch" in p for p, _ in items), items


def test_a_headline_figure_the_body_gives_as_a_gap_is_not_called_absent_en():
    items = _headline_items(GAP_EN)
    assert not any("80" in p for p, _ in items), items


def test_a_headline_figure_the_body_has_in_no_form_is_still_asked():
    items = _headline_items(NO_GAP_DE)
    assert any("95" in p and "steht so auch" in p for p, _ in items), items



# the headline drops the body's hedge on a figure the note cites a sentence for
HEDGED_FIGURE_EN = """By Sam Hale | Monday 4 May 2026, 09:00 BST

Oat milk maker to bring 25 jobs to crumbling mill

A start-up that makes oat milk has bought an old building on the river in Eastby.

Oatly Fields, which was founded in 2021 by two students, paid about £300,000 for the former \
corn mill in March. The company plans to start work there in the spring and expects to employ \
around 25 people within three years.

Chief executive Mia Lund said the firm had outgrown its unit near Westford.
"""


def test_the_note_names_the_bodys_hedged_figure():
    # blind review 48 en_seaweed #14: the note quoted the sentence but not 'around 40 people'
    notes = [q.answer for q in media_headline.generate(_analysis(HEDGED_FIGURE_EN))
             if q.type == "open"]
    assert any("“around 25 people”" in n for n in notes), notes
