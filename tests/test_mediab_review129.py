"""mediaB fixes of the first fix round of the session of 2026-11-29 (10:46): faults in the
media-literacy items found by blind reviews 118-129. Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _media(text: str):
    from quizgen.generate import media
    return media.generate(analyze(load_article(text)))


HARBOUR_EN = """By Tom Reade | Tuesday 24 November 2026, 09:10 GMT

Boat owners angry as harbour moorings fees rise by a third

Mooring fees at Kelby harbour will rise by a third from January, the harbour board has \
confirmed.

Harbour master Colin Fraser said the money was needed to repair the north wall. "The wall \
has not been touched since the 1970s," he told BBC Radio Solent.

Boat owner Janet Pryor, who has kept a fishing boat in the harbour for 30 years, said the \
rise would force smaller owners out. Some posts in a local sailing forum have claimed that \
the board plans to sell the harbour to a developer. The board said there was no evidence \
of this, and the claim has not been confirmed.

Councillor Mark Bell said the council would look at the figures.
"""


def test_one_unproven_claim_item_asks_which_claim():
    """124 en_parcel_thefts #15: 'The article reports a claim ... Think about this claim' never
    said which claim; the item that prints none asks for it (its note already wants it
    named)."""
    qs = [q for q in _media(HARBOUR_EN) if q.skill == "discussion"
          and q.prompt.startswith("The article reports a claim")]
    assert qs, [q.prompt for q in _media(HARBOUR_EN)]
    assert "Think about this claim" not in qs[0].prompt, qs[0].prompt
    assert "Which claim is it" in qs[0].prompt, qs[0].prompt


BAUHOF_DE = """Von Lena Vogt | Mittwoch, 18. November 2026, 10:30 Uhr

Neuer Bauhof wird teurer als geplant

Der neue Bauhof der Gemeinde Lindau am Bach wird rund 1,2 Millionen Euro teurer als geplant. \
Das teilte die Verwaltung am Dienstag mit.

Bürgermeister Jens Albers erklärte am Dienstag im Bauausschuss, die Mehrkosten seien vor \
allem auf gestiegene Preise für Stahl zurückzuführen. Er sagte, er habe den Rat rechtzeitig \
informiert.

Die Fraktionschefin der Grünen, Petra Wolf, sagte, ihre Fraktion habe früh vor den Kosten \
gewarnt. Der Ratsherr Uwe Kranz forderte, alle Angebote offenzulegen. Anwohnerin Maria \
Roth sagte, der Lärm der Baustelle sei kaum auszuhalten.

Über den Nachtragshaushalt soll der Rat im Dezember entscheiden.
"""


def test_party_options_show_no_other_sex():
    """119 de_geraetehaus ML3: 'Jens Hartwig … sagte, ihre Fraktion habe früh ... gewarnt'
    gives itself away: the bare 'ihr-' reads as a woman's. No option of the interested-party
    item on a man shows it."""
    from quizgen.generate.media_claims import _interested_party
    from quizgen.generate.media_text import claims
    a = analyze(load_article(BAUHOF_DE))
    qs = [q for q in _interested_party(a, claims(a)) if "Albers" in q.prompt]
    assert qs
    for q in qs:
        assert not any("ihre Fraktion" in o for o in q.options), q.options


def test_option_sex_reads_bare_possessive():
    from quizgen.generate.media_claims import _option_sex
    assert _option_sex("sagte, ihre Fraktion habe früh gewarnt", "de") == "f"
    # 'ihre' after a plural in its clause is theirs
    assert _option_sex("sagte, die Anwohner hätten ihre Sorgen geäußert", "de") is None
    assert _option_sex("said his team had won", "en") == "m"


def test_option_pointing_back_is_no_distractor():
    """122 en_phone_box #11: 'said that at least six of those calls had been made to 999' -
    which calls? An option that points back past its own words is no distractor."""
    from quizgen.generate.media_claims import _OPTION_POINTS_BACK
    assert _OPTION_POINTS_BACK["en"].search("said that at least six of those calls were made")
    assert not _OPTION_POINTS_BACK["en"].search("said those who came were welcome")
    assert _OPTION_POINTS_BACK["de"].search("sagte, diese Pläne seien nicht neu")
    assert not _OPTION_POINTS_BACK["de"].search("sagte, in dieser Woche gebe es keine Termine")


POOL_DE = """Von Lena Vogt | Mittwoch, 18. November 2026, 10:30 Uhr

Hallenbad bleibt länger geschlossen

Das Hallenbad der Gemeinde Lindau am Bach bleibt bis zum Sommer geschlossen. Das teilte die \
Verwaltung am Dienstag mit.

Bürgermeister Jens Albers erklärte am Dienstag im Sportausschuss, die Verzögerung sei vor \
allem auf fehlende Ersatzteile für die Lüftungsanlage und ein neues Gutachten zur Statik des \
Daches zurückzuführen.

Der Ratsherr Uwe Kranz forderte, alle Gutachten offenzulegen. Schwimmtrainerin Maria Roth \
sagte, die Kinder würden leiden.

Über die Kosten soll der Rat im Dezember entscheiden.
"""


def test_party_key_not_twice_as_long():
    """119 de_geraetehaus ML3, 122 en_phone_box #11: the key of the interested-party item was
    twice as long as any other option ('erklärte am Donnerstag im Bauausschuss, die Mehrkosten
    seien ...' beside 'forderte, alle Unterlagen ... offenzulegen'): it gives itself away."""
    from quizgen.generate.media_claims import _interested_party
    from quizgen.generate.media_text import claims
    a = analyze(load_article(POOL_DE))
    for q in _interested_party(a, claims(a)):
        others = [o for o in q.options if o != q.answer]
        assert len(q.answer) <= 1.8 * max(map(len, others)), q.options


LIBRARY_EN = """By Tom Reade | Tuesday 24 November 2026, 09:10 GMT

Library heating fault leaves readers in the cold

The heating at Marlow Street library has failed for the third time this winter, and readers \
say the reading room is too cold to use.

Librarian Susan Hale said staff had been wearing coats at work since Monday. "We hand out \
blankets now," she said.

Some readers believe that the boiler was switched off to save money. The council has not \
confirmed this, and a spokesperson said only that "all repairs are being reviewed".

An engineer is due to visit the building on Friday.
"""


def test_flag_before_and_a_spokesperson_said_that():
    """112 en_swing_bridge: 'The council has not confirmed this, and a spokesperson said only
    that "..."' flags the claim before; the quote finder took the first clause for what the
    spokesperson said, so the flag stayed on its own sentence and the claim got no item."""
    from quizgen.nlp.evidence import find_markers
    a = analyze(load_article(LIBRARY_EN))
    flags = [m for m in find_markers(a) if m.kind == "no_evidence"]
    assert flags, find_markers(a)
    claim = a.sentences[flags[0].claim_sentence].text
    assert claim.startswith("Some readers believe"), claim


def test_firm_spokesman_role_keeps_the_firm():
    """125 en_phone_box #18: 'BT spokesman Mark Hollis said ...' was listed among the voices as
    'Mark Hollis (spokesman)'; whose spokesman he is belongs to the role."""
    from quizgen.generate.media_discussion import _role
    text = HARBOUR_EN.replace("Councillor Mark Bell said the council would look at the figures.",
                              "The boatyard is run by KMG. KMG spokesman Daniel Shore said "
                              "the firm had no such plans.")
    a = analyze(load_article(text))
    shore = next(e for e in a.entities if e.name == "Daniel Shore")
    assert _role(a, shore) == "KMG spokesman", _role(a, shore)


def test_whether_it_would_be_enough_flags_no_claim_before():
    """128 en_lighthouse_lens #9: 'According to the parish council, a trust could raise about
    £30,000 a year. Whether that would be enough to protect the lens has not been confirmed'
    leaves open a judgement on the sum, not the sentence before: no unproven claim there."""
    from quizgen.nlp.evidence import find_markers
    text = LIBRARY_EN.replace(
        "Some readers believe that the boiler was switched off to save money. The council has "
        "not confirmed this, and a spokesperson said only that \"all repairs are being "
        "reviewed\".",
        "According to the council, a new boiler would cost about £20,000. Whether that would "
        "be enough to heat the reading room has not been confirmed by an engineer.")
    a = analyze(load_article(text))
    assert not [m for m in find_markers(a) if m.kind == "no_evidence"
                and "£20,000" in a.sentences[m.claim_sentence].text], find_markers(a)


MUEHLE_DE = """Von Lena Vogt | Mittwoch, 18. November 2026, 10:30 Uhr

Land will alte Wassermühle verkaufen

Das Land will die alte Wassermühle in Lindau am Bach verkaufen. Ein Förderverein möchte sie \
als Museum erhalten.

Die Vorsitzende des Fördervereins, Anna Berg, sagte dem NDR, die Mühle gehöre zum Ort. \
„Wir sammeln schon Spenden“, sagte Berg.

Eine Sprecherin des Landesamts, Petra Kühn, verwies auf die Haushaltsordnung: Das Land dürfe \
die Mühle nur zum vollen Wert abgeben, sagte Kühn.

Im Ort kursiert das Gerücht, ein Investor wolle die Mühle abreißen. Belege dafür gibt es \
nicht; das Landesamt äußerte sich nicht zu möglichen Käufern.

Bürgermeister Jens Albers sagte, die Gemeinde werde den Verein unterstützen.
"""


def test_no_comment_on_a_topic_without_article():
    """126/129 de_leuchtturmverkauf: 'äußerte sich nicht zu möglichen Interessenten', 'wollte
    sich zu möglichen Bietern nicht äußern' is silence on that matter only; the note said 'hat
    sich laut Artikel nicht geäußert' though its spokeswoman is quoted."""
    qs = [q for q in _media(MUEHLE_DE) if q.skill == "discussion"
          and "Zu Wort kommen" in str(q.answer)]
    assert qs
    note = str(qs[0].answer)
    assert "hat sich laut Artikel nicht geäußert" not in note, note
    assert "zu möglichen Käufern nicht" in note, note


FERRY2_EN = """By Tom Reade | Tuesday 24 November 2026, 09:10 GMT

Chain ferry out of action for weeks

The chain ferry between Kelby and Marsh End will stay out of action until the new year, \
Kelby Borough Council has said.

Operations manager Karen Holt said the gearbox had failed on Friday. "We are talking weeks, \
not days," she told BBC Radio Solent.

Baker Tom Ellis said half of his staff lived across the river.

The drivers' union has claimed that crew members reported problems with the gearbox in \
August. The council said it had no record of any such report, and the union's claim has not \
been confirmed.

Councillor Susan Marr said safety had never been compromised. She promised an independent \
review of the ferry's maintenance once it was back in service.
"""


def test_the_unions_claim_points_back():
    """127 en_floating_bridge #19: 'The council said it had no record of any such report, and
    the union's claim has not been confirmed' flags the union's claim before, not the
    council's denial."""
    from quizgen.nlp.evidence import find_markers
    a = analyze(load_article(FERRY2_EN))
    flags = [m for m in find_markers(a) if m.kind == "no_evidence"]
    assert flags
    assert a.sentences[flags[0].claim_sentence].text.startswith("The drivers' union"), flags


def test_object_of_a_promise_is_no_distractor():
    """127 en_floating_bridge #11: 'She promised an independent review of the ferry's
    maintenance once it was back in service' gave the option 'An independent review of ...
    once it was back in service.', a fragment beside three statements."""
    for q in _media(FERRY2_EN):
        if q.skill == "evidence":
            assert not any(o.startswith("An independent review") for o in q.options), q.options


def test_verbless_object_claim():
    from quizgen.generate.media_claims import _verbless_object
    from quizgen.generate.media_text import claims
    a = analyze(load_article(FERRY2_EN))
    found = {c.sentence.text[:12]: _verbless_object(c) for c in claims(a)}
    assert found.get("She promised") is True, found
    assert found.get("Councillor S") is False, found


def test_role_before_the_name():
    """128 de_liegeplatzgebuehren, en_lighthouse_lens: 'der Vorsitzende des Segelclubs
    Wessinghaven, Uwe Petersen' and 'Café owner Fiona Hale said' gave the voices list no role."""
    from quizgen.generate.media_discussion import _role
    de = MUEHLE_DE.replace("Bürgermeister Jens Albers sagte,",
                           "Ganz anders sieht das der Vorsitzende des Heimatvereins Lindau, "
                           "Uwe Kranz. Die Gemeinde solle die Mühle kaufen, sagte er. "
                           "Bürgermeister Jens Albers sagte,")
    a = analyze(load_article(de))
    kranz = next(e for e in a.entities if e.name == "Uwe Kranz")
    assert _role(a, kranz) == "Vorsitzender des Heimatvereins Lindau", _role(a, kranz)
    en = HARBOUR_EN.replace("Councillor Mark Bell said", "Café owner Fiona Lake said")
    a = analyze(load_article(en))
    lake = next(e for e in a.entities if e.name == "Fiona Lake")
    assert _role(a, lake) == "café owner", _role(a, lake)
