"""Plain data objects passed between the pipeline stages.

ingest -> Article -> nlp -> Analysis -> generate/select -> QuestionSet -> renderers/store.
Every span is a pair of character offsets into ``Article.text``; nothing here does work.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "quizgen.questionset/1"

# --------------------------------------------------------------------------- article

BLOCK_KINDS = (
    "headline",  # the article's title
    "subheading",  # a heading inside the body
    "caption",  # an image caption
    "credit",  # photo credit line ("Bild: picture alliance/dpa ...")
    "teaser",  # link to another article ("Lesen Sie auch: ...")
    "promo",  # advertising / social-media boilerplate ("Folgen Sie ... bei Facebook")
    "byline",  # author/date line ("Erstellt von - Uhr")
    "source",  # agency/source line ("/news.de/dpa")
    "body",  # the article's running text
)


@dataclass
class Block:
    """A labelled part of a news page, so headline and captions are kept but not mixed in."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    """A news article as read from text or HTML, before any language analysis."""

    text: str
    language: str  # "de" or "en"
    title: str
    blocks: list[Block]
    source: str | None = None  # agency or outlet named by the page, e.g. "news.de/dpa"
    origin: str = "text"  # file name, URL or "pasted"

    def blocks_of(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]


# --------------------------------------------------------------------------- analysis


@dataclass
class Token:
    text: str
    start: int
    end: int
    tag: str  # fine tag: STTS for German, BNC C5 for English
    lemma: str
    pos: str  # coarse tag shared by both languages: NOUN PROPN VERB AUX ADJ ADV ADP DET PRON NUM
    #           CCONJ SCONJ PART PUNCT X


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: str  # kind of the Block it belongs to
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name | alias | title | pronoun


@dataclass
class Entity:
    """A person, organisation or place, with every way the article refers to it."""

    id: str
    label: str  # PER | ORG | LOC
    name: str  # the fullest name the article uses
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    role: str | None = None  # "Dozent für Slawistik ...", "Verteidigungsminister"


@dataclass
class DateExpr:
    start: int
    end: int
    text: str
    sentence: int
    kind: str  # date | weekday | relative | time | year
    value: str | None = None  # ISO date/partial date ("--01-19", "2022-01-06") where known


@dataclass
class Quantity:
    start: int
    end: int
    text: str  # the whole phrase: "mehr als 100 Tote"
    sentence: int
    value: float
    number_text: str  # "100", "Hunderte", "sechs"
    hedge: str | None = None  # "mehr als", "rund", "more than"
    unit: str | None = None  # "Tote", "Flugzeuge"


@dataclass
class Quote:
    speaker: str | None
    cue: str | None
    content: str
    kind: str  # direct | indirect
    sentence: int
    outlet: str | None = None
    speaker_entity: str | None = None  # Entity.id
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    content_span: tuple[int, int] | None = None


@dataclass
class EvidenceMarker:
    """A sign of how well a claim is supported: flagged unproven, hedged, or one-sided."""

    kind: str  # no_evidence | hedge | attributed
    start: int
    end: int
    text: str
    sentence: int
    claim_sentence: int | None = None  # the sentence holding the claim it qualifies


@dataclass
class Analysis:
    article: Article
    sentences: list[Sentence]
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    markers: list[EvidenceMarker] = field(default_factory=list)
    subjectivity: list[float] = field(default_factory=list)  # P(opinion) per sentence
    unresolved: list[Mention] = field(default_factory=list)  # pronouns we could not resolve

    @property
    def language(self) -> str:
        return self.article.language

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end)."""
        for e in self.entities:
            for m in e.mentions:
                if m.start < end and start < m.end:
                    return e
        return None

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.block == "body"]

    def to_dict(self) -> dict[str, Any]:
        art = self.article
        return {
            "language": art.language,
            "title": art.title,
            "source": art.source,
            "origin": art.origin,
            "blocks": [asdict(b) for b in art.blocks],
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text,
                 "block": s.block}
                for s in self.sentences
            ],
            "entities": [asdict(e) for e in self.entities],
            "dates": [asdict(d) for d in self.dates],
            "quantities": [asdict(q) for q in self.quantities],
            "quotes": [asdict(q) for q in self.quotes],
            "evidence_markers": [asdict(m) for m in self.markers],
            "opinion_scores": [round(x, 3) for x in self.subjectivity],
            "unresolved_pronouns": [asdict(m) for m in self.unresolved],
        }


# --------------------------------------------------------------------------- questions

FAMILIES = ("comprehension", "media_literacy")
TYPES = ("multiple_choice", "true_false", "short_answer", "cloze", "ordering", "open", "matching")
CHOICE_TYPES = ("multiple_choice", "true_false", "matching")
TRUE_FALSE_WORDS = {"de": ("Richtig", "Falsch"), "en": ("True", "False")}


@dataclass
class Evidence:
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class Question:
    id: str
    family: str
    type: str
    skill: str  # who | what | when | where | how_many | why | vocabulary | sequence | source ...
    prompt: str
    answer: str | list[str]  # option text; true/false word; ordering: items in the right order
    options: list[str] = field(default_factory=list)
    accepted_answers: list[str] = field(default_factory=list)
    explanation: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    difficulty: int = 2  # 1 easy .. 3 hard
    score: float = 0.0
    # matching only: the pairs, left item -> right item (answer holds "left = right" lines)
    pairs: list[list[str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if not self.pairs:
            d.pop("pairs")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Question:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["evidence"] = [Evidence(**e) for e in d.get("evidence", [])]
        return cls(**kw)


@dataclass
class Settings:
    """What the teacher asked for."""

    count: int = 25
    families: list[str] = field(default_factory=lambda: list(FAMILIES))
    types: list[str] = field(default_factory=lambda: list(TYPES))
    difficulty: list[int] = field(default_factory=lambda: [1, 2, 3])
    seed: int = 0


@dataclass
class QuestionSet:
    language: str
    article: dict[str, Any]  # title, source, text, sentences [{index, start, end, text, block}]
    settings: Settings
    questions: list[Question]
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "title": self.title,
            "language": self.language,
            "article": self.article,
            "settings": asdict(self.settings),
            "questions": [q.to_dict() for q in self.questions],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuestionSet:
        """Build from parsed JSON. Validation with clear messages lives in quizgen.questionset."""
        known = {f.name for f in fields(Settings)}
        settings = Settings(**{k: v for k, v in d.get("settings", {}).items() if k in known})
        return cls(
            language=d["language"],
            article=d["article"],
            settings=settings,
            questions=[Question.from_dict(q) for q in d["questions"]],
            title=d.get("title", ""),
        )

    @classmethod
    def from_json(cls, text: str) -> QuestionSet:
        return cls.from_dict(json.loads(text))
