"""Give-aways quick readings 40 and 41 found: two 'Welche Darstellung gibt der Artikel als
Aussage von Miriam Holt wieder?' items offer the same four statements; a claim discussion
printing the key with its speaker answers one; a false statement prints 'Mehr als 600
Besucherinnen' beside 'Wie viele Gäste kamen? - mehr als 600'; a fact-or-opinion item prints
'£3,000' beside 'worth about £____'."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

STATEMENTS = {
    "Holt": "erklärte, die alte Brücke stamme aus den frühen Sechzigerjahren",
    "Felder": "kündigte an, die Stadt werde einen kostenlosen Shuttlebus einrichten",
    "Reuter": "behauptet, einzelne Läden verlören bis zu 40 Prozent ihres Umsatzes",
    "Kurz": "sagte, viele Kinder müssten nun eine Viertelstunde früher aufbrechen",
}


def _party(name: str, sentence: int) -> Question:
    full = f"Miriam {name}"
    return Question(id=f"party{name}", family="media_literacy", type="multiple_choice",
                    skill="interested_party",
                    prompt=f"Welche Darstellung gibt der Artikel als Aussage von {full} wieder? "
                           f"Ergänze: {full} …",
                    answer=STATEMENTS[name], options=list(STATEMENTS.values()),
                    evidence=[Evidence(sentence, 0, 10, "x" * 10)], score=0.8)


EVIDENCE = Question(
    id="evidence", family="media_literacy", type="multiple_choice", skill="evidence",
    prompt="Zu welcher Aussage schreibt der Artikel ausdrücklich, dass dafür keine Beweise "
           "vorgelegt wurden?",
    answer=f"Miriam Reuter {STATEMENTS['Reuter']}.",
    options=[f"Miriam {n} {s}." for n, s in STATEMENTS.items()],
    evidence=[Evidence(9, 0, 10, "x" * 10)], score=0.9)


def test_a_claim_discussion_printing_the_key_with_its_speaker_answers_the_party_item():
    discussion = Question(
        id="discussion", family="media_literacy", type="open", skill="discussion",
        prompt=f"Miriam Holt {STATEMENTS['Holt']}. Warum könnte Miriam Holt das sagen, und "
               "welche Belege bräuchte man, um es zu prüfen?", answer="Eine gute Antwort ...",
        evidence=[Evidence(3, 0, 10, "x" * 10)], score=0.9)
    picked = {q.id for q in select([discussion, _party("Holt", 3)], Settings())}
    assert picked == {"discussion"}


def test_an_evidence_item_offering_the_statements_with_speakers_leaves_the_party_item():
    picked = {q.id for q in select([EVIDENCE, _party("Holt", 3)], Settings())}
    assert picked == {"evidence", "partyHolt"}


def test_two_party_items_with_the_same_statements_are_one_exercise():
    picked = {q.id for q in select([_party("Holt", 3), _party("Felder", 5)], Settings())}
    assert len(picked) == 1


def test_a_party_item_stands_beside_an_unrelated_question():
    other = Question(id="other", family="comprehension", type="short_answer", skill="what",
                     prompt="Was wird an der Mühlenstraße erneuert?", answer="die Brücke",
                     evidence=[Evidence(1, 0, 10, "x" * 10)], score=0.8)
    assert {q.id for q in select([other, _party("Holt", 3)], Settings())} == {"other",
                                                                              "partyHolt"}


def _comp(qid: str, qtype: str, skill: str, prompt: str, answer: str, text: str,
          sentence: int, family: str = "comprehension", score: float = 0.8,
          options: list[str] | None = None) -> Question:
    return Question(id=qid, family=family, type=qtype, skill=skill, prompt=prompt,
                    answer=answer, options=options or [],
                    evidence=[Evidence(sentence, 0, len(text), text)], score=score)


def test_a_number_shown_before_another_noun_for_the_same_crowd_is_given_away():
    how_many = _comp("how_many", "short_answer", "how_many",
                     "Wie viele Gäste kamen zur Eröffnung am Samstag?", "mehr als 700",
                     "Zur Eröffnung am Samstag kamen mehr als 700 Gäste.", 2)
    statement = _comp("statement", "true_false", "who",
                      "Richtig oder falsch? Mehr als 700 Besucherinnen und Besucher seien am "
                      "Eröffnungstag gekommen, teilte Huber mit.", "Falsch",
                      "Mehr als 700 Besucherinnen und Besucher seien am Eröffnungstag "
                      "gekommen, teilte Kramer mit.", 6, score=0.7)
    assert len(select([how_many, statement], Settings(families=["comprehension"]))) == 1


def test_a_sum_in_pounds_printed_by_a_fact_or_opinion_item_is_given_away():
    lead = "Burglars stole donated goods worth about £4,000 in a break-in on Sunday night."
    cloze = _comp("cloze", "cloze", "how_many", "Fill in the gap: Burglars stole donated goods "
                  "worth about £________ in a break-in on Sunday night.", "4,000", lead, 1)
    body = "Shop manager Ann Lee puts the value of the stolen goods at about £4,000."
    verdict = _comp("verdict", "multiple_choice", "fact_opinion", "Is this statement from the "
                    f"article a checkable fact or an opinion or assessment? “{body}”",
                    "a checkable fact", body, 7, family="media_literacy", score=0.7,
                    options=["a checkable fact", "an opinion or assessment"])
    assert len(select([cloze, verdict], Settings())) == 1


def test_the_same_figure_in_another_currency_gives_nothing_away():
    lead = "Burglars stole donated goods worth about £4,000 in a break-in on Sunday night."
    cloze = _comp("cloze", "cloze", "how_many", "Fill in the gap: Burglars stole donated goods "
                  "worth about £________ in a break-in on Sunday night.", "4,000", lead, 1)
    body = "The appeal raised 4,000 signatures within a week, the organisers said."
    verdict = _comp("verdict", "multiple_choice", "fact_opinion", "Is this statement from the "
                    f"article a checkable fact or an opinion or assessment? “{body}”",
                    "a checkable fact", body, 7, family="media_literacy", score=0.7,
                    options=["a checkable fact", "an opinion or assessment"])
    assert len(select([cloze, verdict], Settings())) == 2


def _media(qid: str, skill: str, prompt: str, answer: str, sentence: int,
           options: list[str]) -> Question:
    return Question(id=qid, family="media_literacy", type="multiple_choice", skill=skill,
                    prompt=prompt, answer=answer, options=options,
                    evidence=[Evidence(sentence, 0, 10, "x" * 10)], score=0.8)


WHO_SAID = _media("who_said", "attribution", "Who said this, according to the article? “This "
                  "mill has stood here for 400 years.”", "Helen Marsh", 7,
                  ["Helen Marsh", "Tom Price", "Ravi Shah", "Ann Cole"])


def _verdict(sentence: int) -> Question:
    return _media("verdict", "fact_opinion", "According to the article, Helen Marsh says: “It "
                  "would be a shame if we let it fall down.” Is what Helen Marsh says here a "
                  "checkable fact or an opinion or assessment?", "an opinion or assessment",
                  sentence, ["a checkable fact", "an opinion or assessment"])


def test_the_next_sentence_of_one_quotation_with_its_speaker_answers_who_said_it():
    assert len(select([WHO_SAID, _verdict(8)], Settings())) == 1


def test_a_speaker_named_on_a_sentence_further_away_gives_no_attribution_away():
    assert len(select([WHO_SAID, _verdict(12)], Settings())) == 2


def test_a_media_who_said_item_and_a_question_naming_its_speaker_answer_each_other():
    text = "The treasurer, Ian Moss, said the repairs had cost almost £7,000."
    how_much = _comp("how_much", "multiple_choice", "how_many", "How much did the treasurer, "
                     "Ian Moss, say the repairs had cost?", "almost £7,000", text, 5,
                     options=["almost £7,000", "almost £5,000", "almost £9,000"])
    who_said = _comp("who_said", "multiple_choice", "attribution", "Who said the repairs had "
                     "cost almost £7,000?", "Ian Moss", text, 5, family="media_literacy",
                     score=0.7, options=["Ian Moss", "Ann Cole", "Ravi Shah"])
    assert len(select([how_much, who_said], Settings())) == 1
    elsewhere = _comp("elsewhere", "multiple_choice", "attribution", "Who said the hall would "
                      "reopen in May?", "Ian Moss", "Ian Moss said the hall would reopen in May.",
                      9, family="media_literacy", score=0.7,
                      options=["Ian Moss", "Ann Cole", "Ravi Shah"])
    assert len(select([how_much, elsewhere], Settings())) == 2
