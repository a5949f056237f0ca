"""Media-literacy fixes of quick readings 40-43 (round 2 of 2026-11-28). Articles invented."""

from __future__ import annotations

from quizgen.generate.media_contrast import actor_findings
from quizgen.pipeline import analyze, load_article

HEAD_BACKED_EN = """By Rosa Kemp | Tuesday 1 December 2026, 10:00 GMT

Thornleigh pupils win county debating cup for the first time

A team of six pupils from Thornleigh High School in Selby has won the county debating cup, \
beating 24 schools on the way. They will meet the winners of other counties in May.

"We practised every Thursday for a year," said captain Nadia Okafor. Head teacher Paul \
Grimes said the school had never reached a final before.

The county finals were held at Selby Town Hall on Saturday. One parent claimed that \
a rival school had complained about Thornleigh fielding a pupil who was too old.
"""


def test_heading_name_found_in_the_body_sentence_is_no_other_actor():
    # quick reading 40 en_chess Q13 / 43 en_student_paper Q17: 'Kingsmead pupils' against
    # 'pupils from Kingsmead Academy' was keyed as a different actor
    a = analyze(load_article(HEAD_BACKED_EN))
    assert [f for f in actor_findings(a) if f.kind == "actor"] == []


VAGUE_HEAD_DE = """Von Jana Roth | Dienstag, 1. Dezember 2026, 10:00 Uhr

Hagelsturm: Tausende Äpfel im Gras

Ein Hagelsturm hat am Montag im Obstgut Lindner bei Kressbach rund 3.000 Äpfel von den \
Bäumen geschlagen. Der Betrieb schätzt den Schaden auf 20.000 Euro.

„So etwas habe ich in 30 Jahren nicht erlebt“, sagte Obstbauer Karl Lindner. Die Äpfel \
sollen nun zu Saft gepresst werden.

Der Hagel dauerte nach Angaben des Wetterdienstes etwa zehn Minuten.
"""


def test_vague_heading_count_is_no_figure_to_compare():
    # quick reading 40 de_fischzucht Q14: 'Tausende Fische' was asked as a figure, with
    # 'Tausende Fische' itself among the options
    from quizgen.generate import media_headline
    a = analyze(load_article(VAGUE_HEAD_DE))
    qs = [q for q in media_headline.generate(a) if "meldet" in q.prompt]
    assert qs == [], [(q.prompt, q.options) for q in qs]


MEASURE_HEAD_DE = """Von Jana Roth | Dienstag, 1. Dezember 2026, 10:00 Uhr

Streit um Radweg: Gemeinde will 14 Kilometer Asphalt am Fluss

Die Gemeinde Kressbach möchte bis 2028 einen neuen, etwa 14 Kilometer langen Radweg an der \
Els bauen. Anwohner fürchten um die Auwiesen.

„Wir brauchen eine sichere Verbindung für Pendler“, sagte Bürgermeisterin Vera Hahn. Der \
Naturschutzbund lehnt den Plan ab.

Über den Radweg entscheidet der Gemeinderat im Februar.
"""


def test_measure_the_body_only_rounds_backs_the_heading():
    # quick reading 42 de_loipe Q12/Q13: '12 Kilometer' over 'etwa 12 Kilometer' was asked
    # twice as a headline that drops a hedge; a length is always given roughly
    from quizgen.generate import media_headline
    a = analyze(load_article(MEASURE_HEAD_DE))
    qs = [q.prompt for q in media_headline.generate(a) if "14 Kilometer" in q.prompt]
    assert qs == []


def _voices_note(text: str) -> str:
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    a = analyze(load_article(text))
    return " ".join(q.answer for q in media_discussion.generate(a, claims(a))
                    if "view is missing" in q.prompt)


SOME_OF_EN = """By Rosa Kemp | Tuesday 1 December 2026, 10:00 GMT

Beavers return to the River Lenn after 300 years

A family of beavers has been filmed on the River Lenn near Hadley, the first sighting on the \
river for about 300 years, according to the Lenn Wildlife Trust.

"We could hardly believe our eyes," trust officer Sam Ridley told BBC Radio Kent. The \
trust plans to count the animals again in the spring.

Some residents are less pleased. Parish councillor Colin Marsh said the dams would flood the \
meadows behind his house. The council said it would monitor water levels.
"""

LOCAL_EN = """By Rosa Kemp | Tuesday 1 December 2026, 10:00 GMT

Beavers return to the River Lenn after 300 years

A family of beavers has been filmed on the River Lenn near Hadley, the first sighting on the \
river for about 300 years, according to the Lenn Wildlife Trust.

"We could hardly believe our eyes," trust officer Sam Ridley told BBC Radio Kent. The \
trust plans to count the animals again in the spring. Residents of Hadley have been invited \
to a talk on Friday.

Local farmer Colin Marsh said the dams would flood his meadows. The council said it would \
monitor water levels.
"""

HELPERS_EN = """By Rosa Kemp | Tuesday 1 December 2026, 10:00 GMT

Thieves take £2,000 from hospice shop in Hadley

Thieves broke into the Hadley Hospice shop on Market Street overnight on Sunday and took \
about £2,000 in cash, police said.

"It is heartbreaking," said shop manager Ruth Ellery. Police have appealed for witnesses. \
Councillor Mark Dunn told BBC Radio Kent that the street needed better lighting. Ellery said \
the shop would open again on Wednesday.

Since then, customers have brought in bags of clothes and books. Pupils at Hadley Primary \
School have collected toys and are planning a bake sale on Friday.
"""


def test_voice_after_some_of_a_group_is_one_of_them():
    # quick reading 40 en_church_roof Q14: 'Some residents have questioned ... Parish
    # councillor Susan Hale said ...' beside 'none of them is quoted by name'
    assert "none of them" not in _voices_note(SOME_OF_EN)


def test_local_person_is_a_private_voice():
    # quick reading 41 en_otters Q14: 'Local angler Keith Barlow claimed ...'
    assert "none of them" not in _voices_note(LOCAL_EN)


def test_pupils_who_collect_for_the_victims_are_no_people_affected():
    # quick readings 41 en_charity_shop Q17, 43 en_cat_rescue Q14
    assert "pupils" not in _voices_note(HELPERS_EN)

