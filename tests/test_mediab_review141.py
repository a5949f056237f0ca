"""mediaB fixes of the first fix round of the session of 2026-11-29 (13:50): faults in the
media-literacy items found by blind reviews 134-141. Sentences invented."""

from __future__ import annotations

from quizgen.nlp import evidence
from quizgen.pipeline import analyze, load_article


def _claims(text: str) -> list[str]:
    an = analyze(load_article(text))
    return [an.sentences[m.claim_sentence].text for m in evidence.find_markers(an)
            if m.kind == "no_evidence"]


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


DENIAL_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Neues Baugebiet in Lindau am See sorgt für Streit

Die Gemeinde Lindau am See will am Ortsrand 40 Bauplätze ausweisen. Der Gemeinderat soll im \
Januar entscheiden.

Bürgermeister Klaus Reiter sagte, die Nachfrage nach Bauland sei groß. Im Dorf kursiert seit \
Wochen die Behauptung, der Investor habe bereits ein zweites Grundstück am Bach gekauft. Die \
Gemeinde weist das zurück. Belege für diese Version gibt es nicht.

Anwohnerin Gisela Brandt sagte, sie fürchte mehr Verkehr in der Seestraße.
"""

NO_COMMENT_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Buslinie nach Oberfeld vor dem Aus

Die Buslinie 12 zwischen Unterfeld und Oberfeld soll im Frühjahr eingestellt werden. Der \
Landkreis spart damit rund 90.000 Euro im Jahr.

Landrat Peter Kühn sagte, die Busse seien oft fast leer. Bei der Versammlung am Dienstag hieß \
es außerdem, ein privates Busunternehmen habe angeboten, die Linie ohne Zuschuss zu fahren. \
Der Landkreis wollte das weder bestätigen noch dementieren. Belege für ein solches Angebot \
gibt es bislang nicht.

Schülerin Lea Hofmann sagte, sie komme ohne den Bus nicht mehr zur Schule.
"""

PHOTOS_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Laub auf dem Sportplatz: Verein streitet mit der Gemeinde

Der Sportverein Grünbach kann seit zwei Wochen nicht auf seinem Platz trainieren. Die \
Gemeinde verweist auf das Wetter.

Vereinssprecherin Karin Holtz wirft der Gemeinde vor, das Laub absichtlich auf den \
Sportplatz geblasen zu haben. Auf Fotos, die der Verein verbreitet hat, sind große \
Laubhaufen am Spielfeldrand zu sehen. Belege dafür gibt es bislang nicht. Die Gemeinde weist \
den Vorwurf zurück.

Trainer Uwe Sander sagte, die Kinder müssten nun in der Halle spielen.
"""

CONES_EN = """By Jane Ord | Monday 23 November 2026, 08:30 GMT

Hundreds of traffic cones missing from roadworks in Elmbridge

More than 400 traffic cones have gone missing from roadworks in Elmbridge since September, \
the county council has said.

Councillor Mark Benning, the cabinet member for roads, said the cones cost about £30 each. \
He also suggested that some of the cones had been taken by students for parties. "Traffic \
cones belong on the roads, not in bedrooms," Mr Benning said. The council has not provided \
any evidence that cones are being taken by students, and the students' union denies it.

Resident Paul Greer said the missing cones had made the roadworks dangerous at night.
"""


def test_a_denial_between_is_not_the_claim():
    """Blind review 135 de_kuehltruhen: 'Im Ortsteil kursiert die Behauptung, ... Die
    Stadtwerke weisen das zurück. Belege für diese Version gibt es nicht.' took the denial for
    the unproven claim (and no item was made)."""
    assert _claims(DENIAL_DE) == ["Im Dorf kursiert seit Wochen die Behauptung, der Investor "
                                  "habe bereits ein zweites Grundstück am Bach gekauft."]


def test_a_no_comment_between_is_not_the_claim():
    """Blind review 135 de_winterdienst_fahrer: '... hieß es, ... Die Verwaltung wollte das
    weder bestätigen noch dementieren. Belege für ein solches Angebot gibt es bislang nicht.'"""
    claims = _claims(NO_COMMENT_DE)
    assert claims and all(c.startswith("Bei der Versammlung") for c in claims), claims
    ev = [q for q in _media(NO_COMMENT_DE) if q.skill == "evidence"]
    assert ev and "Busunternehmen" in ev[0].prompt + str(ev[0].answer), \
        [(q.prompt, q.answer) for q in ev]


def test_a_photo_sentence_between_is_not_the_claim():
    """Blind review 137 de_winterdienst_radwege #12: the photo sentence after 'wirft der Stadt
    vor, ...' was asked as the unproven claim."""
    claims = _claims(PHOTOS_DE)
    assert claims and all(c.startswith("Vereinssprecherin Karin Holtz wirft") for c in claims), \
        claims


def test_the_same_speakers_quote_after_the_claim_is_not_the_claim():
    """Blind review 137 en_grit_bins #11 (D): 'She also suggested that ... "Grit bins are there
    for public roads ...," Ms T said. The council has not provided any evidence that ...'
    keyed the quoted rule."""
    claims = _claims(CONES_EN)
    assert claims == ["He also suggested that some of the cones had been taken by students "
                      "for parties."], claims


SHED_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Einbruch in den Bauhof von Grünbach

Unbekannte sind in der Nacht zum Sonntag in den Bauhof von Grünbach eingebrochen und haben \
Werkzeug im Wert von rund 12.000 Euro gestohlen.

Polizeisprecher Tim Berger sagte, die Täter hätten ein Fenster aufgehebelt. In den vergangenen \
Wochen wurde im Landkreis auch aus zwei Feuerwehrhäusern Werkzeug gestohlen. Ob die Taten \
zusammenhängen, ist offen. Anwohner wollen in der Tatnacht einen grünen Lieferwagen ohne \
Kennzeichen gesehen haben; bestätigt ist das nicht.

Bauhofleiter Erwin Koch sagte, die Räumfahrzeuge seien zum Glück nicht beschädigt worden.
"""

ORGAN_EN = """By Jane Ord | Monday 23 November 2026, 08:30 GMT

Village clock to chime again after 20 years

The clock on St Mary's Church in Ellford will chime again from Christmas after volunteers \
raised £18,000 to repair it.

Clock keeper Ruth Daly said the mechanism had been made in 1871. According to a story told in \
the village, the clock was paid for by a sailor who had won a lottery. That has never been \
confirmed, and parish records say nothing about who paid for it.

Vicar Tom Ashby said the first chime would ring at midnight on Christmas Eve.
"""


def test_hearsay_in_the_flags_own_sentence_is_the_claim():
    """Blind review 139 de_kupferdiebstahl: 'Anwohner wollen ... gesehen haben; bestätigt ist
    das nicht' flagged the sentence before ('Ob die Taten zusammenhängen, ist offen')."""
    claims = _claims(SHED_DE)
    assert claims and all(c.startswith("Anwohner wollen") for c in claims), claims


def test_has_never_been_confirmed_is_a_flag():
    """Blind review 139 en_cracked_bell: 'That has never been confirmed' after a village story
    got no item."""
    assert _claims(ORGAN_EN) == ["According to a story told in the village, the clock was "
                                 "paid for by a sailor who had won a lottery."]


WARNED_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Sanierung der Stadthalle wird teurer

Die Sanierung der Stadthalle in Grünbach kostet nach Angaben der Stadt rund 2,4 Millionen Euro \
und damit fast doppelt so viel wie geplant.

Bürgermeisterin Anke Roth (SPD) sagte, die Preise für Baustoffe seien stark gestiegen. \
Fraktionschef Uwe Sander (FDP) wirft der Verwaltung vor, die Kosten lange verschwiegen zu \
haben. Das Bauamt habe bereits im Frühjahr schriftlich gewarnt, dass die Sanierung teurer \
werde, doch das Schreiben sei „in der Ablage verschwunden“. Belege für Sanders Darstellung gibt \
es nicht.

Rentnerin Erika Blum sagte, sie freue sich auf die Konzerte in der neuen Halle.
"""


def test_a_konjunktiv_claim_is_asked_of_the_speaker_before():
    """Blind review 134 de_winterdienstfahrer #18: 'X wirft der Verwaltung vor, ... Der Bauhof
    habe bereits ... gewarnt, ...' asked 'Warum könnte der Bauhof diese Behauptung aufstellen?'
    (the Bauhof is what X speaks of) and never said who makes the claim."""
    qs = [q for q in _media(WARNED_DE) if q.skill == "discussion" and "Warum könnte" in q.prompt]
    assert qs, [q.prompt for q in _media(WARNED_DE)]
    assert "Warum könnte Uwe Sander" in qs[0].prompt, qs[0].prompt
    assert "Fraktionschef Uwe Sander (FDP) wirft" in qs[0].prompt, qs[0].prompt


RUMOUR_DE = """Von Jana Ort | Montag, 23. November 2026, 08:15 Uhr

Sturm beschädigt Dach der Stadthalle

Ein Sturm hat in der Nacht zum Montag Teile des Dachs der Stadthalle in Grünbach abgedeckt. \
Verletzt wurde niemand.

Die Halle war erst 2020 saniert worden. In sozialen Netzwerken kursiert inzwischen die \
Behauptung, bei der Sanierung sei billiges Material verwendet worden. Ein früherer Mitarbeiter \
der Baufirma soll dies in einem Beitrag angedeutet haben. Bestätigt ist das nicht.

Bürgermeister Jens Kramer sagte, die Halle bleibe bis Januar gesperrt.
"""


def test_a_hearsay_pointer_after_a_rumour_is_not_the_claim():
    """Blind review 137 de_turnhallendach #13/#20: '... soll dies in einem Beitrag angedeutet
    haben. Bestätigt ist das nicht.' was asked with 'dies' unresolved; the rumour before is
    the claim."""
    claims = _claims(RUMOUR_DE)
    assert claims and all(c.startswith("In sozialen Netzwerken kursiert") for c in claims), \
        claims
