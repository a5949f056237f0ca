"""Shared fixtures for the web app tests, in the style of Flask's tutorial (flaskr).

The question generator may not exist yet, so ``sample_qset`` builds a German question set of
every question type by hand, with evidence offsets computed from its own small article.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from quizgen.model import Evidence, Question, QuestionSet, Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", REPO.parent / "shared"))

ARTICLE = """Neue Regierung in Astana vereidigt

Der Präsident von Kasachstan, Kassym-Schomart Tokajew, hat am Dienstag eine neue Regierung \
vereidigt. Nach Angaben der Behörden wurden bei den Unruhen mehr als 160 Menschen getötet.

Russland hatte auf Bitten Tokajews rund 2000 Soldaten geschickt. Die Truppen sollen das Land \
nach Angaben des Kremls bis Ende der Woche wieder verlassen.

Kritiker sagen, die Gewalt sei nicht von ausländischen Terroristen ausgegangen. Beweise für \
Tokajews Darstellung legte die Regierung bisher nicht vor."""

TEACHER_PASSWORD = "correct horse battery"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^.\n][^.\n]*[.]?", text):
        if m.group().strip():
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            spans.append((start, m.end()))
    return spans


def evidence(text: str, needle: str) -> list[Evidence]:
    """The sentence holding ``needle``, as offsets into ``text``."""
    at = text.index(needle)
    for i, (s, e) in enumerate(sentence_spans(text)):
        if s <= at < e:
            return [Evidence(sentence=i, start=s, end=e, text=text[s:e])]
    raise AssertionError(needle)


def make_qset(text: str = ARTICLE, title: str = "Kasachstan-Quiz") -> QuestionSet:
    sents = [{"index": i, "start": s, "end": e, "text": text[s:e], "block": "body"}
             for i, (s, e) in enumerate(sentence_spans(text))]
    article = {"title": text.split("\n", 1)[0], "source": "test", "text": text,
               "sentences": sents}
    qs = [
        Question(id="q1", family="comprehension", type="multiple_choice", skill="who",
                 prompt="Wer hat am Dienstag eine neue Regierung vereidigt?",
                 answer="Kassym-Schomart Tokajew",
                 options=["Kassym-Schomart Tokajew", "Wladimir Putin", "Nursultan Nasarbajew"],
                 explanation="Der Präsident Tokajew hat die Regierung vereidigt.",
                 evidence=evidence(text, "neue Regierung")),
        Question(id="q2", family="comprehension", type="true_false", skill="how_many",
                 prompt="Russland hat rund 5000 Soldaten geschickt.", answer="Falsch",
                 options=["Richtig", "Falsch"],
                 explanation="Im Text steht: rund 2000 Soldaten.",
                 evidence=evidence(text, "2000 Soldaten")),
        Question(id="q3", family="comprehension", type="short_answer", skill="where",
                 prompt="Welches Land schickte Soldaten?", answer="Russland",
                 accepted_answers=["die Russische Föderation"],
                 explanation="Russland schickte auf Bitten Tokajews Soldaten.",
                 evidence=evidence(text, "Russland hatte")),
        Question(id="q4", family="comprehension", type="cloze", skill="how_many",
                 prompt="Bei den Unruhen wurden mehr als _____ Menschen getötet.",
                 answer="160", explanation="Die Behörden nennen mehr als 160 Tote.",
                 evidence=evidence(text, "160 Menschen")),
        Question(id="q5", family="comprehension", type="ordering", skill="sequence",
                 prompt="Bringe die Ereignisse in die richtige Reihenfolge.",
                 answer=["Unruhen", "Russland schickt Soldaten", "Truppen verlassen das Land"],
                 explanation="So berichtet es der Artikel.",
                 evidence=evidence(text, "Russland hatte")),
        Question(id="q6", family="media_literacy", type="matching", skill="source",
                 prompt="Wer sagt was? Ordne zu.",
                 answer="Behörden = mehr als 160 Tote\nKreml = Abzug bis Ende der Woche",
                 pairs=[["Behörden", "mehr als 160 Tote"],
                        ["Kreml", "Abzug bis Ende der Woche"]],
                 options=["mehr als 160 Tote", "Abzug bis Ende der Woche"],
                 explanation="Beide Angaben werden einer Quelle zugeschrieben.",
                 evidence=evidence(text, "Kremls")),
        Question(id="q7", family="media_literacy", type="open", skill="evidence",
                 prompt="Welche Behauptung der Regierung ist nicht belegt?",
                 answer="Dass die Gewalt von ausländischen Terroristen ausging.",
                 explanation="Die Regierung legte keine Beweise vor.",
                 evidence=evidence(text, "Beweise")),
    ]
    return QuestionSet(language="de", article=article, settings=Settings(count=7), questions=qs,
                       title=title)


@pytest.fixture
def sample_qset() -> QuestionSet:
    return make_qset()


@pytest.fixture
def app(tmp_path):
    """SQLite in a temporary folder, or the server QUIZGEN_TEST_DATABASE_URL names (CI runs
    the web and store tests a second time against PostgreSQL), emptied after each test."""
    from quizgen.web import create_app

    server = os.environ.get("QUIZGEN_TEST_DATABASE_URL")
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test",
        "SQLALCHEMY_DATABASE_URI": server or f"sqlite:///{tmp_path / 'test.sqlite'}",
        "WTF_CSRF_ENABLED": False,
        "DB_SETUP": "create_all",
        "RATELIMIT_ENABLED": False,
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",  # fast; the real default is scrypt
    })
    app.instance_path = str(tmp_path)
    yield app
    if server:
        from quizgen.store import db

        with app.app_context():
            db.session.remove()
            db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class TeacherActions:
    """Sign up, log in and make sets, like flaskr's AuthActions."""

    def __init__(self, client) -> None:
        self.client = client

    def signup(self, email: str = "lehrerin@example.org", password: str = TEACHER_PASSWORD):
        return self.client.post("/auth/signup", data={
            "email": email, "password": password, "confirm": password})

    def login(self, email: str = "lehrerin@example.org", password: str = TEACHER_PASSWORD):
        return self.client.post("/auth/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/auth/logout")

    def create_set(self, qset: QuestionSet | None = None,
                   email: str = "lehrerin@example.org") -> int:
        """Store a set for the teacher ``email`` directly in the database; returns its id."""
        from sqlalchemy import select

        from quizgen.store import QuestionSetRecord, Teacher, db

        qset = qset or make_qset()
        with self.client.application.app_context():
            owner = db.session.scalar(select(Teacher).where(Teacher.email == email))
            record = QuestionSetRecord(owner_id=owner.id, data="")
            record.set_qset(qset)
            db.session.add(record)
            db.session.commit()
            return record.id

    def publish(self, set_id: int, feedback_mode: str = "immediate",
                show_article: bool = True) -> tuple[int, str]:
        from quizgen.store import Quiz, db

        data = {"feedback_mode": feedback_mode}
        if show_article:
            data["show_article"] = "y"
        r = self.client.post(f"/teacher/sets/{set_id}/publish", data=data)
        assert r.status_code == 302, r.data
        quiz_id = int(r.headers["Location"].rstrip("/").split("/")[-1])
        with self.client.application.app_context():
            code = db.session.get(Quiz, quiz_id).join_code
        return quiz_id, code


@pytest.fixture
def teacher(client):
    return TeacherActions(client)
