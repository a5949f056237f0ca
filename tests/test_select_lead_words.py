"""The lead's words are looked up the way an answer's core is written: an English number
with a thousands comma ('6,000') and a German decimal ('3,5') are one word each, as in
the core (blind review 15: 'More than 6,000 patients in ____' - the town got the
lead bonus, the number did not)."""

from __future__ import annotations

from quizgen.model import Evidence, Question
from quizgen.select import _headline_words, _in_lead, _lead_words

HEADLINE = "Town's last NHS dentist goes private: 6,000 patients affected"
BODY = ("More than 6,000 patients in Brackley will lose their NHS dentist next spring, "
        "Dr. Sam Orr said. Fees rise by 3,5 per cent.")
TEXT = HEADLINE + "\n\n" + BODY
ARTICLE = {"text": TEXT, "blocks": [
    {"kind": "headline", "start": 0, "end": len(HEADLINE)},
    {"kind": "body", "start": len(HEADLINE) + 2, "end": len(TEXT)}]}


def _gap(answer: str) -> Question:
    first = BODY.split(". ")[0] + "."
    return Question(id=answer, family="comprehension", type="cloze", skill="how_many",
                    prompt=first.replace(answer, "____"), answer=answer,
                    evidence=[Evidence(1, len(HEADLINE) + 2, len(HEADLINE) + 2 + len(first),
                                       first)])


def test_a_number_with_a_thousands_comma_is_in_the_lead():
    lead = _lead_words(ARTICLE)
    assert {"6,000", "3,5", "brackley"} <= lead
    assert _in_lead(_gap("more than 6,000"), lead)


def test_headline_words_keep_the_number_whole():
    heads = _headline_words(ARTICLE)
    assert "6,000" in heads and "private" in heads and "6" not in heads


def test_a_number_the_lead_does_not_have_is_not_in_it():
    assert not _in_lead(_gap("7,000"), _lead_words(ARTICLE))
