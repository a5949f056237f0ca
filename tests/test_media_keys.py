"""Media items must never carry a wrong key: invented portal articles through the real
pipeline (blind review 8 and the texts written after it).

* an unquoted no-evidence remark in front of a speaker who *rejects* something is the
  article's own voice, not the speaker's statement (a matching item keyed "Belege dafür gibt
  es nicht" to the company's manager);
* a guessing word inside an indirect question ("declined to say how much this was likely to
  cost") is nobody's guess: the sentence is no opinion;
* the writer's closing verdict is the fact-or-opinion item, also when the portal's promo
  lines end the body and when a date is only rhetoric ("today's criminals").
"""

from __future__ import annotations

from quizgen.generate import media, media_opinion, media_text
from quizgen.pipeline import analyze, load_article

DE_BUS = """Von Miriam Albrecht | 23.11.2026, 17:30 Uhr

Schulbus-Desaster im Landkreis! Kinder warten vergeblich - Eltern laufen Sturm

Im Landkreis Tannau fallen seit zwei Wochen immer wieder Schulbusse aus. Das Busunternehmen \
klagt über fehlende Fahrer.

Das Busunternehmen Nordbus begründet die Ausfälle mit einem hohen Krankenstand. "Uns fehlen \
derzeit elf Fahrer", sagte Geschäftsführer Markus Vogl. Landrat Franz Löffler kündigte am \
Mittwoch an, zusätzliche Taxis einzusetzen.

In Elternchats wird behauptet, das Unternehmen habe bewusst Fahrer abgezogen. Belege dafür gibt \
es nicht, Vogl wies den Vorwurf als "völlig haltlos" zurück.

Schulleiterin Ingrid Baumann berichtete, an manchen Tagen fehle ein Drittel einer Klasse.

Dass Kinder im November eine Stunde an der Straße stehen müssen, ist ein Armutszeugnis.

Quelle: tannau-aktuell.de/dpa
"""


def _analysis(text: str):
    return analyze(load_article(text))


def test_a_no_evidence_remark_before_a_rejecting_speaker_is_not_his_statement():
    an = _analysis(DE_BUS)
    cs = media_text.claims(an)
    assert not any("Belege" in (c.content or "") for c in cs)
    assert any(c.speaker == "Markus Vogl" and "elf Fahrer" in (c.content or "") for c in cs)
    for q in media.generate(an):
        answer = q.answer if isinstance(q.answer, str) else " ".join(q.answer)
        assert "Vogl = Belege" not in answer


def test_a_clause_the_speaker_reports_after_the_cue_stays_his():
    """'Vogl sagte, Belege dafür gebe es nicht' is Vogl's own statement: kept."""
    an = _analysis(DE_BUS.replace(
        "Belege dafür gibt es nicht, Vogl wies den Vorwurf als \"völlig haltlos\" zurück.",
        "Geschäftsführer Markus Vogl sagte, dafür gebe es keine Belege."))
    assert any(c.speaker == "Markus Vogl" and "Belege" in (c.content or "")
               for c in media_text.claims(an))


EN_SCHOOL = """By Rachel Dunmore | Monday 23 November 2026, 16:15 GMT

SCANDAL: pupils sent home as crumbling school ceiling puts lives at risk

About 900 pupils at Fenbrook Academy in Boston have been told to learn from home after \
surveyors found weak concrete in the roof of its main building.

Headteacher Paul Adeyemi said the decision had been taken "with a heavy heart". The \
Department for Education said it would fund all emergency works. A spokesperson declined to \
say how much this was likely to cost.

Lessons moved online on Monday, and laptops were lent to around 120 families.

It is hard to see how a country can expect pupils to do their best in buildings that nobody \
dares to enter.

Sign up for our free daily newsletter to get the biggest stories from across the county.

Source: Lincs Today / PA
"""


def _fact_opinion(an):
    return [q for q in media_opinion.generate(an, media_text.claims(an))
            if q.type == "multiple_choice" and len(q.options) == 2]


def test_a_guess_inside_an_indirect_question_is_no_opinion():
    text = "A spokesperson declined to say how much this was likely to cost."
    assert not any(c.kind == "hedge" for c in media_opinion.opinion_cues(text, "en"))
    assert media_opinion.classify(text, 0.55, "en")[0] != "opinion"
    # a guess the writer makes stays one
    assert any(c.kind == "hedge" for c in media_opinion.opinion_cues(
        "The repairs will likely cost more than the council says.", "en"))
    an = _analysis(EN_SCHOOL)
    assert not any("declined" in q.prompt and "opinion" in q.answer
                   for q in _fact_opinion(an))


def test_the_writers_closing_frame_is_the_opinion_item_en():
    an = _analysis(EN_SCHOOL)
    qs = sorted(_fact_opinion(an), key=lambda q: -q.score)
    assert qs and "It is hard to see how" in qs[0].prompt and "opinion" in qs[0].answer
    assert "hard to see how" in qs[0].explanation


EN_COUNCIL = """By Daniel Okafor | Thursday 26 November 2026, 09:30 GMT

HACKED! Council held to ransom by criminals

Cyber criminals have demanded around £2 million from Westbridge Borough Council after a \
ransomware attack knocked out its computer systems.

Council leader Ravi Mistry said the council would not pay. Around 3,500 households are still \
waiting for housing benefit payments, the council said.

It is hard to avoid the conclusion that councils are being left to fight today's criminals \
with yesterday's tools.

Get the latest news from Westbridge straight to your inbox - sign up to our free newsletter here.

Source: South Coast Live / PA Media
"""

DE_BAD = """Von Katrin Vogt | 24.11.2026, 11:52 Uhr

Keim-Alarm im Familienbad! Eltern sind sauer

Das Hallenbad "Aquarena" in Rosenheim ist seit Montag geschlossen. Ein Labor hatte bei einer \
Routineprobe Werte von mehr als 10.000 koloniebildenden Einheiten pro 100 Milliliter \
festgestellt.

"Die Gesundheit unserer Gäste geht vor", sagte Geschäftsführer Florian Brandl. Rund 1.400 \
Schülerinnen und Schüler aus 14 Schulen nutzen das Bad für den Schwimmunterricht.

Ein Bad, in dem die halbe Stadt schwimmen lernt, darf nicht erst dann gründlich kontrolliert \
werden, wenn die Keime schon in den Leitungen sitzen.

Sie wollen keine Nachrichten aus Ihrer Region mehr verpassen? Dann abonnieren Sie unseren \
kostenlosen Newsletter und folgen Sie uns auf Instagram.

Quelle: rosenheim-aktuell.de/dpa
"""


def test_a_rhetorical_date_does_not_hide_the_closing_verdict():
    qs = sorted(_fact_opinion(_analysis(EN_COUNCIL)), key=lambda q: -q.score)
    assert qs and "hard to avoid the conclusion" in qs[0].prompt
    assert qs[0].answer == "an opinion or assessment"


def test_the_closing_demand_before_promo_lines_is_the_opinion_item_de():
    """The portal's 'Sie wollen ... verpassen? Dann abonnieren Sie ...' may end the body: the
    writer's comment is the paragraph before it, and its 'darf nicht' is a demand."""
    qs = sorted(_fact_opinion(_analysis(DE_BAD)), key=lambda q: -q.score)
    assert qs and "darf nicht erst dann" in qs[0].prompt
    assert qs[0].answer == "eine Meinung bzw. Einschätzung"
    assert "darf nicht" in qs[0].explanation
    # in the middle of the report the same words stay unasked as an opinion: a rule
    mid = DE_BAD.replace("Fußgänger", "").replace(
        "Rund 1.400", "Badegäste dürfen die Duschen nicht mehr benutzen. Rund 1.400")
    assert not any("dürfen die Duschen" in q.prompt and "Meinung" in q.answer
                   for q in _fact_opinion(_analysis(mid)))


EN_PANDA = """By Owen Pritchard | Published 25 November 2026, 11:20 GMT

Terror in the suburbs: escaped zoo animal leaves families too scared to go outside

A red panda that escaped from a wildlife park in Devon has been found safe in a garden three \
miles away. The animal spent almost two days on the run.

A keeper carries the red panda back to its enclosure. (Photo) Search
A keeper carries the red panda back to its enclosure. Image: SWNS / Tom Wren

The red panda, a four-year-old male called Kiko, went missing from Dartmoor Edge Wildlife Park \
near Ashburton on Sunday morning. Keepers noticed that he was not in his enclosure when they \
arrived for the first feed at around 8am.

He was finally spotted on Monday evening in the garden of retired teacher Graham Noakes, who \
saw him sitting in an apple tree. "I thought it was a big ginger cat at first," Mr Noakes told \
the Mid-Devon Gazette. Keepers caught the animal with a net shortly after 9pm.

How did he get out?

Park director Susan Pelham said a storm on Saturday night had brought down a branch that \
probably gave Kiko a route over the fence. "He is a climber, and he took his chance," she \
said. She said the branch had been removed and the fence would be raised by half a metre.

Read more: Dartmoor pony numbers rise for the first time in a decade

Red pandas are shy animals that weigh about five kilograms and pose no danger to people, \
according to the park. A vet who examined Kiko on Tuesday said he was dehydrated but otherwise \
healthy.

Criticism of the park

An animal welfare group, Free The Wild, accused the park of failing to maintain its \
enclosures. A spokesperson said the group had raised concerns about the fence in a letter last \
year. The park said it had received no such letter. That claim has not been confirmed by any \
inspection report.

Several residents reportedly kept their cats indoors after a post on a local Facebook group \
warned of a "wild animal" in the area. Devon and Cornwall Police said they had received about \
a dozen calls, most of them from people who wanted to help with the search.

Kiko is expected to go back on public display at the weekend.

The park was lucky this time, and it should not need a storm to remind it to check its fences.

Get the latest news from Devon straight to your inbox - sign up to our free newsletter here.

Source: Devon Live Online / PA Media
"""


def test_a_flag_after_a_charge_and_its_denial_asks_nothing():
    """'That claim' may be the charge or the denial: no evidence item may pick one."""
    from quizgen.model import EvidenceMarker

    an = _analysis(EN_PANDA)
    assert not any("no such letter" in an.sentences[m.claim_sentence].text
                   for m in media_text.evidence_markers(an)
                   if m.kind == "no_evidence" and m.claim_sentence is not None)
    # the evidence finder may point the note at the sentence just before (the denial)
    note = next(s for s in an.sentences if s.text.startswith("That claim"))
    start = note.start + note.text.index("has not")
    m = EvidenceMarker("no_evidence", start, start + 22, "has not been confirmed", note.index,
                       note.index - 1)
    assert "no such letter" in an.sentences[note.index - 1].text
    assert media_text._retarget(an, m) == []
    for q in media.generate(an):
        if q.skill in {"evidence", "discussion"}:
            text = q.prompt + " " + (q.answer if isinstance(q.answer, str) else "")
            unproven = "no evidence" in text.lower() or "not been confirmed" in text
            assert "no such letter" not in text or not unproven
            assert not (("no evidence" in q.prompt or "not been confirmed" in q.prompt)
                        and "no such letter" in str(q.answer))


def test_a_flag_right_after_a_charge_still_points_at_it():
    an = _analysis(EN_PANDA.replace(" The park said it had received no such letter.", ""))
    ev = [q for q in media.generate(an) if q.skill == "evidence" and (
        "evidence" in q.prompt or "confirmed" in q.prompt)]
    assert ev and all("raised concerns about the fence" in q.prompt + str(q.answer)
                      for q in ev)


DE_SCHOCK = """Erstellt von Markus Lehnert - 25.11.2026, 17:10 Uhr

Dreiste Abzocke am Telefon! Falsche Polizisten ergaunern 48.000 Euro von Rentnerin

Mit einer erfundenen Unfallgeschichte haben Betrüger in Bielefeld eine 83-Jährige um ihre \
Ersparnisse gebracht.

"Die allermeisten Angerufenen haben richtig reagiert", sagte Polizeisprecher Jens Hoffmeier. \
Finanzexpertin Sabine Kruck sagte dem WDR, Banken müssten hohe Barabhebungen stärker \
hinterfragen. Ein Sprecher der Sparkasse Bielefeld erklärte, die Mitarbeiter seien geschult, \
könnten Kunden aber nicht verbieten, über ihr eigenes Geld zu verfügen.

Im Internet kursiert zudem die Behauptung, die Täter hätten Zugriff auf Daten des \
Einwohnermeldeamts. Die Stadt wies das am Mittwoch zurück, bewiesen ist es nicht.

/news.de/dpa
"""


def test_a_sentence_naming_its_own_claimant_is_not_carried_over_to_the_last_speaker():
    """'Im Internet kursiert die Behauptung, ...' after the bank's spokesman is no word of the
    bank: neither a claim of its, nor 'the unproven claim of Sparkasse Bielefeld'."""
    an = _analysis(DE_SCHOCK)
    # the sentence's claim is nobody's by name: 'Stimmen im Internet' (test_media_impersonal)
    assert all(c.speaker == "Stimmen im Internet" for c in media_text.claims(an)
               if "kursiert" in c.sentence.text)
    for q in media.generate(an):
        text = q.prompt + " " + (q.answer if isinstance(q.answer, str) else " ".join(q.answer))
        assert "Behauptung von Sparkasse" not in text
        assert not ("Sparkasse" in text and "Einwohnermeldeamt" in text and
                    q.skill in {"evidence", "attribution", "interested_party"})


DE_ANRUF = """Erstellt von Markus Lehnert - 25.11.2026, 17:10 Uhr

Falsche Polizisten erbeuten 48.000 Euro von Rentnerin

Mit einer erfundenen Unfallgeschichte haben Betrüger in Bielefeld eine 83-Jährige um ihre \
Ersparnisse gebracht.

Hoffmeier rät: "Die echte Polizei verlangt niemals Geld am Telefon." Auch Angehörige sollten \
ihre älteren Familienmitglieder regelmäßig auf die Masche ansprechen.

Gegen solche Anrufe hilft am Ende nur eins: dass Familien offen darüber reden, bevor das \
Telefon klingelt.

Folgen Sie News.de schon bei Facebook und YouTube?

/news.de/dpa
"""


def test_the_writers_closing_verdict_outranks_advice_in_the_report():
    """'Auch Angehörige sollten ...' may still be the police's advice; the closing 'hilft am
    Ende nur eins' is the writer's own: it is the opinion item a set asks first."""
    qs = sorted((q for q in _fact_opinion(_analysis(DE_ANRUF)) if "Meinung" in q.answer),
                key=lambda q: -q.score)
    assert qs and "hilft am Ende nur eins" in qs[0].prompt


EN_CON = """By Chris Holloway | Friday 27 November 2026, 07:40 GMT

EVERY pensioner at risk! Fake council inspectors con elderly out of thousands

Police in Worcester are warning older residents after two women were tricked out of more than \
£6,000 by men posing as council officials.

The first woman, aged 84, was visited at her home in St John's on Tuesday afternoon. A man \
allegedly claiming to be a water inspector told her the pipes in her house were contaminated \
and that she had to pay for an emergency repair. She handed over £2,500 in cash before her \
neighbour became suspicious and called the police.

"Genuine council staff will never ask for cash at the door," said Detective Sergeant Kate \
Lowry. Neighbour Dave Morris said he had seen the man leave in a white van. "He looked \
completely normal, that's what worries me," he said.

Source: Midlands Today Online / PA
"""


def test_a_hedged_false_identity_in_a_story_about_a_con_is_not_an_unconfirmed_report():
    """'A man allegedly claiming to be a water inspector' in a story about fake inspectors:
    the article reports the con as fact; 'only an unconfirmed report' would be wrong."""
    an = _analysis(EN_CON)
    assert not any("water inspector" in q.prompt and q.skill == "evidence"
                   for q in media.generate(an))
    # the same hedge in a story that does not call it a con is asked
    plain = EN_CON.replace("Fake council inspectors con elderly out of thousands",
                           "Council inspectors visit elderly").replace(
        "were tricked out of more than £6,000 by men posing as council officials",
        "paid more than £6,000 to men who said they were council officials")
    assert any("water inspector" in q.prompt and q.skill == "evidence"
               for q in media.generate(_analysis(plain)))


def test_an_unnamed_describing_speaker_is_not_given_the_last_name_in_the_text():
    """'A man allegedly claiming to be ... told her' after 'her home in St John's' is no
    voice of 'St John' (a place the entity finder may take for a person)."""
    from quizgen.generate import media_discussion

    an = _analysis(EN_CON)
    names = [v.name for v in media_discussion.quoted_voices(an, media_text.claims(an))]
    assert "Kate Lowry" in names and not any("John" in n for n in names)
