"""Media-literacy fixes of session 40 (blind reviews 29 and 30). Articles invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

SOURCE_EN = """Library opening hours cut in Marbury

Marbury's central library will close on Mondays from next month, the council has announced.

Council leader Tom Ridley told the Marbury Echo that the savings of £40,000 a year were \
unavoidable. Readers have started a petition against the cut.
"""

SOURCE_DE = """Kürzere Öffnungszeiten in der Stadtbücherei Marbach

Die Stadtbücherei Marbach schließt ab dem kommenden Monat montags. Das hat der Stadtrat \
beschlossen.

Schatzmeisterin Petra Hufnagel sagte der Marbacher Zeitung, die Einsparung von 40.000 Euro \
im Jahr sei unvermeidlich. Leser sammeln inzwischen Unterschriften gegen die Kürzung.
"""

SOURCE_DE_AFTER = """Streit um den Schulgarten in Kellbach

Der Schulgarten der Grundschule Kellbach soll einem Parkplatz weichen. Das hat der Gemeinderat \
beschlossen.

„Die Kinder haben dort drei Jahre lang Gemüse gezogen“, sagte Ines Balk, Vorsitzende des \
Elternbeirats, dem Kellbacher Anzeiger. Die Gemeinde will im Herbst entscheiden.
"""


def _source_prompts(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.prompt for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]


def test_source_item_leaves_out_the_role_before_the_name_en():
    prompts = _source_prompts(SOURCE_EN)
    assert prompts
    assert "Tom Ridley told the ___" in prompts[0], prompts
    assert "leader" not in prompts[0], prompts


def test_source_item_leaves_out_the_role_before_the_name_de():
    prompts = _source_prompts(SOURCE_DE)
    assert prompts
    assert "„Petra Hufnagel sagte der ___" in prompts[0], prompts
    assert "Schatzmeisterin" not in prompts[0], prompts


def test_source_item_leaves_out_the_role_after_the_name_de():
    prompts = _source_prompts(SOURCE_DE_AFTER)
    assert prompts
    assert "sagte Ines Balk dem ___" in prompts[0], prompts
    assert "Vorsitzende" not in prompts[0], prompts


CHOIR = """Choir that sang for {head} faces the end

The Dunford Male Voice Choir may have to stop singing after its last concert in May.

{body} the choir has performed at weddings, funerals and the town's Christmas market. Only \
nine singers still come to rehearsals, and the youngest is 71.
"Without new voices we cannot go on," said conductor Peter Lane.
"""

CHOR = """Nach {head}: Kirchenchor in Dornfeld vor dem Aus

Der Kirchenchor von Dornfeld gibt im Mai vielleicht sein letztes Konzert.

{body} singt der Chor bei Hochzeiten, Beerdigungen und auf dem Weihnachtsmarkt. Zu den Proben \
kommen nur noch neun Sängerinnen und Sänger, die jüngste ist 71.
„Ohne neue Stimmen geht es nicht weiter“, sagte Chorleiter Peter Lang.
"""


def _absent_number_asked(text: str) -> bool:
    from quizgen.generate import media_headline

    a = analyze(load_article(text))
    return any(q.answer in ("False", "Falsch") and ("The number" in q.prompt or
                                                     "Die Zahl" in q.prompt)
               for q in media_headline.generate(a))


def test_headline_years_written_as_decades_in_the_body_are_backed():
    assert not _absent_number_asked(CHOIR.format(head="60 years", body="For six decades"))
    assert not _absent_number_asked(CHOIR.format(head="50 years", body="For half a century"))
    assert not _absent_number_asked(CHOR.format(head="40 Jahren", body="Seit vier Jahrzehnten"))


def test_headline_years_over_uncounted_decades_are_not_asked():
    assert not _absent_number_asked(CHOIR.format(head="60 years", body="For decades"))


def test_headline_years_the_decades_do_not_match_are_still_asked():
    assert _absent_number_asked(CHOIR.format(head="40 years", body="For three decades"))
    assert _absent_number_asked(CHOR.format(head="40 Jahren", body="Seit drei Jahrzehnten"))


OAK_EN = """Anger as centuries-old oak is felled in village square

Residents of Barnby say the council felled an oak that may be centuries old. The council said \
the tree was unsafe.

Parish councillor Joan Pell said villagers had not been told. "We woke up and it was gone," \
she said.
A council spokesman said the oak had a fungal disease and could have fallen onto the road.
"""

OAK_DE = """Empörung: Jahrhundertealte Eiche am Dorfplatz gefällt

Die Gemeinde Barnstedt hat am Dorfplatz eine Eiche fällen lassen, die vermutlich \
jahrhundertealt war.

Die Gemeinderätin Johanna Pell sagte, niemand habe die Anwohner informiert. „Wir sind \
aufgewacht, und der Baum war weg“, sagte sie.
Ein Sprecher der Gemeinde sagte, die Eiche sei von einem Pilz befallen gewesen und hätte auf \
die Straße stürzen können.
"""


def _heading_notes(text: str) -> str:
    from quizgen.generate import media_headline

    a = analyze(load_article(text))
    return " ".join(str(q.answer) for q in media_headline.generate(a) if q.type == "open")


def test_headline_drops_the_body_hedge_en():
    note = _heading_notes(OAK_EN)
    assert "“centuries-old” as a fact" in note and "“may be centuries old”" in note, note


def test_headline_drops_the_body_hedge_de():
    note = _heading_notes(OAK_DE)
    assert "„vermutlich jahrhundertealt“" in note, note


def test_headline_hedge_kept_is_no_finding():
    note = _heading_notes(OAK_EN.replace("that may be centuries old", "that is centuries old"))
    assert "hedges" not in note, note


TREES = """Row over felled trees at Oakley Park

Contractors felled six mature lime trees at Oakley Park in Marden on Tuesday.

Residents say the trees were healthy. "They were full of birds," said Jane Hollis, who lives \
next to the park.
Some residents have claimed online that the trees were cut down to make space for a car park. \
Council leader Peter Crane said there were no such plans, and no planning application has been \
submitted, so the claim remains unproven. He said the trees had been diseased.
Tree surgeon Mark Field said lime trees often rot from the inside. "You cannot always see it \
from outside," he said.
"""


def test_attribution_not_asked_with_such_and_the_reporters_verdict():
    from quizgen.generate import media

    a = analyze(load_article(TREES))
    prompts = [q.prompt for q in media.generate(a) if q.skill == "attribution"]
    assert prompts
    assert not any("no such" in p or "remains unproven" in p for p in prompts), prompts


BUS = """Streit um den Bürgerbus in Hollfeld

Seit einem Jahr fährt in Hollfeld ein Bürgerbus. Die Gemeinde spricht von einem Erfolg.

Bürgermeisterin Anna Roth sagte, der Bus werde gut angenommen. Ganz anders klingt das beim \
Heimatverein. Dessen Vorsitzender Karl Brunner, 71, hat den Bus an drei Tagen getestet. „Der \
Bus kommt oft zu spät“, sagte Brunner.
"""


def test_voices_name_whose_chair_after_dessen():
    from quizgen.generate import media_discussion

    a = analyze(load_article(BUS))
    notes = [str(q.answer) for q in media_discussion.generate(a, claims(a))
             if "Zu Wort kommen" in str(q.answer)]
    assert notes
    assert "Karl Brunner (Vorsitzender des Heimatvereins)" in notes[0], notes


def test_an_old_year_in_a_claim_is_no_figure():
    from quizgen.generate.media_discussion import FIGURE

    assert FIGURE.search("die Chronik, die seit einem Brand im Jahr 1872 als verschollen gilt") \
        is None
    assert FIGURE.search("the chronicle lost in a fire in 1872") is None
    assert FIGURE.search("mehr als 1.872 Unterschriften") is not None
    assert FIGURE.search("about 4500 signatures") is not None


CHEST = """Alte Truhe im Rathaus Kellbach gefunden

Bei Umbauarbeiten im Rathaus Kellbach haben Handwerker eine alte Holztruhe gefunden.

In der Truhe lag ein Tagebuch des Bürgermeisters Anton Selb, der darin von einem „Geheimnis \
der Stadt“ schreibt. Einige Heimatforscher glauben, Selb habe damit einen vergrabenen Goldschatz \
gemeint. Belege dafür gibt es bislang nicht.
Die Stadtarchivarin Eva Brenner sagte, man werde das Tagebuch genau prüfen.
"""


def test_unproven_claim_prompt_keeps_the_antecedent_of_damit():
    from quizgen.generate import media_discussion

    a = analyze(load_article(CHEST))
    prompts = [q.prompt for q in media_discussion.generate(a, claims(a))
               if "Goldschatz" in q.prompt]
    assert prompts
    assert "Tagebuch des Bürgermeisters Anton Selb" in prompts[0], prompts
