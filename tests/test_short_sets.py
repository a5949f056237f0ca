"""A set shorter than the teacher asked for says so (blind review 48: 'All four sets are
short of the requested 25'): the generator keeps only questions that pass its checks, and
the teacher should know the article, not a fault, set the limit."""

from __future__ import annotations

import pytest

from quizgen import cli
from tests.conftest import make_qset
from tests.test_web_teacher import new_set_form

ARTICLE = ("Neue Brücke in Kesselheim eröffnet\n\n"
           "Die neue Brücke über die Lahn wurde am 12. Mai eröffnet. Der Stadtrat hatte den "
           "Bau am 3. Februar beschlossen. Die Kosten lagen bei rund 4 Millionen Euro, sagte "
           "Bürgermeisterin Anna Roth.")


def test_the_cli_says_when_the_set_is_shorter_than_asked(tmp_path, capsys):
    article = tmp_path / "bruecke.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["generate", str(article), "-n", "40", "-o", str(tmp_path / "q.json")]) == 0
    err = capsys.readouterr().err
    assert "of the 40 questions asked for" in err
    assert cli.main(["generate", str(article), "-n", "1", "-o", str(tmp_path / "q.json")]) == 0
    assert "asked for" not in capsys.readouterr().err


@pytest.fixture
def seven_questions(monkeypatch):
    monkeypatch.setattr("quizgen.pipeline.question_set_from",
                        lambda source, settings=None, *, filename=None: make_qset(title=""))


@pytest.mark.parametrize("count, message", [
    # (the interface speaks German unless the browser asks for English)
    ("12", "7 der 12 gewünschten Fragen"),
    ("7", "7 Fragen erzeugt."),
])
def test_the_editor_says_when_the_set_is_shorter_than_asked(client, teacher, seven_questions,
                                                            count, message):
    teacher.signup()
    r = client.post("/teacher/new", data=new_set_form(count=count))
    assert r.status_code == 302
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert message in page
