"""Comp, blind review 17: an English role followed by ', who is responsible for X,' keeps X
('councillor' alone said nothing of what she is in charge of)."""
from pathlib import Path

from quizgen.pipeline import analyze, load_article

TEXT = "\n\n".join([
    "Park benches stolen in Millford",
    "Twelve benches have been stolen from parks in Millford since September, the council says.",
    "Councillor Sarah Finch, who is responsible for the environment, said new benches would be "
    "bolted down from next month. Inspector Joe Marsh, who is in charge of local policing, said "
    "patrols would increase.",
    "Park keeper Dan Holt found the latest empty spot on Monday morning."]) + "\n"


def test_role_keeps_responsible_for(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    roles = {e.name: e.role for e in analyze(load_article(p)).entities}
    assert (roles.get("Sarah Finch") or "").lower() == \
        "councillor responsible for the environment", roles
    assert (roles.get("Joe Marsh") or "").lower() == "inspector in charge of local policing", roles
    assert roles.get("Dan Holt") in (None, "park keeper", "Park keeper"), roles


def test_role_question_asks_the_whole_role() -> None:
    from quizgen.generate import vocabulary

    answers = {q.prompt: q.answer for q in vocabulary.generate(analyze(load_article(TEXT)))
               if q.skill == "role" and q.type == "short_answer"}
    assert answers.get("What is Sarah Finch's role according to the article?") == \
        "councillor responsible for the environment", answers
