"""Quick readings 38 and 39, media literacy: faults found on new articles, tested on
invented text."""

from __future__ import annotations


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


def _headline_items(text: str):
    return [q for q in _media(text) if q.skill == "headline"]


# ------------------------------------ headings: a heading that itself calls the matter open

SCHEUNE = """Scheune in Altmoor abgebrannt: Feuerwehr zwei Stunden im Einsatz

Eine Scheune am Ortsrand von Altmoor ist in der Nacht zum Sonntag vollständig abgebrannt. \
Verletzt wurde niemand, die Ursache ist aber noch unklar.

Rund 40 Feuerwehrleute aus drei Orten waren bis in den Morgen im Einsatz. In der Scheune \
lagerten Heu und zwei alte Traktoren.

Offene Fragen zur Ursache

Wie das Feuer ausbrach, ist noch nicht geklärt. Ein Gutachter soll die Brandstelle in der \
kommenden Woche untersuchen. Der Schaden wird auf rund 150.000 Euro geschätzt.
"""


def test_a_subheading_that_calls_the_cause_open_is_not_contradicted_by_unklar_de():
    items = [q for q in _headline_items(SCHEUNE) if "Offene Fragen" in q.prompt]
    assert not items, [(q.prompt, q.answer) for q in items]


# ------------------------------------ headings: 'für alle' says who may use it

TAUSCHREGAL = """Tauschregal für alle: Bücherei in Birkenfeld startet Leseaktion

Seit Montag steht im Foyer der Bücherei in Birkenfeld ein offenes Regal, aus dem jeder \
Bücher nehmen und in das jeder Bücher stellen darf. Ein Ausweis ist dafür nicht nötig.

In der ersten Woche wurden nach Angaben der Bücherei rund 200 Bücher getauscht. \
Büchereileiterin Sabine Korte sagte, das Regal werde jeden Morgen aufgeräumt.

Einige Leser fürchten, dass vor allem alte Zeitschriften abgelegt werden. Korte sagte, \
Zeitschriften würden aussortiert.
"""


def test_fuer_alle_in_a_headline_is_not_an_exaggeration_de():
    from quizgen.generate import media_headline
    from quizgen.pipeline import analyze, load_article
    a = analyze(load_article(TAUSCHREGAL))
    head = [s for s in a.sentences if s.block == "headline"]
    assert "alle" not in media_headline.overstated_words(a, head)


# ------------------------------------ fact/opinion: an open question and a police appeal

def _fo(text: str):
    return [q for q in _media(text) if q.skill == "fact_opinion" and len(q.options) == 2]


def test_an_open_question_with_muss_is_no_opinion_de():
    from quizgen.generate.media_opinion import opinion_cues
    cues = opinion_cues("Offen ist noch, wer die Reparatur am Ende bezahlen muss.", "de")
    assert not any(c.kind in {"must", "deontic"} for c in cues), cues
    cues = opinion_cues("It is unclear who must pay for the new fence.", "en")
    assert not any(c.kind in {"must", "deontic"} for c in cues), cues


KAPELLE = """Diebe stehlen Kupferdach von Waldkapelle

Unbekannte haben in der Nacht zum Freitag das Kupferdach der Marienkapelle bei Grünbach \
gestohlen. Der Schaden liegt nach Angaben der Polizei bei rund 30.000 Euro.

Die Kapelle steht seit 1768 am Waldrand und ist tagsüber für Wanderer geöffnet. \
Kirchenpflegerin Ursula Brandl sagte, sie habe den Diebstahl am Freitagmorgen bemerkt. \
Regen sei bereits in den Innenraum gelaufen.

Die Pfarrei will das Dach nun mit einer Plane schützen. Ob die Versicherung zahlt, wird \
geprüft.

Wer in der Nacht zum Freitag verdächtige Fahrzeuge am Waldparkplatz gesehen hat, wird \
gebeten, sich bei der Polizeiinspektion Grünbach zu melden.
"""


def test_a_police_appeal_in_the_last_paragraph_is_no_opinion_de():
    items = [q for q in _fo(KAPELLE) if "gebeten" in q.prompt]
    assert not items or all("Tatsache" in q.answer for q in items), \
        [(q.prompt, q.answer) for q in items]


def test_a_planned_measure_with_a_konjunktiv_in_its_relative_clause_is_no_opinion_de():
    from quizgen.generate.media_opinion import opinion_cues
    cues = opinion_cues("Geplant sind unter anderem ein Rufbus am Abend und eine neue Linie, "
                        "durch die weniger Fahrgäste umsteigen müssten.", "de")
    assert not any(c.kind in {"must", "deontic"} for c in cues), cues


# ------------------------------------ voices: a parent who chairs a body, and the body's name

SCHULWEG = """Schulweg ohne Lotsen: Eltern in Hellbach besorgt

Seit den Herbstferien gibt es an der Kreuzung vor der Grundschule Hellbach keine Schülerlotsen \
mehr. Die beiden Ehrenamtlichen haben aus Altersgründen aufgehört.

Nach einer Umfrage des Schulelternbeirats fühlen sich viele Kinder auf dem Weg unsicher. \
Die Vorsitzende Katrin Mohr, die selbst zwei Kinder an der Grundschule hat, sagte, die \
Kreuzung sei morgens völlig überlastet.

Bürgermeister Jens Albers sagte, die Gemeinde suche neue Lotsen. Bislang habe sich aber \
niemand gemeldet.

Rektorin Petra Vogt sagte, die Schule werde das Thema beim nächsten Elternabend ansprechen.
"""


def test_a_chair_named_after_her_body_gets_its_name_and_counts_as_parent_de():
    qs = [q for q in _media(SCHULWEG) if "Zu Wort kommen" in q.answer]
    assert qs
    ans = qs[0].answer
    assert "Katrin Mohr (Vorsitzende des Schulelternbeirats)" in ans, ans
    assert "Eltern" not in ans.split("Zu Wort kommen")[1].split("Manche")[0] or \
        "niemand von ihnen" not in ans, ans


CHOIR = """Village choir loses its rehearsal room

The Ashby Singers will have to find a new home after 40 years, the parish council has confirmed.

The Reverend Martha Quayle, rector of St Luke's, said the church hall was needed for a food \
bank from January. "We did not take this lightly," she said.

Choir secretary Ian Hobbs said the group had been offered a room at the primary school. \
Headteacher Carol Denning said the room would be free on Tuesday evenings.
"""


def test_a_vicar_the_tagger_takes_for_a_body_is_a_quoted_voice_en():
    qs = [q for q in _media(CHOIR) if q.answer.startswith("Quoted are")]
    assert qs and "Martha Quayle" in qs[0].answer.split(".")[0], [q.answer for q in qs]
    assert "also reports what the Reverend" not in qs[0].answer


ORGAN = """Hospital radio may lose its studio

Volunteers at Fernley hospital radio say they could be off air by spring.

Station manager Paul Dixon said the hospital trust wanted the studio for offices. The \
volunteers claim the trust has already signed a contract with a builder. The trustees have \
not commented on the claim, and no evidence of a contract has been made public.

Presenter Sue Akers said patients would miss the request shows.
"""


def test_a_plural_party_that_has_not_commented_takes_have_en():
    notes = [q.answer for q in _media(ORGAN) if q.answer.startswith("Quoted are")]
    assert notes and not any("trustees has not" in n for n in notes), notes


def test_a_bare_claim_with_its_speakers_pronoun_is_no_evidence_option_en():
    from quizgen.generate.media_claims import OBJECT_POINTER
    assert OBJECT_POINTER["en"].search("The closure had been forced on it by rising costs.")
    assert not OBJECT_POINTER["en"].search("The closure had been forced by rising costs.")


def test_an_attribution_prompt_on_whether_that_was_true_is_not_asked_en():
    from quizgen.generate.media_claims import UNRESOLVED_POINTER
    assert UNRESOLVED_POINTER["en"].search(
        "Who said it was far too early to say whether that was true?")
    assert UNRESOLVED_POINTER["de"].search("Wer sagte, es sei unklar, ob das stimme?")
