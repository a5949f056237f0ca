"""mediaB fixes of the second fix round of the session of 2026-11-29 (05:18): faults in the
media-literacy items left from blind reviews 102-105 and found in reviews 106-109.
Sentences invented."""

from __future__ import annotations

from quizgen.nlp.evidence import find_markers
from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


def _flagged(text: str) -> list[str]:
    an = analyze(load_article(text))
    return [an.sentences[m.claim_sentence].text for m in find_markers(an)
            if m.kind == "no_evidence"]


ORCHARD_DE = """Von Lena Brandt | Mittwoch, 18. November 2026, 10:15 Uhr

Streit um gefällte Obstbäume am Mühlbach

In Hohenwart sind am Wochenende zwölf alte Apfelbäume gefällt worden. Der Naturschutzbund \
hat Anzeige erstattet.

Nach Angaben des Naturschutzbunds hatte ein Bauunternehmer die Bäume ohne Genehmigung fällen \
lassen. Die Bäume standen auf einer Wiese, die als Biotop geschützt ist.

Der Bauunternehmer, Gerd Albrecht, wies die Vorwürfe zurück. Er habe eine Genehmigung der \
Gemeinde gehabt, sagte er dem SWR. „Ich liebe diese Wiese selbst“, betonte Albrecht. Ob \
tatsächlich eine Genehmigung vorlag, ist bislang nicht belegt.

Bürgermeisterin Petra Hollstein sagte, die Gemeinde prüfe den Fall. Ein Ergebnis solle bis \
Ende Dezember vorliegen.
"""


def test_whether_flag_is_not_put_on_the_denial_before():
    """102 de_bienenvergiftung #19/#20: 'Ob tatsächlich ..., ist bislang nicht belegt' after
    the accused man's own quotation names what is unproven itself; it is no flag on his
    „Ich liebe diese Wiese selbst“."""
    assert not any("liebe diese Wiese" in t for t in _flagged(ORCHARD_DE)), _flagged(ORCHARD_DE)
    for q in _media(ORCHARD_DE):
        assert "Albrecht diese Behauptung" not in q.prompt, q.prompt
        assert "Behauptung von Gerd Albrecht" not in str(q.answer), q.answer


HALL_EN = """By Sam Porter | Tuesday 17 November 2026, 08:10 GMT

Village hall could close after boiler failure

The village hall in Ashby Parva could stay shut all winter after its boiler failed.

The hall committee said a new boiler would cost around £9,000. Chair Linda Moss said the \
committee had only £2,500 in the bank. "We will have to ask the village for help," she said.

It has also been claimed that a supermarket chain wants to buy the hall site. Harborough \
District Council said there were no plans to sell, and no evidence of such an interest has \
been made public.

A fundraising evening will be held at the church on 5 December.
"""


def test_such_an_interest_flags_the_rumour_not_the_denial():
    """102 en_rooftop_garden #15/#16: 'The council said there were no plans to sell, and no
    evidence of such an interest has been made public' doubts the rumour before, not the
    council's denial."""
    flagged = _flagged(HALL_EN)
    assert flagged and all(t.startswith("It has also been claimed") for t in flagged), flagged
    for q in _media(HALL_EN):
        assert "Council's unproven claim" not in str(q.answer), q.answer
        assert not q.prompt.startswith("Harborough District Council said there were no plans"), \
            q.prompt


CANAL_EN = """By Ruth Dale | Thursday 19 November 2026, 07:40 GMT

Canal towpath to close for repairs

A two-mile stretch of the canal towpath near Droitwich will close for six weeks from Monday.

The Canal and River Trust said the bank had been damaged by burrowing animals. Engineer \
Paul Hines said the work could not wait until spring. "If we leave it, part of the bank \
could slip into the water," Hines told BBC Hereford and Worcester.

Walkers and cyclists will be sent along a signed route through the town centre.
"""


def test_bbc_local_station_without_radio_in_its_name_gets_local_options():
    """109 en_bike_marking #10: 'BBC Hereford and Worcester' is a BBC local radio station;
    it stood alone among national television news (guessable without reading)."""
    qs = [q for q in _media(CANAL_EN) if q.skill == "source" and q.type == "multiple_choice"]
    assert qs and qs[0].answer == "BBC Hereford and Worcester", [(q.prompt, q.answer) for q in qs]
    assert any(o.startswith("BBC ") and o != qs[0].answer for o in qs[0].options), qs[0].options


CINEMA_DE = """Von Jana Roth | Montag, 16. November 2026, 11:00 Uhr

Dorfladen in Welzheim soll schließen

Der Dorfladen in Welzheim soll zum Jahresende schließen. Eine Initiative will ihn retten.

Eigentümer des Hauses ist die Stuttgarter Immobilienfirma Neckarblick Bau. Deren \
Geschäftsführer Frank Mohr sagte, das Haus werde abgerissen. „Ein Laden lohnt sich hier \
nicht“, sagte Mohr.

Betrieben wird der Laden von der Kirchen-Genossenschaft im Nachbarort Lorch. Deren \
Vorstand, der Kaufmann Peter Sauer, will nun ein neues Haus suchen. „Wir geben nicht auf“, \
sagte Sauer.

Vor einer Woche gründete sich ein Unterstützerkreis, der Geld für einen Neubau sammelt. \
Bisher seien 12.000 Euro zusammengekommen, teilte dessen Sprecher Jonas Keller mit. Das \
reiche aber noch lange nicht, sagte Keller.
"""


def test_discussion_roles_take_the_owner_named_in_the_sentence_before():
    """107 de_abholautomat #13 'Inhaber der Betrieben', 108 de_programmkino #21
    'Geschäftsführer der Eigentümer des Hauses' and '(Sprecher)' of nothing: a possessive
    role takes the firm the sentence before names, never a capitalised participle or a
    singular subject as a group."""
    answers = " ".join(str(q.answer) for q in _media(CINEMA_DE) if q.skill == "discussion")
    assert "Geschäftsführer der Eigentümer" not in answers, answers
    assert "der Betrieben" not in answers, answers
    assert "Frank Mohr (Geschäftsführer der Stuttgarter Immobilienfirma Neckarblick Bau)" \
        in answers, answers
    assert "Jonas Keller (Sprecher des Unterstützerkreises)" in answers, answers


FAIR_EN = """By Tom Ashe | Friday 20 November 2026, 12:00 GMT

Christmas fair to move to the park

Oakham's Christmas fair will move from the market square to Cutts Close park this year.

Organiser Helen Price said the square had become too small for the 80 stalls. "We turn \
away traders every year," she said. Stallholder Mark Dyer said he welcomed the move. Market \
trader Sue Lane said the square's shops would lose customers.

It has also been claimed that the fair caused a rise in car crime on the square last year. \
Leicestershire Police said it had seen no evidence to support this, and the claim has not \
been backed up by any figures.

The fair opens on 5 December.
"""


def test_police_checking_a_claim_are_no_interested_party():
    """104 en_night_market #12: the police who say they saw no evidence for a claim are the
    check on it, not a side whose own account wants confirming."""
    for q in _media(FAIR_EN):
        assert not (q.skill == "interested_party" and "Police" in q.prompt), (q.prompt, q.answer)
