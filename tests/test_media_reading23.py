"""Quick reading 23, media faults on invented text: a "no evidence" note that shares its
sentence with a denial is on the charge made just before ('The council called the allegation
"completely untrue", and no evidence has been produced.'); a station's number word is part
of its name ('Radiosender Waldau Eins'); a 'sagte er der ___' whose person is not the only
one named just before shows the sentence before instead of a guessed name; what someone told
the page's own paper ('Quelle: Waldauer Zeitung / dpa') is no statement from another medium;
the outlet item's explanation quotes the sentence that names the medium; after 'der ___' an
uninflected paper's name stands among names that read the same in every case, and no option
shares the key's own name ('Radio Waldau' beside 'Waldau Eins')."""

from __future__ import annotations

from quizgen.generate import media_claims, media_discussion, media_sources
from quizgen.generate.media_text import claims, outlets
from quizgen.pipeline import analyze, load_article

EN_PARK = """Council to sell Riverside allotments

Brookvale Council has agreed to sell the Riverside allotments to a developer for £2 million.

"This is our community," said Ruth Okafor, who chairs the allotment association. Council \
leader Peter Hale said the town needed new homes. Resident Tom Price said the land often \
floods in winter.

Some plot holders have claimed that a council officer was offered a job by the developer. \
The council called the allegation "completely untrue", and no evidence has been produced.
"""


def test_a_note_sharing_its_sentence_with_a_denial_is_on_the_charge_before_en():
    a = analyze(load_article(EN_PARK))
    cs = claims(a)
    flagged = [c for c in cs if c.unsupported]
    assert flagged, [(c.speaker, c.statement) for c in cs]
    assert all("untrue" not in (c.statement or "") for c in flagged), \
        [(c.speaker, c.statement) for c in flagged]
    items = [q for q in media_claims.generate(a, cs) if q.skill == "evidence"
             and q.type == "multiple_choice"]
    assert items, [q.prompt for q in media_claims.generate(a, cs)]
    assert "offered a job" in items[0].answer, items[0].answer


DE_HALL = """Keime in der Dusche: Sporthalle in Waldau gesperrt

Die Sporthalle des Goethe-Gymnasiums in Waldau ist seit Mittwoch gesperrt.

Schulleiterin Petra Hinz sagte dem Radiosender Waldau Eins, der Sportunterricht finde im \
Freien statt. Bei Regen gebe es Unterricht im Klassenraum.

Der Vorsitzende des Elternbeirats, Kai Brüggemann, und die Elternsprecherin Lisa Ott \
kritisierten die Stadt. Die Leitungen seien seit Jahren marode, sagte er der Nordsee-Zeitung. \
Die Stadt wollte sich dazu nicht äußern.

Quelle: Waldauer Zeitung / dpa
"""


def _source_items(text: str):
    a = analyze(load_article(text))
    return a, media_sources.generate(a, claims(a))


def test_a_stations_number_word_is_part_of_its_name_de():
    a, items = _source_items(DE_HALL)
    assert "Waldau Eins" in outlets(a), list(outlets(a))
    keys = [q.answer for q in items]
    assert "Waldau" not in keys and "Waldau Eins" in keys, keys


def test_no_option_shares_the_keys_own_name_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Waldau Eins"]
    assert not any("Waldau" in o for o in q.options if o != q.answer), q.options


def test_a_guessed_pronoun_speaker_shows_the_sentence_before_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Nordsee-Zeitung"]
    assert "sagte er der ___" in q.prompt, q.prompt
    assert "kritisierten die Stadt" in q.prompt, q.prompt


def test_after_der_every_option_reads_the_same_in_every_case_de():
    _, items = _source_items(DE_HALL)
    [q] = [q for q in items if q.answer == "Nordsee-Zeitung"]
    assert not any(w.endswith("en") for o in q.options for w in o.split()), q.options


DE_OWN = """Kunstrasen in Waldau muss weg

Der Kunstrasenplatz des TuS Waldau wird im Sommer umgebaut.

Der Vorsitzende des TuS Waldau, Bernd Kowal, zeigte sich enttäuscht. Kowal sagte der \
Waldauer Zeitung, der Umbau dauere mindestens acht Wochen. Bürgermeisterin Eva Roth sagte, \
die Stadt habe keine Wahl. Trainer Jonas Wehr sagte, die Kinder müssten ausweichen.

Quelle: Waldauer Zeitung / dpa
"""


def test_what_someone_told_the_pages_own_paper_is_no_second_hand_statement_de():
    a, items = _source_items(DE_OWN)
    assert not any(q.answer == "Waldauer Zeitung" for q in items), \
        [(q.prompt, q.answer) for q in items]
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.skill == "discussion"]
    assert not any("Waldauer Zeitung" in n for n in notes), notes


DE_CARRIED = """Kunstrasen in Waldau muss weg

Der Kunstrasenplatz des TuS Waldau wird im Sommer umgebaut.

Der Vorsitzende des TuS Waldau, Bernd Kowal, zeigte sich enttäuscht. Der Umbau dauere \
mindestens acht Wochen, sagte Kowal dem Kornauer Anzeiger. In dieser Zeit müssten die \
23 Mannschaften des Vereins auf andere Plätze ausweichen. "Wir wissen nicht, wohin", sagte \
Kowal. Bürgermeisterin Eva Roth sagte, die Stadt habe keine Wahl. Trainer Jonas Wehr sagte, \
die Kinder müssten ausweichen.

Quelle: Waldauer Portal / dpa
"""


def test_the_outlet_items_explanation_quotes_the_sentence_naming_the_medium_de():
    a, items = _source_items(DE_CARRIED)
    qs = [q for q in items if q.answer == "Kornauer Anzeiger"]
    assert qs, [(q.prompt, q.answer) for q in items]
    assert all("Mannschaften" not in q.explanation for q in qs), [q.explanation for q in qs]
