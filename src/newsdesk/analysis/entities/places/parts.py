"""Parts of places: counties, parishes and boroughs of the counties' list ('Orange County'),
and compass parts of an area or a town ('Southern California', 'East London')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsdesk.analysis.entities.lexicon import is_english_word
from newsdesk.analysis.entities.places.common import (
    CLEAR_FIRST,
    COMPASS,
    LIST_JOINERS,
    NEAR_KM,
    in_named_country,
    main_name,
    near_anchor,
    place_words,
)
from newsdesk.analysis.entities.places.cues import qualifier_of
from newsdesk.analysis.entities.places.score import BIG_CITY, best_entry
from newsdesk.analysis.entities.spans import NameSpan, make_span
from newsdesk.analysis.entities.words import BLOC_WORDS, PLACE_KIND_NOUNS, table
from newsdesk.analysis.gazetteer import (
    Gazetteer,
    GeoPlace,
    compass_region_members,
    fold,
    km,
    load_compass_regions,
    load_counties,
    load_divisions,
)
from newsdesk.labels import PlaceKind


def county_reading(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    area_regions: set[tuple[str, str]],
    anchors: list[tuple[str, float, float]],
) -> GeoPlace | None:
    """A county, parish or borough of the counties' list ('Orange County'): the
    namesake in the qualifier's region ('Orange County, Calif.'; else in its country), else in
    a region the article names or near one of its towns (the one with most towns), else the
    only one, or a clear first by its towns; else the name unresolved in the namesakes' one
    country. None when the name is no such division's. An item of a list closed by
    the division noun's plural ('Berrien, Cass and Van Buren counties in Michigan') is read as
    '<item> County', the region after the plural ('in Michigan', ', Pennsylvania') its
    qualifier."""
    listed = _listed_division(doc, span, gaz)
    if listed is None:
        return _county(doc, span, gaz, area_regions, anchors, fold(span.text), None)
    geo = _county(
        doc, span, gaz, area_regions, anchors, f"{fold(span.text)} {listed[0]}", listed[1]
    )
    # the place keeps the name the list gives it ('Berrien'), with the county's entry
    return replace(geo, name=span.text) if geo is not None else None


def _county(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    area_regions: set[tuple[str, str]],
    anchors: list[tuple[str, float, float]],
    key: str,
    listed_regions: list[GeoPlace] | None,
) -> GeoPlace | None:
    """`county_reading` of the counties' entry `key`; `listed_regions`: the regions after the
    plural of a list of bare names, in place of a qualifier (None: the span's own qualifier)."""
    found = load_counties().get(key)
    if not found:
        return None
    if listed_regions is None:
        _, qual_places = qualifier_of(doc, span, gaz)
    else:
        qual_places = listed_regions
    quals = {(q.country_code or "", fold(q.name)) for q in qual_places}
    if quals:
        inside = [(c, n) for c, n in found if (c.country_code or "", fold(c.region or "")) in quals]
        if not inside:  # the namesakes in the qualifier's country
            qual_countries = {cc for cc, _ in quals}
            inside = [(c, n) for c, n in found if (c.country_code or "") in qual_countries]
        found = tuple(inside) or found
    context = [
        (c, n)
        for c, n in found
        if (c.country_code or "", fold(c.region or "")) in area_regions
        or near_anchor(c, fold(span.text), anchors)
    ]
    ranked = sorted(context or found, key=lambda cn: -cn[1])
    if len(ranked) == 1 or context or ranked[0][1] >= CLEAR_FIRST * ranked[1][1]:
        return ranked[0][0]
    countries = {c.country_code for c, _ in found}
    if len(countries) == 1:
        return GeoPlace(None, span.text, PlaceKind.region, countries.pop(), None, None, None, 0)
    return None


# Second-level divisions' nouns, by their plurals ('counties' -> 'county').
_DIVISION_PLURALS = {
    (n[:-1] + "ies" if n.endswith("y") else n + "es" if n.endswith("sh") else n + "s"): n
    for n in place_words("division_nouns")
}
# How far the plural may come after the item, in tokens (a list of a few one- or two-word names).
_DIVISION_LIST_REACH = 12


def _listed_division(doc: Doc, span: NameSpan, gaz: Gazetteer) -> tuple[str, list[GeoPlace]] | None:
    """'Berrien, Cass and Van Buren counties in Michigan': the division noun whose plural closes
    the list the span is an item of, with the first-level regions named right after it ('in
    Michigan', ', Pennsylvania'); None when no such plural closes it."""
    end = min(doc[span.start].sent.end, span.end + _DIVISION_LIST_REACH)
    i = span.end
    while i < end and (doc[i].lower_ in LIST_JOINERS or doc[i].text.istitle()):
        i += 1
    if i >= end or doc[i].lower_ not in _DIVISION_PLURALS:
        return None
    noun = _DIVISION_PLURALS[doc[i].lower_]
    regions: list[GeoPlace] = []
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("in", ","):
        k = i + 2
        while k < len(doc) and doc[k].text.istitle():
            k += 1
        regions = [
            p
            for p, _ in gaz.lookup(doc[i + 2 : k].text)
            if p.kind == PlaceKind.region and k > i + 2
        ]
    return noun, regions


def compass_part(
    doc: Doc, span: NameSpan, gaz: Gazetteer, named: set[str], local: set[str]
) -> GeoPlace | None:
    """'Northern Italy', 'Western Oklahoma': a part of a known place the gazetteer lacks is in
    that place's country, at that place's position (as a geocoder falls back to the smallest
    entry it knows), never in the article's home country by default."""
    if (
        span.end - span.start < 2
        or doc[span.start].lower_ not in COMPASS
        or not doc[span.start].text[:1].isupper()  # 'northern Iraq' is Iraq, named as such
        or not doc[span.start + 1].text[:1].isupper()  # 'South coast'
    ):
        return None
    inner = make_span(doc, span.start + 1, span.end, span.label)
    geo = best_entry(doc, inner, gaz, named, local)
    if geo is not None and geo.kind == PlaceKind.city:
        # 'Western Oklahoma' is the state's west, not its capital's
        areas = [
            p for p, _ in gaz.lookup(inner.text) if p.kind in (PlaceKind.country, PlaceKind.region)
        ]
        geo = max(areas, key=lambda p: p.population) if areas else None
    if geo is not None and geo.kind == PlaceKind.country:
        geo = _region_beside_regions(gaz, inner.text, local) or geo
    if geo is None or geo.kind not in (PlaceKind.country, PlaceKind.region):
        return None
    if (
        geo.kind == PlaceKind.region
        and not in_named_country(gaz, geo, named)
        and (_common_word(inner.text) or not main_name(gaz, inner.text, geo))
    ):
        # 'South Coast': Tanzania's Coast region, in an article on Maine; a region's own
        # name that is no English word needs no named country ('Southeastern South Carolina',
        # 'Eastern Tennessee')
        return None
    region = geo.name if geo.kind == PlaceKind.region else None
    lat, lon = _part_centre(gaz, geo, doc[span.start].lower_)
    return GeoPlace(None, span.text, PlaceKind.region, geo.country_code, region, lat, lon, 0)


def _region_beside_regions(gaz: Gazetteer, name: str, local: set[str]) -> GeoPlace | None:
    """(session 17) 'Eastern Tennessee and Northern Georgia': a name that is a country's and a
    first-level region's ('Georgia') is the region where another name of its sentence, bare or
    after a compass word, can only be a region of that region's country, as a state listed
    among states is the state; None when no such name stands beside it."""
    regions = [p for p, primary in gaz.lookup(name) if primary and p.kind == PlaceKind.region]
    for other in local:
        words = other.split()
        bare = " ".join(words[1:]) if len(words) > 1 and words[0] in COMPASS else other
        hits = [p for p, primary in gaz.lookup(bare) if primary]
        if not hits or any(p.kind != PlaceKind.region for p in hits):
            continue
        beside = [r for r in regions if r.country_code in {p.country_code for p in hits}]
        if beside:
            return beside[0]
    return None


def _common_word(name: str) -> bool:
    """(session 17) A region's name that is also a common English word: a verb, an adjective or
    an adverb ('Coast', 'Central'), or a noun of a kind of place ('Delta', 'Lakes', 'Islands').
    WordNet's nouns are not asked: they hold the names of states and countries too
    ('Tennessee', 'Georgia'), which made 'Eastern Tennessee' no place of a state."""
    word = name.lower()
    return is_english_word(word, nouns=False) or any(
        w in PLACE_KIND_NOUNS for w in (word, word.removesuffix("s"), word.removesuffix("es"))
    )


# The side of an area's centre each compass direction names: (latitude sign, longitude sign).
_DIRECTIONS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
}  # fmt: skip


# Compass words and the side they name ('upstate' is north), from the data file.
_SIDES = {word: _DIRECTIONS[side] for word, side in table("compass_sides").items()}


# The part's centre needs at least this many of the area's towns on that side (fewer: the
# area's own centre stands for it).
_MIN_PART_TOWNS = 3


# As the gazetteer's region centres are made (scripts/build_gazetteer.py): the midpoint of the
# 2nd-98th percentile range of the towns' latitudes and longitudes.
_PART_PERCENTILE = 0.02


def _part_centre(gaz: Gazetteer, area: GeoPlace, word: str) -> tuple[float | None, float | None]:
    """'Southern California', 'Northern Italy': the centre of the area's towns on that side of
    its centre (the area's own centre for 'Central', 'Rural' or too few towns)."""
    side = _SIDES.get(word)
    if side is None or area.latitude is None or area.longitude is None or not area.country_code:
        return area.latitude, area.longitude
    region = area.name if area.kind == PlaceKind.region else None
    lat0, lon0 = area.latitude, area.longitude
    towns = [
        (t.latitude, t.longitude)
        for t in gaz.towns_in(area.country_code, region)
        if t.latitude is not None
        and t.longitude is not None
        and (t.latitude - lat0) * side[0] >= 0
        and (t.longitude - lon0) * side[1] >= 0
    ]
    if len(towns) < _MIN_PART_TOWNS:
        return lat0, lon0
    return _midrange([a for a, _ in towns]), _midrange([b for _, b in towns])


def _midrange(values: list[float]) -> float:
    ordered = sorted(values)
    low = ordered[int(_PART_PERCENTILE * (len(ordered) - 1))]
    high = ordered[round((1 - _PART_PERCENTILE) * (len(ordered) - 1))]
    return (low + high) / 2


def compass_part_of_town(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    geo: GeoPlace | None,
    named: set[str],
    local: set[str],
    anchors: list[tuple[str, float, float]],
) -> GeoPlace | None:
    """'East London' in an article on London: a compass part of one of the article's towns is
    that part of the town, at the town's position, not a far town of that name (East London in
    South Africa); a town of that name near the article's town stays ('East Palo Alto')."""
    if (
        span.end - span.start < 2
        or doc[span.start].lower_ not in COMPASS
        or not doc[span.start].text[:1].isupper()
        or (geo is not None and (geo.kind != PlaceKind.city or geo.geonames_id is None))
    ):
        return None  # 'Eastern Washington' is already the state's east
    inner = make_span(doc, span.start + 1, span.end, span.label)
    key = fold(inner.text)
    spots = [(a, b) for k, a, b in anchors if k == key]
    if not spots:
        return None
    lat, lon = spots[0]
    if (
        geo is not None
        and geo.latitude is not None
        and geo.longitude is not None
        and km(geo.latitude, geo.longitude, lat, lon) <= NEAR_KM
    ):
        return None
    town = best_entry(doc, inner, gaz, named, local)
    if town is None:
        return None
    return GeoPlace(None, span.text, PlaceKind.city, town.country_code, town.region, lat, lon, 0)


def division_reading(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    geo: GeoPlace | None,
    anchors: list[tuple[str, float, float]],
) -> GeoPlace | None:
    """'grew up in Suffolk' in an article on London, 'Bath, Somerset': a second-level
    division named bare (`load_divisions`) near a town the article names unambiguously, when
    the name's own reading is near none of them (a far town under `BIG_CITY`, or unresolved):
    the county, not Suffolk, Virginia. None when a qualifier names the place's region
    ('Essex, Vermont'), or the name is a country's, a first-level region's or a big city's."""
    found = load_divisions().get(fold(span.text))
    if not found or qualifier_of(doc, span, gaz)[0]:
        return None
    own = fold(span.text)
    if geo is not None and (
        geo.kind in (PlaceKind.country, PlaceKind.continent)
        or (geo.kind == PlaceKind.region and geo.geonames_id is not None)
        or (geo.kind == PlaceKind.city and geo.population >= BIG_CITY)
        or near_anchor(geo, own, anchors)
    ):
        return None
    near = [d for d in found if near_anchor(d, own, anchors)]
    return near[0] if len(near) == 1 else None


# Words before a capitalised bare compass word that make it a region's name ('the
# South', 'out West'); two such regions are coordinated by the list joiners ('the South and
# West').
_REGION_LEADS = place_words("compass_region_leads")


def compass_region(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    areas: frozenset[str],
    local: set[str],
    named: set[str],
    town_areas: tuple[tuple[str, str], ...] = (),
) -> GeoPlace | None:
    """'the South', 'out West', 'the Northeast and Midwest': a country's region
    named by a bare compass word (`load_compass_regions`), when the article names that country
    or one of its regions, the word is led as a region's name is ('the', 'out') or coordinated
    with another region of that country, and the sentence names a first-level region of that
    country or coordinates the word with one of its compass or hand-kept regions. 'The West'
    beside Russia, 'the South' of a Korean article stay as the other rules read them. (Round
    13) A word led as a region's name is that region too where the article (`named`) names
    another compass or hand-kept region of that country ('in the Midwest. ... in the South.'):
    the article divides the country into its regions. (Session 28) So it is where most of the
    article's towns of that country (`town_areas`: the first-level region of each town it names
    by a main name) lie in the region's member states ('our offices in Boston and Hartford ...
    firms like the Northeast'): the article is set there; never for a bloc's word ('the West'
    of a Denver story on Russia is the bloc)."""
    if span.end - span.start != 1 or not doc[span.start].text.istitle():
        return None
    token = doc[span.start]
    for region in load_compass_regions().get(token.lower_, ()):
        cc = region.country_code
        if cc is None or cc not in areas:
            continue
        paired = _coordinated_region(doc, span.start, gaz, cc)
        led = span.start > 0 and doc[span.start - 1].lower_ in _REGION_LEADS
        if (led or paired) and (
            paired
            or _names_region_of(gaz, local, cc)
            or (led and any(country_region_word(gaz, n, cc) for n in named - {token.lower_}))
            or (led and token.lower_ not in BLOC_WORDS and _towns_inside(region, town_areas))
        ):
            return region
    return None


# (Session 28) The share of the article's towns of a country that must lie in a compass
# region's member states for a bare 'the Northeast' to be that region with no region named:
# more than half, so that the article is set in the region rather than merely touching it.
_TOWNS_INSIDE_SHARE = 0.5


def _towns_inside(region: GeoPlace, town_areas: tuple[tuple[str, str], ...]) -> bool:
    """More than `_TOWNS_INSIDE_SHARE` of the article's towns of the region's country lie in
    the region's member states ('Boston', 'Hartford' in the Northeast)."""
    members = compass_region_members().get((region.country_code or "", region.name), frozenset())
    towns = [state for cc, state in town_areas if cc == region.country_code]
    inside = [state for state in towns if state in members]
    return bool(inside) and len(inside) > _TOWNS_INSIDE_SHARE * len(towns)


def country_region_word(gaz: Gazetteer, word: str, cc: str) -> bool:
    """The word names a compass region or a hand-kept region of the country ('West',
    'Midwest')."""
    if any(r.country_code == cc for r in load_compass_regions().get(fold(word), ())):
        return True
    return gaz.hand_kept(word) and any(p.country_code == cc for p, _ in gaz.lookup(word))


def _coordinated_region(doc: Doc, i: int, gaz: Gazetteer, cc: str) -> bool:
    """'the South and West', 'the Northeast and the Midwest': the token at i is joined by 'and',
    'or' or a comma to a capitalised region of the country (a 'the' between allowed)."""
    for step in (-1, 1):
        j = i + step
        if not 0 <= j < len(doc) or doc[j].lower_ not in LIST_JOINERS:
            continue
        k = j + step
        if 0 <= k < len(doc) and doc[k].lower_ == "the":
            k += step
        if (
            0 <= k < len(doc)
            and doc[k].text.istitle()
            and country_region_word(gaz, doc[k].text, cc)
        ):
            return True
    return False


def _names_region_of(gaz: Gazetteer, local: set[str], cc: str) -> bool:
    """The sentence names a first-level region of the country by its main name ('Wyoming')."""
    return any(
        primary and p.kind == PlaceKind.region and p.country_code == cc
        for name in local
        for p, primary in gaz.lookup(name)
    )
