"""What the sentence around a name says of it: a place slot ('in Logar', 'the town of X'), a
qualifier ('Paris, Texas', 'Palm Beach (Fla.)'), 'Washington state', the region of the town
before its comma ('Atlanta, Georgia')."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.place_cues import after_lower_noun_of
from newsdesk.analysis.entities.places.common import (
    AROUND,
    CITY,
    CLEAR_FIRST,
    COMPASS,
    LIST_JOINERS,
    MAX_TOWN_WORDS,
    QUALIFIER_TOKENS,
    big_place,
    place_words,
    span_entries,
)
from newsdesk.analysis.entities.spans import PLACE_LABELS, NameSpan
from newsdesk.analysis.entities.words import PLACE_NOUNS
from newsdesk.analysis.gazetteer import (
    Gazetteer,
    GeoPlace,
    fold,
    load_counties,
    load_divisions,
    load_towns,
    load_villages,
)
from newsdesk.labels import PlaceKind


def used_as_place(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'in Logar', 'Sarkh, Logar', 'the Pangram area': the sentence treats the name as a place."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if prev in AROUND or nxt in PLACE_NOUNS:
        return True
    # "the town of Ziketan", "the province of Logar"
    if prev == "of" and i > 0 and doc[i - 1].lower_ in PLACE_NOUNS:
        return True
    after = doc[span.end + 1 : span.end + QUALIFIER_TOKENS].text if span.end + 1 < len(doc) else ""
    # the qualifier is a place written as a name ('Sarkh, Logar', 'Edgbaston, Birmingham'),
    # not a lower-case word ('Alfredo, or pesto': 'or' is Oregon's code)
    if nxt != ",":
        return False
    first = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    # or a bare county ('Radstock, Somerset, did'; not a big city's name: 'Kevic,
    # Belgrade newsroom' is a byline)
    return any(gaz.lookup(w) for w in (after, after.rsplit(" ", 1)[0]) if w[:1].isupper()) or (
        first[:1].isupper()
        and fold(first) in load_divisions()
        and not any(primary and big_place(p) for p, primary in gaz.lookup(first))
    )


def qualifier_of(doc: Doc, span: NameSpan, gaz: Gazetteer) -> tuple[set[str], list[GeoPlace]]:
    """The names of the region or country that qualifies the span ('Paris, Texas', 'Palm Beach
    (Fla.)'), with the qualifier's own entries; empty when there is none. A country is never
    qualified ('Luxembourg, France' is a list), nor is the item of a list of places."""
    hits, inside = span_entries(gaz, span)
    nxt = inside or " ".join(t.text for t in doc[span.end : span.end + QUALIFIER_TOKENS])
    qualifier = re.match(r"^[,(]\s*([A-Z][\w.]+(?: [A-Z][\w.]+)?)", nxt)
    if not qualifier or any(p.kind == PlaceKind.country and primary for p, primary in hits):
        return set(), []
    if (
        inside is None
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ in PLACE_LABELS
        and nxt.startswith(",")
    ):
        return set(), []  # 'Austria, Switzerland, Luxembourg, France': items of one list
    raw = qualifier.group(1)
    qual_hits = gaz.lookup(raw)
    counties = sorted(
        () if qual_hits else load_counties().get(fold(raw), ()), key=lambda cn: -cn[1]
    )
    if counties and (len(counties) == 1 or counties[0][1] >= CLEAR_FIRST * counties[1][1]):
        # (session 17) a county of the counties' list, the only one of its name or a clear
        # first ('Angwin, Napa County'): in it, and in its first-level region, as a bare
        # county qualifies ('Radstock, Somerset'); of namesakes with no clear first ('Orange
        # County'), none is chosen
        county = counties[0][0]
        return {fold(raw), *({fold(county.region)} if county.region else set())}, [county]
    if not qual_hits and " " in raw:  # 'Washington, D.C. New evidence': the next sentence
        raw = raw.split()[0]
        qual_hits = gaz.lookup(raw)
    if fold(raw) in COMPASS:
        return set(), []  # 'Hudson Valley, Northern NJ': no qualifier (Uganda's Northern region)
    # the qualifier's own names too: "N.M." is New Mexico, "Calif." California
    qual_places = [p for p, _ in qual_hits if p.kind in (PlaceKind.region, PlaceKind.country)]
    quals = {fold(raw), *(fold(p.name) for p in qual_places)}
    if not qual_places and raw[:1].isupper():
        # a bare county ('Radstock, Somerset'): in it, and in its first-level region
        # (a town of the gazetteer there keeps its own entry: 'Sevenoaks, Kent')
        qual_places = list(load_divisions().get(fold(raw), ()))
        quals |= {fold(p.region) for p in qual_places if p.region}
    if any(
        p.kind == PlaceKind.city and primary and p.population >= CITY for p, primary in qual_hits
    ):
        qual_places = []  # 'Paris, Berlin and Rome' is a list, not a qualifier
    return quals, qual_places


def state_word(doc: Doc, span: NameSpan) -> bool:
    """'Washington state', and 'the state of Washington'."""
    return (span.end < len(doc) and doc[span.end].lower_ == "state") or (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ == "state"
    )


# (session 25) Lower-case nouns of a first-level division that, right after a name or as 'the
# <noun> of' before it, say the name is the division's ('Basra province', 'the governorate of
# Jenin', 'the Moscow region'); 'state' is `state_word`'s. data/place-words.json.
DIVISION_WORDS: frozenset[str] = place_words("region_division_nouns")


def division_word(doc: Doc, span: NameSpan) -> bool:
    """(session 25) 'Basra province', 'Jenin governorate', 'the province of Jenin': a noun of
    `DIVISION_WORDS` in lower case right after the name, or before 'of' and the name."""
    after = doc[span.end] if span.end < len(doc) else None
    return (after is not None and after.is_lower and after.lower_ in DIVISION_WORDS) or (
        after_lower_noun_of(doc, span.start, DIVISION_WORDS)
    )


# (session 20) Nouns of a populated place before 'of' and a town's name (data/place-words.json).
_TOWN_NOUNS = place_words("town_nouns")


def town_word(doc: Doc, span: NameSpan) -> bool:
    """(session 20) 'the town of Jenin', 'the West Bank town of Jenin', 'the city of Mt
    Gambier': a lower-case noun of a populated place and 'of' right before the name."""
    return after_lower_noun_of(doc, span.start, _TOWN_NOUNS)


def qualifies_town_before(doc: Doc, span: NameSpan, gaz: Gazetteer) -> set[str]:
    """'Atlanta, Georgia': the countries of the towns just before ', <span>' that lie in a
    region of the span's name (empty when the span qualifies no town)."""
    comma = span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return set()
    # (session 14) the region's name, or the names of the regions its code stands for ('Vic.')
    names = {fold(span.text), *(fold(p.name) for p in gaz.coded_regions(span.text))}
    found: set[str] = set()
    for n in range(1, MAX_TOWN_WORDS + 1):
        if comma - n < 0:
            break
        town = doc[comma - n : comma].text
        # (session 14) the smaller towns' tiers too: 'Horsham, Vic.' is a town of 14,000
        for tier in (gaz, load_towns(), load_villages()):
            for geo, _ in tier.lookup(town):
                if (
                    geo.kind == PlaceKind.city
                    and geo.region
                    and fold(geo.region) in names
                    and geo.country_code
                ):
                    found.add(geo.country_code)
    return found


# Titles of a state's offices (data/place-words.json).
_STATE_OFFICES = place_words("state_offices")


def state_office(doc: Doc, span: NameSpan) -> bool:
    """'New York Attorney General', 'Texas Gov. Greg Abbott': a state's office after
    the name makes it the state (a mayor's would make it the city)."""
    return span.end < len(doc) and doc[span.end].lower_.rstrip(".") in _STATE_OFFICES


# How far after a name the 'in' that closes its list may come, in tokens ('Chatham,
# Woodstock and Stowe in Vermont': a list of a few towns of one or two words each).
_LIST_REACH = 12


def list_in_regions(doc: Doc, span: NameSpan, gaz: Gazetteer) -> list[GeoPlace]:
    """'Chatham, Woodstock and Stowe in Vermont and New Hampshire', 'Woodstock in
    Vermont': the first-level regions (by main name) after the 'in' that closes the list the
    span opens or belongs to, within its sentence; empty when there is none."""
    end = min(doc[span.start].sent.end, span.end + _LIST_REACH)
    i = span.end
    while (
        i < end
        and doc[i].lower_ != "in"
        and (doc[i].lower_ in LIST_JOINERS or doc[i].text.istitle())
    ):
        i += 1
    if i >= end or doc[i].lower_ != "in":
        return []
    regions: list[GeoPlace] = []
    j, last = i + 1, doc[span.start].sent.end
    while j < last:
        k = j
        while k < last and doc[k].text.istitle():
            k += 1
        found = [
            p for p, primary in gaz.lookup(doc[j:k].text) if primary and p.kind == PlaceKind.region
        ]
        if k == j or not found:
            break
        regions.extend(found)
        if k >= last or doc[k].lower_ not in LIST_JOINERS:
            break
        j = k + 1
    return regions
