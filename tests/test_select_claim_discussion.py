"""The open item on an unproven claim says that the article gives no evidence for it, so on a
worksheet it answers the evidence item on the same claim ('For which statement does the
article say explicitly that no evidence was given?', '<claim> - The article reports evidence
for this claim.'): 75 of 159 default sets printed both."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

CLAIM = ("Some shopkeepers claim that the market hall was sold to a developer long before "
         "the vote.")
PROOF = "No evidence has been made public for this."
OTHER = "The council says the sale will bring in about £2 million."
MEDIA = Settings(families=["media_literacy"])


def _ev(*sentences: tuple[int, str]) -> list[Evidence]:
    return [Evidence(i, 0, len(t), t) for i, t in sentences]


DISCUSSION = Question(
    id="open", family="media_literacy", type="open", skill="discussion",
    prompt=f"{CLAIM} The article notes that no evidence was given for this. Why might some "
           "shopkeepers present events this way? What evidence would be needed to check the "
           "claim?", answer="A good answer names who speaks ...",
    evidence=_ev((4, CLAIM), (5, PROOF)), score=0.7)
WHICH = Question(
    id="which", family="media_literacy", type="multiple_choice", skill="evidence",
    prompt="For which statement does the article say explicitly that no evidence was given?",
    answer=CLAIM, options=[CLAIM, OTHER, "The hall opened in 1904.", "Stalls cost £40 a week."],
    evidence=_ev((4, CLAIM), (5, PROOF)), score=0.8)
STATEMENT = Question(
    id="statement", family="media_literacy", type="true_false", skill="evidence",
    prompt=f"{CLAIM} – The article reports evidence for this claim.", answer="False",
    options=["True", "False"], evidence=_ev((4, CLAIM), (5, PROOF)), score=0.8)


def test_the_open_item_and_the_multiple_choice_on_one_claim_make_one_item():
    assert [q.id for q in select([DISCUSSION, WHICH], MEDIA)] == ["which"]


def test_the_open_item_and_the_statement_on_one_claim_make_one_item():
    assert [q.id for q in select([DISCUSSION, STATEMENT], MEDIA)] == ["statement"]


def test_an_evidence_item_on_another_claim_stands_beside_the_open_item():
    elsewhere = Question(
        id="elsewhere", family="media_literacy", type="multiple_choice", skill="evidence",
        prompt=f"“{OTHER}” – Does the article present this as an established fact?",
        answer="Yes", options=["Yes", "No, only as an unconfirmed report"],
        evidence=_ev((9, OTHER)), score=0.8)
    assert {q.id for q in select([DISCUSSION, elsewhere], MEDIA)} == {"open", "elsewhere"}


def test_an_evidence_item_on_the_claim_alone_is_answered_too():
    # 'Stellt der Artikel das als gesicherte Tatsache dar?' quotes the claim sentence only;
    # the open item takes the claim with the sentence that says there is no proof
    alone = Question(
        id="alone", family="media_literacy", type="multiple_choice", skill="evidence",
        prompt=f"“{CLAIM}” – Does the article present this as an established fact?",
        answer="No, only as an unconfirmed report",
        options=["Yes", "No, only as an unconfirmed report"], evidence=_ev((4, CLAIM)),
        score=0.8)
    assert [q.id for q in select([DISCUSSION, alone], MEDIA)] == ["alone"]


def test_the_item_on_the_articles_voices_stands_beside_an_evidence_item_on_one_voice():
    voices = Question(
        id="voices", family="media_literacy", type="open", skill="discussion",
        prompt="The article lets Ann Lee, Bob Ray and some shopkeepers speak. Whose view is "
               "missing, and how could the claims be checked independently?",
        answer="Voices: ...", evidence=_ev((2, "Ann Lee said ..."), (4, CLAIM), (7, "...")),
        score=0.7)
    assert {q.id for q in select([voices, WHICH], MEDIA)} == {"voices", "which"}


def _general() -> Question:
    from quizgen.generate.media_discussion import NAMES_NO_CLAIM

    prompt = next(p for p in sorted(NAMES_NO_CLAIM) if "evidence" in p)
    return Question(id="general", family="media_literacy", type="open", skill="discussion",
                    prompt=prompt, answer="A good answer ...",
                    evidence=_ev((4, CLAIM), (5, PROOF)), score=0.6)


def test_the_open_item_that_names_no_claim_stands_beside_the_multiple_choice():
    assert {q.id for q in select([_general(), WHICH], MEDIA)} == {"general", "which"}


def test_the_open_item_that_names_no_claim_and_the_one_on_its_claim_make_one_item():
    assert [q.id for q in select([DISCUSSION, _general()], MEDIA)] == ["open"]
