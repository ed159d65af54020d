"""Resolution: the order of the steps, from the place spans of an article to one `Place` per
place (its GeoNames entry, or unresolved in the article's own country)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsdesk.analysis.entities.document.place_cues import (
    area_noun_after,
    in_area_list,
    part_noun_after,
)
from newsdesk.analysis.entities.places.common import (
    CITY,
    COMPASS,
    CONTAINER_WORDS,
    abbreviated,
    in_named_country,
    main_name,
    names_of,
    place_words,
    short_form,
)
from newsdesk.analysis.entities.places.cues import (
    list_in_regions,
    qualifier_of,
    qualifies_town_before,
    state_office,
    state_word,
    town_word,
    used_as_place,
)
from newsdesk.analysis.entities.places.detect import (
    FEATURE_HEADS,
    VENUE_HEADS,
    acronym_town,
    airline_short_name,
    bare_region_code,
    carrier_names,
    feature_by_its_first_noun,
    hand_kept_name,
    mostly_not_a_place,
    not_place_shaped,
    persons_name,
    place_by_its_own_noun,
    place_names,
)
from newsdesk.analysis.entities.places.doubts import (
    alias_only_town,
    at_home,
    brand_town,
    far_alias_town,
    far_org_reading,
    far_region,
    far_small_town,
    far_word_town,
    local_reading,
    nearby_town,
    region_mentions,
    subject_of_study,
    town_of_named_area,
    town_of_named_region,
    unsupported_namesake,
)
from newsdesk.analysis.entities.places.drops import PlaceDrop, record
from newsdesk.analysis.entities.places.lists import (
    list_neighbours,
    listed_beside_known,
    listed_with,
    regions_by_list,
)
from newsdesk.analysis.entities.places.naming import display_name
from newsdesk.analysis.entities.places.parts import (
    compass_part,
    compass_part_of_town,
    compass_region,
    county_reading,
    division_reading,
)
from newsdesk.analysis.entities.places.score import (
    area_of,
    best_entry,
    country_anchors,
    first_readings,
    named_after_division,
    own_areas,
    regions_first_read,
    town_anchors,
)
from newsdesk.analysis.entities.places.split import (
    heading_places,
    initials_of_places,
    whole_names,
    without_area_descriptor,
)
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    POSSESSIVE_MARKS,
    NameSpan,
    make_span,
    mention,
    street_word,
)
from newsdesk.analysis.entities.words import (
    BLOC_WORDS,
    ORG_WORDS,
    PLACE_KIND_NOUNS,
    PLACE_NAME_TAILS,
    PLACE_NOUNS,
)
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold
from newsdesk.labels import PlaceKind
from newsdesk.model import Mention, Place

_KIND_FOR_LABEL = {"LOC": PlaceKind.region, "FAC": PlaceKind.facility, "PLACE": PlaceKind.region}


def _sentence_places(ents: tuple[SpacySpan, ...]) -> dict[int, set[str]]:
    """Per sentence (by its start token), the folded GPE/LOC names in it: computed once."""
    found: dict[int, set[str]] = {}
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            found.setdefault(ent.sent.start, set()).add(fold(ent.text))
    return found


@dataclass(frozen=True)
class _Article:
    """What the article as a whole says about its places, read once before any is resolved."""

    named: set[str]  # the folded names of its places, and the countries of one-country names
    hits: dict[str, list[GeoPlace]]  # the gazetteer's entries of each name
    single: dict[str, str]  # a name that can be in one country only -> that country
    pointing: Counter[str]  # how many names point to each such country
    regions: dict[str, set[str]]  # names read as first-level regions -> their countries
    neighbours: dict[int, list[int]]  # the list or table-column neighbours of each span
    by_sentence: dict[int, set[str]]  # the place names of each sentence
    anchors: list[tuple[str, float, float]]  # positions of the towns named unambiguously
    areas: frozenset[str]  # the countries it names by a country's or a region's name
    area_regions: set[tuple[str, str]]  # the first-level regions it names by main name
    sense: dict[str, GeoPlace]  # a name once qualified is that place in every mention
    lower_words: set[str]  # the words it also writes in lower case
    region_counts: Counter[tuple[str, str]]  # mentions of each first-level region
    home: dict[tuple[str, str], frozenset[str]]  # each region and the names first read in it
    countries: list[tuple[str, float, float]]  # the centres of the countries it names
    by_code: dict[str, GeoPlace]  # regions it names by a code ('GA'), by folded main name
    city_home: bool  # (session 20) its own town, by first readings, is a city of CITY+ people
    regions_named: dict[str, frozenset[str]]  # (session 25) names first read as regions, by country
    # (session 28) the first-level region of each town named by a main name (`anchors`)
    town_areas: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Here:
    """One span and what its sentence and list add to the article's context."""

    index: int
    span: NameSpan
    local: set[str]  # the other place names of its sentence
    among_regions: frozenset[str]  # the countries of the regions it is listed beside
    alone: str | None  # the country only this name brings into the context
    others: set[str]  # the context the other names give


def resolve_places(
    doc: Doc,
    spans: list[NameSpan],
    gaz: Gazetteer,
    ents: tuple[SpacySpan, ...] = (),
    *,
    lowercase: frozenset[str],
) -> list[Place]:
    """`lowercase`: the words the article writes in lower case (`DocView.lowercase`)."""
    carriers = carrier_names(ents)
    # territories the model split ('British' + 'Virgin Islands')
    spans = whole_names(doc, spans, ents, gaz)
    spans = without_area_descriptor(doc, spans, gaz)
    spans = heading_places(doc, spans, gaz)
    named_places = place_names(doc, spans, gaz)
    spans = []
    for s in named_places:
        if carriers and airline_short_name(doc, s, gaz, carriers):
            record(s.text, PlaceDrop.airline, s.label)
        else:
            spans.append(s)
    art = _read_article(doc, spans, gaz, ents, lowercase)
    groups: dict[str, tuple[GeoPlace | None, str, list[NameSpan]]] = {}
    last: tuple[str, NameSpan] | None = None  # the group key and span of the place before
    for index, span in enumerate(spans):
        if last is not None and _ends_town_name(doc, span, last[1]):
            # 'Washington, D.C.': the tail ends the town's name; one place, one mention
            members = groups[last[0]][2]  # the place before was its group's last mention
            members[-1] = make_span(doc, last[1].start, span.end, last[1].label)
            last = None
            continue
        kept, geo = _read_span(doc, _here(doc, index, spans, art), spans, gaz, art)
        if not kept:
            continue
        key = _group_key(geo, span)
        if key not in groups:
            groups[key] = (geo, span.label, [])
        groups[key][2].append(span)
        last = (key, span)
    # the initials of a place named in full ('BVI') are mentions of that place
    for initials, full in initials_of_places(doc, spans):
        for _, _, members in groups.values():
            if any(fold(m.text) == fold(full) for m in members):
                members.append(initials)
                members.sort(key=lambda m: m.start)
                break
    return _to_places(doc, _with_context(list(groups.values())), gaz)


def _with_context(
    groups: list[tuple[GeoPlace | None, str, list[NameSpan]]],
) -> list[tuple[GeoPlace | None, str, list[NameSpan]]]:
    """A name the gazetteer does not know is a place by its sentence alone only on a page
    with geography: the one place of a page, unknown to the gazetteer (and placed by no
    qualifier), is a brand, a product or a heading's word ('investing in Shure', 'Hamilton
    Beach', 'Artificial Intelligence' on review and guide pages), unless a place rule found it
    (a dateline, a county) or its own noun makes it a feature ('Lake Berryessa'). Two such
    names vouch for each other ('in Baroipara ... in Phulbari')."""
    if len(groups) != 1 or groups[0][0] is not None:
        return groups
    kept = [
        (geo, label, members)
        for geo, label, members in groups
        if label == "PLACE" or members[0].text.split()[0].lower() in FEATURE_HEADS
    ]
    if not kept:
        record(groups[0][2][0].text, PlaceDrop.lone_unknown, groups[0][1])
    return kept


def _read_article(
    doc: Doc,
    spans: list[NameSpan],
    gaz: Gazetteer,
    ents: tuple[SpacySpan, ...],
    lowercase: frozenset[str],
) -> _Article:
    # context: the countries and regions the article names anywhere
    named = {fold(s.text) for s in spans}
    hits = {fold(s.text): [p for p, _ in gaz.lookup(s.text)] for s in spans}
    # ... and the countries of the names that can be in one country only ('Ohio', 'Berlin')
    single = {
        k: fold(ps[0].country_code)
        for k, ps in hits.items()
        if ps and ps[0].country_code and len({p.country_code for p in ps}) == 1
    }
    named |= set(single.values())
    neighbours = list_neighbours(doc, spans)
    by_sentence = _sentence_places(ents) if spans else {}
    readings = first_readings(doc, gaz, spans, named, by_sentence)
    anchors = town_anchors(gaz, readings)
    # the countries the article names by a country's or a region's name ('TN',
    # 'Virginia', 'Vietnam'; a town's name is not enough: 'Muñoz' names no country)
    areas = frozenset(
        p.country_code
        for k in hits
        for p in hits[k]
        if p.kind in (PlaceKind.country, PlaceKind.region) and p.country_code
    )
    # the first-level regions the article names by their main names ('California')
    area_regions = {
        (p.country_code or "", fold(p.name))
        for s in spans
        for p, primary in gaz.lookup(s.text)
        if primary and p.kind == PlaceKind.region
    }
    return _Article(
        named=named,
        hits=hits,
        single=single,
        # how many names point to each country: a name alone does not make its country the
        # context
        pointing=Counter(single.values()),
        regions=regions_by_list(spans, hits, neighbours, gaz),
        neighbours=neighbours,
        by_sentence=by_sentence,
        anchors=anchors,
        areas=areas,
        area_regions=area_regions,
        sense=_one_sense(doc, spans, gaz, named, by_sentence, anchors, areas),
        lower_words={w for w in lowercase if w.isalpha()},  # spaCy's is_lower and is_alpha
        region_counts=region_mentions(gaz, spans),
        home=own_areas(readings),
        countries=country_anchors(readings),
        by_code=_regions_by_code(spans, readings),
        city_home=_city_home(spans, readings),
        regions_named=regions_first_read(readings),
        town_areas=tuple(
            area for key, _, _ in anchors if (area := area_of(readings[key])) is not None
        ),
    )


def _city_home(spans: list[NameSpan], readings: dict[str, GeoPlace]) -> bool:
    """(session 20) The article's own town (`_own_town`, read from the first readings of its
    mentions) is a city of `CITY` people or more: its other names are likelier that city's
    parts ('River Oaks' in a Houston guide) than small towns of its region."""
    counts = Counter(fold(s.text) for s in spans)
    found = [(readings.get(name), n) for name, n in counts.items()]
    town = _own_town(found, _home_country(found))
    return town is not None and town.population >= CITY


def _regions_by_code(spans: list[NameSpan], readings: dict[str, GeoPlace]) -> dict[str, GeoPlace]:
    """(round 13) The first-level regions the article names by a code or a short form ('GA',
    'Ga.', 'Calif.', as its first reading resolves them), by their folded main names: the
    article that writes 'La Fayette, GA' means the state by 'Georgia' too."""
    found: dict[str, GeoPlace] = {}
    for span in spans:
        geo = readings.get(fold(span.text))
        if (
            geo is not None
            and geo.kind == PlaceKind.region
            and geo.geonames_id is not None
            and abbreviated(span.text)
            and fold(span.text) != fold(geo.name)
        ):
            found.setdefault(fold(geo.name), geo)
    return found


def _one_sense(
    doc: Doc,
    spans: list[NameSpan],
    gaz: Gazetteer,
    named: set[str],
    by_sentence: dict[int, set[str]],
    anchors: list[tuple[str, float, float]],
    areas: frozenset[str],
) -> dict[str, GeoPlace]:
    """One sense per article: a name once qualified ('Columbus, Indiana') is that place in
    every mention ('Columbus is a mecca for modernist architecture'); 'the state of
    Washington' once is the state in the heading too, and (session 20) 'the town of Jenin'
    once is the town where another mention alone would read as its governorate."""
    sense: dict[str, GeoPlace] = {}
    for span in spans:
        quals, _ = qualifier_of(doc, span, gaz)
        state = state_word(doc, span)
        town = town_word(doc, span)
        if (quals or state or town) and fold(span.text) not in sense:
            local = by_sentence.get(doc[span.start].sent.start, set()) - {fold(span.text)}
            found = best_entry(doc, span, gaz, named, local, anchors=anchors, areas=areas)
            if found is not None and (
                quals & names_of(gaz, found)
                or (state and found.kind == PlaceKind.region)
                or (town and found.kind == PlaceKind.city and found.geonames_id is not None)
            ):
                sense[fold(span.text)] = found
    return sense


def _here(doc: Doc, index: int, spans: list[NameSpan], art: _Article) -> _Here:
    span = spans[index]
    own = art.single.get(fold(span.text))
    alone = own if own is not None and art.pointing[own] == 1 else None  # only this name
    return _Here(
        index=index,
        span=span,
        local=art.by_sentence.get(doc[span.start].sent.start, set()) - {fold(span.text)},
        among_regions=listed_with(index, spans, art.neighbours, art.regions),
        alone=alone,
        others=art.named - {alone} if alone else art.named,
    )


def _ends_town_name(doc: Doc, span: NameSpan, before: NameSpan) -> bool:
    """'Washington, D.C.': a tail of `place_name_tails` right after '<town>, '."""
    return (
        fold(span.text) in PLACE_NAME_TAILS
        and before.end + 1 == span.start
        and doc[before.end].text == ","
    )


def _read_span(
    doc: Doc, here: _Here, spans: list[NameSpan], gaz: Gazetteer, art: _Article
) -> tuple[bool, GeoPlace | None]:
    """Whether the span is a place, and which entry it is (None: unresolved)."""
    # 'Orange County', 'Caddo Parish': a county of the counties' list, by the
    # article's regions and towns; else the readings below
    geo = county_reading(doc, here.span, gaz, art.area_regions, art.anchors)
    if geo is not None:
        return True, geo
    # 'the South', 'out West' beside the country's states: the country's region
    geo = compass_region(doc, here.span, gaz, art.areas, here.local, art.named, art.town_areas)
    if geo is not None:
        return True, geo
    geo, unresolved_ok = _first_reading(doc, here, gaz, art)
    reason = _no_place(doc, here, spans, gaz, art, geo, unresolved_ok)
    if reason is not None:
        record(here.span.text, reason, here.span.label)
        return False, None
    kept, geo = _second_reading(doc, here, spans, gaz, art, geo)
    if geo is not None and geo.country_code not in art.areas and area_noun_after(doc, here.span):
        # (second review) a name only its area noun makes a place ('the Kimberley region of
        # Western Australia') is an entry in a country the article names, else unresolved
        geo = None
    # a place read as a far town, or unresolved, is a bare county near the article's
    # towns if there is one ('grew up in Suffolk' beside London)
    division = division_reading(doc, here.span, gaz, geo, art.anchors) if kept else None
    return kept, division or geo


def _first_reading(
    doc: Doc, here: _Here, gaz: Gazetteer, art: _Article
) -> tuple[GeoPlace | None, bool]:
    """The best entry of the name in context, after the far-region and compass-part rules;
    and whether the span is a place even unresolved."""
    span = here.span
    geo = best_entry(
        doc,
        span,
        gaz,
        art.named,
        here.local,
        here.among_regions,
        art.anchors,
        areas=art.areas,
        home=art.home,
        countries=art.countries,
        regions_named=art.regions_named,
    )
    if (
        fold(span.text) in art.sense
        # (session 20) a qualifier that is a region or a country ('hit Jenin, Sharon said':
        # no qualifier, though a name follows the comma)
        and not qualifier_of(doc, span, gaz)[1]
        and not qualifies_town_before(doc, span, gaz)  # 'Aberdeen, Washington': the state
        # (second review) a mention with its own state cue keeps its own reading ('the city
        # of New York ... New York Governor Kathy Hochul', 'Washington state')
        and not state_word(doc, span)
        and not state_office(doc, span)
    ):
        geo = art.sense[fold(span.text)]
    coded = art.by_code.get(fold(span.text))
    if (
        coded is not None
        and geo is not None
        and geo.kind != PlaceKind.city  # 'Washington' beside 'WA' stays the city
        and geo.geonames_id != coded.geonames_id
        and not abbreviated(span.text)
        and not qualifier_of(doc, span, gaz)[0]
    ):
        # (round 13) a name that is the main name of a region the article names by its code
        # is that region, not the country of that name ('Georgia' beside 'GA')
        geo = coded
    unresolved_ok = span.label == "PLACE"
    if geo is not None and _bare_head_of_far_region(gaz, span, geo, art):
        geo = _feature_named_by_head(gaz, span, art)
    elif geo is not None and span.label != "PLACE" and far_region(gaz, span, geo, here.others):
        geo = _instead_of_far_region(doc, here, gaz, art, geo)
        if geo is None and span.text.lower() in COMPASS - BLOC_WORDS:
            # 'the North' and 'the South' for the two Koreas: a place, left unresolved
            unresolved_ok = True
    if geo is None:
        geo = compass_part(doc, span, gaz, art.named, here.local)
    part = compass_part_of_town(doc, span, gaz, geo, art.named, here.local, art.anchors)
    if part is not None:
        geo = part
    return geo, unresolved_ok


def _instead_of_far_region(
    doc: Doc, here: _Here, gaz: Gazetteer, art: _Article, region: GeoPlace
) -> GeoPlace | None:
    """The next best entry of the name, if it is not such a region too; else None (the name
    is a place only where the sentence makes it one, unresolved)."""
    far = frozenset({region.geonames_id or 0})
    geo = best_entry(
        doc,
        here.span,
        gaz,
        art.named,
        here.local,
        here.among_regions,
        art.anchors,
        far,
        art.areas,
        art.home,
        art.countries,
    )
    if geo is not None and far_region(gaz, here.span, geo, here.others):
        return None
    if (
        geo is not None
        and geo.kind == PlaceKind.city
        and geo.country_code == region.country_code
        and geo.population < region.population
    ):
        # a smaller town of the region's own country is no likelier reading than
        # the region ('dry ol' Wyoming' is the state, not Wyoming, Michigan): the region stays
        return region
    return geo


def _bare_head_of_far_region(gaz: Gazetteer, span: NameSpan, geo: GeoPlace, art: _Article) -> bool:
    """(session 18, fix round) A one-word name that heads hand-kept places ('Gulf': Gulf of
    Mexico, Gulf of Aden, Gulf region) read as a far region (`far_region`: a small region of a
    country the article never names, by a word of English; 'Gulf', a province of Papua New
    Guinea, in 'jets to Gulf allies'), whatever the span's label. The name's own country, which
    `art.named` holds as soon as the name is written, counts only when another name points to
    it too. Compass words ('South': South America, South China Sea) are left to `far_region`."""
    word = span.text.strip()
    if " " in word or word.lower() in COMPASS or not geo.country_code:
        return False
    if not gaz.hand_kept_by_head(word):
        return False
    own = fold(geo.country_code)
    named = art.named if art.pointing[own] > 1 else art.named - {own}
    return far_region(gaz, span, geo, named)


def _feature_named_by_head(gaz: Gazetteer, span: NameSpan, art: _Article) -> GeoPlace | None:
    """(session 18, fix round) The hand-kept place the article names by a longer name holding
    this head word, when it names one only ('seized in the Persian Gulf ... shipping in the
    Gulf'), or among several the one feature ('the Gulf of Mexico ... the Gulf Coast'); else None (no place, or unresolved: the article's towns alone are no evidence,
    'officials in Washington said the Gulf states')."""
    word = fold(span.text)
    found = {
        p.name: p
        for name in art.named
        if name != word and word in name.split() and gaz.hand_kept(name)
        for p, _ in gaz.lookup(name)
    }
    if len(found) > 1:
        # (fix round 2) 'the Gulf of Mexico ... the Gulf Coast ... in the Gulf': among several,
        # the body of water the article names (a feature), when it names one only
        found = {k: p for k, p in found.items() if p.kind == PlaceKind.feature}
    return next(iter(found.values())) if len(found) == 1 else None


def _no_place(
    doc: Doc,
    here: _Here,
    spans: list[NameSpan],
    gaz: Gazetteer,
    art: _Article,
    geo: GeoPlace | None,
    unresolved_ok: bool,
) -> PlaceDrop | None:
    """Why the span is no place, whatever its reading: a word, an unknown name out of a place
    slot, a building, an acronym, a name mostly written as something else."""
    span = here.span
    if (
        span.end - span.start == 1
        and span.text.istitle()  # not a dateline in capitals, nor 'Minn.'
        and span.text.isalpha()
        and span.text.lower() in art.lower_words
        and not at_home(gaz, span, geo, here.others, art.anchors)
    ):
        # 'in Turbo form' beside 'a turbo engine', 'certificates in History' beside 'the
        # history of': a word the article also writes in lower case is that word, unless it
        # names a country or a place in the article's own countries or neighbourhood
        return PlaceDrop.lower_word
    if geo is None and not unresolved_ok:
        unknown = _unknown_no_place(doc, here, spans, gaz, art)
        if unknown is not None:
            return unknown
    # buildings and venues are not places, unless a place of that name is known
    if (
        span.label == "FAC"
        and (geo is None or geo.geonames_id is None)
        and not hand_kept_name(doc, span, gaz)  # 'the Sun Belt'
        and not (geo is None and feature_by_its_first_noun(doc, span))  # 'Lake X'
        and not (geo is None and place_by_its_own_noun(doc, span))  # (session 32) 'X Basin'
    ):
        return PlaceDrop.building
    if geo is not None and acronym_town(doc, span, geo):
        return PlaceDrop.acronym_town
    if geo is not None and bare_region_code(doc, span, geo, gaz):
        return PlaceDrop.region_code
    if geo is None and not unresolved_ok and mostly_not_a_place(doc, span, spans):
        return PlaceDrop.mostly_other
    return None


def _unknown_no_place(
    doc: Doc, here: _Here, spans: list[NameSpan], gaz: Gazetteer, art: _Article
) -> PlaceDrop | None:
    """A name unknown to the gazetteer is a place only where the sentence uses it as one, and
    never a street address ('1909 Jolinda Drive'); and not when it is the only name of an
    article that names no other place ('in Grafana', 'Pricing (in Euros)' on a software or a
    pricing page; villages named beside each other stay: 'Baroipara', 'Phulbari'). Why it is
    none, or None."""
    span = here.span
    last = doc[span.end - 1].lower_
    if span.end - span.start > 1 and (last in ORG_WORDS or last in VENUE_HEADS):
        # 'in the United States Tennis Association competitions', 'the Steel Canyon
        # Resort area': an organisation's or a venue's name
        return PlaceDrop.org_or_venue_word
    if (
        place_by_its_own_noun(doc, span)
        or feature_by_its_first_noun(doc, span)
        or part_noun_after(doc, span)  # (session 30) 'the Third Ward neighborhood'
    ):
        return None
    if _modifies_a_noun(doc, span):
        return PlaceDrop.modifies_noun
    if subject_of_study(doc, span):
        # (session 18) 'a background in Python', 'a crash course in Kubernetes'
        return PlaceDrop.subject_of_study
    if street_word(doc[span.end - 1]):
        return PlaceDrop.street
    if not_place_shaped(doc, span):
        return PlaceDrop.not_place_shaped
    if persons_name(doc, span, gaz):
        return PlaceDrop.persons_name
    if art.hits.keys() <= {fold(span.text)}:
        return PlaceDrop.only_name
    if not (
        used_as_place(doc, span, gaz)
        or in_area_list(doc, span)  # (session 30) 'neighborhoods like East Downtown'
        or listed_beside_known(here.index, spans, art.neighbours, art.hits)
        # a town of 5,000-15,000 people by its main name, near the article's
        # towns ('Scottsdale, Sedona, the Grand Canyon'; 'Lahaina' beside Kona and Hilo):
        # the model's tag and the neighbourhood make it a place, with no preposition
        or (span.label == "GPE" and _local_town(span, art) is not None)
    ):
        return PlaceDrop.no_place_slot
    return None


# The farthest a noun may stand after the name it is modified by ('Netflix domestic drama').
_MODIFIED_NOUN_TOKENS = 3


def _modifies_a_noun(doc: Doc, span: NameSpan) -> bool:
    """An unknown name that modifies a common noun after it ('in Netflix domestic drama', 'a
    Shure microphone'): a brand's or a firm's name, as 'in Turbo form' is a word's; a noun
    that names a place or a feature keeps it a place ('Phulbari village', 'Logar province')."""
    head = doc[span.end - 1].head
    if not (span.end <= head.i < span.end + _MODIFIED_NOUN_TOKENS) or head.pos_ != "NOUN":
        return False
    between = doc[span.end : head.i + 1]
    return all(t.is_lower for t in between) and not any(
        t.lower_ in PLACE_KIND_NOUNS for t in between
    )


def _second_reading(
    doc: Doc,
    here: _Here,
    spans: list[NameSpan],
    gaz: Gazetteer,
    art: _Article,
    geo: GeoPlace | None,
) -> tuple[bool, GeoPlace | None]:
    """Second thoughts on the reading: a town reached only through an alias, a far small town,
    a far town named like a word, a far town with a local namesake."""
    span = here.span
    if (
        geo is not None
        and geo.kind == PlaceKind.city
        and geo.geonames_id is not None
        and not main_name(gaz, span.text, geo)
        and not short_form(span.text, geo.name)
    ):
        # (session 20) a town reached through another of its names is the town of the
        # 5,000-15,000 tier of that main name near the article's towns, if there is one
        # ('Sutherland' listed beside Bankstown and Sydney, not Palm Harbor, Florida, which
        # GeoNames also calls so)
        geo = nearby_town(span, art.anchors) or geo
    # (session 20) a reading the article settled elsewhere ('the town of Jenin') is no
    # town reached through an alias here
    settled = geo is not None and (
        art.sense.get(fold(span.text)) == geo
        # (session 25) nor is the town a governorate of no coordinates is named after ('Jenin')
        or named_after_division(gaz, span.text, geo)
    )
    if geo is not None and not settled and alias_only_town(doc, span, gaz, geo, art.named):
        # the name is still a place if it is the main name of another place in a country the
        # article names ('Oklahoma', the state, not Oklahoma City; not 'Long Island' of the
        # Bahamas in an article on New York): the most populous such place
        primaries = [
            p
            for p, primary in gaz.lookup(span.text)
            if primary and in_named_country(gaz, p, art.named)
        ]
        if not primaries:
            record(span.text, PlaceDrop.alias_only, span.label)
            return False, None
        geo = max(primaries, key=lambda p: p.population)
    quals = qualifier_of(doc, span, gaz)[0]
    if geo is not None and brand_town(
        doc,
        span,
        geo,
        bool(quals) or fold(span.text) in art.sense,
        art.anchors,
        (geo.country_code or "", fold(geo.region or "")) in art.region_counts,
    ):
        # (session 13) a small town's name used for a brand or product ('the Mustang
        # performance car brand', 'notes in Joplin, ... Notion or Google Keep')
        record(span.text, PlaceDrop.brand_town, span.label)
        return False, None
    if (
        geo is not None
        and not art.neighbours.get(here.index)  # listed beside a place: tied to it
        and far_org_reading(
            doc,
            gaz,
            span,
            geo,
            here.others,
            art.anchors,
            bool(quals) or fold(span.text) in art.sense,
        )
    ):
        # (session 18) 'a stint in machine learning at Meta': the firm, not a far region
        record(span.text, PlaceDrop.far_org, span.label)
        return False, None
    if (
        geo is not None
        # (round 12) a qualifier naming the town's region or country decides: 'St. Paul,
        # Minnesota' is Saint Paul, reached through an abbreviation far from St. Louis
        and not quals & names_of(gaz, geo)
        # (session 25) nor a town the article settled ('the West Bank city of Tulkarem')
        and not settled
        and far_alias_town(gaz, span, geo, art.anchors)
    ):
        # not that far town: a town of that main name near the article's places, else no
        # place ('in Jira' is the software, 'Google' no Topeka)
        geo = nearby_town(span, art.anchors)
        if geo is None and span.label != "PLACE":
            record(span.text, PlaceDrop.far_alias, span.label)
            return False, None
    if geo is not None and far_small_town(doc, span, gaz, geo, art.named, here.alone):
        record(span.text, PlaceDrop.far_small_town, span.label)
        return False, None
    if geo is not None and far_word_town(doc, span, gaz, geo, here.others, art.anchors):
        record(span.text, PlaceDrop.far_word_town, span.label)
        return False, None
    if geo is not None and unsupported_namesake(
        gaz, span, geo, here.others, art.anchors, bool(quals) or fold(span.text) in art.sense
    ):
        # a town, of no country the article gives: kept, unresolved
        return True, GeoPlace(None, span.text, PlaceKind.city, None, None, None, None, 0)
    if geo is None:
        return True, _local_town(span, art)
    if geo.kind == PlaceKind.city and not qualifier_of(doc, span, gaz)[1]:
        listed_names = {fold(spans[j].text) for j in art.neighbours.get(here.index, [])}
        geo = local_reading(gaz, span, geo, art.anchors, listed_names, art.areas, here.local)
        # a town of a region the article never names: its namesake in the region
        # the article is about, if the small towns' tier has one there
        geo = town_of_named_region(span, geo, art.region_counts, list_in_regions(doc, span, gaz))
    return True, geo


def _local_town(span: NameSpan, art: _Article) -> GeoPlace | None:
    """A town of the 5,000-15,000 tier for a name the main gazetteer lacks: near the article's
    towns (`nearby_town`), else (session 20) the one such town in a region the article names,
    or in a country it names as a country (`town_of_named_area`), unless the article is about a city (`_city_home`)."""
    near = nearby_town(span, art.anchors)
    if near is not None or art.city_home:
        return near
    # (fix round) the countries the article names as countries: a region named ('Police in
    # Kansas') limits the search to that region, not to its country
    countries = frozenset(code for code, _, _ in art.countries)
    return town_of_named_area(span, countries, art.area_regions)


def _group_key(geo: GeoPlace | None, span: NameSpan) -> str:
    """Mentions of one GeoNames entry, or of one unresolved name, are one place."""
    if geo and geo.geonames_id:
        return f"id:{geo.geonames_id}"
    return f"name:{fold(geo.name if geo else span.text)}"


def _to_places(
    doc: Doc, groups: list[tuple[GeoPlace | None, str, list[NameSpan]]], gaz: Gazetteer
) -> list[Place]:
    found = [(geo, len(members)) for geo, _, members in groups]
    home = _home_country(found)
    town = _own_town(found, home)
    placed = {m.start: geo for geo, _, members in groups if geo is not None for m in members}
    ends = {m.end: geo for geo, _, members in groups if geo is not None for m in members}
    places: list[Place] = []
    for geo, label, members in groups:
        mentions = [mention(s) for s in members]
        if geo is not None:
            places.append(
                Place(
                    name=display_name(gaz, geo, members),
                    kind=geo.kind,
                    country_code=geo.country_code,
                    latitude=geo.latitude,
                    longitude=geo.longitude,
                    geonames_id=geo.geonames_id,
                    mentions=mentions,
                    geonames_name=geo.name if geo.geonames_id else None,
                )
            )
        else:
            # unknown to the gazetteer ('Phulbari village'): in the article's own country
            kind = _KIND_FOR_LABEL.get(label)
            if members[0].text.split()[0].lower() in FEATURE_HEADS:
                kind = PlaceKind.feature  # 'Lake Berryessa', 'Mount Rainier'
            elif label == "FAC" and place_by_its_own_noun(doc, members[0]):
                kind = PlaceKind.feature  # (session 32) 'Murray-Darling Basin': no facility
            inside = _container(doc, members, placed, ends)
            if inside is not None and inside.kind not in _NO_POSITION:
                places.append(_inside(members[0].text, kind, inside, mentions))
                continue
            # (session 17) inside a country ('Ostrevo, a village in Bulgaria'): that country,
            # the article's own town standing for it only if it lies there
            country = inside.country_code if inside is not None else home
            # (round 12) in an article about one town, the town's position stands for it
            # ('River Oaks', 'Downtown' in a Houston guide), as a qualifier's region does: a
            # place of that town (kind city, no GeoNames id: a stand-in), unless a compass
            # word or a place noun names a larger area ('the North', 'the Gulf')
            word = members[0].text.lower()
            lat = lon = None
            if (
                town is not None
                and town.country_code == country
                and word not in COMPASS
                and word not in PLACE_NOUNS
            ):
                lat, lon = town.latitude, town.longitude
                kind = kind if kind == PlaceKind.feature else PlaceKind.city
            places.append(Place(members[0].text, kind, country, lat, lon, None, mentions))
    return places


# The nouns of a place written between its name and the container word ('Palpur village
# under', 'Quillmont, a suburb of'): after one, 'of' is a container word too.
_PART_NOUNS = PLACE_KIND_NOUNS | place_words("apposition_nouns")


def _container(
    doc: Doc, members: list[NameSpan], placed: dict[int, GeoPlace], ends: dict[int, GeoPlace]
) -> GeoPlace | None:
    """(session 17) The resolved place a mention of a place unknown to the gazetteer is written
    inside, the first such of its mentions: '<name> [place noun] <container word> <place>'
    ('Lake Berryessa in Napa County', 'Palpur village under Godagari'), '<name>, a|an <words
    ending in a place noun> <container word> <place>' ('Bucha, a town near Kyiv'), or '<place>'s
    <name>' ('Houston's Montrose'); a 'the' or a lower-case compass word may open the place
    ('on the Essequibo Coast', 'in southern Ukraine'). `placed`, `ends`: the article's resolved
    places by the first and the end token of each mention. The place must be of a country (a
    sea or a macro-region places nothing); None when no mention is so written."""
    for span in members:
        before = span.start - 1
        if before >= 1 and doc[before].lower_ in POSSESSIVE_MARKS:
            geo = ends.get(before)
            if geo is not None and geo.country_code:
                return geo
        i = _after_apposition(doc, span.end)
        if i < len(doc) and doc[i].lower_ in _PART_NOUNS:
            i += 1  # 'Palpur village under ...', 'Hong Bang island off ...'
        words = CONTAINER_WORDS if i == span.end else CONTAINER_WORDS | {"of"}
        if i >= len(doc) or doc[i].lower_ not in words:
            continue
        i += 1
        while i < len(doc) and (doc[i].lower_ == "the" or doc[i].text in COMPASS):
            i += 1  # 'on the Essequibo Coast', 'in southern Ukraine'
        geo = placed.get(i)
        if geo is not None and geo.country_code:
            return geo
    return None


# The words an apposition may hold before its place noun ('a small fishing village').
_APPOSITION_WORDS = 4


def _after_apposition(doc: Doc, i: int) -> int:
    """', a town' or ', an old mining village' at token `i`: the index of its place noun;
    else `i` itself."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return i
    for j in range(i + 2, min(len(doc), i + 2 + _APPOSITION_WORDS)):
        if not doc[j].is_lower:
            return i
        if doc[j].lower_ in _PART_NOUNS:
            return j
    return i


# The containers whose centre is no position of a place inside them (a lake, a village): a
# country gives its code only.
_NO_POSITION = frozenset({PlaceKind.country, PlaceKind.continent})


def _inside(
    name: str, kind: PlaceKind | None, container: GeoPlace, mentions: list[Mention]
) -> Place:
    """(session 17) A place the gazetteer lacks, inside a resolved town, county, region or
    feature: in the container's country, at its position, as a geocoder falls back to the
    smallest unit it knows. Its kind stays what its label and name make it (a feature by its
    first noun; none for a name of no kind the model tagged GPE)."""
    return Place(
        name, kind, container.country_code, container.latitude, container.longitude, None, mentions
    )


# The article's own country: the one whose places hold more than this share of the mentions of
# resolved places ('Rajshahi', 'Bangladesh', 'Godagari' -> BD).
_HOME_SHARE = 0.5


def _home_country(found: list[tuple[GeoPlace | None, int]]) -> str | None:
    """The country most of the article's resolved place mentions lie in, if there is one."""
    counts: Counter[str] = Counter()
    for geo, n in found:
        if geo is not None and geo.country_code:
            counts[geo.country_code] += n
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    there = [geo for geo, _ in found if geo is not None and geo.country_code == code]
    if len(there) < _HOME_PLACES and there[0].kind != PlaceKind.city:
        return None  # a country named in passing is no home ('Zermatt' is not in Namibia)
    return code if n > _HOME_SHARE * sum(counts.values()) else None


# (round 12) The article's own town: the town of its home country that holds more than this
# share of the mentions of the home country's towns (a Houston restaurant guide naming Houston
# three times and Fresno once) ...
_OWN_TOWN_SHARE = 0.5
# ... and is named at least this often (a town named once is a mention in passing: a page
# naming 'Bethany' once beside a place unknown to the gazetteer is no guide to that town).
_OWN_TOWN_MENTIONS = 2


def _own_town(found: list[tuple[GeoPlace | None, int]], home: str | None) -> GeoPlace | None:
    """The town a place unknown to the gazetteer (a neighbourhood, a district, an island near
    it) stands at, as a geocoder falls back to the smallest unit it knows: the home country's
    town (an entry of its own, not a stand-in) named most, with more than `_OWN_TOWN_SHARE` of
    the mentions of the home country's towns and `_OWN_TOWN_MENTIONS` or more; else None (the
    place stays unresolved in its country)."""
    if home is None:
        return None
    towns = [
        (geo, n)
        for geo, n in found
        if geo is not None
        and geo.kind == PlaceKind.city
        and geo.country_code == home
        and geo.geonames_id is not None
        and geo.latitude is not None
    ]
    if not towns:
        return None
    town, n = max(towns, key=lambda t: t[1])
    total = sum(k for _, k in towns)
    return town if n >= _OWN_TOWN_MENTIONS and n > _OWN_TOWN_SHARE * total else None


# The article's home country needs at least this many distinct places in it (the country itself
# counts as one), or one town (a page naming one town is local to it: 'San Antonio', 'Bexar
# County'): a landscape-photography guide naming Namibia once is not about Namibia.
_HOME_PLACES = 2
