"""Give-aways between a comprehension question and a media item that quotes another sentence
(blind review 54 en_dialysis_unit: 'How many times a week are dozens of people with kidney
failure still travelling to Lancaster? - three' beside 'Fact or opinion? “... a round trip of
nearly 90 miles to the Royal Lancaster Infirmary, three times a week.”'). A count in words is
given away with its own noun, not by the same word counting something else."""

from __future__ import annotations

from quizgen.model import Evidence, Question
from quizgen.select import _gives_away

ASKED = ("Patients from Millbrook still travel to Carden for treatment three times a week, "
         "the trust said.")
QUOTED = ("For the 40 patients on the list, that means a round trip of nearly 60 miles, "
          "three times a week.")
OTHER_COUNT = "Two nurses and three porters were moved to the new ward in May."


def _q(qid: str, family: str, qtype: str, skill: str, prompt: str, answer: str,
       sentence: int, text: str) -> Question:
    return Question(id=qid, family=family, type=qtype, skill=skill, prompt=prompt,
                    answer=answer, evidence=[Evidence(sentence, 0, len(text), text)])


def _fact_or_opinion(sentence: int, text: str) -> Question:
    return _q(f"fo{sentence}", "media_literacy", "multiple_choice", "fact_opinion",
              f"Is this statement from the article a checkable fact or an opinion? “{text}”",
              "a checkable fact", sentence, text)


HOW_OFTEN = _q("hm", "comprehension", "short_answer", "how_many",
               "How many times a week do patients from Millbrook still travel to Carden?",
               "three", 3, ASKED)


def test_a_count_in_words_is_given_away_by_a_quotation_with_its_noun():
    assert _gives_away(_fact_or_opinion(5, QUOTED), HOW_OFTEN)


def test_the_same_word_counting_something_else_gives_nothing_away():
    assert not _gives_away(_fact_or_opinion(8, OTHER_COUNT), HOW_OFTEN)
    villages = "Zwei Dörfer wurden in der Nacht geräumt, teilte der Landkreis mit."
    how_many = _q("dv", "comprehension", "short_answer", "how_many",
                  "Wie viele Dörfer wurden in der Nacht geräumt?", "zwei", 2, villages)
    witness = _q("ev", "media_literacy", "multiple_choice", "evidence",
                 "„Ein Zeuge soll zwei Motorradfahrer am Waldrand gesehen haben.“ – Stellt der "
                 "Artikel das als gesicherte Tatsache dar?", "Nein", 6,
                 "Ein Zeuge soll zwei Motorradfahrer am Waldrand gesehen haben.")
    assert not _gives_away(witness, how_many)


def _cloze(prompt: str, answer: str) -> Question:
    return _q("cz", "comprehension", "cloze", "who", prompt, answer, 4, prompt)


def test_a_gap_after_a_capital_preposition_is_half_a_name():
    from quizgen.select import _reads_broken
    assert _reads_broken(_cloze("Ergänze die Lücke: An der Grundschule Am ________ soll ein "
                                "Anbau entstehen.", "Lindenweg"))
    assert not _reads_broken(_cloze("Ergänze die Lücke: Am ________ hat der Stadtrat den "
                                    "Anbau beschlossen.", "Dienstag"))


def test_a_range_cut_after_its_first_end_reads_broken():
    from quizgen.select import _reads_broken
    cut = _q("wh", "comprehension", "short_answer", "who",
             "Who has applied for permission to increase the number of flights between "
             "11.30pm?", "Harwell Airport", 2, ASKED)
    whole = _q("wh2", "comprehension", "short_answer", "who",
               "Who has applied for permission to increase the number of flights between "
               "11.30pm and 6am?", "Harwell Airport", 2, ASKED)
    rows = _q("wh3", "comprehension", "short_answer", "who",
              "Who said sheep could still graze between the rows?", "Owen Hale", 2, ASKED)
    assert _reads_broken(cut)
    assert not _reads_broken(whole) and not _reads_broken(rows)


def test_the_party_items_speaker_is_read_with_or_without_the_complete_instruction():
    from quizgen.select import _PARTY_SPEAKER
    stem = "Welche Darstellung gibt der Artikel als Aussage von Thomas Wehrle wieder?"
    assert _PARTY_SPEAKER.search(f"{stem} Ergänze: Thomas Wehrle …").group(1) == "Thomas Wehrle"
    assert _PARTY_SPEAKER.search(f"{stem} Thomas Wehrle …").group(1) == "Thomas Wehrle"


def test_an_evidence_option_that_is_another_questions_sentence_goes():
    from quizgen.select import _evidence_options_hiding_answers
    said = "Anna Lorenz said she had written to the health secretary about the closure."
    who = _q("wh", "comprehension", "short_answer", "who",
             "Who said she had written to the health secretary about the closure?",
             "Anna Lorenz", 6, said)
    options = ["The unit had been built with the wrong drains.",
               "Anna Lorenz had written to the health secretary about the closure.",
               "The car park would close in May.", "The trust had cut 40 posts."]
    evidence = Question(id="ev", family="media_literacy", type="multiple_choice",
                        skill="evidence", prompt="For which statement does the article say "
                        "explicitly that no evidence was given?", options=options,
                        answer=options[0], evidence=[Evidence(9, 0, 10, options[0])])
    kept = _evidence_options_hiding_answers([who, evidence])[1].options
    assert kept == [options[0], options[2], options[3]]
    # with three options it stays: two options are no question
    three = _evidence_options_hiding_answers([who, Question(**{
        **evidence.__dict__, "options": options[:3]})])[1].options
    assert three == options[:3]


def test_a_question_ending_on_a_conjunction_reads_broken():
    from quizgen.select import _reads_broken
    cut = _q("wc", "comprehension", "multiple_choice", "who",
             "Who started the petition last spring because?", "Ellie Hart", 2, ASKED)
    whole = _q("wc2", "comprehension", "multiple_choice", "who",
               "Who started the petition last spring?", "Ellie Hart", 2, ASKED)
    assert _reads_broken(cut) and not _reads_broken(whole)
    dash = _q("wd", "comprehension", "multiple_choice", "when",
              "When did a small earthquake shake homes in Kelsby -?", "on Sunday", 2, ASKED)
    assert _reads_broken(dash)
    stray = _q("ts", "comprehension", "true_false", "who",
               "Richtig oder falsch? Der 58-jährige Kaya., der seit zwei Jahren ohne Wohnung "
               "lebt, kommt fast jeden Morgen vorbei.", "Falsch", 2, ASKED)
    assert _reads_broken(stray)
    whole = _q("ts2", "comprehension", "true_false", "who",
               "Richtig oder falsch? Der 58-jährige Rainer T., der seit zwei Jahren ohne Wohnung "
               "lebt, kommt fast jeden Morgen vorbei.", "Richtig", 2, ASKED)
    assert not _reads_broken(whole)


def test_a_statement_that_names_a_short_outlet_answers_the_source_item():
    from quizgen.model import Settings
    from quizgen.select import select
    said = "Von den 30 Mitgliedern sei nur eine Handvoll jünger als 40, sagte Harms dem NDR."
    statement = _q("tf", "comprehension", "true_false", "who",
                   f"Richtig oder falsch? {said}", "Richtig", 4, said)
    statement.options = ["Richtig", "Falsch"]
    statement.score = 0.6
    source = _q("so", "media_literacy", "multiple_choice", "source",
                "Welches Medium nennt der Artikel als Quelle für die Aussagen von Gerda Harms?",
                "NDR", 5, "„Wir brauchen junge Leute“, sagte Gerda Harms.")
    source.options = ["NDR", "WDR", "SWR", "MDR"]
    source.score = 0.7
    names = {"gerda harms": ["Gerda Harms", "Harms"], "harms": ["Gerda Harms", "Harms"]}
    assert [q.id for q in select([statement, source], Settings(), None, names)] == ["so"]
