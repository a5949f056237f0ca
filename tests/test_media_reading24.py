"""Own reading of the quick reading 24 articles' media items, faults on invented text: a
German 'soll' of what is planned ('Der Stadtrat soll am Montag abstimmen') is no rumour
about the council; a heading number of another sort is no dropped hedge ('ZWEI RÄDERN' is
no 'mindestens zwei Jahre'); 'has not commented on the report' is named with its matter
but not called a refusal; a role that opens the sentence without 'The' ('Council cabinet
member for highways, Graham Whitfield, said') is the voice's role, 'Its spokesman, X' is
not; a heading verb of resistance is backed by a petition in the body ('Eltern wehren
sich')."""

from __future__ import annotations

from quizgen.generate import media_discussion, media_headline
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article


def _voices_note(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "discussion"
          and ("Sicht fehlt" in q.prompt or "view is missing" in q.prompt)]
    assert qs, [q.prompt for q in media_discussion.generate(a, claims(a))]
    return qs[0].answer


DE_TREES = """Eltern wehren sich gegen Baumfällungen am Goethe-Gymnasium

Für einen Anbau des Goethe-Gymnasiums in Waldau sollen 20 alte Linden gefällt werden. \
Eltern und Schüler haben dagegen mehr als 2.000 Unterschriften gesammelt.

Sprecherin Anna Roth sagte, man sei nicht gegen den Anbau. Baudezernent Uwe Kern sagte, \
ein Neubau an anderer Stelle sei teurer. Schulleiterin Eva Lange sagte, sie brauche dringend \
mehr Platz. Der Stadtrat soll am Montag, dem 23. März, über das Projekt abstimmen.

Schüler mischen sich ein

Schülersprecher Tim Berg sagte, im Sommer werde es ohne Schatten zu heiß.
"""


def test_a_planned_vote_is_no_rumour_about_the_council_de():
    note = _voices_note(DE_TREES)
    assert "Vorwürfe oder Vermutungen über den Stadtrat" not in note, note


def test_a_heading_verb_of_resistance_is_backed_by_a_petition_de():
    a = analyze(load_article(DE_TREES))
    head = next(s for s in a.sentences if s.block == "headline")
    assert media_headline.judge(a, head) != "unsupported"


def test_a_heading_number_of_another_sort_is_no_dropped_hedge_de():
    text = """PLEITE AUF ZWEI RÄDERN! Radweg zwischen Waldau und Kornau wird erst 2028 fertig

Der geplante Radweg zwischen Waldau und Kornau wird mindestens zwei Jahre später fertig als \
versprochen. Die Kosten sind nach Angaben des Kreises auf rund 38 Millionen Euro gestiegen.

Landrat Bernd Kessler sagte, eine alte Brücke sei stärker beschädigt als erwartet. Die \
Grünen-Fraktionschefin Miriam Sauer sagte, das Projekt sei schlecht geplant worden.
"""
    a = analyze(load_article(text))
    head = next(s for s in a.sentences if s.block == "headline")
    pairs = media_headline._figures(a, media_headline.headline_group(a, head))
    assert not any("RÄDERN" in qh.text for qh, _ in pairs), [(h.text, b.text) for h, b in pairs]


EN_PATROLS = """Parents fear for children's safety as council plans to axe lollipop patrols

Parents in Westbury have launched a campaign to save the town's school crossing patrols.

Council cabinet member for highways, Graham Whitfield, said the authority had been forced into \
"painful choices". Crossing patrol officer Margaret Doyle, 67, said she had helped children \
across Station Road for 22 years. Parent Sophie Grant said the patrols kept children safe.

The council reportedly ignored a road safety report from 2024. The authority has not commented \
on the report, and it has not been made public.
"""


def test_a_role_opening_the_sentence_without_the_is_the_voices_role_en():
    note = _voices_note(EN_PATROLS)
    assert "Graham Whitfield (council cabinet member for highways)" in note, note


def test_has_not_commented_on_a_matter_is_named_but_no_refusal_en():
    note = _voices_note(EN_PATROLS)
    assert "has not commented on the report" in note.split("“")[0], note
    assert "declined" not in note, note


def test_its_spokesman_is_no_role_without_its_organisation_en():
    text = """Zoo defends elephant move

Riverside Zoo will move its two elephants to a park in France next month.

Zoo director Helen Marsh said the animals needed more space. Free Giants Alliance criticised \
the move. Its spokesman, Daniel Reyes, said the journey would stress the animals. Councillor \
Priya Patel said the zoo had kept the council informed.
"""
    note = _voices_note(text)
    assert "(its spokesman)" not in note, note


def test_a_broadcaster_by_its_short_name_is_a_source_among_its_kind_de():
    from quizgen.generate import media_sources

    text = """Kletterhalle bleibt geschlossen

Die Kletterhalle des TV Waldau bleibt nach einem Wasserschaden bis zum Sommer geschlossen.

Die Leiterin der Jugendabteilung, Nina Hof, sagte dem SWR, viele Kinder seien traurig. \
Vereinschef Frank Berg sagte, man prüfe rechtliche Schritte. Bürgermeister Stefan Maus \
sagte, die Stadt wolle helfen.
"""
    a = analyze(load_article(text))
    items = [q for q in media_sources.generate(a, claims(a)) if q.answer == "SWR"]
    assert items, [(q.prompt, q.answer) for q in media_sources.generate(a, claims(a))]
    # short names, and since quick reading 27 national outlets beside them (a student could
    # rule out other regions' stations by the map)
    assert all(o.isupper() or o in {"Deutschlandfunk", "Spiegel", "dpa"}
               for o in items[0].options), items[0].options
    assert "„SWR“" in _voices_note(text)


def test_a_note_on_the_claim_before_does_not_limit_the_headline_en():
    text = """LEFT TO WAIT! Pensioner lay on kitchen floor for nine hours as ambulance delays grow

Patients in Northmoor waited an average of almost two hours for an ambulance last month, \
new figures show. The target is 30 minutes.

Her daughter, Joanne Pike, said her mother had lain on the floor for nine hours before \
paramedics arrived.

Union rep Tom Fletcher claimed that at least three patients had died in the past year while \
waiting for an ambulance. The ambulance service has not confirmed those cases, and no \
official investigation has been published.
"""
    a = analyze(load_article(text))
    head = next(s for s in a.sentences if s.block == "headline")
    group = media_headline.headline_group(a, head)
    limits = media_headline._limits(a, group, media_headline._lead(a))
    assert not any("those cases" in b.text for b in limits), [b.text for b in limits]
