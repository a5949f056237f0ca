"""Blind review 72: 'in en_park_gates the drug-gang claim appears in 11, 13, 16 and 17; in
en_mobile_library the van-sale claim in 13, 17 and 18 ... a quarter of each media set circles
one sentence'. An evidence item on the unproven claim, who rebutted it, whether it is a fact
and a discussion of it are each fine; a set keeps two media items that rest on the claim and
its flag alone, and fills the rest from the article's other sentences."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

CLAIM = "Some residents have claimed that a gang uses the old boathouse as a base."
FLAG = "Sergeant Ann Bell said police had received no evidence to support that claim."
OTHER = "The council told BBC Radio Leeds that the gates would be locked from 9pm."
MEDIA = Settings(families=["media_literacy"])


def _ev(*sentences: tuple[int, str]) -> list[Evidence]:
    return [Evidence(i, 0, len(t), t) for i, t in sentences]


def _mc(qid: str, skill: str, prompt: str, answer: str, options: list[str],
        evidence: list[Evidence], score: float) -> Question:
    return Question(id=qid, family="media_literacy", type="multiple_choice", skill=skill,
                    prompt=prompt, answer=answer, options=options, evidence=evidence,
                    score=score)


ON_CLAIM = [
    _mc("which", "evidence", "For which statement does the article say explicitly that no "
        "evidence was given?", CLAIM, [CLAIM, OTHER, "The park opened in 1884.",
                                       "The trial starts on 3 August."],
        _ev((4, CLAIM), (5, FLAG)), 0.8),
    _mc("rebuttal", "attribution", "Who said police had received no evidence to support that "
        "claim?", "Ann Bell", ["Ann Bell", "Tom Ash", "Lucy Bren", "Dee Okon"],
        _ev((5, FLAG)), 0.7),
    _mc("judged", "fact_opinion", f"Is this statement from the article a checkable fact or an "
        f"opinion? “{CLAIM}”", "an opinion or assessment",
        ["a checkable fact", "an opinion or assessment"], _ev((4, CLAIM)), 0.65),
]
ELSEWHERE = _mc("outlet", "source", "The article takes this information from another news "
                "outlet: “The council told ___ that the gates would be locked from 9pm.” Which "
                "outlet fills the gap?", "BBC Radio Leeds",
                ["BBC Radio Leeds", "BBC Radio York", "ITV News", "PA Media"],
                _ev((9, OTHER)), 0.6)


def test_two_media_items_on_the_flagged_claim_and_the_rest_elsewhere():
    chosen = [q.id for q in select([*ON_CLAIM, ELSEWHERE], MEDIA)]
    assert "outlet" in chosen
    assert len([qid for qid in chosen if qid != "outlet"]) == 2
    assert "which" in chosen  # the best of them


def test_without_an_evidence_item_nothing_counts_as_the_claim():
    # the cap reads the claim off the evidence items: with none, the others stand
    chosen = {q.id for q in select([*ON_CLAIM[1:], ELSEWHERE], MEDIA)}
    assert chosen == {"rebuttal", "judged", "outlet"}
