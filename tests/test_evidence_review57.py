"""Evidence flags, claim items and voices notes of blind reviews 55-57 (mediaB, round of
2026-11-28 15:45). Sentences invented."""

from __future__ import annotations

from quizgen.generate import media
from quizgen.generate.media_text import evidence_markers
from quizgen.pipeline import analyze, load_article

MUEHLE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um die alte Mühle in Grauweiler

Ein Tischler hat die alte Wassermühle in Grauweiler gekauft. Nicht alle Nachbarn freuen sich.

Seit dem Sommer arbeitet der Tischlermeister Paul Reger in der alten Mühle am Mühlbach. Er \
fertigt dort Tische und Stühle und hat zwei Gesellen eingestellt.

Der Nachbar Otto Weil sagt, die Säge laufe schon am frühen Morgen. Zudem behauptet er, der \
Staub aus der Werkstatt schade den Obstbäumen im Dorf. Messungen dazu gibt es bislang nicht; \
das Umweltamt teilte mit, eine Prüfung sei erst im Frühjahr geplant.

Der Anglerverein Grauweiler wiederum behauptet, im Mühlbach lebten seit dem Umbau weniger \
Forellen, womöglich nur noch 20 Tiere. Eine unabhängige Zählung, die das belegen würde, gibt \
es bislang nicht; das Umweltamt will den Bach erst im Herbst untersuchen lassen.

Bürgermeisterin Ina Kurz hat beide Seiten für den 12. Januar ins Rathaus eingeladen.
"""

LABELS_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Honey farm says rivals mislabel imported honey

A family honey farm in Dunmere says it is losing customers to cheaper imported honey.

Beekeeper Ann Rook, who runs Rook's Honey with her son, said sales had fallen by about a \
third in two years. She also claims that some of the imported honey is sold with labels \
suggesting it was made in the valley. Trading standards officers at Dunmere Council said they \
had received two complaints, in June, but had so far found no evidence of misleading labels.

The farm will open a shop on the high street in March.
"""


def _flagged(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
            if m.kind == "no_evidence"]


def test_measurements_of_it_do_not_exist_flags_the_claim_before():
    # 'Messungen dazu gibt es bislang nicht' was no flag: Pohl's smoke claim got no evidence
    # item (blind review 55 de_schmiede)
    assert any(t.startswith("Zudem behauptet er") for t in _flagged(MUEHLE_DE))


def test_a_count_that_would_prove_it_does_not_exist_flags_the_claim_before():
    # 'Eine unabhängige Zählung, die das belegen würde, gibt es bislang nicht' (blind review 56
    # de_feldhamster: the Nabu's claim got no evidence item)
    assert any(t.startswith("Der Anglerverein Grauweiler wiederum behauptet")
               for t in _flagged(MUEHLE_DE))


def test_german_claims_get_an_evidence_item():
    a = analyze(load_article(MUEHLE_DE))
    assert [q for q in media.generate(a) if q.skill == "evidence"]


def test_officers_who_found_no_evidence_of_it_flag_the_claim_before():
    # 'Trading standards officers ... said they had received one complaint, in May, but had so
    # far found no evidence of misleading labels': the flag inside the officers' reported
    # speech flagged their own sentence, so Bramley's label claim got no evidence item (blind
    # review 56 en_seaside_rock)
    # (media_text.evidence_markers still drops it as a finding of its own, 'of misleading
    # ...' read as a gerund: the marker itself is checked here)
    a = analyze(load_article(LABELS_EN))
    assert any(a.sentences[m.claim_sentence].text.startswith("She also claims that")
               for m in a.markers if m.kind == "no_evidence")



def test_a_claimant_phrase_with_its_article_takes_vom():
    # 'Belege für die unbelegte Behauptung von Der Naturschutzbund suchen' (blind review 56
    # de_feldhamster, the voices note once its claim had an evidence flag)
    from quizgen.generate.media_discussion import _genitive

    assert _genitive("Der Anglerverein", "de") == "vom Anglerverein"
    assert _genitive("Das örtliche Bündnis", "de") == "vom örtlichen Bündnis"
    assert _genitive("Otto Weil", "de") == "von Otto Weil"


DEPOT_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Bus depot in Dunmere could close

Dunmere Buses plans to close its depot, which has served the valley for 60 years.

Closing the depot at Mill Lane, which the company says needs about £300,000 in repairs, would \
save roughly £500,000 a year, according to a report prepared for the board. Managing director \
Ann Rook, who joined the firm in 2019, said the decision had been a hard one. Driver Tom Pike \
said the drivers had heard about the plan from a newspaper. The union claims that journeys \
will take longer after the move, although it has published no figures to support that claim.

The board will decide on 4 March.
"""


def test_the_noun_before_a_relative_clause_with_its_own_speaker_says_nothing():
    # 'the stables at Hawthorn Lane, which the force says need about £400,000 in repairs':
    # 'The article also reports what Hawthorn Lane said' and an evidence option 'Need about
    # £400,000 in repairs, would save ...' (blind review 57 en_police_horses #7, #13)
    a = analyze(load_article(DEPOT_EN))
    qs = media.generate(a)
    text = " ".join(q.prompt + " " + str(q.answer) + " " + " ".join(q.options or [])
                    for q in qs)
    assert "what Mill Lane said" not in text
    assert "Needs about £300,000" not in text
    # a speaker with a relative clause of their own stays one
    assert "Ann Rook" in text


HALLE_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Neue Sporthalle für Grauweiler

Die Gemeinde Grauweiler will eine neue Sporthalle bauen. Viele Vereine begrüßen das.

Bürgermeisterin Ina Kurz stellte die Pläne am Montagabend im Gemeinderat vor. Die Halle soll \
rund fünf Millionen Euro kosten. „Wir brauchen mehr Platz für die Vereine“, sagte Ina Kurz dem
SWR. In Grauweiler warteten derzeit mehr als 300 Kinder auf einen Platz im \
Turnverein, die Liste werde immer länger.

Der Vorsitzende des Turnvereins, Paul Reger, sagte, der Verein freue sich auf die neue Halle. \
Der Anwohner Otto Weil sagte dagegen, er fürchte mehr Verkehr in seiner Straße. Die \
Lehrerin Anna Roth erklärte, die Schule nutze die alte Halle schon seit 1970.

Der Gemeinderat will im März entscheiden.
"""


def test_voices_note_says_one_interview_was_given_to_another_medium():
    # 'Aussagen von Matthias Gerold übernimmt der Artikel aus einem anderen Medium („MDR“),
    # nicht aus eigener Recherche': one quotation and its continuation, and Gerold also spoke
    # at the meeting the paper reports (blind review 57, four sets; de_kaelterekord before)
    a = analyze(load_article(HALLE_DE))
    notes = [q.answer for q in media.generate(a) if q.skill == "discussion"
             and "Zu Wort kommen" in str(q.answer)]
    assert notes
    assert "eigener Recherche" not in notes[0] and "Aussagen von" not in notes[0], notes[0]
    assert "Ina Kurz hat sich gegenüber einem anderen Medium („SWR“) geäußert; der " \
        "Artikel zitiert diese Äußerung von dort." in notes[0], notes[0]


def test_the_claim_comes_from_a_common_noun_in_lower_case():
    # 'The claim comes from The federation' (blind review 57 en_police_horses #7)
    a = analyze(load_article(DEPOT_EN))
    expls = [q.explanation for q in media.generate(a) if q.skill == "evidence"
             and q.type == "multiple_choice"]
    assert expls and all("from The union" not in e for e in expls), expls
    assert any("The claim comes from the union" in e for e in expls), expls



OEL_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Ölfilm auf dem Mühlbach in Grauweiler

Auf dem Mühlbach in Grauweiler ist am Sonntag ein Ölfilm entdeckt worden.

Die Feuerwehr legte am Sonntagabend eine Ölsperre aus. Bürgermeisterin Ina Kurz sagte, die \
Gemeinde werde das Wasser untersuchen lassen. Der Angler Otto Weil erklärte, er habe am Ufer \
tote Fische gesehen. Die Lehrerin Anna Roth sagte, die Kinder der Grundschule hätten den Bach \
im Sommer noch sauber erlebt.

Die Firma Kolb Metallbau betreibt am Bach eine Werkstatt. Ihr Geschäftsführer Paul Kolb sagte, \
die Firma habe alle Vorschriften eingehalten und kein Öl in den Bach geleitet.

Das Umweltamt will die Proben bis Freitag auswerten.
"""


def test_interested_party_stem_asks_once():
    # 'Welche Darstellung gibt der Artikel als Aussage von X wieder? Ergänze: X …' asked twice
    # (blind review 53 de_spielplatz M3); select reads the speaker after the '?' (b4b8763)
    from quizgen.select import _PARTY_SPEAKER

    a = analyze(load_article(OEL_DE))
    party = [q for q in media.generate(a) if q.skill == "interested_party"]
    assert party
    for q in party:
        assert "Ergänze" not in q.prompt, q.prompt
        speaker = _PARTY_SPEAKER.search(q.prompt)
        assert speaker and f"Aussage von {speaker.group(1)} wieder?" in q.prompt


def test_told_them_is_no_matching_row_nor_party_option():
    # 'Lena Hoff = teilte ihnen mit, dass die Bäckerei ... öffne': told whom? The who-item was
    # dropped in round 1 (b5c1f0e), the matching row and the party option stayed
    from tests.test_evidence_review54 import BAECKEREI_DE

    a = analyze(load_article(BAECKEREI_DE))
    qs = [q for q in media.generate(a) if q.skill in {"attribution", "interested_party"}]
    assert any(q.type == "matching" for q in qs)
    for q in qs:
        assert all("teilte ihnen mit" not in o for o in q.options or []), q.options
        assert "teilte ihnen mit" not in str(q.answer), q.answer


def test_an_organisation_claimant_takes_its_article_after_von():
    # 'Die Behauptung stammt von Nabu' (blind review 56 de_feldhamster), 'von CDU', 'von Grüne'
    from quizgen.generate.media_claims import _from_de
    from quizgen.generate.media_text import claims

    a = analyze(load_article(MUEHLE_DE))
    said = {_from_de(a, c) for c in claims(a) if c.speaker.startswith("Anglerverein")}
    assert said == {"vom Anglerverein Grauweiler"}, said


def test_them_in_a_relative_clause_after_a_plural_noun_stands_alone():
    # 'The force's eight horses and the ten officers who ride and care for them could be stood
    # down ...': replacements() gave None for 'them' (lead note, blind57 en_police_horses)
    from quizgen.generate.statements import replacements

    text = DEPOT_EN.replace("The board will decide on 4 March.",
                            "The depot's twelve buses and the six mechanics who look after them "
                            "could move to Ashby by the end of May.")
    a = analyze(load_article(text))
    s = next(s for s in a.sentences if s.text.startswith("The depot's twelve buses"))
    assert replacements(a, s) is not None
    # 'Three weeks later, the board sold them', 'The mechanics who fixed them ...': 'them' is
    # someone of the sentence before
    for other in ("Three weeks later, the board sold them.",
                  "The mechanics who fixed them left the depot in May."):
        b = analyze(load_article(DEPOT_EN.replace("The board will decide on 4 March.", other)))
        s = next(s for s in b.sentences if s.text == other)
        assert replacements(b, s) is None, other
