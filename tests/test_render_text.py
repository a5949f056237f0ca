"""The plain-text view of a set (`quizgen generate --format text`) prints what a student
would need: a matching question's people on the left, numbered, and their statements,
lettered (quick reading 25: the people appeared only in the answer key)."""

from __future__ import annotations

from quizgen.model import Question, QuestionSet, Settings
from quizgen.render.text import question_set_text


def test_a_matching_question_prints_both_columns_and_an_indented_key():
    pairs = [["Anna Roth", "sagte, die Halle bleibe offen"],
             ["Ben Kraus", "warnte vor hohen Kosten"]]
    q = Question(id="m", family="media_literacy", type="matching", skill="attribution",
                 prompt="Wer sagt was?", options=[pairs[1][1], pairs[0][1]],
                 answer="\n".join(f"{a} = {b}" for a, b in pairs), pairs=pairs)
    text = question_set_text(QuestionSet(language="de", title="T", article={},
                                         settings=Settings(), questions=[q]))
    assert "   1. Anna Roth\n   2. Ben Kraus\n" in text
    assert "   A) warnte vor hohen Kosten\n   B) sagte, die Halle bleibe offen\n" in text
    assert "   Antwort: Anna Roth = sagte, die Halle bleibe offen\n" \
           "            Ben Kraus = warnte vor hohen Kosten" in text
