"""mediaB fixes of the second fix round of the session of 2026-11-29: faults found by blind
reviews 94-97 in the media-literacy items (which claim is unproven, who makes it, how an item
quotes it). Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


HALLENBAD_DE = """Von Jana Petersen | Donnerstag, 26. November 2026, 09:15 Uhr

Hallenbad Kirchfeld schließt früher: Unmut bei Schwimmern

Das Hallenbad in Kirchfeld schließt seit dem 1. November schon um 19 Uhr statt um 21 Uhr. Der \
Gemeinderat hatte die kürzeren Öffnungszeiten im Oktober beschlossen, um Personalkosten zu sparen.

Bürgermeisterin Karin Ehlers rechnet mit Einsparungen von rund 30.000 Euro im Jahr. Mehr Geld \
gebe der Haushalt derzeit nicht her, sagte Ehlers.

Mehrere Eltern berichten zudem, seit den kürzeren Zeiten seien die Schwimmkurse für Kinder \
überfüllt. Der Schwimmverein kann das nicht bestätigen. Ein Sprecher des Vereins sagte auf \
Anfrage, für November lägen noch keine Anmeldezahlen vor, ein Zusammenhang mit den \
Öffnungszeiten sei bislang nicht belegt.

Der Gemeinderat will im Januar erneut über die Öffnungszeiten beraten.
"""


def test_spokesperson_explaining_a_doubt_is_not_the_unproven_claim():
    """95 de_strassenlaternen #11: 'X kann das nicht bestätigen. Ein Sprecher sagte, ...
    lägen noch keine Zahlen vor, ein Zusammenhang ... sei bislang nicht belegt': the unproven
    claim is the parents' report, not the spokesperson's sentence."""
    a = analyze(load_article(HALLENBAD_DE))
    flagged = {m.claim_sentence for m in a.markers if m.kind == "no_evidence"}
    texts = [a.sentences[i].text for i in flagged]
    assert texts and all(t.startswith("Mehrere Eltern berichten") for t in texts), texts
    qs = _media(HALLENBAD_DE)
    for q in qs:
        if q.skill == "evidence":
            assert "Anmeldezahlen" not in str(q.answer), (q.prompt, q.answer)


LIBRARY_EN = """By Tom Hale | Tuesday 24 November 2026, 10:00 GMT

Library opening hours cut as council looks for savings

Branch libraries in Eastwick will open on four days a week instead of six from January, the \
council has confirmed. The change is expected to save about £80,000 a year.

Council leader Ruth Bellamy said the decision had not been easy. "We have to protect the \
services people rely on most," she said.

Readers from Friends of Eastwick Libraries, a volunteer group, argue that the cuts will hit \
older people hardest. The group also claims that some branches will be sold off within two \
years. The council says it is looking into the claim, which has not been confirmed.

A public meeting on the plans will be held at the town hall on 8 December.
"""


def test_flag_on_the_claim_in_a_which_clause_points_back():
    """94 en_hearing_aid_waits #17/#18: 'The trust says it is looking into the claim, which
    has not been confirmed' flags the charity's claim before it, not a claim of the trust."""
    a = analyze(load_article(LIBRARY_EN))
    flagged = {m.claim_sentence for m in a.markers if m.kind == "no_evidence"}
    texts = [a.sentences[i].text for i in flagged]
    assert texts and all(t.startswith("The group also claims") for t in texts), texts
    for q in _media(LIBRARY_EN):
        assert "Why might the council make" not in q.prompt, q.prompt
        if isinstance(q.answer, str):
            assert "council's unproven claim" not in q.answer, q.answer


KIOSK_DE = """Von Ole Brandt | Freitag, 27. November 2026, 11:20 Uhr

Kiosk am Markt schließt nach 40 Jahren

Der Kiosk am Marktplatz in Wehrden schließt zum Jahresende. Inhaber Jürgen Kaminski nannte am \
Donnerstag die gestiegenen Kosten als Grund. „Es rechnet sich einfach nicht mehr“, sagte \
Kaminski.

Stammkundin Helga Brandes bedauert das. „Hier hat man jeden Morgen jemanden getroffen“, sagte sie.

Im Ort kursiert das Gerücht, in den Laden solle eine Spielhalle einziehen. Belege gibt es \
dafür nicht; die Vermieterin war für eine Stellungnahme bis Freitag nicht zu erreichen.
"""


def test_no_comment_party_after_a_semicolon():
    """96 de_tanzschule #21: 'Belege gibt es dafür nicht; die Eigentümerfamilie war ... nicht
    zu erreichen' - the silent party is the one of the clause after the semicolon, not the noun
    'Belege'."""
    from quizgen.generate.media_discussion import _no_comment
    parties = [p for p, _, _ in _no_comment(analyze(load_article(KIOSK_DE)))]
    assert parties == ["die Vermieterin"], parties
    for q in _media(KIOSK_DE):
        assert "Belege hat sich" not in str(q.answer), q.answer
        assert "Belege um eine Stellungnahme" not in str(q.answer), q.answer


SPIELPLATZ_DE = """Von Nina Vogt | Montag, 23. November 2026, 07:40 Uhr

Spielplatz am Mühlbach bleibt vorerst gesperrt

Der Spielplatz am Mühlbach in Ostheim bleibt bis zum Frühjahr gesperrt. Bei einer Kontrolle \
waren im Oktober morsche Balken an der Kletterburg entdeckt worden.

„Die Sicherheit der Kinder geht vor“, sagte Bürgermeister Thomas Reuter. Ein Neubau der \
Kletterburg koste rund 40.000 Euro, sagte Reuter.

Die Elterninitiative Mühlbach hat mehr als 300 Unterschriften für eine schnelle Öffnung \
gesammelt. „Die Kinder haben sonst keinen Platz zum Spielen“, sagte ihre Sprecherin Carla Moll. \
Der Stadt werfe sie vor, die Kontrollen jahrelang verschleppt zu haben, sagte Moll.

Auch Kita-Leiterin Sabine Horn bedauert die Sperrung. Ihre Gruppen müssten nun zum Stadtpark \
laufen, sagte Horn.

Am Donnerstag, 3. Dezember, tagt der Bauausschuss im Rathaus. Bürgermeister Reuter kündigte an, \
die Unterschriftenliste dort persönlich entgegenzunehmen.
"""


def test_attribution_prompt_without_a_place_pointer():
    """97 de_gemeindebrief #13: 'Wer kündigte an, die Unterschriftenliste dort persönlich
    entgegenzunehmen?' - where? The place is in the sentence before."""
    for q in _media(SPIELPLATZ_DE):
        if q.skill == "attribution" and q.type == "multiple_choice":
            assert " dort " not in q.prompt, q.prompt


POOL_EN = """By Sam Price | Thursday 26 November 2026, 09:00 GMT

Village bank branch to close in March

The Lloyds branch in Hatherley will close on 12 March, the bank has confirmed. It says fewer \
than 200 customers use the counter each week.

Branch manager Claire Dunn said the decision had been taken at head office. "Most of our \
customers now bank online," she said.

Some residents claim that the bank was offered a cheaper lease by the parish council and \
turned it down. The bank has not confirmed this.

Hatherley Parish Council has asked a community banking firm, Village Hubs, whether it could \
open a shared counter in the library. Councillor Martin Hay said older people would struggle. \
"Many of them have never used online banking," he said. Shop owner Tina Marsh said takings \
would fall once the branch closed.
"""


def test_indirect_question_is_no_evidence_option():
    """94 en_optician_closure #12: 'A mobile eye care provider, ClearSight Home Visits,
    whether it could also hold a monthly clinic ...' was offered as a statement."""
    for q in _media(POOL_EN):
        for o in q.options or []:
            assert "whether it could" not in o, (q.prompt, q.options)


def test_long_key_gets_options_near_its_length():
    """95 en_gritting_routes #12: a key more than twice as long as every option is a length
    cue; the pool's longer claims go first."""
    from quizgen.generate.media_claims import _unflagged
    pool = ["The village hall needs a new roof before the winter.",
            "The car park behind the hall will be resurfaced in May.",
            "Parking fees in the town centre will rise in the spring.",
            "The café in the hall would have to close for at least six weeks during the works.",
            "Opening hours of the library would be cut on Saturdays from the start of January."]
    key = ("A delivery van took more than an hour to reach the farm in a neighbouring "
           "village during the storm in 2024 because of the flooded lane.")
    got = _unflagged(pool, key, True)[:3]
    assert pool[3] in got and pool[4] in got, got


FREIBAD_DE = """Von Karl Weiß | Mittwoch, 25. November 2026, 10:05 Uhr

Freibad Lindau soll 2027 geschlossen bleiben

Das Freibad in Lindau bleibt im kommenden Sommer geschlossen. Die Sanierung des Beckens koste \
rund 1,2 Millionen Euro, sagte Bürgermeister Uwe Kramer am Dienstag.

Die Bürgerinitiative „Rettet das Freibad“ hat bereits 1.500 Unterschriften gesammelt. Deren \
Sprecherin Maren Holt sagte, viele Familien könnten sich die Fahrt ins Nachbarbad nicht leisten.

Das Bad wurde 1968 eröffnet. Im vergangenen Sommer kamen rund 40.000 Besucher.

In der Initiative wird außerdem vermutet, die Stadt wolle das Gelände an einen Investor \
verkaufen. Ein Nachweis dafür liegt bislang nicht vor. Kramer sagte, es gebe keine solchen Pläne.

Der Stadtrat berät am 10. Dezember über die Zukunft des Bades.
"""


def test_claim_of_a_side_named_by_its_compound_is_not_anonymous():
    """91 de_regenrueckhaltebecken #19: 'In der Initiative wird vermutet, ...' after 'Die
    Bürgerinitiative ...' - the article does say who makes the claim."""
    for q in _media(FREIBAD_DE):
        assert "ohne zu sagen, wer sie aufstellt" not in q.prompt, q.prompt


def test_no_comment_topic_without_its_day():
    """'der Verband wollte sich zu dem Vorwurf am Dienstag nicht äußern': the note read 'zu dem
    Vorwurf am nicht äußern' (the day cut, its preposition left)."""
    from quizgen.generate.media_discussion import _no_comment
    text = KIOSK_DE.replace("die Vermieterin war für eine Stellungnahme bis Freitag nicht zu "
                            "erreichen", "die Vermieterin wollte sich zu dem Vorwurf am Dienstag "
                            "nicht äußern")
    got = _no_comment(analyze(load_article(text)))
    assert got and got[0][2] == "zu dem Vorwurf", got


def test_statement_with_its_own_verb_and_whether_stays_an_option():
    """(guard) 'The council would check whether it could help' is a statement."""
    from quizgen.generate.media_claims import _verbless_question
    assert _verbless_question("A community banking firm, Village Hubs, whether it could open "
                              "a counter.")
    assert not _verbless_question("The council would check whether it could help.")
