"""German headlines get a headline item again (blind review 12: neither German article had
a headline or loaded-word question, both English ones had).

- a heading that alarms ('Gefährliche Raupen ...', 'danger') over a body that says the thing
  is not dangerous ('nicht automatisch gefährlich', 'Kein Grund zur Sorge') is a contrast
  the body reports otherwise;
- a tabloid '-Notstand' compound ('PFLEGE-NOTSTAND!') and 'erobert' in a heading are
  loaded words, so the headline is asked about and compared with the body.

All articles are invented.
"""

from __future__ import annotations

from quizgen.generate import media_headline, media_language
from quizgen.pipeline import analyze, generate, load_article

DE_RAUPE = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

GIFT IM STADTPARK! Gefährliche Raupen erobern Kornau

Im Kornauer Stadtpark haben Gärtner Nester des Eichenprozessionsspinners entdeckt. Die Stadt \
lässt sie absaugen.

Ein Nest des Eichenprozessionsspinners an einer Eiche im Stadtpark. (Foto) Suche
Ein Nest des Eichenprozessionsspinners an einer Eiche im Stadtpark. Bild: dpa / Jens Kalaene

Gefunden wurden die Nester am 18. November an sieben Eichen nahe dem Spielplatz. Die \
Brennhaare der Raupen können Juckreiz auslösen.

Kein Grund zur Sorge

"Die Raupen sind lästig, aber für gesunde Menschen nicht automatisch gefährlich", sagte \
Amtsärztin Petra Lang am Montag. Eine Firma soll die Nester bis Freitag entfernen. Die Stadt \
schätzt die Kosten auf rund 6.000 Euro.

Quelle: Kornauer Bote / dpa
"""


def test_an_alarming_heading_over_a_calming_body_is_a_contrast_de():
    a = analyze(load_article(DE_RAUPE))
    qs = [q for q in media_headline.generate(a) if q.skill == "headline"]
    tf = [q for q in qs if q.type == "true_false"]
    assert tf and "Gefährliche Raupen" in tf[0].prompt, [q.prompt for q in qs]
    assert tf[0].answer == "Falsch" and "nicht automatisch gefährlich" in tf[0].explanation
    # and the default set asks about the headline
    chosen = generate(a).questions
    assert any(q.skill in {"headline", "loaded_language"} and any(
        a.sentences[e.sentence].block == "headline" for e in q.evidence) for q in chosen), \
        [q.prompt for q in chosen if q.family == "media_literacy"]


EN_WASP = """By Sam Fielding | Tuesday 24 November 2026, 09:10 GMT

DANGER IN THE PARK! Killer wasps invade Tarnby

Gardeners have found a large wasp nest in Tarnby Park. The council will remove it.

The nest was found on 18 November in an oak tree near the playground. Council ecologist Dr \
Ann Cole said the wasps were "a nuisance, but not dangerous to healthy people". Contractors \
are expected to remove the nest by Friday at a cost of about £600.

Source: Tarnby Herald / PA Media
"""


def test_an_alarming_heading_over_a_calming_body_is_a_contrast_en():
    a = analyze(load_article(EN_WASP))
    tf = [q for q in media_headline.generate(a) if q.skill == "headline"
          and q.type == "true_false"]
    assert tf and "not dangerous" in tf[0].explanation, [q.prompt for q in tf]


DE_KLINIK = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

PFLEGE-NOTSTAND! Klinik schickt Patienten am Wochenende einfach nach Hause

Weil Pflegekräfte fehlen, will das Kreiskrankenhaus Kornau ab Januar am Wochenende nur noch \
Notfälle aufnehmen. Der Kreistag muss dem Plan noch zustimmen.

Klinikchefin Anna Roth sagte am Montag, von 210 Stellen in der Pflege seien 31 nicht besetzt. \
Planbare Operationen sollen künftig von Montag bis Freitag stattfinden. Patienten, die am \
Freitag entlassen werden könnten, sollen einen Termin beim Hausarzt bekommen.

Der Landrat Peter Wolf nannte den Plan "vernünftig". Die Gewerkschaft kritisierte ihn.

Quelle: Kornauer Bote / dpa
"""


def test_a_notstand_tag_is_a_loaded_word_and_the_headline_is_compared_de():
    a = analyze(load_article(DE_KLINIK))
    loaded = [q for q in media_language.generate(a) if q.skill == "loaded_language"]
    # the shouted tag gives itself away by its capitals: where the heading's other part has
    # a loaded word ('einfach', loaded in headings since quick reading 25), that one is asked
    assert loaded and loaded[0].answer in {"PFLEGE-NOTSTAND", "einfach"}, \
        [q.answer for q in loaded]
    opened = [q for q in media_headline.generate(a) if q.type == "open"]
    assert opened and "PFLEGE-NOTSTAND" in opened[0].answer, [q.answer for q in opened]


DE_WUT = """Von Jana Kern | Dienstag, 24. November 2026, 09:10 Uhr

ELTERN-WUT IN KORNAU! Stadt streicht 200 Kita-Plätze

Die Stadt Kornau streicht zum 1. Februar 200 Plätze in ihren Kitas. Grund seien fehlende \
Erzieherinnen, sagte Bürgermeisterin Anna Roth am Montag. Mehr als 900 Eltern haben eine \
Petition unterschrieben.

Quelle: Kornauer Bote / dpa
"""


def test_a_wut_tag_is_a_loaded_word_de():
    """'Eltern-Wut' names a feeling to alarm, like '-Frust' and '-Zoff'."""
    a = analyze(load_article(DE_WUT))
    loaded = [q for q in media_language.generate(a) if q.skill == "loaded_language"]
    assert loaded and loaded[0].answer == "ELTERN-WUT", [q.answer for q in loaded]


def test_flattened_is_never_a_plain_option():
    """'BULLDOZED! Kids' beloved skatepark to be flattened ...' offered 'flattened' as a
    neutral word beside the key 'beloved' (blind review 13): a building 'flattened' is
    demolished, told dramatically."""
    from quizgen.generate.media_language import LEXICON
    from quizgen.model import Settings

    assert LEXICON["en"]["flattened"] == "demolished"
    text = ("WRECKED! Town's beloved lido to be flattened for new supermarket car park\n\n"
            "The council in Hartby plans to demolish the open-air swimming pool, which opened "
            "in 1936, to make room for 60 parking spaces. Council leader Anna Webb said the "
            "pool had lost money for ten years. About 2,000 people have signed a petition.")
    qs = generate(analyze(load_article(text)), Settings(count=500)).questions
    for q in qs:
        if q.skill == "loaded_language" and q.type == "multiple_choice":
            assert q.answer == "flattened" or "flattened" not in q.options, q.options
