"""The small typed records every stage passes on; `to_dict` gives the JSON contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

InputFormat = Literal["html", "text"]
Strength = Literal["commitment", "intention", "consideration"]
STRENGTHS: tuple[Strength, ...] = ("commitment", "intention", "consideration")


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the cleaned text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A line or block dropped as boilerplate, with the reason, so nothing vanishes silently."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Repair:
    """A change made to the article's own text (doubled punctuation, mojibake, whitespace)."""

    kind: str
    before: str
    after: str
    paragraph: int


@dataclass(slots=True)
class Article:
    """The cleaned article and its metadata: what `newsdesk clean` reports."""

    source: str
    title: str | None
    published: str | None
    authors: list[str]
    publisher: str | None
    language: str | None
    tags: list[str]
    text: str
    input_format: InputFormat
    removed: list[Removed] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "language": self.language,
            "tags": list(self.tags),
            "input_format": self.input_format,
            "text": self.text,
            "removed": [asdict(r) for r in self.removed],
            "repairs": [asdict(r) for r in self.repairs],
        }


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str]
    role: str | None
    mentions: list[Mention]


@dataclass(slots=True)
class Organization:
    name: str
    aliases: list[str]
    mentions: list[Mention]


@dataclass(slots=True)
class Place:
    name: str
    kind: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    mentions: list[Mention]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: a quoted speaker or a document, and whether the words are quoted."""

    text: str
    kind: Literal["direct quote", "reported"]


@dataclass(slots=True)
class Commitment:
    """One undertaking. `start`/`end` give the sentence, `trigger_start`/`trigger_end` the words
    that carry the strength and `action_start`/`action_end` the action, all as character offsets
    into the analysed text (`text[trigger_start:trigger_end]`); an empty action span sits at the
    trigger's end."""

    actors: list[str]
    actor_text: str
    trigger: str
    action: str
    strength: Strength
    negated: bool
    conditional: str | None
    time: TimeExpression | None
    attribution: Attribution | None
    sentence: str
    start: int
    end: int
    confidence: float
    trigger_start: int
    trigger_end: int
    action_start: int
    action_end: int


@dataclass(slots=True)
class Analysis:
    """The whole brief: the article plus people, places, organisations and commitments."""

    article: Article
    people: list[Person]
    places: list[Place]
    organizations: list[Organization]
    commitments: list[Commitment]
    model: str
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = self.article.to_dict()
        data["model"] = self.model
        data["people"] = [asdict(p) for p in self.people]
        data["places"] = [asdict(p) for p in self.places]
        data["organizations"] = [asdict(o) for o in self.organizations]
        data["commitments"] = [asdict(c) for c in self.commitments]
        data["warnings"] = list(self.warnings)
        return data
