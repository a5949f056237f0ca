"""One page-anatomy item per set (blind review 46: the same 'Read more' link item and
'Which part of the page is advertising?' item stood in all four sets; 'a teacher would use
one per worksheet')."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

LINE = "Read more: Winter timetable - what changes for buses in the valley"
ADVERT = "Sign up to our free newsletter for the latest news from Kelby."


def _purpose(qid: str, prompt: str, answer: str, sentence: int, score: float) -> Question:
    return Question(id=qid, family="media_literacy", type="multiple_choice", skill="purpose",
                    prompt=prompt, options=[answer, "A photo caption", "A quotation"],
                    answer=answer, evidence=[Evidence(sentence, 0, 10, "x" * 10)], score=score)


def _fact(qid: str, sentence: int) -> Question:
    text = f"The bridge at Kelby {sentence} will close for {sentence + 3} weeks."
    return Question(id=qid, family="comprehension", type="cloze", skill="how_many",
                    prompt=f"Fill in the gap: The bridge at Kelby {sentence} will close for "
                           "________ weeks.", answer=str(sentence + 3),
                    evidence=[Evidence(sentence, 0, len(text), text)], score=0.6)


def test_a_set_has_one_page_anatomy_item():
    link = _purpose("link", f"The page has the line “{LINE}”. What is it?",
                    "A link to another article on the site", 20, 0.45)
    advert = _purpose("advert", "Which part of the page is advertising for the news site "
                      "rather than news?", ADVERT, 21, 0.6)
    chosen = select([link, advert, *(_fact(f"f{i}", i) for i in range(12))], Settings())
    assert [q.id for q in chosen if q.skill == "purpose"] == ["advert"]
