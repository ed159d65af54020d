"""The JSON contract's types: `SCHEMA_VERSION` and the TypedDicts of what `to_dict()` returns
(`Brief.to_dict()` a `BriefDict`, ...), so that a caller's `record["people"][0]["name"]` is
typed under `mypy --strict`. docs/schema.json is generated from them
(scripts/build_schema.py). No `from __future__ import annotations` here: the TypedDicts'
`NotRequired` keys must be known at run time (`__required_keys__`), for that script."""

from typing import Annotated, Final, Literal, NotRequired, TypedDict

from newsdesk import labels

# The version of the JSON contract every record states (`"schema": 1`): raised when a field is
# removed, renamed or changes its meaning; a field added leaves it as it is (readers ignore
# fields they do not know).
SCHEMA_VERSION: Final = 1


# A field whose values are a label's (`Annotated[str, labels.Strength]`) holds the label's
# value, a plain str (never the enum); docs/schema.json lists the values.


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


__all__ = [
    "SCHEMA_VERSION",
    "ArticleDict",
    "AttributionDict",
    "BriefDict",
    "CommitmentDict",
    "FailureDict",
    "MentionDict",
    "OrganizationDict",
    "PersonDict",
    "PlaceDict",
    "RemovedDict",
    "RepairDict",
    "TimeDict",
]
