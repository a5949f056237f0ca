"""A media item that quotes a whole article sentence prints what a comprehension question on
it asks (blind review 20: 'Tatsache oder Meinung? „... für rund 6,4 Millionen Euro
modernisiert wird.“' beside the cloze '... für rund ____ Euro modernisiert wird' - 6,4
Millionen). The instructions and the names of a media item give nothing away."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _gives_away, select

SENTENCE = ("Als Ursache gilt das Pumpwerk an der Talstraße, das seit Mai für rund 3,8 "
            "Millionen Euro erneuert wird.")


def _q(qid: str, family: str, qtype: str, skill: str, prompt: str, answer: str,
       sentence: int, score: float, options: list[str] | None = None) -> Question:
    return Question(id=qid, family=family, type=qtype, skill=skill, prompt=prompt,
                    options=options or [], answer=answer,
                    evidence=[Evidence(sentence, 0, len(SENTENCE), SENTENCE)], score=score)


FACT = _q("fo", "media_literacy", "multiple_choice", "fact_opinion",
          f"Tatsache oder Meinung? „{SENTENCE}“", "eine überprüfbare Tatsache", 7, 0.8,
          ["eine überprüfbare Tatsache", "eine Meinung bzw. Einschätzung"])
CLOZE = _q("cz", "comprehension", "cloze", "how_many",
           "Ergänze die Lücke: Als Ursache gilt das Pumpwerk an der Talstraße, das seit Mai "
           "für rund ________ Euro erneuert wird.", "3,8 Millionen", 7, 0.75)
WHEN = _q("wn", "comprehension", "short_answer", "when",
          "Seit wann wird das Pumpwerk an der Talstraße erneuert?", "seit Mai", 7, 0.7)


def test_a_quoted_sentence_gives_a_comprehension_key_away():
    assert _gives_away(FACT, CLOZE)
    assert _gives_away(FACT, WHEN)


def test_a_comprehension_prompt_gives_no_media_key_away_and_instructions_do_not_count():
    assert not _gives_away(CLOZE, FACT)
    # the number stands in the instruction, not in a quoted sentence
    told = _q("hl", "media_literacy", "multiple_choice", "headline",
              "Die Überschrift nennt 3,8 Millionen Euro. Was sagt der Text dazu?", "x", 1, 0.8)
    assert not _gives_away(told, CLOZE)


def test_a_discussion_item_naming_the_speakers_leaves_who_questions_alone():
    voices = _q("dv", "media_literacy", "open", "discussion",
                "Der Artikel lässt Petra Anselm und Jonas Wittmann zu Wort kommen. Wessen "
                "Sicht fehlt?", "…", 20, 0.8)
    who = _q("wh", "comprehension", "short_answer", "who",
             "Wer fordert eine Erstattung der Gebühren?", "Petra Anselm", 20, 0.7)
    assert not _gives_away(voices, who)


def test_the_set_keeps_one_of_the_two():
    chosen = select([FACT, CLOZE], Settings())
    assert len(chosen) == 1, [q.id for q in chosen]
    other = _q("cz2", "comprehension", "cloze", "how_many",
               "Ergänze die Lücke: Die Arbeiten dauern noch ________ Monate.", "sieben", 9, 0.7)
    assert {q.id for q in select([FACT, other], Settings())} == {"fo", "cz2"}


def test_the_same_date_in_a_quotation_of_another_sentence_gives_nothing_away():
    witness = _q("ev", "media_literacy", "multiple_choice", "evidence",
                 "„Ein Zeuge soll am Montag zwei Radfahrer gesehen haben.“ – Stellt der Artikel "
                 "das als gesicherte Tatsache dar?", "Nein, nur als unbestätigte Angabe", 12, 0.8)
    start = _q("st", "comprehension", "short_answer", "when",
               "Wann brach das Feuer aus?", "am Montag", 3, 0.7)
    assert not _gives_away(witness, start)


def test_a_cloze_prints_who_said_its_sentence():
    said = ("Vorsitzender Jan Brehm sagte, man werde die Kurse wohl auf drei Abende pro Woche "
            "zusammenlegen müssen.")
    gap = Question(id="gap", family="comprehension", type="cloze", skill="how_many",
                   prompt="Ergänze die Lücke: " + said.replace("drei", "________"),
                   answer="drei", evidence=[Evidence(5, 0, len(said), said)], score=0.7)
    who = Question(id="who", family="media_literacy", type="multiple_choice",
                   skill="attribution", prompt="Wer sagte, man werde die Kurse wohl auf drei "
                   "Abende pro Woche zusammenlegen müssen?", answer="Jan Brehm",
                   options=["Jan Brehm", "Eva Lutz", "Tom Kahl", "Ina Wolf"],
                   evidence=[Evidence(5, 0, len(said), said)], score=0.8)
    assert [q.id for q in select([gap, who], Settings())] == ["who"]


def test_a_number_with_its_noun_quoted_from_another_sentence_gives_it_away():
    teaser = "Ein Essen in der Mensa kostet ab Januar 5,40 Euro."
    asked = Question(id="price", family="comprehension", type="short_answer", skill="how_many",
                     prompt="Wie viele Euro kostet ab Januar ein Essen in der Mensa?",
                     answer="5,40", evidence=[Evidence(2, 0, len(teaser), teaser)], score=0.7)
    body = "Der Preis pro Mahlzeit steigt zum 11. Januar von 4,50 Euro auf 5,40 Euro."
    fact = Question(id="fo", family="media_literacy", type="multiple_choice",
                    skill="fact_opinion", prompt=f"Tatsache oder Meinung? „{body}“",
                    answer="eine überprüfbare Tatsache",
                    evidence=[Evidence(9, 0, len(body), body)], score=0.8)
    assert _gives_away(fact, asked)
    # the headline item compares the headline's figure with the body's: it quotes it
    headline = Question(id="hl", family="media_literacy", type="open", skill="headline",
                        prompt="Vergleiche die Überschrift „Essen kostet bald 5,40 Euro“ mit "
                        "dem Text.", answer="…", evidence=[Evidence(0, 0, 5, "Essen")],
                        score=0.8)
    assert not _gives_away(headline, asked)


def test_a_true_statement_printing_a_claim_beside_the_evidence_item_on_it():
    claim = ("Moss also suggested that most residents did not even know the scheme existed, a "
             "claim that has not been tested by any survey.")
    statement = Question(id="tf", family="comprehension", type="true_false", skill="who",
                         prompt=f"True or false? {claim}", answer="True",
                         options=["True", "False"],
                         evidence=[Evidence(8, 0, len(claim), claim)], score=0.7)
    which = Question(id="ev", family="media_literacy", type="multiple_choice",
                     skill="evidence", prompt="For which statement does the article say "
                     "explicitly that no evidence was given?",
                     answer="Most residents did not even know the scheme existed.",
                     options=["Most residents did not even know the scheme existed.",
                              "The bridge opened in 1990.", "The town has 9,000 people."],
                     evidence=[Evidence(8, 0, len(claim), claim)], score=0.8)
    assert [q.id for q in select([statement, which], Settings())] == ["ev"]
    elsewhere = Question(id="tf2", family="comprehension", type="true_false", skill="who",
                         prompt="True or false? Moss runs the bakery.", answer="True",
                         options=["True", "False"],
                         evidence=[Evidence(4, 0, 20, "Moss runs the bakery")], score=0.7)
    assert {q.id for q in select([elsewhere, which], Settings())} == {"ev", "tf2"}


LEAD = ("Ein Storchenpaar hat sich auf dem Schornstein der stillgelegten Brauerei Hollmann "
        "niedergelassen.")


def test_a_quoted_sentence_gives_away_any_comprehension_key_on_it():
    # blind review 21: the cloze on the lead sentence beside 'Tatsache oder Meinung?' on it
    gap = Question(id="gap", family="comprehension", type="cloze", skill="who",
                   prompt="Ergänze die Lücke: " + LEAD.replace("Brauerei Hollmann", "________"),
                   answer="Brauerei Hollmann", evidence=[Evidence(2, 0, len(LEAD), LEAD)],
                   score=0.7)
    fact = Question(id="fo", family="media_literacy", type="multiple_choice",
                    skill="fact_opinion", prompt=f"Tatsache oder Meinung? „{LEAD}“",
                    answer="eine überprüfbare Tatsache",
                    options=["eine überprüfbare Tatsache", "eine Meinung bzw. Einschätzung"],
                    evidence=[Evidence(2, 0, len(LEAD), LEAD)], score=0.8)
    assert [q.id for q in select([gap, fact], Settings())] == ["fo"]
    # ... and as an option of a multiple-choice item
    which = Question(id="which", family="media_literacy", type="multiple_choice",
                     skill="fact_opinion", prompt="Welcher dieser Sätze enthält eine Meinung?",
                     answer="Das ist schlicht ungerecht.",
                     options=["Das ist schlicht ungerecht.", LEAD, "Der Zoo öffnet um 9 Uhr."],
                     evidence=[Evidence(9, 0, 10, "x" * 10)], score=0.8)
    assert [q.id for q in select([gap, which], Settings())] == ["which"]


def test_a_role_printed_in_a_source_item_stands():
    said = "„Das ist ernst“, sagte Polizeisprecherin Anja Seidel dem Bayerischen Rundfunk."
    role = Question(id="role", family="comprehension", type="short_answer", skill="role",
                    prompt="Welche Funktion oder Rolle hat Anja Seidel laut dem Artikel?",
                    answer="Polizeisprecherin", evidence=[Evidence(4, 0, len(said), said)],
                    score=0.7)
    source = Question(id="src", family="media_literacy", type="multiple_choice",
                      skill="source", prompt="Diese Angabe stützt der Artikel auf ein anderes "
                      "Medium: „„Das ist ernst“, sagte Polizeisprecherin Anja Seidel dem ___.“",
                      answer="Bayerischen Rundfunk",
                      options=["Bayerischen Rundfunk", "Norddeutschen Rundfunk"],
                      evidence=[Evidence(4, 0, len(said), said)], score=0.8)
    assert {q.id for q in select([role, source], Settings())} == {"role", "src"}


def test_a_cloze_on_the_claim_the_evidence_item_prints_as_its_key():
    # blind review 22, en_bank_closure
    claim = ("Some campaigners believe the bank had decided to close the branch last autumn, "
             "when opening hours were cut to three days a week.")
    gap = Question(id="gap", family="comprehension", type="cloze", skill="how_many",
                   prompt="Fill in the gap: " + claim.replace("three", "________"),
                   answer="three", evidence=[Evidence(12, 0, len(claim), claim)], score=0.7)
    which = Question(id="ev", family="media_literacy", type="multiple_choice",
                     skill="evidence", prompt="For which statement does the article say "
                     "explicitly that no evidence was given?",
                     answer="The bank had decided to close the branch last autumn, when opening "
                            "hours were cut to three days a week.",
                     options=["The bank had decided to close the branch last autumn, when "
                              "opening hours were cut to three days a week.",
                              "The branch opened in 1885."],
                     evidence=[Evidence(12, 0, len(claim), claim), Evidence(13, 0, 5, "x" * 5)],
                     score=0.8)
    assert [q.id for q in select([gap, which], Settings())] == ["ev"]


def test_a_number_and_its_noun_a_few_words_apart_give_the_number_away_when_the_set_is_short():
    # blind review 22: 'rund 40 der knapp 120 Kurse' beside 'rund ____ Kurse' - 40
    from quizgen.select import _answer_patterns

    sent = "Ab dem Sommer fallen rund 40 Kurse weg."
    gap = Question(id="gap", family="comprehension", type="cloze", skill="how_many",
                   prompt="Ergänze die Lücke: Ab dem Sommer fallen rund ________ Kurse weg.",
                   answer="40", evidence=[Evidence(2, 0, len(sent), sent)], score=0.7)
    (pattern,) = _answer_patterns(gap, relaxed=True)
    assert pattern.search("ab dem 1. juli werden rund 40 der knapp 120 kurse gestrichen")
    # another noun for the number is most often the same count in other words ('600
    # Besucherinnen' and '600 Gäste', '1.800 Menschen' and '1.800 Patienten', quick reading
    # 41); a span of time or a measure is not
    assert pattern.search("40 teilnehmer kamen am montag.")
    assert not pattern.search("nach 40 minuten war alles vorbei. die kurse beginnen im mai.")
