"""'Local MP Graham Ashworth said he had raised the issue ...' with his sex shown nowhere
else: the who-question keeps the text's 'he' (blind review 15: en_dentists got only four
comprehension questions, this sentence none), unless another person is named nearby."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

TEXT = (
    "Town's last dentist goes private\n\n"
    "The last dental practice in Hollbrook will stop NHS treatment in March. Families say "
    "they cannot afford the fees.\n\n"
    "Local MP Graham Ashworth said he had raised the issue in the House of Commons on "
    "Wednesday. The health board said it was looking for a new provider.\n\n"
    "Patients can stay on for a monthly fee."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in wh.generate(analyze(load_article(text)))]


def test_the_speakers_own_pronoun_stays_when_nobody_else_is_named():
    assert "Who said he had raised the issue in the House of Commons on Wednesday?" in \
        _prompts(TEXT)


def test_not_when_another_person_is_named_in_the_sentence_before():
    text = TEXT.replace("Families say they cannot afford the fees.",
                        "Dentist Peter Marsh announced the change.")
    assert not any(p.startswith("Who said he had raised") for p in _prompts(text))
