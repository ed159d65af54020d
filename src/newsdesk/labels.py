"""The labels newsdesk uses, as enums: each is a `str`, so it compares equal to and prints as
its JSON value."""

from __future__ import annotations

from enum import StrEnum


class InputFormat(StrEnum):
    """What an input is read as (detected unless given)."""

    html = "html"
    text = "text"


class Strength(StrEnum):
    """How firm a commitment is, firmest first."""

    commitment = "commitment"
    intention = "intention"
    consideration = "consideration"

    @property
    def rank(self) -> int:
        """0 for the firmest; larger is weaker."""
        return _STRENGTH_ORDER.index(self)


_STRENGTH_ORDER: tuple[Strength, ...] = tuple(Strength)


class Extract(StrEnum):
    """What the analysis extracts; none of them means cleaning only."""

    people = "people"
    places = "places"
    organizations = "organizations"
    commitments = "commitments"


EVERYTHING: frozenset[Extract] = frozenset(Extract)
NOTHING: frozenset[Extract] = frozenset()
