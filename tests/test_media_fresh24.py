"""Quick reading 24's media faults, on invented text: a paper named after the story's town
stands among the same town's other paper names ('Waldauer Zeitung', 'Waldauer Anzeiger'),
a BBC local station among stations of its own region; a loaded word of two senses gets the
neutral word of the sense the text speaks of ('Kahlschlag' of trees is no 'Stellenabbau';
'PLEITE' over a delay is loaded where 'pleite' of an insolvent firm is not, 'to axe' is
where an axe is not);
an opinion cue ends before a clause of its own ('has forgotten', not 'has forgotten where
it'); a claim the next sentence calls unconfirmed, unproven or denied is asked as an
unconfirmed report; a true/false statement names its person once ('Lange verstehe ...,
sagte sie', not '..., sagte Lange'); an organisation the text names only after a noun
keeps that noun and its article in the voices note ('der Fahrradclub ADFC'); the options
'found in the text' beside a heading the body does not back are no question and no loaded
heading."""

from __future__ import annotations

from quizgen.generate import (
    media_claims,
    media_discussion,
    media_headline,
    media_sources,
    truefalse,
)
from quizgen.generate.media_language import loaded_words
from quizgen.generate.media_opinion import classify
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE_TREES = """Kahlschlag für den Schulanbau? Eltern wehren sich gegen Baumfällungen

Für einen Anbau des Goethe-Gymnasiums in Waldau sollen 20 alte Linden gefällt werden. \
Eltern und Schüler haben dagegen mehr als 2.000 Unterschriften gesammelt.

Nach Angaben der Initiative sollen in den Linden seltene Eulen nisten. Ein Gutachten dazu \
liegt bisher nicht vor.

Schulleiterin Eva Lange äußerte sich zurückhaltend. Sie verstehe die Sorgen, brauche aber \
dringend mehr Platz, sagte sie. Der Stadtrat soll am Montag über das Projekt abstimmen.

"Wir brauchen den Schatten", sagte Schülersprecher Tim Berg, 16, der Waldauer Rundschau. \
Baudezernent Uwe Kern sagte, ein Neubau an anderer Stelle sei teurer.
"""


def _outlet_options(text: str) -> list[str]:
    a = analyze(load_article(text))
    qs = [q for q in media_sources.generate(a, claims(a)) if q.skill == "source"
          and q.options and q.answer not in {"dpa", "PA Media"}]
    assert qs, [q.prompt for q in media_sources.generate(a, claims(a))]
    return qs[0].options


def test_a_paper_named_after_the_town_stands_among_that_towns_paper_names_de():
    opts = _outlet_options(DE_TREES)
    assert "Waldauer Rundschau" in opts, opts
    assert all(o.startswith("Waldauer ") for o in opts), opts


def test_a_bbc_local_station_stands_among_stations_of_its_region_en():
    text = """Brass band faces eviction from its hall

A 140-year-old brass band in Calderford, West Yorkshire, has been told to leave its hall.

"Nowhere else has the space we need," conductor Sarah Holt told BBC Radio Leeds. Band \
secretary Keith Lumb said the band had rehearsed there since 1952. Councillor Anita Begum \
said the council would help to find a new home.
"""
    opts = _outlet_options(text)
    assert "BBC Radio Leeds" in opts, opts
    assert not {"BBC Radio Devon", "BBC Radio Kent", "BBC Radio Norfolk",
                "BBC Radio Cornwall", "BBC Radio Sussex"} & set(opts), opts


def test_a_loaded_word_of_two_senses_gets_the_neutral_word_of_its_sense_de():
    a = analyze(load_article(DE_TREES))
    head = next(s for s in a.sentences if s.block == "headline")
    found = dict(loaded_words(head, "de", a.article.text))
    assert found.get("Kahlschlag") != "Stellenabbau", found
    assert found.get("Kahlschlag") == "Fällung der Bäume", found


def test_an_opinion_cue_ends_before_a_clause_of_its_own_en():
    _, cues = classify("A town that lets its music be sold off to developers is a town that "
                       "has forgotten where it came from.", None, "en", closing=True)
    named = [c.text for c in cues if c.text]
    assert named, cues
    assert all(not c.endswith((" where it", " where")) for c in named), named


def _hedge(text: str) -> list:
    a = analyze(load_article(text))
    return [q for q in media_claims.generate(a, claims(a)) if q.skill == "evidence"
            and q.type == "multiple_choice"]


def test_a_claim_the_next_sentence_calls_unconfirmed_is_asked_as_unconfirmed_en():
    text = """Ambulance waits hit a new high

Patients in Northmoor waited almost two hours for an ambulance last month.

The GMB union said crews were exhausted. Union rep Tom Baker claimed that at least three \
patients had died while waiting for an ambulance. The ambulance service has not confirmed \
those cases.

Hospital director Ann Lee said a new unit would open in April.
"""
    qs = _hedge(text)
    assert any("Tom Baker claimed" in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_claim_the_accused_denies_gets_no_refutation_option_en():
    text = """Brass band faces eviction

The Calderford band has been told to leave its hall by the end of August.

Band secretary Keith Lumb claimed the company had promised the previous owner that the \
band could stay. No such promise appears in the sale documents, and Ridgeway Estates \
denies it.

Conductor Sarah Holt said the band would fight the decision.
"""
    qs = [q for q in _hedge(text) if "Keith Lumb claimed" in q.prompt]
    assert qs, [q.prompt for q in _hedge(text)]
    assert not any("refutes" in o for o in qs[0].options), qs[0].options


def test_a_claim_without_an_expert_report_is_asked_as_unconfirmed_de():
    qs = _hedge(DE_TREES)
    assert any("Eulen nisten" in q.prompt for q in qs), [q.prompt for q in qs]
    assert not any("abstimmen" in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_true_false_statement_names_its_person_once_de():
    a = analyze(load_article(DE_TREES))
    prompts = [q.prompt for q in truefalse.generate(a)]
    assert not any(p.count("Lange") > 1 for p in prompts), prompts


def test_an_organisation_after_a_noun_keeps_its_article_in_the_voices_note_de():
    text = """Radweg wird erst 2028 fertig

Der geplante Radweg zwischen Waldau und Kornau wird zwei Jahre später fertig.

Landrat Bernd Kessler sagte, eine alte Brücke sei stärker beschädigt als erwartet. Die \
Grünen-Fraktionschefin Miriam Sauer sagte, das Projekt sei schlecht geplant worden. \
Krankenpflegerin Anja Roth, 44, sagte, sie fahre jeden Tag mit dem Rad.

Der Fahrradclub ADFC fordert nun eine Übergangslösung. Ein Radstreifen könne schon im Sommer \
markiert werden, sagte der Kreisvorsitzende Thomas Lindner.
"""
    a = analyze(load_article(text))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if q.skill == "discussion" and "Sicht fehlt" in q.prompt]
    assert notes, [q.prompt for q in media_discussion.generate(a, claims(a))]
    assert "laut Artikel ADFC" not in notes[0], notes[0]
    assert "der Fahrradclub ADFC" in notes[0], notes[0]


def test_headings_offered_as_found_in_the_text_are_plainly_there_de():
    text = """Kahlschlag für den Schulanbau? Eltern kämpfen um alte Linden in Waldau

Für einen Anbau des Goethe-Gymnasiums in Waldau sollen 20 alte Linden gefällt werden. \
Eltern und Schüler haben mehr als 2.000 Unterschriften gegen die Fällung gesammelt.

Bürgermeisterin verspricht neue Bäume

Bürgermeisterin Eva Lange verspricht, für jeden gefällten Baum zwei neue Bäume zu pflanzen. \
Das Geld für die Bäume komme aus dem Haushalt der Stadt.

Schüler mischen sich ein

Schülersprecher Tim Berg sagte, im Sommer werde es ohne Schatten auf dem Schulhof zu heiß. \
Die Schüler haben einen Brief an den Stadtrat geschrieben.

Polizei ermittelt gegen Bauamt

Der Stadtrat soll am Montag, dem 23. März, über den Anbau abstimmen. Eine Mehrheit gilt als \
wahrscheinlich.
"""
    a = analyze(load_article(text))
    for q in media_headline.generate(a):
        if q.type == "multiple_choice" and "so nicht im Artikeltext" in q.prompt:
            wrong = [o for o in q.options if o != q.answer]
            assert not any(o.endswith("?") or "Kahlschlag" in o for o in wrong), q.options


def _loaded_in_headline(text: str, lang: str) -> dict:
    a = analyze(load_article(text))
    head = next(s for s in a.sentences if s.block == "headline")
    return dict(loaded_words(head, lang, a.article.text))


def test_pleite_over_a_delay_is_loaded_over_an_insolvency_it_is_not_de():
    delay = """PLEITE AUF ZWEI RÄDERN! Radweg nach Kornau wird erst 2028 fertig

Der Radweg zwischen Waldau und Kornau wird zwei Jahre später fertig als versprochen. Eine \\
alte Brücke ist stärker beschädigt als erwartet.
"""
    firm = """Bäckerei Roth pleite: 40 Jobs in Gefahr

Die Bäckerei Roth in Waldau hat Insolvenz angemeldet. Der Betrieb läuft vorerst weiter.
"""
    assert "PLEITE" in _loaded_in_headline(delay, "de")
    assert "pleite" not in _loaded_in_headline(firm, "de")


def test_to_axe_is_loaded_an_axe_is_a_tool_en():
    cut = """Council plans to axe lollipop patrols

Westbury council has proposed cutting all 14 school crossing patrols to save money.
"""
    tool = """Man with an axe arrested outside shop

Police arrested a man carrying an axe outside a shop in Westbury on Monday.
"""
    assert _loaded_in_headline(cut, "en").get("axe") == "cut"
    assert "axe" not in _loaded_in_headline(tool, "en")
