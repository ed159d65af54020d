"""The small typed records every stage passes on. `Brief.to_dict` and `Failure.to_dict` are the
JSON contract (one record per input), written here and nowhere else: plain JSON values (an
enum's value, never the enum), typed by the TypedDicts below (`BriefDict`, ...), each record
carrying `schema` (`SCHEMA_VERSION`) and `newsdesk_version`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, NotRequired, TypedDict, cast

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from newsdesk import labels

# JSON values: what `to_dict` returns is made of these only.
JSONValue = str | int | float | bool | None | list["JSONValue"] | dict[str, "JSONValue"]
JSONDict = dict[str, JSONValue]
# A JSON contract record as the renderers read it back (possibly from a file: `json` gives no
# types, so its values are `Any`; the one alias of it).
Record = Mapping[str, Any]

# `Repair.paragraph` of a repair made while decoding the input, before it had paragraphs.
BEFORE_PARAGRAPHS = -1


# The version of the JSON contract every record states (`"schema": 1`): raised when a field is
# removed, renamed or changes its meaning; a field added leaves it as it is (readers ignore
# fields they do not know).
SCHEMA_VERSION: Final = 1


# The JSON contract's records as TypedDicts: what `to_dict()` returns, so that a caller's
# `record["people"][0]["name"]` is typed under `mypy --strict`; scripts/build_schema.py makes
# docs/schema.json from them. (Under this module's postponed annotations `__required_keys__`
# counts every key as required at run time: `typing.get_type_hints(..., include_extras=True)`
# shows which are `NotRequired`.) A field whose values are a label's (`Annotated[str,
# labels.Strength]`) holds the label's value, a plain str (never the enum); docs/schema.json
# lists the values.


class MentionDict(TypedDict):
    text: str
    start: int
    end: int


class RemovedDict(TypedDict):
    text: str
    reason: str
    cause: Annotated[str | None, labels.Cause]


class RepairDict(TypedDict):
    kind: Annotated[str, labels.RepairKind]
    before: str
    after: str
    paragraph: int


class PersonDict(TypedDict):
    name: str
    aliases: list[str]
    role: str | None
    mentions: list[MentionDict]


class OrganizationDict(TypedDict):
    name: str
    aliases: list[str]
    mentions: list[MentionDict]


class PlaceDict(TypedDict):
    name: str
    kind: Annotated[str | None, labels.PlaceKind]
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    mentions: list[MentionDict]
    geonames_name: str | None


class TimeDict(TypedDict):
    text: str
    value: str | None


class AttributionDict(TypedDict):
    text: str
    kind: Literal["direct quote", "reported"]


class CommitmentDict(TypedDict):
    actors: list[str]
    actor_text: str
    trigger: str
    action: str
    strength: Annotated[str, labels.Strength]
    negated: bool
    conditional: str | None
    time: TimeDict | None
    attribution: AttributionDict | None
    sentence: str
    start: int
    end: int
    confidence: float
    trigger_start: int
    trigger_end: int
    action_start: int
    action_end: int
    trigger_parts: list[MentionDict]


class ArticleDict(TypedDict):
    """`Article.to_dict()`: the cleaned article (`newsdesk.clean()`)."""

    source: str
    title: str | None
    published: str | None
    authors: list[str]
    publisher: str | None
    language: str | None
    tags: list[str]
    input_format: Annotated[str, labels.InputFormat]
    text: str
    removed: list[RemovedDict]
    repairs: list[RepairDict]
    schema: Literal[1]  # SCHEMA_VERSION
    newsdesk_version: str
    warnings: list[str]  # last in a record (a `BriefDict`'s after its analysis)


class BriefDict(ArticleDict):
    """`Brief.to_dict()`: one input's record, as `newsdesk clean` (no `model` and no item
    lists) or `newsdesk analyze` (all of them) writes it."""

    id: NotRequired[str]  # a JSON Lines input's record id
    model: NotRequired[str]  # the spaCy pipeline (analyze only), as are the four lists
    people: NotRequired[list[PersonDict]]
    places: NotRequired[list[PlaceDict]]
    organizations: NotRequired[list[OrganizationDict]]
    commitments: NotRequired[list[CommitmentDict]]
    # written by the CLI into a JSON Lines `-o` file only (`run.sink`), for --resume
    resume_key: NotRequired[str]


class FailureDict(TypedDict):
    """`Failure.to_dict()`: a failed input's error record."""

    id: NotRequired[str]
    source: str
    error: str
    kind: str
    schema: Literal[1]  # SCHEMA_VERSION
    newsdesk_version: str
    resume_key: NotRequired[str]


def _version() -> str:
    from newsdesk import __version__  # (newsdesk/__init__ imports this module)

    return __version__


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the cleaned text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A line or block dropped as boilerplate (or read as the article's metadata: its title,
    date line or byline), with the reason, so nothing vanishes silently. `reason` is for
    people (`Cause.text`, or the markup's own hint); `cause` is the machine's label, which
    tools and the reports read (None only for a verdict that gives none)."""

    text: str
    reason: str
    # a StrEnum: its JSON is its value; defaulted so `Removed(text, reason)` is made as before
    # session 12 (review 12c, 9)
    cause: labels.Cause | None = None


@dataclass(frozen=True, slots=True)
class Repair:
    """A change made to the article's own text (doubled punctuation, mojibake, whitespace,
    undecodable bytes). `paragraph` is `BEFORE_PARAGRAPHS` for repairs made while decoding."""

    kind: labels.RepairKind  # a StrEnum: its JSON is its value
    before: str
    after: str
    paragraph: int


@dataclass(slots=True)
class Article:
    """The cleaned article and its metadata: what `newsdesk clean` reports. `warnings`: what
    the cleaning warns about ("no article text found"), as `newsdesk.clean()` returns it; in a
    `Brief`, every warning of the input is in `Brief.warnings` (its record has one list)."""

    source: str
    title: str | None
    published: str | None
    authors: list[str]
    publisher: str | None
    language: str | None
    tags: list[str]
    text: str
    input_format: labels.InputFormat  # a StrEnum: its JSON is its value
    removed: list[Removed] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> ArticleDict:
        """The JSON record `newsdesk clean -f json` prints for this article."""
        return {
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "language": self.language,
            "tags": list(self.tags),
            "input_format": self.input_format.value,
            "text": self.text,
            "removed": [cast(RemovedDict, _plain(r)) for r in self.removed],
            "repairs": [cast(RepairDict, _plain(r)) for r in self.repairs],
            "schema": SCHEMA_VERSION,
            "newsdesk_version": _version(),
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class Person:
    """A person named in the article: the fullest name, the other forms it takes, the role
    (title or job) when the article gives one, and every mention."""

    name: str
    aliases: list[str]
    role: str | None
    mentions: list[Mention]


@dataclass(slots=True)
class Organization:
    """An organization named in the article, its other names and every mention."""

    name: str
    aliases: list[str]
    mentions: list[Mention]


@dataclass(slots=True)
class Place:
    """A place, resolved offline to GeoNames: `kind` is country, region, city, ... (None when
    not known); `country_code` ISO 3166-1 alpha-2; latitude, longitude and `geonames_id` are
    None when the place could not be resolved (a region with no one point, an unknown name)."""

    name: str
    kind: labels.PlaceKind | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    mentions: list[Mention]
    # (session 13) GeoNames' own name of the entry when `name` is the article's form of it
    # ('Bayern' for 'Bavaria'); the same as `name` otherwise; None for unresolved places and the hand-kept list's
    geonames_name: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """When a commitment is due, as written ("next Thursday") and resolved against the
    publication date (`value`, ISO 8601 such as "2026-12-03" or "2027"; None if not resolved)."""

    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: a quoted speaker or a document, and whether the words are quoted."""

    text: str
    kind: Literal["direct quote", "reported"]


@dataclass(slots=True)
class Commitment:
    """One undertaking: who (`actors`, resolved; `actor_text` as written) commits to what
    (`trigger`, `action`), how firmly (`strength`), `negated`, on what condition, when, on
    whose word (`attribution`). `start`/`end` give the sentence, `trigger_start`/`trigger_end`
    the words that carry the strength and `action_start`/`action_end` the action, all as
    character offsets into the analyzed text (`text[trigger_start:trigger_end]`); an empty
    action span sits at the trigger's end. `trigger_parts`: the trigger's words as they stand
    in the text, one `Mention` per run of adjacent words (one for "pledged to"; two for
    "reaffirmed … commitment", whose words are apart), in order, inside the trigger's span."""

    actors: list[str]
    actor_text: str
    trigger: str
    action: str
    strength: labels.Strength  # a StrEnum: its JSON is its value
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
    # defaulted so a Commitment is made as before session 12 (review 12c, 9)
    trigger_parts: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Brief:
    """One input's result: the article, plus what the analysis added when it ran (`model` is
    then the spaCy pipeline's name; it is None for `clean`). The only thing renderers take."""

    article: Article
    model: str | None = None
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    id: str | None = None  # the input's own id (a JSON Lines record's "id")

    @property
    def analyzed(self) -> bool:
        return self.model is not None

    def at_least(self, strength: labels.Strength | str) -> list[Commitment]:
        """The commitments at least as firm as `strength`: a `Strength` or its value
        ("commitment", "intention", "consideration", as `analyze(min_strength=)` takes it);
        another value is an `OptionError`."""
        floor = labels.label_of(labels.Strength, strength)
        return [c for c in self.commitments if c.strength.rank <= floor.rank]

    def to_dict(self) -> BriefDict:
        """The JSON record of `newsdesk clean` (article only) or `newsdesk analyze`: `id`
        first (a JSON Lines input's), the article's fields, the analysis's, the versions,
        then one list of warnings, last (the brief's, then any of the article's not among
        them)."""
        data: dict[str, object] = {} if self.id is None else {"id": self.id}
        data.update(self.article.to_dict())
        for later in ("schema", "newsdesk_version", "warnings"):
            del data[later]  # written after the analysis, below
        if self.analyzed:
            data["model"] = self.model
            data["people"] = [_plain(p) for p in self.people]
            data["places"] = [_plain(p) for p in self.places]
            data["organizations"] = [_plain(o) for o in self.organizations]
            data["commitments"] = [_plain(c) for c in self.commitments]
        data["schema"] = SCHEMA_VERSION
        data["newsdesk_version"] = _version()
        data["warnings"] = [
            *self.warnings,
            *(w for w in self.article.warnings if w not in self.warnings),
        ]
        return cast(BriefDict, data)


# Deprecated: use `Brief` (an analysis is a `Brief` with `model` set). Kept as an alias for
# code written before `Brief`; it will be removed in 0.2.
Analysis = Brief


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an input has no `Brief`: its error record."""

    source: str
    kind: str  # the exception class, e.g. "InputNotFoundError", "WorkerDiedError"
    message: str  # one line, starting with the source
    id: str | None = None

    def to_dict(self) -> FailureDict:
        """`{"id", "source", "error", "kind", "schema", "newsdesk_version"}` (`id` only for a
        JSON Lines input's record), `id` first as in a `Brief`'s record."""
        data: dict[str, object] = {} if self.id is None else {"id": self.id}
        data["source"] = self.source
        data["error"] = self.message
        data["kind"] = self.kind
        data["schema"] = SCHEMA_VERSION
        data["newsdesk_version"] = _version()
        return cast(FailureDict, data)


def _plain(record: DataclassInstance) -> JSONDict:
    """`dataclasses.asdict` for the records here, without its deep copies: the same dict (the
    same keys in the same order, the same values), several times faster. The values are
    strings, numbers, enums (written as their values), None, lists and other records."""
    return {name: _plain_value(getattr(record, name)) for name in _field_names(type(record))}


def _plain_value(value: object) -> JSONValue:
    if isinstance(value, Enum):
        return _plain_value(value.value)  # a label's value: "commitment", never the enum
    if value is None or isinstance(value, str | int | float):
        return value  # immutable: asdict's deep copy of one is the value itself
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(value)
    copied: JSONValue = asdict(_Box(value))["value"]  # anything else, as asdict copies it
    return copied


@dataclass(frozen=True, slots=True)
class _Box:
    value: object


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
