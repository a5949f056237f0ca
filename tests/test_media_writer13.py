"""The writer's own sentence is the one the fact/opinion item asks about (blind review 12).

Every article of the blind and judged sets has one unquoted sentence in which the writer
judges or appeals ("Es ist höchste Zeit, dass ...", "Frankly, the council owes parents an
apology."). The fact/opinion item must find it, also when it has no word of the judging
lexicon, and ask about it before a quoted opinion or a sentence with a bare modal. All
articles here are invented.
"""

from __future__ import annotations

import pytest

from quizgen.generate import media_opinion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, generate, load_article

DE_HEAD = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

Ärger um die Ampel am Kornauer Marktplatz

Die Ampel an der Kreuzung am Marktplatz in Kornau ist seit Wochen kaputt. Anwohner sind \
verärgert.

Seit dem 2. November blinkt die Ampel an der Kreuzung Marktstraße/Bahnhofstraße nur noch gelb. \
Die Stadt hat am Montag ein Schild aufgestellt. Nach Angaben der Polizei gab es seitdem vier \
kleinere Unfälle.

Der Vorsitzende des Bürgervereins, Jan Weller, nannte die Lage "absolut unverantwortlich und \
eine Schande für die Stadt". Die Reparatur sollte eigentlich schon Mitte November erledigt \
sein. Ein Sprecher der Stadt, Peter Lang, sagte, die Ersatzteile kämen aus Süddeutschland.

"""
DE_TAIL = """

Quelle: Kornauer Bote / dpa
"""

EN_HEAD = """By Sam Fielding | Tuesday 24 November 2026, 09:10 GMT

Broken lights cause chaos at Mill Road crossing

The traffic lights at the Mill Road crossing in Tarnby have been out of order for weeks. \
Residents are angry.

The lights have been flashing amber since 2 November. The council put up a warning sign on \
Monday. According to the police, there have been four minor crashes since then.

Residents' association chair Mark Ellis called the situation "utterly irresponsible and a \
disgrace to the town". Repairs should be finished by the end of the month. A council \
spokesperson, Jane Porter, said the spare parts were coming from Germany.

"""
EN_TAIL = """

Source: Tarnby Herald / PA Media
"""

WRITER = [
    ("de", "Dass die Stadt erst nach vier Unfällen ein Schild aufstellt, ist kaum zu "
           "begreifen.", "kaum zu begreifen"),
    ("de", "Man darf gespannt sein, ob die Stadt diesmal Wort hält.", "Man darf gespannt sein"),
    ("de", "Man fragt sich schon, warum eine Stadt eine so wichtige Kreuzung wochenlang sich "
           "selbst überlässt.", "Man fragt sich"),
    ("de", "Ein Schild allein wird das Problem an der Kreuzung nicht lösen.", "allein"),
    ("de", "Die Stadt muss sich die Frage gefallen lassen, warum sie die Kreuzung so lange "
           "vernachlässigt hat.", "Frage gefallen lassen"),
    ("de", "Drei Wochen für eine Ampel – in jeder anderen Verwaltung wäre das längst ein Fall "
           "für die Chefin.", "längst"),
    ("de", "Wer an dieser Kreuzung wohnt, weiß, warum die Marktstraße mehr Aufmerksamkeit "
           "verdient.", "verdient"),
    ("en", "The town cannot afford to let one broken light decide who gets hurt on Mill Road.",
     "cannot afford to"),
    ("en", "It is not good enough that residents learned about the repairs from a newspaper "
           "rather than from the council.", "not good enough"),
    ("en", "A town built around one busy crossing cannot keep treating its traffic lights as "
           "somebody else's problem.", "cannot keep"),
    ("en", "Frankly, the council owes residents an apology.", "owes residents an apology"),
    ("en", "Whatever one thinks of traffic lights, a council that leaves a crossing dark for "
           "three weeks has failed the people it serves.", "has failed"),
    ("en", "It is hard not to feel that the people of Mill Road have been forgotten.",
     "hard not to"),
    ("de", "Ein Schild wirkt dabei eher wie eine Ausrede als wie eine Lösung.", "wirkt"),
    ("de", "Es wird Zeit, dass die Stadt diese Kreuzung ernst nimmt.", "wird Zeit"),
    ("de", "Die Stadt muss die Kreuzung jetzt sicher machen.", "muss"),
    ("en", "Waiting for a crash looks less like caution and more like neglect.",
     "looks less like"),
    ("en", "Leaving the crossing dark is a decision the council may come to regret.",
     "may come to regret"),
]


def _article(lang: str, sentence: str) -> str:
    head, tail = (DE_HEAD, DE_TAIL) if lang == "de" else (EN_HEAD, EN_TAIL)
    return head + sentence + tail


@pytest.mark.parametrize(("lang", "sentence", "cue"), WRITER, ids=[w[2] for w in WRITER])
def test_the_writers_closing_sentence_is_asked_first(lang, sentence, cue):
    a = analyze(load_article(_article(lang, sentence)))
    qs = [q for q in media_opinion.generate(a, claims(a)) if q.skill == "fact_opinion"
          and q.answer in {"eine Meinung bzw. Einschätzung", "an opinion or assessment"}]
    assert qs, "no opinion item"
    top = max(qs, key=lambda q: q.score)
    assert sentence[:40] in top.prompt, top.prompt
    assert cue in top.explanation, top.explanation
    # the quoted opinion is still there, but after the writer's own sentence
    assert all(q.score < top.score for q in qs if q is not top)


@pytest.mark.parametrize(("lang", "sentence", "cue"), WRITER[:1] + WRITER[7:8],
                         ids=["de", "en"])
def test_the_default_set_asks_about_the_writers_sentence(lang, sentence, cue):
    qs = generate(analyze(load_article(_article(lang, sentence)))).questions
    fo = [q for q in qs if q.skill == "fact_opinion"]
    assert fo and sentence[:40] in fo[0].prompt + " ".join(fo[0].options), \
        [q.prompt for q in fo]


DE_GOES_ON = """Bäckerei Korn schließt zwei Filialen

Die Bäckerei Korn in Kornau schließt Ende Januar zwei ihrer sieben Filialen. Betroffen sind \
zwölf Beschäftigte. Ein Sprecher der Firma sagte, man prüfe noch alle Möglichkeiten. Es wäre \
leichtsinnig, wenn die Stadt den Traditionsbetrieb jetzt einfach aufgäbe.

Die Betriebsversammlung ist für Freitag geplant.
"""


def test_a_writers_frame_after_reported_speech_is_the_writers_de():
    """'Es wäre leichtsinnig, wenn ...' after 'Ein Sprecher sagte, man prüfe ...' is no
    more of the spokesman's speech: the frame is the writer's verdict."""
    a = analyze(load_article(DE_GOES_ON))
    qs = [q for q in media_opinion.generate(a, claims(a))
          if q.answer == "eine Meinung bzw. Einschätzung"]
    assert qs and "Es wäre leichtsinnig" in max(qs, key=lambda q: q.score).prompt, \
        [q.prompt for q in qs]


DE_PROMO = """Kita-Zeiten in Kornau werden gekürzt

Ab dem 1. Februar schließen sechs Kitas in Kornau schon um 14 Uhr. Die Stadt begründet das \
mit fehlenden Fachkräften. Die Erzieherin Anna Roth sagte, ihr Team sei "am Ende seiner \
Kräfte".

Wer kleine Kinder hat, merkt gerade, dass frühe Bildung in dieser Stadt offenbar nur auf dem \
Papier Vorrang hat.

Alle Nachrichten aus Kornau - jetzt die App herunterladen!
"""


def test_the_writers_sentence_before_an_app_line_is_found_de():
    """An app line the page adds after the body ('jetzt die App herunterladen!') is not the
    writer's last paragraph; 'offenbar' in the writer's own verdict is no hearsay."""
    a = analyze(load_article(DE_PROMO))
    qs = [q for q in media_opinion.generate(a, claims(a))
          if q.answer == "eine Meinung bzw. Einschätzung"]
    assert qs and "Wer kleine Kinder hat" in max(qs, key=lambda q: q.score).prompt, \
        [q.prompt for q in qs]


EN_PLAIN = """Library in Tarnby to open on Sundays

Tarnby Library will open on Sundays from 4 January. The council said the change would cost \
about £20,000 a year.

Staff cannot keep up with the number of requests, librarian Ann Cole said. Families who cannot \
afford to buy books use the library most.
"""


def test_plain_report_sentences_with_cannot_are_no_opinion_en():
    """'cannot keep up' and 'cannot afford to buy books' report facts: only the writer's
    closing appeal makes such a phrase a cue."""
    a = analyze(load_article(EN_PLAIN))
    assert not [q for q in media_opinion.generate(a, claims(a))
                if q.answer == "an opinion or assessment"]


# sentences that report, not judge: the writer's-opinion label (and select's dropping of the
# comprehension questions on such a sentence) must not reach them (lead's reading at c289774)
NOT_OPINIONS = [
    ("en", "Pupils who walked to school were about a third less likely to be short-sighted, "
           "the researchers found."),
    ("en", "The county council must now decide whether the lights should be replaced."),
    ("de", "Deshalb lautet die Anklage auf Mord und nicht auf fahrlässige Tötung."),
    ("en", "Refunds should arrive within 14 days, although the phone line was busy on "
           "Tuesday."),
    ("de", "Eigentlich sollten die neuen Ampeln schon seit dem Fahrplanwechsel im Juni "
           "funktionieren."),
    ("de", "Weil die Kreuzung die einzige Zufahrt zum Gewerbegebiet ist, müssen Lastwagen nun "
           "einen Umweg von fast 30 Kilometern fahren."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_OPINIONS,
                         ids=[s[:30] for _, s in NOT_OPINIONS])
def test_a_report_in_the_body_is_no_opinion(lang, sentence):
    head, tail = (DE_HEAD, DE_TAIL) if lang == "de" else (EN_HEAD, EN_TAIL)
    # the sentence in the body, a plain report after it as the last paragraph
    closing = ("Die Stadt will die Ampel bis Freitag reparieren lassen." if lang == "de"
               else "The council plans to repair the lights by Friday.")
    a = analyze(load_article(head + sentence + "\n\n" + closing + tail))
    qs = [q for q in media_opinion.generate(a, claims(a))
          if q.answer in {"eine Meinung bzw. Einschätzung", "an opinion or assessment"}
          and sentence[:30] in q.prompt]
    assert not qs, qs[0].explanation


def test_an_open_who_question_is_no_general_verdict_de():
    """'Wer für die Reparatur zahlt, ist noch unklar' asks who pays; it is no 'Wer ..., hat
    ...' verdict on anyone who does so."""
    a = analyze(load_article(DE_HEAD + "Wer für die Reparatur der Ampel zahlt, ist noch "
                             "unklar.\n\nDie Stadt will die Ampel bis Freitag reparieren "
                             "lassen." + DE_TAIL))
    assert not [q for q in media_opinion.generate(a, claims(a))
                if "Wer für die Reparatur" in q.prompt
                and q.answer == "eine Meinung bzw. Einschätzung"]


def test_hatte_is_named_with_its_modal_de():
    """'die Stadt hätte das früher erkennen müssen': the explanation names 'hätte … müssen'
    and 'nicht mehr zeitgemäß', not a bare 'hätte' (judged17 de_klassenfahrt)."""
    sentence = ("Eine Ampel ohne Strom ist nicht mehr zeitgemäß – die Stadt hätte das früher "
                "erkennen müssen.")
    a = analyze(load_article(_article("de", sentence)))
    [q] = [q for q in media_opinion.generate(a, claims(a)) if "nicht mehr zeitgemäß" in q.prompt
           and q.answer == "eine Meinung bzw. Einschätzung"]
    assert "„hätte … müssen“" in q.explanation and "„nicht mehr zeitgemäß“" in q.explanation
    assert "„hätte“" not in q.explanation and "„müssen“" not in q.explanation, q.explanation


# quick reading 18: a negated verdict in the frame, and an app in the writer's own sentence
READING18 = [
    ("de", "Dass zwischen dem Ausfall und der ersten Warnung vier Stunden vergehen, ist im "
           "Jahr 2026 schlicht nicht hinnehmbar.", "nicht hinnehmbar"),
    ("en", "A town that makes pensioners download an app to cross the road has forgotten who "
           "its streets are for.", "has forgotten"),
    ("en", "A council that sells the school field to mend the town hall roof has got its "
           "priorities upside down.", "priorities upside down"),
]


@pytest.mark.parametrize(("lang", "sentence", "cue"), READING18,
                         ids=["hinnehmbar", "app", "upside down"])
def test_the_writers_closing_sentence_reading18(lang, sentence, cue):
    a = analyze(load_article(_article(lang, sentence)))
    qs = [q for q in media_opinion.generate(a, claims(a))
          if q.answer in {"eine Meinung bzw. Einschätzung", "an opinion or assessment"}]
    assert qs, "no opinion item"
    top = max(qs, key=lambda q: q.score)
    assert sentence[:40] in top.prompt and cue in top.explanation, top.explanation
