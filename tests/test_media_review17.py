"""Blind review 17, media faults on invented text: a "no evidence" note that shares its
sentence with a denial ('The trust called the claim "completely untrue", and no evidence has
been produced') is on the report made just before it, also when that report names no claim
verb but its channel ('According to a post shared on social media, ...'); the denial's speaker
is never named as the source of the unproven claim."""

from __future__ import annotations

from quizgen.generate import media_claims
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

EN_FERRY = """Ferry service at Carrow Bay under review

The Carrow Bay ferry carried more than 40,000 passengers last year, harbour master Ellen \
Pryce told BBC Radio Devon. Councillor Owen Marsh said the crossing was vital for the island.

According to a post shared widely on social media, the ferry has already been sold to a \
company in Scotland. The Harbour Trust called the claim "completely untrue", and no evidence \
has been produced to support it.
"""


def test_a_denial_beside_the_note_is_not_the_unproven_claim_en():
    a = analyze(load_article(EN_FERRY))
    cs = claims(a)
    flagged = [c for c in cs if c.unsupported]
    assert all("untrue" not in (c.statement or c.content or "") for c in flagged), \
        [(c.speaker, c.statement) for c in flagged]
    assert all(c.speaker != "Harbour Trust" and "Trust" not in c.speaker for c in flagged), \
        [(c.speaker, c.statement) for c in flagged]
    for q in media_claims.generate(a, cs):
        if q.skill == "evidence":
            assert "untrue" not in q.answer, (q.prompt, q.answer)
            assert "comes from The Harbour Trust" not in (q.explanation or "") and \
                "comes from Harbour Trust" not in (q.explanation or ""), q.explanation


EN_BUS = """Bus route 14 may be cut

Sarah Pike, who runs the village café, told the Hallam Star that older people relied on the \
bus. Councillor Ian Webb said the council had no money left for the route. Driver Tom Reed \
said passenger numbers had doubled since 2020.

According to a message shared on social media, the route has already been sold to a private \
firm. The council called the claim "completely untrue", and no evidence has been produced to \
support it.
"""


def test_the_report_of_a_post_is_the_unproven_claim_en():
    for text, claim in ((EN_FERRY, "sold to a company in Scotland"),
                        (EN_BUS, "sold to a private firm")):
        a = analyze(load_article(text))
        cs = claims(a)
        flagged = [c for c in cs if c.unsupported]
        assert [claim in c.content for c in flagged] == [True], \
            [(c.speaker, c.content) for c in cs]
        items = [q for q in media_claims.generate(a, cs) if q.skill == "evidence"]
        assert items and all(claim in (q.answer if q.type == "multiple_choice" else q.prompt)
                             for q in items), [(q.prompt, q.answer) for q in items]


EN_LITTER = """Litter at Moss Lane

Rubbish has been dumped in Moss Lane three times this month, the council said.

Under the law, landowners must clear rubbish dumped on their land, even if they did not put \
it there. Farmer Ann Cole said she had paid about £2,000 for the last clean-up.

Opinion: The council must finally catch the people who do this.
"""


def test_a_must_laid_down_by_law_is_no_opinion_en():
    from quizgen.generate import media_opinion
    from quizgen.generate.media_opinion import opinion_cues
    assert not [c for c in opinion_cues("Under the law, landowners must clear rubbish dumped "
                                        "on their land.", "en") if c.kind == "must"]
    assert not [c for c in opinion_cues("Laut Gesetz müssen Grundbesitzer den Müll auf ihrem "
                                        "Land beseitigen.", "de") if c.kind == "must"]
    assert [c for c in opinion_cues("The council must finally catch them.", "en")
            if c.kind == "must"]
    a = analyze(load_article(EN_LITTER))
    for q in media_opinion.generate(a, claims(a)):
        assert not ("landowners must" in q.prompt and q.answer.lower().startswith("opinion")), \
            (q.prompt, q.answer)


DE_CHOR = """Dem Kirchenchor Lindau fehlen die Stimmen

Im Probenraum: Von 24 aktiven Sängern kommen oft nur zehn. (Foto)

Der Kirchenchor in Lindau sucht neue Mitglieder. „Wir brauchen dringend junge Leute", sagte \
Chorleiterin Eva Brandt der Lindauer Zeitung. Vor zwanzig Jahren habe der Chor noch mehr als \
50 aktive Sänger gehabt. Die nächste Probe ist am Dienstag.
"""


def test_a_body_figure_of_years_ago_does_not_contradict_the_caption_de():
    from quizgen.generate import media_headline
    a = analyze(load_article(DE_CHOR))
    for q in media_headline.generate(a):
        assert not (q.skill == "headline" and "50" in q.answer), (q.prompt, q.answer)


DE_LADEN = """Letzter Laden in Birkenau schließt

Der letzte Laden in Birkenau schließt Ende März. Bürgermeister Karl Vogt sagte dem \
Bayerischen Rundfunk, man suche eine Lösung.

Gemeinderat Paul Sommer hält eine Genossenschaft für riskant. Von den Läden, die so \
gegründet wurden, habe die Hälfte wieder schließen müssen, sagte er. Belege für diese \
Behauptung legte er nicht vor.
"""


def test_a_flagged_claim_without_a_form_gets_its_true_false_item_de():
    a = analyze(load_article(DE_LADEN))
    items = [q for q in media_claims.generate(a, claims(a)) if q.skill == "evidence"]
    assert any("wieder schließen müssen" in q.prompt and q.answer == "Falsch"
               for q in items), [(q.prompt, q.answer) for q in items]


DE_GERUECHT = """Bäckerei Lenz in Talheim schließt

Die Bäckerei Lenz in Talheim schließt Ende Mai. Inhaberin Rita Lenz sagte dem \
Schwarzwälder Boten, sie finde keinen Nachfolger.

Im Ort kursiert zudem das Gerücht, eine große Kette wolle die Räume übernehmen. \
Bürgermeister Jan Roth sagte, ihm liege keine Anfrage vor. Bestätigt ist das Gerücht also \
nicht.
"""


def test_a_note_on_the_rumour_is_on_the_rumour_not_on_the_answer_de():
    a = analyze(load_article(DE_GERUECHT))
    cs = claims(a)
    flagged = [c for c in cs if c.unsupported]
    assert [("Kette" in c.content) for c in flagged] == [True], \
        [(c.speaker, c.content, bool(c.unsupported)) for c in cs]
    items = [q for q in media_claims.generate(a, cs) if q.skill == "evidence"]
    assert items and all("Anfrage" not in q.prompt + q.answer for q in items), \
        [(q.prompt, q.answer) for q in items]
