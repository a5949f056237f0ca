"""Database models of the classroom app (Flask-SQLAlchemy on SQLAlchemy 2).

Question sets are stored as the JSON of ``QuestionSet.to_dict()``: the shared data model stays
the single source of truth, and the database only adds ownership, versions and quiz runs.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quizgen.model import QuestionSet

# Named constraints so that Alembic migrations work the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(model_class=Base)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:  # noqa: ARG001
    """WAL lets students answer while the teacher reads results; SQLite needs FKs switched on."""
    import sqlite3

    if isinstance(dbapi_connection, sqlite3.Connection):
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        with contextlib.suppress(sqlite3.OperationalError):  # e.g. an in-memory database
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()


class Teacher(UserMixin, db.Model):
    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    created: Mapped[datetime] = mapped_column(DateTime, default=now)

    sets: Mapped[list[QuestionSetRecord]] = relationship(
        back_populates="owner", cascade="all, delete-orphan")


class QuestionSetRecord(db.Model):
    """A teacher's question set; ``data`` is the question-set JSON."""

    __tablename__ = "question_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"),
                                          index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(8), default="de")
    data: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    owner: Mapped[Teacher] = relationship(back_populates="sets")
    versions: Mapped[list[QuestionSetVersion]] = relationship(
        back_populates="record", cascade="all, delete-orphan",
        order_by="QuestionSetVersion.id")

    def qset(self) -> QuestionSet:
        return QuestionSet.from_dict(json.loads(self.data))

    def set_qset(self, qset: QuestionSet) -> None:
        self.data = qset.to_json(indent=None)
        self.title = qset.title or self.title
        self.language = qset.language


class QuestionSetVersion(db.Model):
    """An earlier state of a set, kept so that an edit can be undone."""

    __tablename__ = "question_set_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_set.id", ondelete="CASCADE"),
                                        index=True)
    data: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(100), default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=now)

    record: Mapped[QuestionSetRecord] = relationship(back_populates="versions")


class Quiz(db.Model):
    """A published run of a set: a frozen snapshot, a join code and the teacher's choices."""

    __tablename__ = "quiz"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"),
                                          index=True)
    set_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_set.id", ondelete="SET NULL"), nullable=True)
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    feedback_mode: Mapped[str] = mapped_column(String(16), default="immediate")  # or "end"
    show_article: Mapped[bool] = mapped_column(Boolean, default=True)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    snapshot: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    closed: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="quiz", cascade="all, delete-orphan", order_by="Participant.id")

    def qset(self) -> QuestionSet:
        return QuestionSet.from_dict(json.loads(self.snapshot))


class Participant(db.Model):
    """A student who joined a quiz under a nickname; the token lives in their session cookie."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("quiz_id", "nickname"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    nickname: Mapped[str] = mapped_column(String(40))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=now)

    quiz: Mapped[Quiz] = relationship(back_populates="participants")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Answer.id")


class Answer(db.Model):
    """One row per student and question: a resubmission can never count twice."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("participant_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    response: Mapped[str] = mapped_column(Text)  # JSON: a string or a list of strings
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None: open question
    created: Mapped[datetime] = mapped_column(DateTime, default=now)

    participant: Mapped[Participant] = relationship(back_populates="answers")

    def value(self) -> str | list[str]:
        return json.loads(self.response)
