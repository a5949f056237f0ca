"""Media items after the fresh16 reading, on invented articles.

- the loaded-word options: no two of one lemma ('Birds'/'bird'), no first part of a compound
  ('tennis' of 'tennis club'), no plain unit of time or light verb ('Monaten',
  'kommen') beside a shouted tag.
"""

from __future__ import annotations

from quizgen.generate import media_language
from quizgen.pipeline import analyze, load_article

EN_CLUB = """Beloved tennis club to close after funding row

The tennis club in Tarnby will close in March. The club has 300 members.
"""

EN_BIRDS = """KILLER FLU! Birds culled as sick bird found on farm

Around 3,000 birds are being culled at a farm in Tarnby. A sick bird was found on Tuesday. \
Bird flu spreads fast.
"""

DE_BAD = """BAD-IRRSINN! Seit Monaten zu – Schwimmer kommen nicht mehr ins Becken

Das Hallenbad in Kornau ist seit dem 3. Mai geschlossen. Die Schwimmer des Vereins kommen \
seitdem nur im Nachbarort ins Wasser. Das Bad soll seit Monaten im Februar wieder öffnen.
"""


def _loaded(text: str):
    a = analyze(load_article(text))
    return [q for q in media_language.generate(a) if q.type == "multiple_choice"
            and ("Wort" in q.prompt or "word" in q.prompt)]


def test_no_part_of_a_compound_among_the_options_en():
    qs = _loaded(EN_CLUB)
    assert qs and qs[0].answer == "Beloved"
    assert "tennis" not in qs[0].options, qs[0].options


def test_no_two_options_of_one_lemma_en():
    qs = _loaded(EN_BIRDS)
    assert qs and qs[0].answer == "KILLER"
    stems = [o.lower().rstrip("s") for o in qs[0].options]
    assert len(stems) == len(set(stems)), qs[0].options


def test_no_unit_of_time_or_light_verb_beside_the_tag_de():
    qs = _loaded(DE_BAD)
    assert qs and qs[0].answer == "BAD-IRRSINN"
    assert not {"kommen", "Monaten"} & set(qs[0].options), qs[0].options


DE_KITA = """KITA-ALARM! Kleinkinder ins Turnhallen-Exil verbannt – Eltern auf den Barrikaden

Weil im Dach der Kita Sonnenblume in Erlbach Wasser eingedrungen ist, werden die 80 Kinder \
seit Montag in der Turnhalle betreut. Die Eltern fordern eine schnelle Lösung. Die Kleinkinder \
schlafen dort auf Matten.
"""


def test_a_loaded_word_beside_the_shouted_tag_is_asked_not_the_tag_de():
    qs = _loaded(DE_KITA)
    assert qs
    q = qs[0]
    assert q.answer == "Turnhallen-Exil", (q.answer, q.options)
    assert "KITA-ALARM" not in q.options and "verbannt" not in q.options
    assert "Barrikaden" not in q.options


DE_PRAXIS = """Von Lena Hof | Montag, 23.11.2026, 09:00 Uhr

Letzte Apotheke in Talberg schließt

Die Apotheke am Marktplatz in Talberg schließt Ende Januar. Rund 3.000 Kunden müssen dann in \
den Nachbarort fahren. „Ich finde einfach niemanden, der übernimmt", sagte Inhaberin Petra \
Lorenz dem Westdeutschen Rundfunk. Die Gemeinde sucht nun einen Nachfolger.

Quelle: Lippische Landeszeitung
"""


def test_outlet_options_fit_the_case_after_dem_de():
    from quizgen.generate import media_sources
    from quizgen.generate.media_text import claims

    a = analyze(load_article(DE_PRAXIS))
    qs = [q for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]
    assert qs and qs[0].answer == "Westdeutschen Rundfunk"
    opts = set(qs[0].options)
    # 'dem Reuters', 'dem Lippische Landeszeitung' would give the key away
    assert not {"Reuters", "AFP", "BBC", "Lippische Landeszeitung"} & opts, opts
    assert len(opts) >= 3


DE_KELLER = """Schimmel in der Grundschule Lindach

Die Grundschule Lindach bleibt wegen Schimmel bis Januar geschlossen. Die 200 Kinder werden \
in der Nachbarschule unterrichtet.

„Wir haben seit Jahren vor dem feuchten Keller gewarnt", sagte die Elternsprecherin Maria \
Vogt. Einige Eltern führen die Kopfschmerzen ihrer Kinder auf den Schimmel zurück. Bewiesen \
ist das nicht.

Die Stadt will die Schule bis Januar sanieren.
"""


def test_a_note_pointing_back_with_das_is_about_the_sentence_just_before_de():
    from quizgen.generate.media_text import claims, evidence_markers

    a = analyze(load_article(DE_KELLER))
    [m] = [m for m in evidence_markers(a) if m.kind == "no_evidence"]
    assert "Einige Eltern" in a.sentences[m.claim_sentence].text
    # the parents' guess is no claim of the quoted spokeswoman
    assert not [c for c in claims(a) if c.speaker == "Maria Vogt" and c.unsupported]


EN_MUSEUM = """Town museum to close after 90 years

The Harbour Museum in Selby will close on 30 June, the council said on Tuesday. Curator Ann \
Pike, who has worked at the museum for 31 years, heard the news on Monday. Around \
20,000 people visit the museum every year.
"""


def test_no_value_changed_inside_a_relative_clause_en():
    from quizgen.generate import truefalse

    a = analyze(load_article(EN_MUSEUM))
    false = [q for q in truefalse.generate(a) if q.answer == "False"]
    # 'Ann Pike, who has worked at the museum for 62 years, learned ...': the main claim
    # stays true, only a side detail is false
    assert not [q for q in false if "who has worked" in q.prompt], [q.prompt for q in false]

