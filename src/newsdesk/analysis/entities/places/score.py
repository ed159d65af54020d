"""The reading of a name: every gazetteer entry of it scored by kind, name, population and the
article's context (qualifier, countries and regions named, neighbouring towns, lists of
states), and the towns of a qualifier's region the main list lacks."""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Doc

from newsdesk.analysis.entities.places.common import (
    CITY,
    NEAR_KM,
    abbreviated,
    big_place,
    in_named_country,
    names_of,
    near_anchor,
    next_word,
    span_entries,
)
from newsdesk.analysis.entities.places.cues import (
    DIVISION_WORDS,
    division_word,
    qualifier_of,
    qualifies_town_before,
    state_office,
    state_word,
)
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.gazetteer import (
    Gazetteer,
    GeoPlace,
    fold,
    km,
    load,
    load_counties,
    load_divisions,
    load_towns,
    load_villages,
)
from newsdesk.labels import PlaceKind

# Resolution weights. Each entry of a name is scored by adding the points below; the weights
# are not fitted, they encode orderings a reader applies, and each reason says which ordering.
#
# Kind: the larger unit is the likelier reading of a bare name, by steps smaller than the cues
# of context. A region outranks a town of its name by one point (less than `_PRIMARY_NAME`: a
# town's main name beats a region's other name); a country outranks a region by three (more
# than `_CONTEXT_ARTICLE`: 'Georgia' with the United States named once elsewhere stays the
# country; less than `_CONTEXT_SENTENCE`: with the United States named in its sentence,
# 'Georgia' is the state); a continent sits between (one point below a country of its name).
_COUNTRY_WEIGHT = 6.0
_CONTINENT_WEIGHT = 5.0
_REGION_WEIGHT = 3.0
_CITY_WEIGHT = 2.0
_KIND_WEIGHT = {
    PlaceKind.country: _COUNTRY_WEIGHT,
    PlaceKind.continent: _CONTINENT_WEIGHT,
    PlaceKind.region: _REGION_WEIGHT,
    PlaceKind.city: _CITY_WEIGHT,
}
# The span is the entry's main name, not one of its other names: worth the kind step of a
# region over a town and a hundredfold population (2 = 1 + 2 x `_POPULATION_WEIGHT`), so an
# entry reached through an alias wins only when it is far bigger or of a larger kind.
_PRIMARY_NAME = 2.0
# A qualifier naming the entry's country or region ('Paris, Texas'): more than every other gap
# between two towns together (main name 2, big-city bonus 4, population at most 3.5 between a
# village and a city of ten million), so between towns the qualifier always decides.
_QUALIFIED = 10.0
# The entry's country or region named in the same sentence: as much as the big-city bonus (a
# town whose state the sentence names ties with a far big city of its name, population
# decides) and twice a mention elsewhere in the article.
_CONTEXT_SENTENCE = 4.0
# ... named elsewhere in the article: as much as being the main name, below a country's lead
# over a region (see the kind weights) and below the neighbourhood's `_NEAR`.
_CONTEXT_ARTICLE = 2.0
# (session 27) A town whose first-level region (province, state) the article names anywhere:
# more than a far big city's lead over it when both are main names (big-city bonus 4, and half
# a point of population between a town of `CITY` and a far city under `WORLD_CITY`), so
# 'Victoria' in an article that names British Columbia is Victoria, BC, not Victoria, Hong
# Kong. A region is a narrower cue than a country (Australia and Canada both hold a Victoria).
# Only for a town of `CITY` people or more, what a reader of the region knows by the name: one
# mention of a region is too weak a cue for a small town of it ('England's colonists carried
# it to Boston' keeps Boston, Massachusetts, not the Lincolnshire town; the own-area prior,
# `_OWN_AREA`, takes a small town where the article names the region's places often).
_REGION_NAMED = 5.0


# A capital or big city outranks a same-named region ("Washington") unless 'state' follows:
# a city of half a million is what a reader knows by the bare name (the threshold the
# other rules share as `BIG_CITY`); four points, more than the region's lead in kind (1) and
# population (a state of ten million over a city of 700,000: about 0.6) plus the article
# naming the state's country elsewhere (2).
BIG_CITY = 500_000
_BIG_CITY_BONUS = 4.0
# A region's points when 'state' or a state's office follows the name ('Washington state',
# 'New York Attorney General'); the big-city bonus is then withheld too. Six: more than any
# population lead a city of the state's name can have over the state (3 points between ten
# million and ten thousand people), so the word decides; less than a qualifier.
_STATE_WORD_BONUS = 6.0


# A name listed beside names that can only be states is a state ("New York, New Jersey"):
# more than a big city's lead over its state (bonus 4, less a point of kind, about 3), less
# than a qualifier ('New York, New York' stays the city where a qualifier says so).
_LISTED_WITH_REGIONS = 8.0


# (session 25) A name with a first-level region's entry in a country of which the article names
# at least this many other first-level regions (names it first reads as such: 'Queensland',
# 'Tasmania') is that region, not a namesake town abroad whose country or region the article
# never names ('five in Victoria' among Australia's states is not Victoria, Hong Kong). Two:
# one other region is a passing mention; a list with one is `_LISTED_WITH_REGIONS`'.
_OTHER_REGIONS = 2


# Population counts by its order of magnitude, half a point a tenfold (a city of a million
# outscores a village of a thousand by 1.5: less than a name that is the place's main one);
# unknown and tiny populations count as this.
_POPULATION_WEIGHT = 0.5
_MIN_POPULATION = 10


# The context points of a town or region within `NEAR_KM` of a town the article names
# unambiguously (its neighbourhood): above its country or region named elsewhere in the
# article, below one named in its sentence.
_NEAR = 3.0


# A candidate within this distance of one of the towns named in its sentence is their
# neighbour (the same metro area or county: Alexandria beside Washington and Mount Vernon,
# Lebanon beside Gallatin, Tennessee). That outweighs a far big city's bonus and its country
# named in the article (4 + 2, and about a point of population): the reader of a local story
# takes the local town. Towns named elsewhere in the article are too weak a cue at this range
# (Tokyo's Nagasaki district is not the Nagasaki of 'Kumamoto, Nagasaki and Kagoshima').
VERY_NEAR_KM = 75.0
_VERY_NEAR = 7.0


# The article's own area: a first-level region in which at least this many other names of the
# article are first read ('Alabama' and 'Montgomery'; one name is a mention in passing, 'moved
# here from Ohio'). A town of that region is the reader's reading of a name the region shares
# with a far city ('Birmingham' in an article on Alabama; 'Hamilton' beside Columbus and
# Dayton; 'Perth' beside Glasgow and Edinburgh, were the far city not a world city).
_OWN_AREA_NAMES = 2
# ... and that hold more than this share of the names first read in any region (a history of
# coffee naming England, Oxford and London among thirty places is not about England: its
# 'Boston' stays the American city).
_OWN_AREA_SHARE = 0.5
# ... worth this many context points: more than a far city's lead over a town of the area
# when both are main names (big-city bonus 4, population at most 0.5 x log10(1,000,000 /
# 15,000) = 0.9, and its country named elsewhere in the article 2: 6.9), less than a
# qualifier (10) and the same as a neighbour named in the sentence (`_VERY_NEAR`).
_OWN_AREA = 7.0
# A city of a million people or more is known by its name the world over: the own-area prior
# is withheld from a town under `CITY` (100,000) whose name such a city outside the article's
# own areas bears ('Paris' in an article on Texas, 'Perth' in one on Scotland); a city of
# 100,000+ of the area is what its reader knows by the name ('Birmingham' in one on Alabama).
WORLD_CITY = 1_000_000


# (round 13) The article's part of the world: a town whose country the article does not name
# but which lies within this distance of the centres of `_NEIGHBOUR_COUNTRIES` or more countries
# it names gets the neighbourhood's points (`_NEAR`), as a town near its first-read towns does
# ('Venice' in a history naming Austria, Germany, France and the Netherlands is Italy's, not a
# Californian namesake's that the United States, named in passing, would pull). A thousand
# kilometres: a European or Middle-Eastern country's neighbours' centres lie within it (Venice
# to Austria's 210 km, Germany's 670 km), a continent's far side does not (Venice, California
# to the United States' centre, 2,000 km).
NEIGHBOUR_COUNTRY_KM = 1000.0
# ... two countries at least: one is a passing mention.
_NEIGHBOUR_COUNTRIES = 2


# (session 14) A town within this distance of the centre of a world city (`WORLD_CITY`) the
# article names is one of that city's districts (Jamaica, 15 km from New York City's centre,
# is a neighbourhood of Queens). A district that shares a country's main name gets no
# neighbourhood or own-area points: the reader takes the country named beside the city unless
# a qualifier ('Jamaica, Queens') says otherwise. Twenty-five kilometres: the boroughs of New
# York, inner London or Tokyo's wards lie within it; a separate town beside a small town
# (Lebanon beside Gallatin, Tennessee) is untouched, for Gallatin is no world city.
CITY_DISTRICT_KM = 25.0


def _district_of_world_city(
    gaz: Gazetteer, geo: GeoPlace, own: str, anchors: list[tuple[str, float, float]]
) -> bool:
    """Whether the town lies within `CITY_DISTRICT_KM` of the centre of a world city among the
    article's towns (`anchors`, by their folded names)."""
    if geo.latitude is None or geo.longitude is None:
        return False
    for key, lat, lon in anchors:
        if key == own or km(geo.latitude, geo.longitude, lat, lon) > CITY_DISTRICT_KM:
            continue
        if any(
            p.kind == PlaceKind.city
            and p.population >= WORLD_CITY
            and p.geonames_id != geo.geonames_id
            for p, _ in gaz.lookup(key)
        ):
            return True
    return False


def country_anchors(readings: dict[str, GeoPlace]) -> list[tuple[str, float, float]]:
    """(round 13) The centres of the countries the article names, as first read, by code."""
    return [
        (geo.country_code, geo.latitude, geo.longitude)
        for geo in readings.values()
        if geo.kind == PlaceKind.country
        and geo.country_code
        and geo.latitude is not None
        and geo.longitude is not None
    ]


def _in_named_part_of_world(geo: GeoPlace, countries: list[tuple[str, float, float]]) -> bool:
    """The town lies within `NEIGHBOUR_COUNTRY_KM` of `_NEIGHBOUR_COUNTRIES` named countries'
    centres (its own country's not counted: that is `_CONTEXT_ARTICLE`'s)."""
    if geo.latitude is None or geo.longitude is None:
        return False
    lat, lon = geo.latitude, geo.longitude
    near = {
        code
        for code, a, b in countries
        if code != geo.country_code and km(lat, lon, a, b) <= NEIGHBOUR_COUNTRY_KM
    }
    return len(near) >= _NEIGHBOUR_COUNTRIES


def first_readings(
    doc: Doc,
    gaz: Gazetteer,
    spans: list[NameSpan],
    named: set[str],
    by_sentence: dict[int, set[str]],
) -> dict[str, GeoPlace]:
    """Each distinct name's best entry with its sentence's context only (no neighbourhood, no
    own area): the first reading the article-level context is built from."""
    found: dict[str, GeoPlace] = {}
    seen: set[str] = set()
    for span in spans:
        key = fold(span.text)
        if key in seen:
            continue
        seen.add(key)
        local = by_sentence.get(doc[span.start].sent.start, set()) - {key}
        geo = best_entry(doc, span, gaz, named, local)
        if geo is not None:
            found[key] = geo
    return found


def town_anchors(gaz: Gazetteer, readings: dict[str, GeoPlace]) -> list[tuple[str, float, float]]:
    """Positions of the article's towns, as a first reading resolves them without this
    context: a name resolved to a town by its main name ('San Francisco', 'Jerusalem'). A
    region's or a country's centre is too coarse a position ('England', 'Texas'): they are
    context by their names already."""
    found: list[tuple[str, float, float]] = []
    for key, geo in readings.items():
        if geo.kind != PlaceKind.city or geo.latitude is None or geo.longitude is None:
            continue
        if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(key)):
            found.append((key, geo.latitude, geo.longitude))
    return found


def area_of(geo: GeoPlace) -> tuple[str, str] | None:
    """The first-level region an entry lies in (a region: itself), as (country code, folded
    name); None for countries, continents and entries of no region."""
    if not geo.country_code:
        return None
    if geo.kind == PlaceKind.region:
        return geo.country_code, fold(geo.name)
    if geo.kind == PlaceKind.city and geo.region:
        return geo.country_code, fold(geo.region)
    return None


def own_areas(readings: dict[str, GeoPlace]) -> dict[tuple[str, str], frozenset[str]]:
    """The article's own area: the first-level region in which more than `_OWN_AREA_SHARE`
    of the names first read in a region lie, with those names ('Maine', 'Bangor' -> Maine),
    for the `_OWN_AREA` prior."""
    names: dict[tuple[str, str], set[str]] = {}
    for key, geo in readings.items():
        area = area_of(geo)
        if area is not None:
            names.setdefault(area, set()).add(key)
    total = sum(len(keys) for keys in names.values())
    return {
        area: frozenset(keys) for area, keys in names.items() if len(keys) > _OWN_AREA_SHARE * total
    }


# What joins a district to the borough or city that qualifies it: 'Jamaica, Queens',
# 'Jamaica in Queens'.
_DISTRICT_JOINERS = frozenset({",", "in"})
# The words of that borough's or city's name, at most ('New York City').
_MAX_QUALIFIER_WORDS = 3


def _qualified_by_neighbour(doc: Doc, span: NameSpan, gaz: Gazetteer, geo: GeoPlace) -> bool:
    """Whether the name after the span's comma or 'in' lies within `CITY_DISTRICT_KM` of the
    town: 'Jamaica, Queens' is the district, however far the country of the name is."""
    if geo.latitude is None or geo.longitude is None:
        return False
    if span.end >= len(doc) or doc[span.end].lower_ not in _DISTRICT_JOINERS:
        return False
    start = span.end + 1
    for end in range(start + 1, min(len(doc), start + _MAX_QUALIFIER_WORDS) + 1):
        if not doc[end - 1].text[:1].isupper():
            return False
        for p, _ in gaz.lookup(doc[start:end].text):
            if (
                p.latitude is not None
                and p.longitude is not None
                and km(geo.latitude, geo.longitude, p.latitude, p.longitude) <= CITY_DISTRICT_KM
            ):
                return True
    return False


def best_entry(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    named: set[str],
    local: set[str],
    among_regions: frozenset[str] = frozenset(),
    anchors: list[tuple[str, float, float]] | None = None,
    exclude: frozenset[int] = frozenset(),
    areas: frozenset[str] = frozenset(),
    home: dict[tuple[str, str], frozenset[str]] | None = None,
    countries: list[tuple[str, float, float]] | None = None,
    regions_named: dict[str, frozenset[str]] | None = None,
) -> GeoPlace | None:
    """The best entry of the span's name. `areas`: the countries the article names by a
    country's or region's name (the very-near bonus is given only in those); `home`: the
    article's areas with the names first read in each (`own_areas`); `countries`: the centres of
    the countries it names (`country_anchors`); `regions_named`: per country, the names the
    article first reads as its first-level regions (`regions_first_read`)."""
    hits, _ = span_entries(gaz, span)
    hits = [(p, primary) for p, primary in hits if p.geonames_id not in exclude]
    quals, qual_places = qualifier_of(doc, span, gaz)
    own = fold(span.text)
    hits = _without_town_named_apart(hits, own, named)
    # (session 25) 'Basra province', 'the governorate of Jenin': the division, as 'state' says
    follows_state = state_word(doc, span) or state_office(doc, span) or division_word(doc, span)
    qualifies = qualifies_town_before(doc, span, gaz)
    if not hits:
        named_division = _division_by_its_noun(gaz, span, named)
        if named_division is not None:
            return named_division
        # a name the gazetteer lacks is put in the qualifier's region only if that region's
        # country is the article's or the qualifier is written as one ('Calif.', 'NJ');
        # 'Netflix, Meta' is a list of companies, not a town in Colombia's Meta
        qual_places = [
            q
            for q in qual_places
            if in_named_country(gaz, q, named)
            or q.kind == PlaceKind.country
            or abbreviated(next_word(doc, span))
            or _county_name(q)  # 'Angwin, Napa County': the word 'County' says it
        ]
        return _in_qualifier(span, qual_places, anchors) if qual_places else None

    # a name is no context for itself: 'Lebanon' written once does not make the
    # country the article's context against the town of Lebanon beside Gallatin, Tennessee
    others = named - {own}
    homes = {area for area, keys in (home or {}).items() if len(keys - {own}) >= _OWN_AREA_NAMES}
    towns_only = all(p.kind == PlaceKind.city for p, _ in hits)  # namesake towns, no larger unit
    # (session 14) the name is a country's main name ('Mexico'): a town reached through an
    # alias of it (Mexico City) gets no neighbourhood points, as a reader takes the country
    # whatever towns lie near (one misread word, 'Alamo' the rental firm read as a Mexican
    # town, put Mexico City in the neighbourhood of a list of countries)
    country_name = any(primary and p.kind == PlaceKind.country for p, primary in hits)
    world = any(
        p.kind == PlaceKind.city and p.population >= WORLD_CITY and area_of(p) not in homes
        for p, _ in hits
    )  # 'Paris' is Paris where Texas is the article's area

    # read up to three times a candidate by `score` (the neighbourhood, the region named and
    # the own area): worked out once a candidate (by its object: a hand-kept entry has no id)
    districts: dict[int, bool] = {}

    def district(geo: GeoPlace) -> bool:
        if id(geo) not in districts:
            districts[id(geo)] = bool(
                country_name
                and anchors
                and not qual_places
                and geo.kind == PlaceKind.city
                and _district_of_world_city(gaz, geo, own, anchors)
                and not _qualified_by_neighbour(doc, span, gaz, geo)
            )
        return districts[id(geo)]

    def score(item: tuple[GeoPlace, bool]) -> float:
        geo, primary = item
        s = _PRIMARY_NAME if primary else 0.0
        s += _KIND_WEIGHT.get(geo.kind, 0.0)
        s += _POPULATION_WEIGHT * math.log10(max(geo.population, _MIN_POPULATION))
        country = gaz.country(geo.country_code) if geo.country_code else None
        cname = fold(country.name) if country else ""
        rname = fold(geo.region) if geo.region else ""
        if quals & {cname, rname, fold(geo.country_code or "")}:
            s += _QUALIFIED
        code = fold(geo.country_code or "")
        context = 0.0
        if (cname and cname in local) or (rname and rname in local):
            context = _CONTEXT_SENTENCE
        elif (cname and cname in others) or (rname and rname in others) or (code and code in named):
            context = _CONTEXT_ARTICLE
        if (
            anchors
            and geo.kind in (PlaceKind.city, PlaceKind.region)
            and (primary or not country_name)
            and near_anchor(geo, own, anchors)
            and not district(geo)
        ):
            # the neighbourhood stands in for a country or region the article does not name; it
            # adds nothing to one it names ('Long Beach' among Californian and New York towns)
            context = max(context, _NEAR)
            if (
                primary
                and geo.kind == PlaceKind.city
                and geo.country_code in areas
                and near_anchor(geo, own, [a for a in anchors if a[0] in local], VERY_NEAR_KM)
            ):
                context = _VERY_NEAR
        if (
            countries
            and towns_only  # between a country and a town, the kinds decide ('Trinidad')
            and context < _NEAR
            and geo.kind == PlaceKind.city
            and _in_named_part_of_world(geo, countries)
        ):
            context = _NEAR
        if (
            geo.kind == PlaceKind.city
            and rname
            and (rname in local or rname in others)
            and geo.population >= CITY
            and not district(geo)
        ):
            context = max(context, _REGION_NAMED)
        if (
            geo.kind == PlaceKind.city
            and area_of(geo) in homes
            and (geo.population >= CITY or not world)
            and not district(geo)
        ):
            context = max(context, _OWN_AREA)
        s += context
        if geo.kind == PlaceKind.region and geo.country_code in qualifies:
            s += _QUALIFIED  # 'Atlanta, Georgia': the state of the town before
        if geo.kind == PlaceKind.region and (geo.country_code or "") in among_regions:
            s += _LISTED_WITH_REGIONS
        if geo.kind == PlaceKind.city and geo.population >= BIG_CITY and not follows_state:
            s += _BIG_CITY_BONUS
        if geo.kind == PlaceKind.region and follows_state:
            s += _STATE_WORD_BONUS
        return s

    best: GeoPlace = max(hits, key=score)[0]
    if not qual_places and not quals and not follows_state:
        best = _region_among_its_country(
            gaz, best, hits, own, others, among_regions, regions_named or {}
        )
    best = _town_of_division(best, hits, follows_state)
    if qual_places and best.kind == PlaceKind.city and not quals & names_of(gaz, best):
        if _known_elsewhere(hits) and _town_in_qualifier(span, qual_places, anchors) is None:
            # 'Los Angeles, New York and London', 'New York, New Jersey': a big city's or a
            # region's name with no town of that name in the "qualifier": the next list item
            return best
        return _in_qualifier(span, qual_places, anchors)
    return best


def regions_first_read(readings: dict[str, GeoPlace]) -> dict[str, frozenset[str]]:
    """(session 25) Per country, the names the article's first readings make its first-level
    regions (GeoNames entries, not the hand-kept list), for `_region_among_its_country`."""
    found: dict[str, set[str]] = {}
    for key, geo in readings.items():
        if geo.kind == PlaceKind.region and geo.geonames_id is not None and geo.country_code:
            found.setdefault(geo.country_code, set()).add(key)
    return {code: frozenset(keys) for code, keys in found.items()}


def _region_among_its_country(
    gaz: Gazetteer,
    best: GeoPlace,
    hits: list[tuple[GeoPlace, bool]],
    own: str,
    others: set[str],
    among_regions: frozenset[str],
    regions_named: dict[str, frozenset[str]],
) -> GeoPlace:
    """(session 25) A town read for a name that is also a first-level region of a country
    whose other regions the article names (`_OTHER_REGIONS` of them first read as regions, or
    one listed beside it) gives way to that region, when the town lies in another country and
    the article names neither the town's country nor its region ('five in Victoria' beside
    Queensland and Tasmania: Victoria the state, not the Hong Kong city). A town of the
    region's own country keeps its reading ('Washington', 'New York': their rules decide),
    and a town is never moved to a namesake town ('Paris' beside Texas stays Paris)."""
    if best.kind != PlaceKind.city or not best.country_code:
        return best
    country = gaz.country(best.country_code)
    names = {fold(best.country_code), fold(best.region or "")}
    if country is not None:
        names.add(fold(country.name))
    if (names - {""}) & others:
        return best
    regions = [
        p
        for p, _ in hits
        if p.kind == PlaceKind.region
        and p.country_code
        and p.country_code != best.country_code
        and p.geonames_id is not None
        and (
            p.country_code in among_regions
            or len(regions_named.get(p.country_code, frozenset()) - {own}) >= _OTHER_REGIONS
        )
    ]
    return max(regions, key=lambda p: p.population) if regions else best


def _town_of_division(
    best: GeoPlace, hits: list[tuple[GeoPlace, bool]], says_division: bool
) -> GeoPlace:
    """(session 25) A first-level region with no coordinates in the gazetteer (GeoNames gives
    none for 341 regions: the Palestinian governorates, Iceland's and Lithuania's
    municipalities) read for a name that a town of its country also bears ('Jenin', the
    governorate and its town Janīn): the town, as a reader takes a bare name; where the text
    says a division ('Jenin governorate', `division_word`, 'state'), the region, at that town's
    position, a stand-in for the region's own (docs/entities.md)."""
    if best.kind != PlaceKind.region or best.latitude is not None or not best.country_code:
        return best
    towns = [
        p
        for p, _ in hits
        if p.kind == PlaceKind.city
        and p.country_code == best.country_code
        and p.latitude is not None
        and p.longitude is not None
    ]
    if not towns:
        return best
    town = max(towns, key=lambda p: p.population)
    if says_division:
        return replace(best, latitude=town.latitude, longitude=town.longitude)
    return town


def named_after_division(gaz: Gazetteer, name: str, geo: GeoPlace) -> bool:
    """(session 25) The town is reached by the main name of a first-level region of its
    country that has no coordinates ('Jenin' for Janīn, the town the governorate is named
    after): that other name is the town's as much as its main one (`_town_of_division`)."""
    return geo.kind == PlaceKind.city and any(
        primary
        and p.kind == PlaceKind.region
        and p.latitude is None
        and p.country_code == geo.country_code
        for p, primary in gaz.lookup(name)
    )


# (session 25) Nouns of a division that end a name the gazetteer lacks ('Basra province', the
# model's span with its noun): the region of the name before the noun. Not 'region', which
# session 25 did not judge there.
_DIVISION_NOUNS = DIVISION_WORDS - {"region"}


def _division_by_its_noun(gaz: Gazetteer, span: NameSpan, named: set[str]) -> GeoPlace | None:
    """(session 25) 'Basra province', 'Jenin Governorate': a span the gazetteer lacks whose
    last word is a noun of `_DIVISION_NOUNS` and whose words before it are a first-level
    region's name: that region (of a country the article names, if several; the most
    populous), at its same-named town's position if it has none of its own."""
    head, _, noun = span.text.rpartition(" ")
    if not head or noun.lower() not in _DIVISION_NOUNS:
        return None
    hits = gaz.lookup(head)
    regions = [p for p, _ in hits if p.kind == PlaceKind.region and p.geonames_id is not None]
    if not regions:
        return None
    region = max(regions, key=lambda p: (fold(p.country_code or "") in named, p.population))
    return _town_of_division(region, hits, says_division=True)


def _county_name(place: GeoPlace) -> bool:
    """(session 17) The place is a county of the counties' list ('Napa County', 'Caddo
    Parish'), whose own word says it is a place."""
    return place.geonames_id is None and fold(place.name) in load_counties()


def _without_town_named_apart(
    hits: list[tuple[GeoPlace, bool]], own: str, named: set[str]
) -> list[tuple[GeoPlace, bool]]:
    """(session 15) A town reached through an alias that is a region's or a country's main
    name, when the article also writes the town by its own main name ('Oklahoma' beside
    'Oklahoma City'): the writer named the town in full, so the bare name is the other place,
    two entries (docs/entities.md: the same name as two places is two entries). Not a city
    of `WORLD_CITY` people or more: its bare name stays what a reader takes it for ('offices
    in New York, Miami' beside 'New York City' is the city; a list of states still makes
    it the state)."""
    if not any(primary and p.kind in _UNITS for p, primary in hits):
        return hits
    return [
        (p, primary)
        for p, primary in hits
        if primary
        or p.kind != PlaceKind.city
        or p.population >= WORLD_CITY
        or fold(p.name) == own
        or fold(p.name) not in named
    ]


# The kinds of place whose main name a town's alias may be ('Oklahoma', 'Mexico').
_UNITS = frozenset({PlaceKind.region, PlaceKind.country})


def _known_elsewhere(hits: list[tuple[GeoPlace, bool]]) -> bool:
    """The name is a first-level region's or a big city's ('New York', 'Los Angeles'): a
    reader takes it for that place, not for an unknown town, unless the qualifier's region
    has a town so called."""
    return any(big_place(p) for p, _ in hits)


def _in_qualifier(
    span: NameSpan,
    qual_places: list[GeoPlace],
    anchors: list[tuple[str, float, float]] | None = None,
) -> GeoPlace:
    """'Palm Beach, Florida' when the gazetteer knows only the Australian one (or none): the
    town of that name in the qualifier's region or country among the towns of 5,000+ people,
    else a place in the qualifier's country and region, at the region's centre."""
    q = max(qual_places, key=lambda p: p.population)
    region = q.name if q.kind == PlaceKind.region else None
    town = _town_in_qualifier(span, qual_places, anchors)
    if town is not None:
        return town
    division = _division_in_qualifier(span, qual_places)
    if division is not None:
        return division
    if q.kind != PlaceKind.region:
        return GeoPlace(None, span.text, PlaceKind.city, q.country_code, region, None, None, 0)
    # inside a first-level region: its centre stands for the place, as a geocoder falls back
    # to the smallest division it knows (a country's centre would be too coarse)
    return GeoPlace(
        None, span.text, PlaceKind.city, q.country_code, region, q.latitude, q.longitude, 0
    )


def _town_in_qualifier(
    span: NameSpan,
    qual_places: list[GeoPlace],
    anchors: list[tuple[str, float, float]] | None = None,
) -> GeoPlace | None:
    """The town of 5,000-15,000 of the span's name in one of the qualifier's regions or
    countries, else (round 13) the village of 1,000-5,000 there (`load_villages`), if there is
    one. Every reading of the qualifier is tried: 'La Fayette, Georgia' is the town of the state
    of Georgia, which holds a town of that name, however the qualifier alone would be read.
    Of two namesakes in the qualifier's region, (session 14) the one nearest the article's
    other towns (`_nearest_to_anchors`: 'Woodbury, NY' among Brooklyn and Manhattan is the
    Long Island town, not the larger one up the Hudson), else the most populous."""
    name = span.text.partition(",")[0].strip()
    for tier in (load_towns(), load_villages()):
        towns = [t for t, _ in tier.lookup(name) if any(_town_in(t, q) for q in qual_places)]
        if towns:
            near = _nearest_to_anchors(span, towns, anchors or [])
            return near or max(towns, key=lambda t: t.population)
    return None


# (session 16) A town lies in a second-level division that qualifies it ('Radstock, Somerset')
# when it is of the division's country and within this distance of the division's centre (the
# middle of its towns' spread, `load_divisions`): the gazetteer gives towns their first-level
# region only, and the two tiers spell those regions apart ('Bayern', 'Bavaria'). Seventy-five
# kilometres (`VERY_NEAR_KM`, the same metro area or county): of 400 towns of the 5,000-15,000
# tier drawn at random and qualified by their own GeoNames second-level division, 384 are found
# and 2 are a namesake in the same division (50 km: 345; 100 km: 393, no more wrong).
DIVISION_KM = VERY_NEAR_KM


def _town_in(town: GeoPlace, q: GeoPlace) -> bool:
    """Whether the town lies in the qualifier's country, first-level region or (a division of
    `load_divisions`, no GeoNames id) second-level division (within `DIVISION_KM` of it)."""
    if town.country_code != q.country_code:
        return False
    if q.kind != PlaceKind.region:
        return True
    if q.geonames_id is not None or not q.region:
        return town.region == q.name
    return (
        town.latitude is not None
        and town.longitude is not None
        and q.latitude is not None
        and q.longitude is not None
        and km(town.latitude, town.longitude, q.latitude, q.longitude) <= DIVISION_KM
    )


def _division_in_qualifier(span: NameSpan, qual_places: list[GeoPlace]) -> GeoPlace | None:
    """(session 16) 'Aberdeenshire, Scotland': a second-level division of the span's name
    (`load_divisions`) in the qualifier's first-level region or country, with the division's
    own position, rather than the qualifier's centre standing in for it."""
    name = span.text.partition(",")[0].strip()
    for division in load_divisions().get(fold(name), ()):
        # the division's region as the main list reads it ('Bavaria' is Bayern's entry)
        region_ids = {p.geonames_id for p, _ in load().lookup(division.region or "")}
        if any(
            division.country_code == q.country_code
            and (q.kind != PlaceKind.region or q.geonames_id in region_ids)
            for q in qual_places
        ):
            return division
    return None


def _nearest_to_anchors(
    span: NameSpan, towns: list[GeoPlace], anchors: list[tuple[str, float, float]]
) -> GeoPlace | None:
    """(session 14) Of namesakes the qualifier leaves open, the one nearest a town the article
    names unambiguously, if one lies within `NEAR_KM` of such a town: the article's other
    places pull the choice, as a reader of a local story takes the local town; None when
    there is one namesake, or none lies near."""
    if len(towns) < _NAMESAKES:
        return None
    own = fold(span.text)
    spots = [(a, b) for k, a, b in anchors if k != own]
    best: tuple[float, GeoPlace] | None = None
    for town in towns:
        if town.latitude is None or town.longitude is None:
            continue
        lat, lon = town.latitude, town.longitude
        gap = min((km(lat, lon, a, b) for a, b in spots), default=math.inf)
        if gap <= NEAR_KM and (best is None or gap < best[0]):
            best = (gap, town)
    return best[1] if best else None


# Two namesakes at least for the neighbourhood to choose between.
_NAMESAKES = 2
