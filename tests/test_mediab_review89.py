"""mediaB fixes of the second fix round of the session of 2026-11-28/29: faults found by blind
reviews 86-89 (claims cut out of a clause that needs the rest of its sentence). Sentences
invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


def _texts(qs) -> list[str]:
    out = []
    for q in qs:
        out.append(q.prompt)
        out.extend(q.options or [])
        out.extend(q.answer if isinstance(q.answer, list) else [q.answer])
    return out


FAEHRE_DE = """Von Jana Brück | Dienstag, 24. November 2026, 09:10 Uhr

Fährbetrieb stellt Verbindung über den Fluss ein

Neuhausen. Die Fähre über die Weser zwischen Altdorf und Neuhausen stellt zum Jahresende ihren \
Betrieb ein. Das hat die Betreibergesellschaft Weserfähre GmbH am Montag bekannt gegeben.

Wie Geschäftsführer Thomas Berger mitteilte, seien die Fahrgastzahlen in diesem Jahr um mehr als \
ein Drittel gesunken und die Kosten für den Diesel deutlich gestiegen. Die Gesellschaft habe \
deshalb keine andere Wahl gehabt.

Im Rathaus zeigte man sich verärgert. Bürgermeisterin Claudia Hoffmann sagte, die Gemeinde sei \
erst vergangene Woche über den Schritt informiert worden, obwohl der Vertrag noch bis 2029 laufe. \
Die Verwaltung lasse nun prüfen, ob die Gesellschaft Fördergeld zurückzahlen müsse.

Der Landwirt Peter Sommer, der jeden Tag mit dem Traktor übersetzt, nannte das Aus „eine \
Katastrophe“. Er müsse nun einen Umweg von 40 Kilometern fahren.

Der SPD-Gemeinderat Jonas Keller fordert, dass der Landkreis die Fähre übernimmt. Er will das \
Thema in der nächsten Sitzung des Kreistags ansprechen.
"""


def test_say_verb_last_in_a_fronted_clause_gives_no_option():
    # blind review 86 de_leihraeder #10: 'Sabine Reichert … mitteilte, seien ...', an option
    # cut from 'Wie Geschäftsführer Markus Leitner mitteilte, seien ...'
    texts = _texts(_media(FAEHRE_DE))
    assert not [t for t in texts if "mitteilte, seien" in t]


ALLOTMENT_EN = """By Sam Whitley | Tuesday 24 November 2026, 08:15 GMT

Allotment society loses its second site

The Brackley Allotment Society will lose its site on Mill Road next year after the landowner \
decided to sell it for housing, the society said on Monday.

Chairman Derek Hollins said the decision had come "out of the blue". He said the society had \
looked after the land for more than forty years.

According to the landowner, the society had been told about the sale in 2024. That has not been \
confirmed by the society, and the council has not commented.

Councillor Amy Fraser said the council would help the society to find a new site. Members would \
still be able to use the plots until the end of next summer, she added.

Until then, the gardeners will concentrate on the smaller site at Church Fields, where, Mr \
Hollins said, there is "room for everyone".
"""


def test_quotation_told_inside_a_where_clause_is_no_statement(monkeypatch):
    # blind review 89 en_litter_pickers #9/#12: 'There is "plenty to keep us busy".' as an
    # evidence option and a matching statement, cut from '..., where, Ms Lloyd said, there is'
    from quizgen.generate import media_claims
    seen = []
    real = media_claims.generate

    def spy(analysis, cs):
        seen.extend(cs)
        return real(analysis, cs)

    monkeypatch.setattr(media_claims, "generate", spy)
    texts = _texts(_media(ALLOTMENT_EN))
    assert not [t for t in texts if t.startswith("There is")]
    hollins = [c for c in seen if c.speaker == "Derek Hollins"]
    assert hollins and not [c for c in hollins if (c.statement or "").startswith("There is")]
    # his plain sayings stay
    assert any((c.statement or "").startswith("The decision had come") for c in hollins)


CHOIR_EN = """By Sam Whitley | Tuesday 24 November 2026, 08:15 GMT

Choir loses its rehearsal room

The Wendlow Community Choir will have to leave its rehearsal room at the old library in \
January, the choir said on Monday.

Choir chairman Robert Ashdown said the news had come as a shock. He said the choir had \
rehearsed in the building for more than twenty years.

The Thursday singing group for older people now meets in the church hall instead, because the \
library was too cold, said its leader, Pauline Marsh. "Some of our singers are over ninety," \
she said.

Councillor Neil Baxter said the council would help the choir to find a new room.
"""


def test_name_in_apposition_after_a_role_speaks():
    # blind review 89 en_village_hall: '..., said its organiser, Janet Morrow.' - the voices
    # item left her out although she is quoted directly
    qs = _media(CHOIR_EN)
    voices = [q for q in qs if q.skill == "discussion" and "Robert Ashdown" in q.prompt]
    assert voices and "Pauline Marsh" in voices[0].prompt
