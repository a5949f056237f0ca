"""An evidence item's key prints the claim with its speaker ('Priya Nair claimed that every
pound ...'): a who-question on that claim beside it asks what the set already shows (quick
reading 28 en_theatre, where both stood). The who-question goes, the evidence item stays."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select


def _ev(sentence: int) -> Evidence:
    return Evidence(sentence=sentence, start=0, end=1, text="x")


CLAIM = "Lena Cole claimed that every ferry trip saved twelve car journeys."


def _who(sentence: int, answer: str, qid: str) -> Question:
    return Question(id=qid, family="comprehension", type="short_answer", skill="who",
                    prompt=f"Who claimed that the figure was right? ({qid})", answer=answer,
                    evidence=[Evidence(sentence=sentence, start=0, end=len(CLAIM),
                                       text=CLAIM)], score=0.9)


EVIDENCE = Question(
    id="e1", family="media_literacy", type="multiple_choice", skill="evidence",
    prompt="For which statement does the article say explicitly that no evidence was given?",
    answer=CLAIM,
    options=[CLAIM,
             "Tom Hart said the timetable would change in March.",
             "The harbour board said it would meet on Friday."],
    evidence=[_ev(4), _ev(5)], score=0.6)


def test_a_who_question_on_the_evidence_items_claim_goes():
    picked = {q.id for q in select([_who(4, "Lena Cole", "w1"), EVIDENCE], Settings())}
    assert picked == {"e1"}


def test_a_who_question_on_another_sentence_or_person_stays():
    pool = [_who(6, "Lena Cole", "w2"), _who(4, "Tom Hart", "w3"), EVIDENCE]
    assert {q.id for q in select(pool, Settings())} == {"w2", "w3", "e1"}


def _comp(prompt: str, skill: str = "who") -> Question:
    return Question(id="q", family="comprehension", type="short_answer", skill=skill,
                    prompt=prompt, answer="Ann Lee", evidence=[_ev(3)], score=0.9)


def test_a_prompt_with_a_torn_list_or_a_left_partner_reads_broken():
    from quizgen.select import _reads_broken
    # from '... were elderly, did not drive and relied on her ...' (quick reading 28)
    assert _reads_broken(_comp("Who said many of the patients were elderly, did not walk?"))
    # from '... flooded in March 2021 and again in 2023'
    assert _reads_broken(_comp("When did the car park by the river flood and again in 2023?",
                               "when"))
    # whole clauses and lists stay
    assert not _reads_broken(_comp("Who said the plan, which was approved, would cost more?"))
    assert not _reads_broken(_comp("Who said the buses were late, did not stop and were "
                                   "dirty?"))
    assert not _reads_broken(_comp("When did the car park by the river flood?", "when"))


def test_a_who_said_question_cut_after_its_auxiliary_reads_broken():
    from quizgen.select import _reads_broken
    # from 'He added that the walker had, however, not told anyone ...' (quick reading 29)
    assert _reads_broken(_comp("Who added that the climber had?"))
    assert not _reads_broken(_comp("Who said money the club simply does not have?"))
    assert not _reads_broken(_comp("Who said the climber had taken the wrong path?"))


def _how_many(qid: str, prompt: str, answer: str, sentence: int, text: str,
              qtype: str = "short_answer") -> Question:
    return Question(id=qid, family="comprehension", type=qtype, skill="how_many",
                    prompt=prompt, answer=answer,
                    evidence=[Evidence(sentence=sentence, start=0, end=len(text), text=text)],
                    score=0.8)


def test_a_sum_keyed_with_its_unit_is_one_fact_with_its_bare_number():
    from quizgen.select import same_fact
    # 'Wie viel kostet ab Januar ein Essen? - 5,40 Euro' beside the cloze '... auf ____ Euro'
    # - 5,40 on another sentence (judged26 de_mensa, after sums were keyed with their unit)
    asked = _how_many("a", "Wie viel kostet ab März eine Fahrt?", "3,80 Euro", 2,
                      "Ab März kostet eine Fahrt 3,80 Euro.")
    cloze = _how_many("b", "Ergänze die Lücke: Der Preis steigt von 3,20 Euro auf ____ Euro.",
                      "3,80", 9, "Der Preis steigt von 3,20 Euro auf 3,80 Euro.", "cloze")
    other = _how_many("c", "Ergänze die Lücke: Die Linie hat ____ Haltestellen.", "38", 9,
                      "Die Linie hat 38 Haltestellen.", "cloze")
    assert same_fact(asked, cloze)
    assert not same_fact(asked, other)


def test_a_quoted_sentence_gives_away_a_sum_keyed_with_its_unit():
    from quizgen.select import _gives_away
    asked = _how_many("a", "Wie viel kostet ab März eine Fahrt?", "3,80 Euro", 2,
                      "Ab März kostet eine Fahrt 3,80 Euro.")
    shown = Question(id="f", family="media_literacy", type="multiple_choice",
                     skill="fact_opinion", answer="eine überprüfbare Tatsache",
                     prompt="Tatsache oder Meinung? „Der Preis steigt von 3,20 Euro auf 3,80 "
                            "Euro.“", evidence=[_ev(9)])
    assert _gives_away(shown, asked)


def _media_choice(qid: str, skill: str, prompt: str, answer: str, options: list[str],
                  sentence: int) -> Question:
    return Question(id=qid, family="media_literacy", type="multiple_choice", skill=skill,
                    prompt=prompt, answer=answer, options=options, evidence=[_ev(sentence)],
                    score=0.7)


def test_two_choices_of_one_person_among_the_same_names_make_one_question():
    # quick reading 30 en_hoopoe: 'Who is quoted in the article as an expert?' and 'Who said
    # that it was probably a young bird ...?', both James Whitfield of the same four names
    names = ["Ann Lee", "Tom Hart", "Lena Cole", "Raj Patel"]
    expert = _media_choice("s", "source", "Who is quoted in the article as an expert?",
                           "Lena Cole", names, 3)
    said = _media_choice("a", "attribution", "Who said that the ferry was probably late?",
                         "Lena Cole", list(reversed(names)), 5)
    facts = [_media_choice(f"f{i}", "fact_opinion", f"Fact or opinion? “Statement {i}.”",
                           "a checkable fact", ["a checkable fact", "an opinion"], 6 + i)
             for i in range(2)]
    picked = {q.id for q in select([expert, said, *facts], Settings())}
    assert len(picked & {"s", "a"}) == 1
    assert {"f0", "f1"} <= picked  # the same two options of another kind of item stay


def test_a_claim_discussion_that_prints_the_claim_answers_questions_on_it():
    claim = "Tom Hart claimed that the old pier had been sold to a hotel chain in secret."
    discussion = Question(
        id="d", family="media_literacy", type="open", skill="discussion",
        prompt=claim + " The article notes that no evidence was given for this. Why might "
        "Tom Hart make this claim?", answer="A good answer ...", evidence=[_ev(7), _ev(8)],
        score=0.6)
    who = Question(id="w", family="comprehension", type="multiple_choice", skill="who",
                   prompt="Who claimed that the old pier had been sold to a hotel chain in "
                   "secret?", answer="Tom Hart", options=["Tom Hart", "Ann Lee", "Lena Cole"],
                   evidence=[Evidence(sentence=7, start=0, end=len(claim), text=claim)],
                   score=0.9)
    cloze = Question(id="c", family="comprehension", type="cloze", skill="what",
                     prompt="Fill in the gap: Tom Hart claimed that the old pier had been sold "
                     "to a ____ chain in secret.", answer="hotel",
                     evidence=[Evidence(sentence=7, start=0, end=len(claim), text=claim)],
                     score=0.9)
    other = _who(9, "Tom Hart", "w9")
    assert {q.id for q in select([discussion, who, cloze, other], Settings())} == {"d", "w9"}


def test_two_questions_in_a_row_do_not_share_an_answer():
    from quizgen.select import _spread_same_answers
    # quick reading 31: 'Who said ...? - Janet Cole' right after another Janet Cole question
    qs = [_who(3, "Lena Cole", "a"), _who(4, "Lena Cole", "b"), _who(5, "Tom Hart", "c"),
          _who(6, "Ann Lee", "d")]
    assert [q.id for q in _spread_same_answers(qs)] == ["a", "c", "b", "d"]
    assert [q.id for q in _spread_same_answers(qs[1:])] == ["b", "c", "d"]


def test_a_statement_and_a_media_item_do_not_print_one_sentence_twice():
    # quick reading 32 en_parking Q9/Q14: the same sentence as true/false and as 'fact or
    # opinion?'
    text = "The Harbour Forum, led by retired nurse Ann Lee, has called a protest for 12 May."
    statement = Question(id="t", family="comprehension", type="true_false", skill="who",
                         prompt=f"True or false? {text}", answer="True", options=["True",
                                                                                  "False"],
                         evidence=[Evidence(sentence=4, start=0, end=len(text), text=text)],
                         score=0.8)
    fact = _media_choice("f", "fact_opinion", f"Is this a checkable fact or an opinion? “{text}”",
                         "a checkable fact", ["a checkable fact", "an opinion"], 4)
    assert len({q.id for q in select([statement, fact], Settings())}) == 1
    # (another sentence's statement stays beside the media item)
    text2 = "The protest will start at the harbour gate at 10am."
    other = Question(id="o", family="comprehension", type="true_false", skill="when",
                     prompt=f"True or false? {text2}", answer="True", options=["True", "False"],
                     evidence=[Evidence(sentence=6, start=0, end=len(text2), text=text2)],
                     score=0.7)
    assert {q.id for q in select([fact, other], Settings())} == {"f", "o"}


def test_a_list_of_voices_gives_no_statement_away():
    # quick reading 32 de_hofladen: 'Der Artikel lässt Markus Weiß, Claudia Neumann und Bernd
    # Kühn zu Wort kommen ...' kept out 'Wer sagte, der Hof sei ...? - Bernd Kühn'
    names = ["Ann Lee", "Tom Hart", "Lena Cole"]
    voices = Question(id="v", family="media_literacy", type="open", skill="discussion",
                      prompt="The article lets Ann Lee, Tom Hart and Lena Cole speak. Whose "
                      "view is missing?", answer="A good answer ...", evidence=[_ev(2)],
                      score=0.6)
    said = "Tom Hart said the farm shop was a meeting place for the whole village."
    who = Question(id="a", family="media_literacy", type="multiple_choice",
                   skill="attribution", prompt="Who said the farm shop was a meeting place "
                   "for the whole village?", answer="Tom Hart", options=names,
                   evidence=[Evidence(sentence=6, start=0, end=len(said), text=said)],
                   score=0.55)
    assert {q.id for q in select([voices, who], Settings())} == {"v", "a"}
    # a claim discussion that prints the statement with its speaker still gives it away
    claim = Question(id="c", family="media_literacy", type="open", skill="discussion",
                     prompt=said + " The article notes that no evidence was given for this. "
                     "Why might Tom Hart say so?", answer="A good answer ...",
                     evidence=[_ev(6), _ev(7)], score=0.6)
    assert len({q.id for q in select([claim, who], Settings())}) == 1
