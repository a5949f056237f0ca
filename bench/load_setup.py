"""Database side of the load test (bench/load.py): a fresh schema, a teacher with a 15-question
set, and the count of stored answers afterwards.

Setup goes through the app's own code (``create_app`` migrates the schema, the models store the
teacher and the set); the quiz itself is published over HTTP by bench/load.py, as a teacher would.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, create_engine, text

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", REPO.parent / "shared"))
ARTICLE = SHARED / "articles" / "de_kasachstan_ovks.txt"
TEACHER_EMAIL = "last@example.org"
TEACHER_PASSWORD = "load test password"

FALLBACK_TEXT = """Neue Regierung in Astana vereidigt

Der Präsident von Kasachstan hat am Dienstag eine neue Regierung vereidigt. Nach Angaben der \
Behörden wurden bei den Unruhen mehr als 160 Menschen getötet. Russland hatte rund 2000 Soldaten \
geschickt. Die Truppen sollen das Land bis Ende der Woche wieder verlassen. Kritiker sagen, die \
Gewalt sei nicht von ausländischen Terroristen ausgegangen."""


def article_text() -> str:
    """The seed article, so that question pages weigh what a real quiz page weighs."""
    try:
        return ARTICLE.read_text(encoding="utf-8")
    except OSError:
        return FALLBACK_TEXT


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s.][^.\n]*[.!?]?", text)
            if len(m.group()) > 20]


def make_qset(count: int = 15):
    """``count`` questions cycling through every question type, each with one evidence sentence.

    Built by hand rather than by the generator: the load test measures the web app, and its
    numbers must not move when the generator changes.
    """
    from quizgen.model import Evidence, Question, QuestionSet, Settings

    text = article_text()
    spans = _sentences(text)
    sents = [{"index": i, "start": s, "end": e, "text": text[s:e], "block": "body"}
             for i, (s, e) in enumerate(spans)]
    kinds = ["multiple_choice", "true_false", "short_answer", "cloze", "ordering", "matching",
             "open"]
    questions = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        si = i % len(spans)
        s, e = spans[si]
        ev = [Evidence(sentence=si, start=s, end=e, text=text[s:e])]
        q = Question(id=f"q{i + 1}", family="comprehension", type=kind, skill="what",
                     prompt=f"Frage {i + 1}: Was steht im Satz {si + 1}?", answer="A",
                     explanation="Siehe den markierten Satz.", evidence=ev)
        if kind == "multiple_choice":
            q.options, q.answer = ["A", "B", "C", "D"], "A"
        elif kind == "true_false":
            q.options, q.answer = ["Richtig", "Falsch"], "Richtig"
        elif kind == "ordering":
            q.answer = ["erstens", "zweitens", "drittens", "viertens"]
        elif kind == "matching":
            q.pairs = [["Behörden", "160 Tote"], ["Kreml", "Abzug"], ["Kritiker", "Zweifel"]]
            q.answer = "\n".join(f"{a} = {b}" for a, b in q.pairs)
            q.options = [b for _a, b in q.pairs]
        questions.append(q)
    article = {"title": text.split("\n", 1)[0], "source": "load test", "text": text,
               "sentences": sents}
    return QuestionSet(language="de", article=article, settings=Settings(count=count),
                       questions=questions, title="Lasttest")


def reset_database(url: str) -> None:
    """Drop every table of the database the test is given (never point it at production)."""
    if url.startswith("sqlite:"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()


def prepare(url: str, questions: int) -> int:
    """Migrate the schema with the app's own start-up code, add the teacher and the set.

    Returns the set's id. The caller has put DATABASE_URL and QUIZGEN_* into the environment.
    """
    from quizgen.store import QuestionSetRecord, Teacher, db
    from quizgen.web import create_app
    from quizgen.web.security import hash_password

    reset_database(url)
    app = create_app()
    with app.app_context():
        teacher = Teacher(email=TEACHER_EMAIL, password_hash=hash_password(TEACHER_PASSWORD))
        db.session.add(teacher)
        db.session.flush()
        record = QuestionSetRecord(owner_id=teacher.id, data="")
        record.set_qset(make_qset(questions))
        db.session.add(record)
        db.session.commit()
        set_id = record.id
        db.session.remove()
        db.engine.dispose()
    return set_id


@dataclass
class Stored:
    rows: int  # answer rows of this quiz
    pairs: int  # distinct (participant, question)
    duplicates: int  # rows beyond one per (participant, question)
    participants: int
    answers: dict[tuple[str, str], str]  # (nickname, question id) -> stored JSON response
    journal_mode: str  # SQLite: wal expected


def count_answers(url: str, join_code: str) -> Stored:
    """What the database holds after the run, read with plain SQL (not through the app)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        quiz_id = conn.execute(text("SELECT id FROM quiz WHERE join_code = :c"),
                               {"c": join_code}).scalar_one()
        rows = conn.execute(text(
            "SELECT p.nickname, a.question_id, a.response FROM answer a "
            "JOIN participant p ON p.id = a.participant_id WHERE p.quiz_id = :q"),
            {"q": quiz_id}).all()
        participants = conn.execute(text("SELECT count(*) FROM participant WHERE quiz_id = :q"),
                                    {"q": quiz_id}).scalar_one()
        mode = ""
        if url.startswith("sqlite:"):
            mode = conn.execute(text("PRAGMA journal_mode")).scalar_one()
    engine.dispose()
    answers = {(nick, qid): resp for nick, qid, resp in rows}
    return Stored(rows=len(rows), pairs=len(answers), duplicates=len(rows) - len(answers),
                  participants=participants, answers=answers, journal_mode=mode)
