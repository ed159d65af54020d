"""What the people and places tests share: the brief of a text analysed whole, and the people of
a written sentence whose entity labels the test sets (tests/tagging.py)."""

from __future__ import annotations

import re

import newsdesk
from newsdesk.analysis import entities
from newsdesk.analysis.gazetteer import km
from newsdesk.model import Analysis, Place
from tagging import tagged_doc


def brief_of(text: str) -> Analysis:
    """The brief of `text`, analysed as it is (clean=False: nothing removed as clutter)."""
    return newsdesk.analyze(text, clean=False)


def places_of(text: str) -> list[Place]:
    """The places of `text`'s brief."""
    return brief_of(text).places


def places_said(text: str) -> set[str]:
    """Every text a place of the brief was named by."""
    return {m.text for p in places_of(text) for m in p.mentions}


def place_named(places: list[Place], text: str) -> Place | None:
    """The place one of whose mentions is `text`, if any."""
    return next((p for p in places if text in {m.text for m in p.mentions}), None)


def km_from(place: Place, lat: float, lon: float) -> float:
    """How far the place is from (lat, lon), in kilometres; the place must have a position."""
    assert place.latitude is not None and place.longitude is not None
    return km(place.latitude, place.longitude, lat, lon)


def near(lat: float | None, lon: float | None, to: tuple[float, float], within: float) -> bool:
    """Whether a position (either part may be missing) lies within `within` km of `to`."""
    return lat is not None and lon is not None and km(lat, lon, *to) <= within


def people_names(brief: Analysis) -> set[str]:
    """The names of the brief's people."""
    return {p.name for p in brief.people}


def tag_spans(text: str, tags: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, label) for every match in `text` of each pattern of `tags`."""
    return [(m.start(), m.end(), lab) for p, lab in tags.items() for m in re.finditer(p, text)]


def people_tagged(text: str, tags: dict[str, str]) -> set[str]:
    """The people newsdesk lists when every match of each pattern in `tags` carries its label."""
    people, _, _ = entities.extract(tagged_doc(text, tag_spans(text, tags)))
    return {p.name for p in people}


def roles_tagged(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    """Newsdesk's people and their roles when every match of each pattern carries its label
    (longest matches first; a shorter one inside a longer match, 'Castell' in 'Irene Castell',
    is left to the rules)."""
    spans: list[tuple[int, int, str]] = []
    for start, end, lab in sorted(tag_spans(text, tags), key=lambda s: s[0] - s[1]):
        if not any(start < e and s < end for s, e, _ in spans):
            spans.append((start, end, lab))
    people, _, _ = entities.extract(tagged_doc(text, spans))
    return {p.name: p.role for p in people}
