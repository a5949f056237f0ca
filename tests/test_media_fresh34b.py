"""Blind reviews 26-28, media literacy: faults found on new articles, tested on invented
text."""

from __future__ import annotations


def _media(text: str):
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article
    return media.generate(analyze(load_article(text)))


# ------------------------------- headline figure: 'etwa 80 der rund 400 Betten' is 80 Betten

KLINIK = """Kreisklinik Lauterbach schließt 80 Betten

Die Kreisklinik in Lauterbach will im kommenden Jahr ihre Geburtsstation aufgeben.

Auf einer Sitzung am Montag teilte Klinikchef Peter Haller mit, dass etwa 80 der rund 400 \
Betten wegfallen sollen. Grund seien fehlende Hebammen und Ärzte.

Der Kreistag will im Dezember über die Pläne beraten. Landrätin Eva Roth sagte, sie hoffe \
auf eine Lösung mit dem Nachbarkreis.
"""


def test_headline_figure_is_the_partitive_share_not_the_total():
    qs = [q for q in _media(KLINIK) if q.skill == "headline" and q.options]
    for q in qs:
        assert "400" not in q.answer, (q.prompt, q.answer, q.options)


# --------------------- headline percentage: 'um fast 30 Prozent' over 'von 3,50 auf 4,50 Euro'

FREIBAD = """Badespaß wird teurer: Freibad Kellberg erhöht Eintritt um fast 30 Prozent

Wer im kommenden Sommer im Freibad Kellberg schwimmen will, muss tiefer in die Tasche greifen.

Der Eintritt für eine Tageskarte im Freibad soll von 3,50 auf 4,50 Euro steigen, wie \
Bäderchef Lukas Brandl am Mittwoch im Stadtrat erklärte. Grund seien höhere Kosten für \
Strom und Personal.

Der Schwimmverein kritisierte die Pläne. Der Stadtrat entscheidet im Februar.
"""

FERRY = """Island ferry fares to rise by nearly 40 per cent

Passengers on the Skerra ferry will pay more from April, the operator has announced.

Ferry fares for a return ticket will rise from £5 to £7, operator Tidewater Lines said \
on Monday. The company blamed higher fuel costs.

Islanders said the rise would hit families hard. A public meeting is planned for next week.
"""


def test_headline_percentage_backed_by_a_change_in_the_body():
    for text in (FREIBAD, FERRY):
        bad = [q for q in _media(text) if q.skill == "headline" and q.type == "true_false"
               and ("nicht belegt" in q.explanation or "does not back" in q.explanation
                    or "not in the" in q.explanation)]
        assert not bad, [(q.prompt, q.answer, q.explanation) for q in bad]


# --------------- 'is said to have offered ..., but has not confirmed this' limits no headline

CHOIR = """Village choir needs £4,000 to sing at national final in Cardiff

The Hollinbrook Community Choir has qualified for the national choir final in Cardiff. Now \
its members have six weeks to raise the money for the trip.

The 28 singers won the regional round in Chester on Saturday. The coach, hotel rooms and \
new folders for the choir will cost around £4,000, choir leader Ruth Ellison said, and so \
far about £900 has been raised.

A local bakery is said to have offered to pay for the coach, but the bakery has not \
confirmed this, and the choir said nothing had been agreed.

A quiz night is planned for Friday in the village hall.
"""


def test_unconfirmed_hearsay_in_the_body_does_not_deny_the_headline():
    for q in _media(CHOIR):
        if q.skill == "headline":
            assert "not as it stands" not in q.answer, (q.prompt, q.answer)


# ------------- a tip that goes on with an expert's advice is not 'der Autor selbst' speaking

IGEL = """Igel im Garten: So kommen die Tiere gut durch den Herbst

Im Landkreis Wendorf werden in diesem Herbst auffällig viele junge Igel gefunden.

Die Tierärztin Sabine Kolbe von der Igelstation Wendorf rät, Laubhaufen im Garten liegen zu \
lassen und Kellerschächte abzudecken. Milch sollte man den Tieren nie hinstellen. Wer einen \
geschwächten Igel findet, kann sich bei der Station melden.

Die Station hat in diesem Jahr bereits mehr als 140 Tiere aufgenommen.
"""


def test_tip_after_an_experts_advice_is_not_the_writers_own_view():
    from quizgen.generate.media_opinion import _own
    from quizgen.pipeline import analyze, load_article
    an = analyze(load_article(IGEL))
    tip = next(s for s in an.sentences if s.text.startswith("Milch sollte"))
    assert not _own(an, tip)
    last = next(s for s in an.sentences if s.text.startswith("Die Station hat"))
    assert _own(an, last)  # the check still finds sentences nobody else speaks


# ------------ 'Wer ..., ohne ... zu prüfen, macht es sich zu leicht': the cue is the verdict


def test_general_cue_skips_an_infinitive_clause_of_the_subject():
    from quizgen.generate.media_opinion import opinion_cues
    text = ("Wer eine Schule einfach schließt, ohne vorher mit den Eltern zu sprechen, "
            "handelt ziemlich kurzsichtig.")
    general = [c.text for c in opinion_cues(text, "de") if c.kind == "general"]
    assert general and all(not g.startswith("ohne") for g in general), general
    assert general[0].startswith("handelt"), general
    text = "Wer so plant, ohne die Bürger zu fragen, macht es sich viel zu leicht."
    general = [c.text for c in opinion_cues(text, "de") if c.kind == "general"]
    assert general == ["macht es sich viel zu leicht"], general


# ------------------------- places the tagger took for persons are no 'who said it' options

LIDO = """Repairs to begin at historic lido

Ashcombe Lido, the oldest open-air lido in the county, is to close for repairs in March.

The pool's manager, Helen Price, said the work on its Kestrel Wing would take six months. \
"We have waited a long time for this," she said.

Councillor Tom Baines said the council would pay half of the cost. Swimmer Joan Reed said \
she had used the pool since 1970.
"""


def test_place_names_are_not_speakers():
    from quizgen.generate.media_claims import _only_as_place
    from quizgen.pipeline import analyze, load_article
    an = analyze(load_article(LIDO))
    assert _only_as_place(an, "Ashcombe Lido")
    assert _only_as_place(an, "Kestrel Wing")
    assert not _only_as_place(an, "Helen Price")
    assert not _only_as_place(an, "Tom Baines")


KIOSK = """Streit um Schulkiosk

Am Gymnasium Lindau verkaufen Schüler seit dem Frühjahr Brezeln in der Pause.

Nach Angaben mehrerer Lehrer soll sich ein Bäcker aus der Altstadt bei der Stadt über die \
Konkurrenz beschwert haben. Belegt ist das nicht. Der Bäcker war für eine Stellungnahme nicht \
zu erreichen.

Schulleiterin Anna Berg sagte, der Kiosk sei ein Lernprojekt.
"""


def test_true_false_claim_keeps_its_source_frame():
    for q in _media(KIOSK):
        assert "Mehrerer" not in q.prompt, q.prompt


SCHEUNE = """Blitz setzt Scheune in Brand

In Unterau hat ein Blitz am Sonntagabend eine Scheune in Brand gesetzt.

Die Scheune des Landwirts Georg Eberle brannte vollständig nieder. „Wir haben alles \
verloren“, sagte Eberle. Verletzt wurde niemand.

Feuerwehrkommandant Stefan Huber sagte, die Löscharbeiten hätten bis in die Nacht gedauert.
"""


def test_discussion_role_in_the_nominative():
    for q in _media(SCHEUNE):
        assert "(Landwirts)" not in q.answer, q.answer
