"""'Whose view is missing': the teacher's note names who is quoted and who is not, from the
article itself (a party that declined to comment, a party a claim or rumour is about that
never answers, the people affected), never a stock list."""

from __future__ import annotations

from quizgen.generate import media
from tests.test_media import build, by

DE_STROM = """Stromausfall in Lindenau

Rund 8.000 Haushalte in Lindenau waren am Dienstag ohne Strom. SWL-Sprecherin Martina Höfer \
erklärte, ein Kabel sei bei Bauarbeiten beschädigt worden. Die Baufirma soll angeblich ohne \
aktuelle Leitungspläne gearbeitet haben. Der Vorsitzende des Anwohnervereins, Peter Brandt, \
sagte, die Anwohner seien wütend. Das Ordnungsamt wollte sich zu dem Vorfall nicht äußern.
"""

EN_TOUR = """Orchestra cancels tour

The Northvale Orchestra has cancelled its tour of Japan. Chief executive Margaret Okafor said \
the tour would have cost too much. Union representative David Lunn claimed that the board had \
planned the cancellation for months. Conductor Sofia Brandt has not commented. Ticket holders \
and fans will receive refunds.
"""


def _voices(an):
    [q] = by(media.generate(an), "discussion", "open", "Sicht|view")
    return q


def test_note_names_the_unheard_party_and_the_silent_one_de():
    an = build(DE_STROM, {
        "Martina Höfer": {"role": "SWL-Sprecherin"},
        "Peter Brandt": {"role": "Vorsitzender des Anwohnervereins"}},
        [dict(**{"in": "Höfer erklärte"}, speaker="Martina Höfer", entity="Martina Höfer",
              speaker_text="SWL-Sprecherin Martina Höfer", cue="erklärte",
              content="ein Kabel sei bei Bauarbeiten beschädigt worden", kind="indirect"),
         dict(**{"in": "Peter Brandt, sagte"}, speaker="Peter Brandt", entity="Peter Brandt",
              speaker_text="Peter Brandt", cue="sagte",
              content="die Anwohner seien wütend", kind="indirect")],
        [{"kind": "hedge", "text": "soll angeblich", "claim": "Die Baufirma"}])
    q = _voices(an)
    assert "Martina Höfer (SWL-Sprecherin)" in q.answer
    assert "die Baufirma selbst kommt aber nicht zu Wort" in q.answer
    assert "„Die Baufirma soll angeblich" in q.answer
    assert "Das Ordnungsamt wollte sich laut Artikel zu dem Vorfall nicht äußern" in q.answer
    assert "die Baufirma um eine Stellungnahme bitten" in q.answer
    baufirma = next(s for s in an.sentences if "Baufirma" in s.text)
    assert baufirma.index in {e.sentence for e in q.evidence}  # the note's sentences are cited


def test_note_names_who_has_not_commented_and_the_accused_board_en():
    an = build(EN_TOUR, {
        "Margaret Okafor": {"role": "Chief executive"},
        "David Lunn": {"role": "Union representative"},
        "Sofia Brandt": {"role": "Conductor"}},
        [dict(**{"in": "Okafor said"}, speaker="Margaret Okafor", entity="Margaret Okafor",
              speaker_text="Chief executive Margaret Okafor", cue="said",
              content="the tour would have cost too much", kind="indirect"),
         dict(**{"in": "Lunn claimed"}, speaker="David Lunn", entity="David Lunn",
              speaker_text="Union representative David Lunn", cue="claimed",
              content="the board had planned the cancellation for months", kind="indirect")],
        [])
    q = _voices(an)
    assert "Sofia Brandt has not commented" in q.answer
    assert "claims or guesses about the board" in q.answer and "ask the board" in q.answer
    assert "fans" in q.answer  # people affected, mentioned but not quoted
    assert "independent observers or own reporting" not in q.answer  # no stock list


def test_a_party_that_speaks_is_not_called_unheard():
    """The headteacher answers for the school: a claim about the school leaves it heard."""
    text = ("Measles at Eastwick school\n\nHeadteacher Colin Harwood said the school had "
            "followed all official guidance. Nurse Amy Lee said that 14 children were ill.\n")
    an = build(text, {"Colin Harwood": {}, "Amy Lee": {"role": "Nurse"}},
               [dict(**{"in": "Harwood said"}, speaker="Colin Harwood", entity="Colin Harwood",
                     speaker_text="Colin Harwood", cue="said",
                     content="the school had followed all official guidance",
                     kind="indirect"),
                dict(**{"in": "Lee said"}, speaker="Amy Lee", entity="Amy Lee",
                     speaker_text="Nurse Amy Lee", cue="said",
                     content="14 children were ill", kind="indirect")], [])
    assert "the school is not heard" not in _voices(an).answer


DE_CATERING = """Neuer Caterer für die Schulen

Der Gemeinderat hat den Auftrag an die Firma Bauwerk Nord GmbH vergeben. Anna Roth, \
Sprecherin der Bauwerk Nord GmbH, sagte, die Arbeiten würden im Mai beginnen. Klaus Brenner, \
Vorsitzender des Bürgervereins, behauptete, die Firma habe den Zuschlag nur wegen guter \
Kontakte bekommen.
"""


def test_a_company_whose_spokeswoman_speaks_is_not_called_silent_de():
    """The accused company speaks through a spokeswoman whose role names it: the note says
    it does not answer this charge, never that it is not heard at all."""
    an = build(DE_CATERING, {
        "Anna Roth": {"role": "Sprecherin der Bauwerk Nord GmbH"},
        "Klaus Brenner": {"role": "Vorsitzender des Bürgervereins"},
        "Bauwerk Nord GmbH": {"label": "ORG"}},
        [dict(**{"in": "Roth,"}, speaker="Anna Roth", entity="Anna Roth",
              speaker_text="Anna Roth", cue="sagte",
              content="die Arbeiten würden im Mai beginnen", kind="indirect"),
         dict(**{"in": "Brenner,"}, speaker="Klaus Brenner", entity="Klaus Brenner",
              speaker_text="Klaus Brenner", cue="behauptete",
              content="die Firma habe den Zuschlag nur wegen guter Kontakte bekommen",
              kind="indirect")], [])
    q = _voices(an)
    assert "Anna Roth (Sprecherin der Bauwerk Nord GmbH)" in q.answer
    assert "kommt aber nicht zu Wort" not in q.answer
    assert "Für die Firma spricht im Artikel zwar Anna Roth" in q.answer


EN_RECALL = """Toy maker recalls teddy bears

The manufacturer, Fluffo Toys, apologised. A spokeswoman for the company said the fault had \
been found in March. Mark Ellis, who runs a toy shop in Derby, said that few customers had \
complained. Kate Hill, head of product safety at the council, said the bears were a choking \
risk. Hill, who inspected the shop, was worried. She said more checks would follow. \
"Parents should check their cupboards," she said.
"""


def test_every_quoted_speaker_is_listed_with_their_role_en():
    """A speaker known by role ("a spokeswoman for the company"), a role given as a relative
    clause, a lower-case English role, a "she said" right after the person's name: all are
    listed, none as an "(involved party)"."""
    an = build(EN_RECALL, {
        "Mark Ellis": {},
        "Kate Hill": {"role": "head of product safety at the council", "aliases": ["Hill"]},
        "Fluffo Toys": {"label": "ORG"}},
        [dict(**{"in": "A spokeswoman"}, speaker="A spokeswoman for the company", entity=None,
              speaker_text="A spokeswoman for the company", cue="said",
              content="the fault had been found in March", kind="indirect"),
         dict(**{"in": "Ellis, who"}, speaker="Mark Ellis", entity="Mark Ellis",
              speaker_text="Mark Ellis", cue="said", content="few customers had complained",
              kind="indirect"),
         dict(**{"in": "Parents should"}, speaker="she", entity=None, speaker_text="she",
              cue="said", content="Parents should check their cupboards", kind="direct")],
        [])
    q = _voices(an)
    assert "a spokeswoman for Fluffo Toys" in q.prompt
    assert "Mark Ellis, who runs a toy shop in Derby;" in q.answer  # as the article has it
    # (all roles after a comma where one voice has a relative clause: blind review 61 #9)
    assert "Kate Hill, head of product safety at the council" in q.answer
    assert "involved party" not in q.answer


EN_RAIL = """Trains cancelled in Dunmore

The company's chief executive, Ruth Okoye, apologised to passengers. She said that new \
trains would arrive in May. Campaigner Tom Pike claimed the firm had cut maintenance for \
years. Okoye rejected the accusation.
"""


def test_a_charge_the_companys_chief_answers_leaves_no_unheard_party():
    """'The company's chief executive, Ruth Okoye, ...' speaks for the firm, and her denial
    answers the charge about 'the firm': the note neither calls the firm unheard nor asks
    it for a statement."""
    an = build(EN_RAIL, {"Ruth Okoye": {"aliases": ["Okoye"], "pronouns": [("She said", "She")]},
                         "Tom Pike": {}},
               [dict(**{"in": "She said"}, speaker="Ruth Okoye", entity="Ruth Okoye",
                     speaker_text="She", cue="said",
                     content="new trains would arrive in May", kind="indirect"),
                dict(**{"in": "Pike claimed"}, speaker="Tom Pike", entity="Tom Pike",
                     speaker_text="Tom Pike", cue="claimed",
                     content="the firm had cut maintenance for years", kind="indirect")], [])
    q = _voices(an)
    assert "Ruth Okoye (the company's chief executive)" in q.answer
    assert "not heard" not in q.answer and "ask the firm" not in q.answer



DE_BAD = """Freibad wird verkauft

Der Gemeinderat von Altdorf hat den Verkauf des Freibads am Montag beschlossen. Ein privater \
Investor soll angeblich bereits ein Angebot abgegeben haben. Eine Studie der Hochschule \
Altdorf soll angeblich zeigen, dass das Bad Verluste macht. Bademeister Uwe Kern sagte, die \
Badegäste seien enttäuscht. Anwohnerin Eva Lind sagte, sie werde nun weiter fahren müssen.
"""


def test_deciders_and_accused_parties_in_correct_german_cases():
    """The council that decided and is not heard is named; 'über/ bitten' take the
    accusative ('einen privaten Investor', 'den Gemeinderat'); a study is no party that
    could answer, although it names one."""
    an = build(DE_BAD, {
        "Uwe Kern": {"role": "Bademeister"}, "Eva Lind": {"role": "Anwohnerin"},
        "Hochschule Altdorf": {"label": "ORG"}, "Gemeinderat von Altdorf": {"label": "ORG"}},
        [dict(**{"in": "Kern sagte"}, speaker="Uwe Kern", entity="Uwe Kern",
              speaker_text="Uwe Kern", cue="sagte", content="die Badegäste seien enttäuscht",
              kind="indirect"),
         dict(**{"in": "Lind sagte"}, speaker="Eva Lind", entity="Eva Lind",
              speaker_text="Eva Lind", cue="sagte",
              content="sie werde nun weiter fahren müssen", kind="indirect")],
        [{"kind": "hedge", "text": "soll angeblich", "claim": "Ein privater Investor"},
         {"kind": "hedge", "text": "soll angeblich zeigen", "claim": "Eine Studie"}])
    q = _voices(an)
    assert "Der Gemeinderat von Altdorf hat laut Artikel entschieden" in q.answer
    assert "über einen privaten Investor" in q.answer
    # named once with 'einen', then as the one just named (blind review 18)
    assert "den privaten Investor um eine Stellungnahme bitten" in q.answer
    assert "den Gemeinderat von Altdorf um eine Stellungnahme bitten" in q.answer
    assert "Studie der Hochschule Altdorf selbst" not in q.answer


def test_roles_from_the_apposition_when_the_entity_has_none_or_a_cut_one_de():
    text = ("Hitze in Altdorf\n\nFelix Roth, Meteorologe beim Wetterdienst, sagte, es werde "
            "noch heißer. Eva Lind, Ärztin am Klinikum Altdorf, sagte, viele Menschen "
            "tränken zu wenig.\n")
    an = build(text, {"Felix Roth": {}, "Eva Lind": {"role": "Ärztin"}},
               [dict(**{"in": "Roth,"}, speaker="Felix Roth", entity="Felix Roth",
                     speaker_text="Felix Roth", cue="sagte", content="es werde noch heißer",
                     kind="indirect"),
                dict(**{"in": "Lind,"}, speaker="Eva Lind", entity="Eva Lind",
                     speaker_text="Eva Lind", cue="sagte",
                     content="viele Menschen tränken zu wenig", kind="indirect")], [])
    q = _voices(an)
    assert "Felix Roth (Meteorologe beim Wetterdienst)" in q.answer
    assert "Eva Lind (Ärztin am Klinikum Altdorf)" in q.answer


def _voices_note(text: str) -> str:
    from quizgen.pipeline import analyze, load_article

    qs = media.generate(analyze(load_article(text)))
    [q] = [q for q in qs if q.type == "open" and q.skill == "discussion"
           and ("Quoted are" in q.answer or "Zu Wort kommen" in q.answer)]
    return q.answer


AIRPORT = ("Fog strands travellers at Harwick Airport\n\n"
           "More than 3,000 passengers were stranded at Harwick Airport on Sunday after fog "
           "stopped all flights. Airport director Tom Reed said safety came first. {voice} "
           "Flights resumed on Monday morning, a spokesperson for the airport said.")


def test_a_private_voice_among_the_affected_means_they_are_heard_en():
    note = _voices_note(AIRPORT.format(voice=(
        "Among those stranded was Ann Lowe, a nurse from Dunmore. She said staff had given "
        "passengers \"almost no information\".")))
    assert "Ann Lowe" in note
    assert "none of them is quoted" not in note


def test_affected_people_nobody_speaks_for_are_named_en():
    note = _voices_note(AIRPORT.format(voice=(
        "Council leader Ian Marsh said the airport needed better equipment.")))
    assert "People affected (passengers) are mentioned, but none of them is quoted" in note


# --------------------------------------------------------------------------- review 8
# "Wessen Sicht fehlt": the prompt must not claim the named people are the only voices when
# authorities speak too ("nach Angaben des Gesundheitsamts"), and the note names the group
# the headline is about when nobody speaks for it.

DE_BAD_VOICES = """Von Katrin Vogt | 24.11.2026, 11:52 Uhr

Keim-Alarm im Familienbad! Legionellen in den Duschen - Eltern sind sauer

Das Hallenbad "Aquarena" in Rosenheim ist seit Montag geschlossen. In mehreren Duschen wurden \
stark erhöhte Legionellenwerte gemessen.

"Die Gesundheit unserer Gäste geht vor", sagte Geschäftsführer Florian Brandl. Nach Angaben \
des Gesundheitsamts müssen die Leitungen zunächst desinfiziert werden.

Trainerin Petra Huber sagte dem Bayerischen Rundfunk, viele Kinder könnten nicht sicher \
schwimmen. In einer Elterngruppe im Netz wird den Stadtwerken vorgeworfen, sie hätten von \
Problemen gewusst.

Quelle: rosenheim-aktuell.de/dpa
"""


def _voices_q(text: str):
    from quizgen.generate import media_discussion, media_text
    from quizgen.pipeline import analyze, load_article

    an = analyze(load_article(text))
    return [q for q in media_discussion.generate(an, media_text.claims(an))
            if "Wessen Sicht" in q.prompt or "Whose view" in q.prompt]


def test_authorities_that_speak_make_the_prompt_say_among_others_de():
    [q] = _voices_q(DE_BAD_VOICES)
    assert "unter anderem Florian Brandl und Petra Huber" in q.prompt
    assert "das Gesundheitsamt" in q.answer
    assert "Die Überschrift nennt Eltern, doch niemand von ihnen kommt im Artikel zu Wort" \
        in q.answer


def test_a_group_whose_initiative_speaks_is_not_called_unheard_de():
    text = DE_BAD_VOICES.replace(
        "Trainerin Petra Huber sagte dem Bayerischen Rundfunk,",
        "Petra Huber vom Elternbeirat der Grundschule sagte dem Bayerischen Rundfunk,")
    [q] = _voices_q(text)
    assert "Überschrift nennt" not in q.answer


EN_HACK_VOICES = """By Daniel Okafor | Thursday 26 November 2026, 09:30 GMT

Residents furious as council is held to ransom by hackers

Cyber criminals have demanded around £2 million from Westbridge Borough Council after a \
ransomware attack knocked out its computer systems.

"We will not pay criminals," council leader Ravi Mistry told a press conference. The National \
Cyber Security Centre (NCSC) said it was working with the council to understand the impact.

Pensioner Maureen Baxter, 71, told BBC Radio Solent that she had been trying to get through \
to the council's phone line "for three days solid".

Source: South Coast Live / PA Media
"""


def test_a_private_voice_is_one_of_the_residents_and_authorities_are_named_en():
    [q] = _voices_q(EN_HACK_VOICES)
    assert "among others" in q.prompt
    assert "the National Cyber Security Centre" in q.answer
    assert "headline speaks of residents" not in q.answer
    [q2] = _voices_q(EN_HACK_VOICES.replace(
        "Pensioner Maureen Baxter, 71, told", "Councillor Maureen Baxter told"))
    assert "The headline speaks of residents, but none of them is heard" in q2.answer


def test_a_post_of_an_organisation_is_a_person_speaking_de():
    """'Der Vorsitzende des Gewerbevereins Weststadt, Markus Heil, sprach von ...' and
    'Ein Sprecher der Sparkasse ... erklärte': a person of the organisation speaks; the
    organisation is not the speaker and 'sagte er' is no organisation either."""
    from quizgen.generate import media_text
    from quizgen.pipeline import analyze, load_article

    text = ("Brücke gesperrt\n\nDie Stadt Gießen sperrt die Lahnbrücke ab dem 1. Dezember. "
            "Oberbürgermeisterin Claudia Brandt sagte, die Sicherheit gehe vor. Der "
            "Vorsitzende des Gewerbevereins Weststadt, Markus Heil, sprach von einer "
            "„Katastrophe mit Ansage“. Mehrere Geschäfte hätten schon jetzt weniger Kunden, "
            "sagte er dem Gießener Anzeiger.\n")
    an = analyze(load_article(text))
    cs = media_text.claims(an)
    assert not any(c.entity is not None and c.entity.label == "ORG" and "Gewerbeverein"
                   in c.entity.name and c.sentence.text.startswith(("Der Vorsitzende",
                                                                     "Mehrere"))
                   for c in cs)
    # the person by name (the quote finder reads the apposition) or by the post
    assert any(c.speaker.startswith("der Vorsitzende des Gewerbevereins") or
               c.speaker == "Markus Heil" for c in cs if c.sentence.index == 3)


def test_an_anonymous_parent_is_a_voice_and_parents_are_heard_de():
    """'Eine Mutter, die ihren Namen nicht nennen wollte, sagte, ...' is heard: the prompt
    lists her and the note does not say parents are not heard (lead's fresh masern text);
    'die Leiterin des Gesundheitsamts, Dr. Ulrike Seitz' is one voice, not two."""
    text = ("Masern-Alarm an Gymnasium! Eltern in Sorge\n\n"
            "An einem Gymnasium in Freising sind mehrere Masernfälle aufgetreten. "
            "„Masern sind keine harmlose Kinderkrankheit“, sagte die Leiterin des "
            "Gesundheitsamts, Dr. Ulrike Seitz, am Montag. Schulleiter Bernhard Maier sagte, "
            "die Klassen erhielten ihre Aufgaben online. Eine Mutter, die ihren Namen nicht "
            "nennen wollte, sagte, ihr Sohn sei gesund und werde zu Unrecht bestraft.\n")
    [q] = _voices_q(text)
    assert "eine Mutter" in q.prompt and "Leiterin" not in q.prompt
    assert "Überschrift nennt Eltern" not in q.answer


EN_BUS_VOICES = """CHAOS ON THE ROADS! Bus drivers walk out as pay talks collapse

Around 900 bus drivers in Greater Bristol went on strike on Tuesday.

Schools reported that some pupils had arrived late, and Bristol Royal Infirmary said several \
night-shift nurses had been unable to get home. Unite regional officer Sharon Hughes said the \
drivers regretted the disruption. "Our members cannot pay their rent with applause," she told \
BBC Radio Bristol. West of England mayor Dan Norris said both sides had to talk. First Bus \
manager Jane Pike said the company had made a fair offer.

Northshire County Council said it was looking for a new supplier.

Source: Bristol Evening News
"""


def test_a_hospital_is_no_voice_and_a_union_speaks_for_the_drivers_en():
    [q] = _voices_q(EN_BUS_VOICES)
    assert "Bristol Royal" not in q.prompt
    assert "headline speaks of drivers" not in q.answer
    assert "the Northshire County Council" not in q.answer
