"""English wh coverage (session before blind review 13): shapes of English sentences that
gave no wh-question although one can be asked correctly - a relative clause or apposition
enclosed in commas after the subject, 'His lawyer, Sarah Quinn, said', a leading 'According
to X,', a job noun before the speaker's name, and the speaker's own pronoun in what was
said - and the guards that came with them. All texts are invented."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

EN = """Bakery fire in Dunmore

A fire destroyed the old bakery in Dunmore on Tuesday night. Firefighters from three \
stations fought the flames for six hours.

Tom Fairley, who has led the fire crew for nine years, praised the neighbours on Wednesday. \
The bakery, which opened in 1921, will reopen on 4 March. Her lawyer, Sarah Quinn, said the \
insurer would pay for the repairs. According to the fire service, 40 homes were evacuated \
during the night. Council leader Richard Mayhew said the repairs would cost about £90,000.

Local councillor Amina Okafor said she would raise the closure at the next council meeting. \
"We were never asked," Okafor said. "I have written to the mayor," she added. Librarian \
Colin Dray said he had not been consulted. Parent Louise Barker said her daughter, 16, had \
been told to stay at home.

Kelso, who lost to Fairley in the final, was less impressed. The Fenwick Canal Trust, which \
owns the canal, shut the towpath on Thursday after tests found algae.
"""


def _questions() -> list:
    return list(wh.generate(analyze(load_article(EN))))


def _asked(skill: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in _questions() if q.skill == skill}


def test_relative_clause_after_the_subject_is_left_out() -> None:
    who, when = _asked("who"), _asked("when")
    assert who.get("Who praised the neighbours on Wednesday?") == "Tom Fairley", who
    assert when.get("When did Tom Fairley praise the neighbours?") == "on Wednesday", when
    assert when.get("When will the bakery reopen?") == "on 4 March", when


def test_possessive_apposition_and_job_noun_before_the_speaker() -> None:
    who = _asked("who")
    assert who.get("Who said the insurer would pay for the repairs?") == "Sarah Quinn", who
    assert who.get("Who said the repairs would cost about £90,000?") == "Richard Mayhew", who


def test_leading_according_to_goes_to_the_end() -> None:
    how_many = _asked("how_many")
    assert how_many.get("How many homes were evacuated during the night, according to the "
                        "fire service?") == "40", how_many


def test_speakers_own_pronoun_stays_when_the_speaker_is_known() -> None:
    who = _asked("who")
    # Okafor is 'she' in another sentence: 'Who said she ...?' asks for her
    assert who.get("Who said she would raise the closure at the next council meeting?") == \
        "Amina Okafor", who
    # nothing else tells Dray's sex, but nobody else is named near him: 'Who said he had
    # not been consulted?' is answered by who said it, whoever 'he' is (blind review 15;
    # tests/test_wh_speaker_pronoun.py has the case with another person named before)
    assert who.get("Who said he had not been consulted?") == "Colin Dray", who


def test_no_who_question_on_a_cut_reported_clause_or_a_comparison() -> None:
    prompts = [q.prompt for q in _questions()]
    assert not any(p.startswith("Who said her daughter") for p in prompts), prompts
    assert "Who was less impressed?" not in prompts, prompts


def test_verb_spelt_the_same_in_the_past_asks_in_the_past() -> None:
    when = _asked("when")
    assert when.get("When did the Fenwick Canal Trust shut the towpath?") == "on Thursday", when
    assert not any(p.startswith("When do the Fenwick Canal Trust shut") for p in when), when


DAYS = """Vote in Kelby

The result of the Kelby mayoral vote was announced on Monday. Ann Pryce won 52 per cent of \
the vote.

Tom Vance, who has led the town for ten years, refused to concede on Monday. \
Pryce will take office on Friday.
"""


def test_day_already_told_for_an_earlier_event_ranks_below_a_cloze() -> None:
    when = {q.prompt: q.score for q in wh.generate(analyze(load_article(DAYS)))
            if q.skill == "when"}
    concede = [s for p, s in when.items() if "concede" in p]
    office = [s for p, s in when.items() if "take office" in p]
    assert concede and office and max(concede) < min(office) - 0.15, when


def test_phrase_between_a_reported_count_and_its_verb_goes_with_the_count() -> None:
    text = ("Ferry cancelled\n\nThe island's only ferry has been out of service since Monday. "
            "Hotel owner Duncan Reid said more than 30 bookings for a whisky festival in early "
            "December had already been cancelled.")
    got = {q.prompt for q in wh.generate(analyze(load_article(text))) if q.skill == "how_many"}
    assert "How many bookings for a whisky festival in early December did hotel owner Duncan " \
        "Reid say had already been cancelled?" in got, got


def test_past_participle_before_by_is_no_finite_verb() -> None:
    text = ("Playing field sale\n\nThe council wants to sell the school's playing field. "
            "A petition started by Tom Haskins, a father of two, had more than 5,000 signatures "
            "by Wednesday afternoon.")
    prompts = [q.prompt for q in wh.generate(analyze(load_article(text)))]
    assert not any("start by" in p or "started by Tom Haskins, a father of two, had" in p
                   for p in prompts), prompts
