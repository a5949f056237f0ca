"""mediaA fixes of round 2 of 2026-11-28 (blind reviews 43-45 and round-1 leftovers).
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.pipeline import analyze, load_article

RECORD_EN = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Drivers hit with record fines as town cracks down on parking in bus lanes

More than 600 drivers in Eastby have been fined for parking in bus lanes since January, \
the borough council said on Tuesday.

That is about twice as many as in the same months of last year. Each fine is £70, or £35 \
if it is paid within two weeks.

Council leader Ruth Adams said the cameras had made the buses faster. Taxi driver Omar \
Shah said the signs were hard to read.
"""

RECORD_BACKED_EN = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Drivers hit with record fines as town cracks down on parking in bus lanes

More than 600 drivers in Eastby have been fined for parking in bus lanes since January, \
the borough council said on Tuesday, the highest number since the cameras were put up.

That is about twice as many as in the same months of last year. Each fine is £70, or £35 \
if it is paid within two weeks.

Council leader Ruth Adams said the cameras had made the buses faster. Taxi driver Omar \
Shah said the signs were hard to read.
"""

RECORD_DE = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Rekord-Bußgelder für Falschparker – Stadt greift an Busspuren durch

In Kirchtal haben seit Januar mehr als 600 Autofahrer ein Bußgeld bekommen, weil sie auf \
einer Busspur geparkt haben. Das teilte die Stadtverwaltung am Dienstag mit.

Das sind etwa doppelt so viele wie in den gleichen Monaten des Vorjahres. Jedes Bußgeld \
kostet 70 Euro.

Bürgermeisterin Petra Adler sagte, die Busse seien seitdem pünktlicher.
"""


def _notes(text: str) -> list[str]:
    return [q.answer for q in media_headline.generate(analyze(load_article(text)))
            if q.type == "open"]


def test_a_record_the_body_never_calls_one_is_named_en():
    # 'record fines' over 'about twice as many as in the same months of last year'
    notes = _notes(RECORD_EN)
    assert any("“record”" in n for n in notes), notes


def test_a_record_the_body_calls_the_highest_is_not_named_en():
    notes = _notes(RECORD_BACKED_EN)
    assert not any("“record”" in n for n in notes), notes


def test_a_rekord_the_body_never_calls_one_is_named_de():
    notes = _notes(RECORD_DE)
    assert any("Rekord" in n and "Zuspitzende" in n for n in notes), notes


BARE_FIGURE_EN = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Five trustees quit, leaving village hall charity unable to act

Millbrook Village Hall Trust can no longer take decisions after five of its seven members \
stepped down within a month, leaving the hall's bookings in doubt.

The first resignation came on 2 April, and the last of the five followed on Friday. With only \
two trustees left, the charity cannot sign contracts or approve spending.

Chair Mark Ellis said the row was about the new kitchen. "We simply disagreed," he said.

Bookings for the summer will be honoured, a spokesperson for the district council said.
"""


def _number_items(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in media_headline.generate(analyze(load_article(text)))
            if q.type == "multiple_choice" and ("headline reports" in q.prompt.lower()
                                                or "meldet" in q.prompt)]


def test_a_headline_figure_the_body_gives_bare_is_no_other_number_en():
    # 'Five trustees quit' over 'five of its seven members stepped down': 'two trustees
    # left' is no other count of them
    assert _number_items(BARE_FIGURE_EN) == []


ROUNDED_BARE_DE = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Streit um Stall in Kirchtal: Landwirt will Platz für 3.000 Hühner schaffen

Ein Landwirt aus Kirchtal möchte seinen Hühnerstall deutlich vergrößern. Nachbarn fürchten \
Lärm und Gestank, der Landkreis entscheidet im Herbst.

Seit zwei Generationen hält die Familie Wolf am Ortsrand Hühner. Derzeit leben in den \
Ställen rund 900 Tiere, künftig sollen es etwa 3.000 sein. Den Bauantrag hat Landwirt Jonas \
Wolf im Februar beim Landkreis eingereicht.

"Ohne den Neubau hat der Hof keine Zukunft", sagte Wolf dem NDR. Die Nachbarin Petra Adler \
sagte, schon jetzt sei es im Sommer laut.
"""


def test_a_round_figure_the_body_only_rounds_bare_is_backed_de():
    # 'Platz für 3.000 Hühner' over 'künftig sollen es etwa 3.000 sein': no 'Nur zum Teil'
    notes = _notes(ROUNDED_BARE_DE)
    assert not any("Nur zum Teil" in n or "„3.000 Hühner“" in n for n in notes), notes
