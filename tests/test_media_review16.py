"""Blind review 16's media faults outside the judged 30, on invented text: the writer's
verdict by comparison ('... looks like short-term thinking of the worst kind', '... sounds
like a lot of money, until you add up ...') went unasked while a plain fact was asked."""

from __future__ import annotations

from quizgen.generate import media_opinion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

EN_PARK = """Residents vow to fight plan for 80 flats on Millbrook park

Residents in Ashby say they will go to court to stop the council from selling the park.

Ashby Borough Council announced on Monday that it intends to sell the land to the \
developer Kestrel Homes. The company wants to build 80 flats there. The sale could bring \
the council an estimated £2.1 million.

Council leader Mark Denton said the town needed new housing. Jane Hollis, who chairs the \
Friends of Millbrook Park, said the group had collected 1,500 signatures in a week.

Selling off the town's only park to pay for a new car park looks like short-term thinking \
of the worst kind.

A public meeting will be held at Ashby Library on Thursday 3 December at 7pm.
"""

EN_BRIDGE = """Lorry hits Ashby rail bridge for 12th time this year

A lorry became stuck under the railway bridge on Mill Lane in Ashby on Tuesday morning, \
halting trains for more than three hours.

It was the twelfth strike on the bridge since January, Network Rail said. A sensor system \
that would stop high vehicles was rejected by the council last year. It would have cost \
around £200,000.

Two hundred thousand pounds sounds like a lot of money, until you add up twelve crashes \
and thousands of ruined journeys.

Student nurse Tom Reed, 24, missed the start of his shift at Ashby General Hospital. \
Mill Lane reopened to traffic shortly after 2pm.
"""


def _opinions(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.prompt for q in media_opinion.generate(a, claims(a))
            if q.skill == "fact_opinion" and q.answer == "an opinion or assessment"]


def test_looks_like_of_the_worst_kind_is_the_writers_verdict_en():
    assert any("short-term thinking" in p for p in _opinions(EN_PARK)), _opinions(EN_PARK)


def test_sounds_like_until_you_add_up_is_the_writers_verdict_en():
    assert any("sounds like" in p for p in _opinions(EN_BRIDGE)), _opinions(EN_BRIDGE)


def test_klingt_nach_is_a_verdict_de():
    assert any(c.kind == "judge" for c in media_opinion.opinion_cues(
        "Eine halbe Million Euro klingt nach viel Geld, bis man die Schäden zusammenzählt.",
        "de"))


EN_POND = """Anglers vow to fight plan for 40 homes at Lakeside

Anglers in Ashby say they will go to court to stop the council from selling the pond.

Ashby Borough Council announced on Monday that it intends to sell the land to Kestrel \
Homes. Council leader Mark Denton said the town needed new housing. Jane Hollis, who chairs \
the Ashby Angling Club, said the club had collected 1,500 signatures in a week.

According to the club, the pond is also home to great crested newts, although no survey \
has yet confirmed this. Some members claim that the land was promised to Kestrel Homes two \
years ago. The council denies this, and no documents have been produced to back up the \
claim.

A public meeting will be held at Ashby Library on Thursday at 7pm.
"""


def test_no_survey_has_confirmed_and_no_documents_produced_flag_their_claims_en():
    from quizgen.generate import media_claims

    a = analyze(load_article(EN_POND))
    keys = [q.answer for q in media_claims.generate(a, claims(a)) if q.skill == "evidence"]
    assert any("newts" in k for k in keys), keys
    assert any("promised to Kestrel" in str(q.prompt) + str(q.answer) for q in
               media_claims.generate(a, claims(a)) if q.skill == "evidence"), keys


def test_kein_gutachten_hat_das_bestaetigt_is_a_no_evidence_note_de():
    from quizgen.generate.media_text import NO_EVIDENCE

    assert NO_EVIDENCE["de"].search("Kein Gutachten hat das bisher bestätigt.")
    assert NO_EVIDENCE["de"].search("Keine Dokumente dazu wurden bisher vorgelegt.")


DE_TAFEL = """Kleiderkammer in Waldau nimmt keine Spenden mehr an

Die Kleiderkammer in Waldau nimmt bis auf Weiteres keine Kleiderspenden mehr an. Das hat \
der Vorstand am Mittwoch beschlossen.

Nach Angaben des Vereins kommen inzwischen rund 400 Menschen pro Woche. Die Vorsitzende \
Gisela Brandt sagte, die Lager seien voll.

In sozialen Netzwerken kursiert seit Tagen die Behauptung, einige Kunden würden die Kleidung \
im Internet weiterverkaufen. Belege dafür gibt es nicht. Brandt nannte die Gerüchte eine \
Frechheit.

Die Mitgliederversammlung tagt am 9. Dezember.
"""


def test_a_true_false_claim_keeps_the_frame_of_its_wuerden_de():
    from quizgen.generate import media_claims

    a = analyze(load_article(DE_TAFEL))
    tfs = [q.prompt for q in media_claims.generate(a, claims(a))
           if q.type == "true_false" and "weiterverkaufen" in q.prompt]
    assert tfs, [q.prompt for q in media_claims.generate(a, claims(a))]
    assert all(not p.startswith("Einige Kunden würden") for p in tfs), tfs
    assert all("Behauptung, einige Kunden würden" in p for p in tfs), tfs


DE_BELLS = """Ehepaar klagt gegen Kirchenglocken in Waldau

Im Dorf Waldau schlagen die Glocken der Pfarrkirche jede Viertelstunde, auch nachts. Zwei \
Nachbarn wollen das nun gerichtlich verbieten lassen.

"Wir haben nichts gegen die Kirche, wir wollen nur schlafen", sagte Miriam Kaltenbach dem \
SWR. Pfarrer Andreas Moll verweist darauf, dass der Stundenschlag zum Dorf gehöre. Man habe \
die Glocken bereits im Frühjahr leiser gestellt, sagte er der "Allgemeinen Zeitung".

Ortsbürgermeisterin Sabine Ruppert sprach von einer "Welle der Solidarität". Eine \
Verhandlung findet frühestens im März statt.
"""


def _note(text: str) -> str:
    from quizgen.generate import media_discussion

    a = analyze(load_article(text))
    qs = [q for q in media_discussion.generate(a, claims(a)) if "Sicht fehlt" in q.prompt]
    assert qs
    return qs[0].answer


def test_the_voices_note_names_both_outlets_in_the_nominative_de():
    note = _note(DE_BELLS)
    assert "„Allgemeine Zeitung“" in note, note
    assert "„SWR“" in note, note


def test_an_outlets_name_in_the_nominative_de():
    from quizgen.generate.media_discussion import _nominative

    assert _nominative("Hessischen Rundfunk", "de") == "Hessischer Rundfunk"
    assert _nominative("Süddeutschen Zeitung", "de") == "Süddeutsche Zeitung"
    assert _nominative("Kirchberger Rundschau", "de") == "Kirchberger Rundschau"
    assert _nominative("Hamburger Abendblatt", "de") == "Hamburger Abendblatt"


def _headline_note(text: str) -> str:
    from quizgen.generate import media_headline

    a = analyze(load_article(text))
    qs = [q for q in media_headline.generate(a) if q.type == "open"]
    assert qs, [q.prompt for q in media_headline.generate(a)]
    return qs[0].answer


EN_LORRY = """SMASHED AGAIN! Lorry wedged under Ashby rail bridge for 12th time this year

A lorry became stuck under the railway bridge on Mill Lane in Ashby on Tuesday morning, \
halting trains for more than three hours.

The driver, a 40-year-old man from Leeds, was not hurt. It was the twelfth strike on the \
bridge since January, Network Rail said. Mill Lane reopened to traffic shortly after 2pm.
"""


def test_a_headline_count_the_body_repeats_is_backed_en():
    note = _headline_note(EN_LORRY)
    assert "twelfth strike" in note, note
    assert "The headline overstates this." not in note, note


DE_LKW = """CRASH! Lkw bleibt zum 12. Mal in diesem Jahr unter Brücke in Waldau stecken

Ein Lastwagen ist am Dienstagmorgen unter der Bahnbrücke an der Mühlstraße in Waldau stecken \
geblieben. Die Strecke war mehr als drei Stunden gesperrt.

Der Fahrer, ein 40-jähriger Mann aus Polen, blieb unverletzt. Es war nach Angaben der Bahn \
der zwölfte Unfall an der Brücke seit Januar. Die Mühlstraße wurde am Nachmittag wieder \
freigegeben.
"""


def test_a_headline_count_the_body_repeats_is_backed_de():
    from quizgen.generate.media_headline import _backed_counts

    a = analyze(load_article(DE_LKW))
    head = [s for s in a.sentences if s.block == "headline"]
    lead = next(s for s in a.sentences if s.block == "body")
    assert any("zwölfte Unfall" in b.text for b in _backed_counts(a, head, lead))


EN_TWO_OUTLETS = """Anglers vow to fight plan for 40 homes at Lakeside

Anglers in Ashby say they will go to court to stop the council from selling the pond.

"We have around 600 families on the waiting list," council leader Mark Denton told BBC \
Radio Wales. Jane Hollis, who chairs the Ashby Angling Club, said the club had collected \
1,500 signatures in a week. She told the Western Mail that the club had already contacted a \
solicitor.

A public meeting will be held at Ashby Library on Thursday at 7pm.
"""


def test_one_outlet_gap_item_per_set_en():
    from quizgen.generate import media

    a = analyze(load_article(EN_TWO_OUTLETS))
    gaps = [q for q in media.generate(a) if q.prompt.startswith(
        "The article takes this information from another news outlet")]
    assert len(gaps) == 1, [q.prompt for q in gaps]


def test_a_headline_tone_note_is_no_second_item_beside_its_loaded_word_en():
    from quizgen.generate import media

    a = analyze(load_article(EN_LORRY))
    qs = media.generate(a)
    assert any(q.skill == "loaded_language" and q.answer == "SMASHED" for q in qs), \
        [q.prompt for q in qs]
    assert not any(q.type == "open" and q.skill == "headline" for q in qs), \
        [q.answer for q in qs if q.skill == "headline"]


EN_ANGLERS_ORG = """Anglers accused of leaving litter at Ashby lake

Residents in Ashby say the lake has become a dumping ground.

Council leader Mark Denton said new bins would be installed in the spring. Jane Hollis, who \
lives by the lake, said the litter had got worse every summer. Some residents claim that \
anglers deliberately leave their rubbish behind. There is no evidence for this, and the \
Northern Anglers Association called the accusation "an insult to thousands of members".

A public meeting will be held at Ashby Library on Thursday at 7pm.
"""


def test_an_organisation_in_the_voices_note_keeps_the_article_the_text_gives_it_en():
    from quizgen.generate import media_discussion

    a = analyze(load_article(EN_ANGLERS_ORG))
    notes = [q.answer for q in media_discussion.generate(a, claims(a))
             if "view is missing" in q.prompt]
    assert notes and "what the Northern Anglers Association said" in notes[0], notes
