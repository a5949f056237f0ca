"""Evidence flags and claim items of blind reviews 52-54 (mediaB, round of 2026-11-28 14:55).
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media
from quizgen.generate.media_text import evidence_markers
from quizgen.pipeline import analyze, load_article

MARKET_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Farmers' market in Dunmere to move

The weekly farmers' market in Dunmere will move from the square to the old bus depot in March.

The council said the square was needed for a new fountain. Stallholder Ben Wilde said the \
move would cost him customers.

The Dunmere Traders' Guild, a group with more than 80 members, has accused the council of \
already having a supermarket lined up for the square. Its secretary, Ann Rook, said she had \
been told so by "a friend at the planning office". The council called the claim "nonsense", \
and no evidence has been made public to support it.

The market will reopen on 6 March.
"""


def test_the_claim_called_nonsense_and_no_evidence_to_support_it():
    # 'The council called the claim "completely untrue", and no evidence has been made public to
    # support it' flagged its own sentence, so the planted claim (an accusation two sentences
    # up, the report between only says where it came from) got no evidence item (blind review
    # 53 en_park_cafe)
    a = analyze(load_article(MARKET_EN))
    flagged = [a.sentences[m.claim_sentence].text for m in evidence_markers(a)
               if m.kind == "no_evidence"]
    assert flagged and flagged[0].startswith("The Dunmere Traders' Guild")


def test_accused_of_having_is_a_claim_of_its_own():
    # 'has accused the council of already having ... lined up': the option read 'The council of
    # already having a national coffee chain lined up for the site.'
    a = analyze(load_article(MARKET_EN))
    ev = [q for q in media.generate(a) if q.skill == "evidence"]
    assert ev
    assert all("of already having" not in q.prompt for q in ev)
    assert any(q.prompt.startswith("The council already has a supermarket lined up for the "
                                   "square.") for q in ev)


BAECKEREI_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Bäckerei Kornfeld in Kaltenbrunn schließt

Die älteste Bäckerei in Kaltenbrunn schließt zum Jahresende.

Als die Beschäftigten am Montag in die Backstube gebeten wurden, ahnten viele bereits etwas. \
Geschäftsführerin Lena Hoff teilte ihnen mit, dass die Bäckerei am 31. Dezember zum letzten Mal \
öffne. Bäckermeister Tim Roth sagte, er habe 30 Jahre lang jeden Morgen um drei Uhr angefangen.

Bürgermeister Karl Sommer sagte, die Stadt bedauere die Schließung sehr. Die Kundin Ute Lang \
sagte, sie werde die Brezeln vermissen.

Im Januar soll ein Café in die Räume ziehen.
"""


def test_who_prompt_with_a_pronoun_object_is_not_asked():
    # 'Wer teilte ihnen mit, dass ...?': told whom? (blind review 52 de_anzeigenblatt #11)
    a = analyze(load_article(BAECKEREI_DE))
    prompts = [q.prompt for q in media.generate(a) if q.skill == "attribution"]
    assert any(p.startswith("Wer sagte, die Stadt") for p in prompts)
    assert not any(p.startswith("Wer teilte ihnen") for p in prompts)


SHOW_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Dunmere sheep show cancelled

The Dunmere sheep show will not take place next summer.

Tom Reed, who keeps about 2,300 ewes on the moor above Dunmere, said the show had been his best \
market. "I sell half my rams there," he told BBC Radio Kent.

The Dunmere Show Society also claims that entries have fallen by 30 per cent since 2020. That \
figure has not been independently checked.

Vet Ann Cole said the decision was sad but right. The date of the last show was confirmed by \
the Rural Payments Agency, which declined to comment on the reasons.

The society will meet again in March.
"""

DACH_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Dachdecker ohne Meisterbrief?

Ein Dachdecker aus Kaltenbrunn soll jahrelang ohne Meisterbrief gearbeitet haben.

Oberstaatsanwalt Karl Sommer sagte, es gebe mehr als 40 Geschädigte. Innungsmeister Tim Roth \
sagte, der Fall schade dem ganzen Handwerk. Sein Anwalt ließ eine Anfrage dieser Zeitung \
unbeantwortet.

Die Ermittlungen dauern an.
"""


def _voices(text: str) -> str:
    a = analyze(load_article(text))
    notes = [q.answer for q in media.generate(a) if q.skill == "discussion"
             and q.prompt.startswith(("The article lets", "Der Artikel lässt"))]
    assert notes
    return notes[0]


def test_voices_note_on_a_thousands_number_a_relative_party_and_the_article():
    # 'Gareth Morgan, who farms about 1;', 'According to the article, which declined to
    # comment', 'ask which for a statement' (blind review 52 en_sheep_shearers #16) and 'look
    # for evidence for Business Improvement District's unproven claim' (en_gift_card #13)
    note = _voices(SHOW_EN)
    assert "Tom Reed, who keeps about 2,300 ewes on the moor above Dunmere;" in note
    assert "the Rural Payments Agency declined to comment" in note
    assert "ask which" not in note and ", which declined to comment on the reasons:" not in note
    assert "for the Dunmere Show Society's unproven claim" in note


def test_voices_note_leaves_out_a_silent_party_known_only_by_a_possessive():
    # 'Sein Anwalt hat sich laut Artikel nicht geäußert', '...: Sein Anwalt um eine
    # Stellungnahme bitten.' - whose? (blind review 54 de_meisterbrief #13)
    assert "Sein Anwalt" not in _voices(DACH_DE)


CARD_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Dunmere's own gift card sells well

A gift card that can only be spent in Dunmere's shops has sold better than expected.

When the Dunmere Card was launched in May, organisers hoped to sell 2,000 cards. "Every card \
sold is money that stays in the high street instead of going to an online giant," manager Lisa \
Marsh told BBC Radio Kent.

The Dunmere Traders' Group also claims that shop visits have risen by 15 per cent since the \
launch. That figure has not been independently checked.

Councillor Dan Webb said he would ask the council to extend the scheme to market stalls.

The card costs nothing to set up.
"""


def test_evidence_options_share_one_form():
    # one option a quoted sentence in quotation marks, the others plain statements (blind
    # review 52 en_gift_card #9)
    a = analyze(load_article(CARD_EN))
    mc = [q for q in media.generate(a) if q.skill == "evidence" and q.type == "multiple_choice"]
    assert mc
    assert "Every card sold is money that stays in the high street instead of going to an " \
        "online giant." in mc[0].options
    assert not any(o.startswith(("“", '"')) for o in mc[0].options)


DUNES_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Windsurfers told to keep off Dunmere beach while plovers nest

Dogs will be banned from the northern dunes at Dunmere from April to July.

Ranger Kate Moss said a dog running through the dunes looked to a plover like a fox. The \
council's cabinet member for the environment, Councillor Paul Grey, said the council had not \
taken the decision lightly.

Mark Dean, the chair of Dunmere Dog Club, said walkers had been given no say. He added that the \
club might lose half of its members if the ban became permanent.

The ban will be reviewed next year.
"""


def test_a_plural_noun_opening_the_headline_is_no_speaker_option():
    # 'Kitesurfers' (the headline's first word, taken for a name) offered beside three named
    # people as who said it (blind review 54 en_kitesurfing #14)
    a = analyze(load_article(DUNES_EN))
    who = [q for q in media.generate(a) if q.skill == "attribution"
           and q.type == "multiple_choice"]
    assert who
    assert all("Windsurfers" not in q.options for q in who)
