"""A comprehension question that names the outlet ("Who told the Echo ...?") and the
media-literacy item asking which outlet the same words went to ("Karen Lowe told the ___")
answer each other, although the worksheet prints them in separate sections (quick reading 20:
en_taxi_fares asked both)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _gives_away, select

TEXT = ("Night-shift nurse Karen Lowe, 52, told the Ashbury Echo that she already spent more "
        "than £50 a week on taxis.")


def _q(qid: str, family: str, skill: str, prompt: str, answer: str, options: list[str],
       sentence: int = 7, score: float = 0.7) -> Question:
    return Question(id=qid, family=family, type="multiple_choice", skill=skill, prompt=prompt,
                    options=options, answer=answer,
                    evidence=[Evidence(sentence, 0, len(TEXT), TEXT)], score=score)


WHO = _q("who", "comprehension", "who", "Who told the Ashbury Echo that she already spent more "
         "than £50 a week on taxis?", "Karen Lowe",
         ["Karen Lowe", "Beth Morgan", "Imran Qureshi", "Mark Hensley"])
OUTLET = _q("outlet", "media_literacy", "source", "The article takes this information from "
            "another news outlet: “Night-shift nurse Karen Lowe, 52, told the ___ that she "
            "already spent more than £50 a week on taxis.” Which outlet fills the gap?",
            "Ashbury Echo", ["Ashbury Echo", "Yorkshire Post", "Times", "Guardian"])
OTHER = _q("other", "comprehension", "how_many", "How much does Karen Lowe already spend a "
           "week on taxis?", "more than £50", ["more than £50", "more than £40"])


def test_the_outlet_in_a_who_question_gives_the_outlet_item_away_and_back():
    assert _gives_away(WHO, OUTLET)
    assert _gives_away(OUTLET, WHO)


def test_a_set_keeps_only_one_of_the_two():
    chosen = select([WHO, OUTLET], Settings(families=["comprehension", "media_literacy"]))
    assert len(chosen) == 1


def test_other_families_still_do_not_clash():
    assert not _gives_away(OUTLET, OTHER)
