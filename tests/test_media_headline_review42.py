"""mediaA fixes of blind reviews 40-42 (round 1 of 2026-11-28): a key that says the body does
not back a headline needs the body's own flag on it. Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_headline
from quizgen.pipeline import analyze, load_article

PARAPHRASED_DE = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Lindenplatz bekommt neuen Belag – Händler fühlen sich übergangen

Nach langer Debatte hat der Gemeinderat von Kirchtal beschlossen, den Lindenplatz neu zu \
pflastern. Die Arbeiten sollen im Herbst beginnen.

Mit 19 zu 8 Stimmen hat sich der Gemeinderat am Mittwochabend für die Sanierung \
ausgesprochen. Die Kosten liegen nach Angaben der Verwaltung bei rund 600.000 Euro.

Streit um die Bauzeit

Die Fraktion der Grünen stimmte gegen den Antrag. Ihre Sprecherin Lena Vogt sagte, die \
Bauzeit von sechs Monaten sei viel zu lang.

"Uns hat niemand gefragt"

Besonders ärgert die Geschäftsleute am Platz, dass sie vor der Abstimmung nicht angehört \
wurden. "Uns hat niemand gefragt, wann die Bauarbeiten am wenigsten stören", sagte \
Bäcker Tim Roth. Bürgermeister Jens Adler kündigte eine Versammlung im Juni an.
"""

PARAPHRASED_EN = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Pensioners stuck in cold flats for months as repair bill soars

Dozens of older tenants in Northby have waited more than a month for repairs to heating \
and hot water, because the council's maintenance team is short of staff.

Harbour Housing, which manages 3,000 council homes, said its list of open repairs had \
grown to almost 900 jobs, twice as many as a year ago.

"I boil the kettle to wash"

Joan Price, 81, has had no hot water in her flat since the beginning of March. "I boil \
the kettle to wash," she told BBC Radio Norfolk.

Plans to hire more repair workers

The council agreed on Tuesday to spend £400,000 on hiring eight more repair workers, a \
spokesman said.
"""

OTHER_WORDS_EN = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Warden Mark Ellis welcomes ban on commercial fishing at Millbrook Lake

People who take fish from Millbrook Lake to sell them to shops could be fined up to £300 \
under new rules approved by Eastvale Borough Council.

The ban, which councillors approved on Monday by 9 votes to 2, comes into force on 1 \
June. It applies to catches that are clearly meant for sale. Anyone fishing for their \
own table may keep two fish a day.

Warden Mark Ellis welcomed the ban and said the problem had grown since 2024. "Some \
people fill whole cool boxes," he told BBC Radio Kent.

Anglers who see large catches are asked to report them to the warden.
"""


def _not_reported(text: str) -> list[str]:
    return [q.answer for q in media_headline.generate(analyze(load_article(text)))
            if q.type == "multiple_choice" and ("findet sich so nicht" in q.prompt
                                                or "not report as it stands" in q.prompt)]


def test_a_paraphrased_headline_is_no_key_for_not_reported_de():
    # the body reports the decision and 'Besonders ärgert die Geschäftsleute, dass sie ...
    # nicht angehört wurden': no flag of its own on the headline
    assert _not_reported(PARAPHRASED_DE) == []


def test_a_paraphrased_headline_is_no_key_for_not_reported_en():
    assert _not_reported(PARAPHRASED_EN) == []


def test_a_headline_word_in_other_words_alone_makes_no_comparison_en():
    # 'commercial fishing' over 'catches that are clearly meant for sale'
    notes = [q.answer for q in media_headline.generate(analyze(load_article(OTHER_WORDS_EN)))
             if q.type == "open"]
    assert not any("commercial" in n for n in notes), notes


DEADLY_FOUND_EN = """Deadly disease found in hedgehogs at Millbrook Park for the first time

A deadly disease has been confirmed in hedgehogs at Millbrook Park, one of the last places in \
the county where the animals are common.

The first sick hedgehog was found on 3 May by a dog walker. Tests at a laboratory confirmed the \
disease last Friday, and since then at least five more dead hedgehogs have been recovered from \
the park.

Warden Mark Ellis said the park would stay open.
"""


def test_dead_animals_recovered_are_no_limit_of_a_deadly_headline_en():
    # 'have been recovered from the park': found, not healed
    notes = [q.answer for q in media_headline.generate(analyze(load_article(DEADLY_FOUND_EN)))
             if q.type == "open"]
    assert not any("not as it stands" in n for n in notes), notes
