"""Lists and table columns of places: which spans stand next to each other in one, and the
regions a list of states makes of its items ('New York, New Jersey and Connecticut')."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.places.common import big_place, short_form
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold
from newsdesk.labels import PlaceKind

# Longest run of separators, figures and line breaks between two items of a list or two rows of
# a table ("19 | Delaware | 61.0\n20 | Montana"): rank, name, score and the next rank.
_MAX_LIST_GAP = 6


_JOINERS = {",", "and", "or", "&", ";", "|", "/"}


def _separates(tok: Token) -> bool:
    """A token that may stand between two items of a list or two rows of a table: a table's
    cells hold figures with their units too ('| Georgia | $81.99 | 12% |')."""
    return (
        tok.lower_ in _JOINERS
        or tok.is_space
        or tok.like_num
        or tok.is_punct
        or tok.is_currency
        or tok.text == "%"
    )


def list_neighbours(doc: Doc, spans: list[NameSpan]) -> dict[int, list[int]]:
    """For each span (by index), the spans next to it in one list ('A, B and C') or one table
    column ('18 | New Jersey | 63.2\n19 | Delaware'): only separators, figures and line breaks
    between, and at least one joiner or line break (figures alone make no list: 'Texas 2
    Georgia'). Only consecutive spans can be neighbours: computed once, in linear time."""
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    found: dict[int, list[int]] = {}
    for i, j in pairwise(order):
        gap = doc[spans[i].end : spans[j].start]
        if not 1 <= len(gap) <= _MAX_LIST_GAP or not all(_separates(t) for t in gap):
            continue
        if any(t.lower_ in _JOINERS or "\n" in t.text or "\t" in t.text for t in gap):
            found.setdefault(i, []).append(j)
            found.setdefault(j, []).append(i)
    return found


def listed_with(
    index: int,
    spans: list[NameSpan],
    neighbours: dict[int, list[int]],
    regions: dict[str, set[str]],
) -> frozenset[str]:
    """The countries of the regions the span stands beside in a list or a table column: a
    state named among states is the state ('Georgia', 'Washington')."""
    found: set[str] = set()
    for j in neighbours.get(index, []):
        found |= regions.get(fold(spans[j].text), set())
    return frozenset(found)


def listed_beside_known(
    index: int,
    spans: list[NameSpan],
    neighbours: dict[int, list[int]],
    hits: dict[str, list[GeoPlace]],
) -> bool:
    """A name the model tagged a town or country (GPE) and the gazetteer lacks, listed
    between places it knows ('Hendersonville, Portland, Hartsville, and Lebanon'): a place, as
    the items of one list are of one kind; both sides must be known places (one known name
    beside it could be a company's list: 'Google, Meta and Acme')."""
    near = neighbours.get(index, [])
    return (
        spans[index].label == "GPE"
        and len(near) >= 2
        and all(hits.get(fold(spans[j].text)) for j in near)
    )


def regions_by_list(
    spans: list[NameSpan],
    hits: dict[str, list[GeoPlace]],
    neighbours: dict[int, list[int]],
    gaz: Gazetteer,
) -> dict[str, set[str]]:
    """Names read as first-level regions, with their countries: the names that can only be
    regions ('New Jersey', for 'New York, New Jersey and Connecticut'), or regions
    and small towns only ('Florida': towns of that name in Uruguay and Puerto Rico, no country
    and no big city, for 'New York and Florida'); then, as the items of
    one list are of one kind, a name listed beside such a region that can be a region of the
    same country is one too, and so on down the list or table ('New Jersey', 'Delaware',
    'Montana', 'New York' in a table of states)."""
    regions: dict[str, set[str]] = {
        k: {p.country_code or "" for p in ps if p.kind == PlaceKind.region}
        for k, ps in hits.items()
        if _region_name(gaz, k)
    }
    changed = True
    while changed:
        changed = False
        for index in neighbours:
            k = fold(spans[index].text)
            beside = listed_with(index, spans, neighbours, regions) - regions.get(k, set())
            can_be = {p.country_code or "" for p in hits.get(k, []) if p.kind == PlaceKind.region}
            if beside & can_be:
                regions.setdefault(k, set()).update(beside & can_be)
                changed = True
    return regions


def _region_name(gaz: Gazetteer, name: str) -> bool:
    """The entries of a name are first-level regions, and towns under `CITY`
    (100,000) people or reached through an unrelated other name of theirs: a reader takes it
    for the region ('Florida'; not 'New York', a short form of New York City's name)."""
    entries = gaz.lookup(name)
    return any(p.kind == PlaceKind.region for p, _ in entries) and all(
        p.kind == PlaceKind.region
        or (
            p.kind == PlaceKind.city
            and not (big_place(p) and (primary or short_form(name, p.name)))
        )
        for p, primary in entries
    )
