"""Places: which spans are geographic places, and which GeoNames entry each one is."""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.analysis.doctext import doc_text, line_bounds
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.spans import PLACE_LABELS, Span, make_span, mention
from newsdesk.analysis.entities.words import (
    BLOC_WORDS,
    BUILDING_WORDS,
    EVENT_WORDS,
    KIN_NOUNS,
    LOCATIVE,
    NOT_PLACES,
    ORG_COMMON_NOUNS,
    ORG_WORDS,
    PLACE_NAME_TAILS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    STREET_WORDS,
    TEAM_NOUNS,
    table,
    words,
)
from newsdesk.analysis.gazetteer import (
    Gazetteer,
    GeoPlace,
    fold,
    km,
    load_counties,
    load_towns,
)
from newsdesk.labels import PlaceKind
from newsdesk.model import Place

# Prepositions that put a name unknown to the gazetteer in the place slot ('in Logar'); 'at',
# 'to' and 'from' also take companies and people ('at Poynter', 'from SpaceX').
_AROUND = {"in", "near", "outside", "across", "throughout", "around", "within", "off"}
_KIND_FOR_LABEL = {"LOC": PlaceKind.region, "FAC": PlaceKind.facility, "PLACE": PlaceKind.region}
# Resolution weights: a place's kind, a qualifier naming its country or region ("Paris,
# Texas"), its country or region named in the sentence or the article, its population.
_KIND_WEIGHT = {
    PlaceKind.country: 6.0,
    PlaceKind.continent: 5.0,
    PlaceKind.region: 3.0,
    PlaceKind.city: 2.0,
}
_PRIMARY_NAME = 2.0
_QUALIFIED = 10.0
_CONTEXT_SENTENCE = 4.0
_CONTEXT_ARTICLE = 2.0
# A capital or big city outranks a same-named region ("Washington") unless 'state' follows.
_BIG_CITY = 500_000
_BIG_CITY_BONUS = 4.0
_STATE_WORD_BONUS = 6.0
# A name listed beside names that can only be states is a state ("New York, New Jersey").
_LISTED_WITH_REGIONS = 8.0
# A city this big is the place a reader takes its name for (`big_place`): a qualifier that is
# also such a city starts a list of cities instead ('Paris, Berlin'); a listed name of such a
# city is a place whatever the model made of it ('Alexandria and Constantinople', 'Mombasa and
# Kisumu'; a smaller town's name is too often a company's, a club's or a village's that shares
# a word: 'Paris and Hilton').
_CITY = 100_000
# A qualifier after a place ("Paris, Texas", "Palm Beach (Fla.)") is read in this many tokens.
_QUALIFIER_TOKENS = 4
# Population counts by its order of magnitude, half a point a tenfold (a city of a million
# outscores a village of a thousand by 1.5: less than a name that is the place's main one);
# unknown and tiny populations count as this.
_POPULATION_WEIGHT = 0.5
_MIN_POPULATION = 10


def org_is_place(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """An 'organisation' that the gazetteer knows as a town and the sentence uses as a place."""
    if any(doc[i].lower_ in ORG_WORDS for i in range(span.start, span.end)):
        return False
    if _never_a_place(doc, span) and not _region_of_town_before(doc, span, gaz):
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if _hand_kept_name(doc, span, gaz) or _listed_big_place(doc, span, gaz):
        return True
    # a town's other names only after 'in', 'near', ... or when they shorten its main name ('at
    # Tunbridge Wells'): an organisation's name is often another name of some town ('at
    # Google': Google was Topeka's for a month)
    hits = [
        p
        for p, primary in gaz.lookup(span.text)
        if p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.country)
        and p.geonames_id is not None
        and (primary or prev in _AROUND or prev == "," or _short_form(span.text, p.name))
    ]
    if not hits:
        return False
    nxt = doc[span.end].text if span.end < len(doc) else ""
    after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    if prev in LOCATIVE or prev == ",":
        return True
    return nxt in (",", "(") and any(
        p.kind in (PlaceKind.region, PlaceKind.country) for p, _ in gaz.lookup(after)
    )


def _listed_big_place(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """(round 8) 'trade with Alexandria and Constantinople': the model made the second item of
    a list of places an organisation. The item next to it across 'and', 'or' or a comma is a
    place the model tagged, and the name, by any of its names ('Constantinople' is an old name
    of Istanbul), is a big place's (`big_place`: a smaller town's name is too often a company's
    or a club's)."""
    before = span.start >= 2 and doc[span.start - 1].lower_ in _ITEM_JOINERS
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in _ITEM_JOINERS
    beside = (before and _place_word(doc[span.start - 2], gaz)) or (
        after and _place_word(doc[span.end + 1], gaz)
    )
    return beside and any(
        p.geonames_id is not None and big_place(p) for p, _ in gaz.lookup(span.text)
    )


_ITEM_JOINERS = {",", "and", "or"}


def _place_word(tok: Token, gaz: Gazetteer) -> bool:
    """A word of a name the model tagged a place, or a capitalised town's, region's or
    country's main name ('Alexandria', whatever the model made of it)."""
    return tok.ent_type_ in PLACE_LABELS or (
        tok.text[:1].isupper()
        and any(
            primary and p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.country)
            for p, primary in gaz.lookup(tok.text)
        )
    )


def _hand_kept_name(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """(round 8) A macro-region, sea or feature of the hand-kept list the model took for an
    organisation or a building ('the Pacific Northwest', 'across the Sun Belt'): a place after
    a preposition of place, or after 'the' when its name has two words or more (a company
    takes no article: 'Blue Origin, Sierra Nevada and SpaceX'; one word is too often something
    else: 'the Java runtime')."""
    if not gaz.hand_kept(span.text):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ == "the":
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    return (
        prev in LOCATIVE or prev in _AROUND or (i < span.start - 1 and len(span.text.split()) > 1)
    )


# A name the model tags this many times, never as a place, is what the model says it is
# ('Meta' in 'Google, Meta, and OpenAI', 'across Meta, TikTok': the company, not Colombia's Meta
# department; 'Toyota' the maker): a comma or a preposition before one mention does not make it
# a place.
_MANY_TAGS = 3


def _region_of_town_before(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """'Surprise, AZ': the span is the region of the town just before its comma (the model
    may tag such a code an organisation every time)."""
    regions = {fold(p.name) for p, _ in gaz.lookup(span.text) if p.kind == PlaceKind.region}
    comma = span.start - 1
    if not regions or comma < 1 or doc[comma].text != ",":
        return False
    for n in range(1, _MAX_TOWN_WORDS + 1):
        if comma - n < 0:
            break
        for geo, _ in gaz.lookup(doc[comma - n : comma].text):
            if geo.kind == PlaceKind.city and geo.region and fold(geo.region) in regions:
                return True
    return False


def _never_a_place(doc: Doc, span: Span) -> bool:
    key = fold(span.text)
    labels = [e.label_ for e in doc.ents if fold(e.text) == key]
    return len(labels) >= _MANY_TAGS and not any(lab in PLACE_LABELS for lab in labels)


_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_DOT_WORD_RE = re.compile(r"\w\.[a-z]")


def _not_place_shaped(doc: Doc, span: Span) -> bool:
    """An unknown name in a place slot that is no town's: lower case ('in vineyards'), an
    acronym ('in AI'), a software-shaped word ('in iCloud', 'in Node.js'), or a name
    modifying the common noun after it ('in the Soundcore app'), or one English word."""
    text = span.text
    if not any(c.isupper() for c in text) or any(c.isdigit() for c in text):
        return True
    if _CAMEL_RE.search(text) or _DOT_WORD_RE.search(text):
        return True
    if text.isupper() and " " not in text:
        return True
    if span.end < len(doc) and doc[span.end].like_num and not doc[span.end].is_punct:
        return True  # 'in Battlefield 6', 'in Windows 11': a product and its version
    if (
        span.end - span.start == 1
        and text.lower() not in _COMPASS  # 'the Northeast' is a region
        and (doc[span.start].is_stop or is_english_word(text, nouns=False))
    ):
        # 'in Some cases', 'in Accounting', 'to React': a verb, adjective or adverb of WordNet
        # (its nouns hold places too: 'Darfur')
        return True
    last = doc[span.end - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and last.dep_ in ("compound", "nmod")
        and last.head.i == nxt.i
        and nxt.pos_ == "NOUN"
        and nxt.is_lower
        and nxt.lower_ not in PLACE_NOUNS
    )


def _persons_name(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """One word the gazetteer lacks that is a given name or a surname ('in Kelsey's
    Refrigerator', 'Trump', 'Alfredo'): a place only with a place noun ('Stowe village', 'the
    town of Stowe') or a region after it ('Stowe, Vermont'), not by a preposition alone."""
    if span.end - span.start != 1:
        return False
    word = fold(span.text)
    if word not in first_names() and word not in surnames():
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in PLACE_NOUNS or (i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_NOUNS):
        return False
    after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    return not (
        nxt == ","
        and any(p.kind in (PlaceKind.region, PlaceKind.country) for p, _ in gaz.lookup(after))
    )


def _short_form(name: str, main: str) -> bool:
    """'Tunbridge Wells' for 'Royal Tunbridge Wells': every word of the name is in the main name."""
    return set(fold(name).split()) <= set(fold(main).split())


def _used_as_place(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """'in Logar', 'Sarkh, Logar', 'the Pangram area': the sentence treats the name as a place."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if prev in _AROUND or nxt in PLACE_NOUNS:
        return True
    # "the town of Ziketan", "the province of Logar"
    if prev == "of" and i > 0 and doc[i - 1].lower_ in PLACE_NOUNS:
        return True
    after = doc[span.end + 1 : span.end + _QUALIFIER_TOKENS].text if span.end + 1 < len(doc) else ""
    # the qualifier is a place written as a name ('Sarkh, Logar', 'Edgbaston, Birmingham'),
    # not a lower-case word ('Alfredo, or pesto': 'or' is Oregon's code)
    return nxt == "," and any(
        gaz.lookup(w) for w in (after, after.rsplit(" ", 1)[0]) if w[:1].isupper()
    )


# (round 8) Nouns that end a place's own name ('Camden County', 'the Mekong Delta', 'Red River',
# 'Kenai Peninsula'): the place nouns, less the buildings' ('park') and these, which end the
# names of organisations, programmes and venues as often ('Islamic State', 'School District',
# 'Olympic Village', 'Free Port'; a trail is a path). The feature nouns ('Spirit Ridge',
# 'Crystal Springs') are left out: hotels and resorts take them.
# 'Lake' too: software names its stores so ('Delta Lake', 'Analytics Lake': a data lake).
_GENERIC_PLACE_NOUNS = words("generic_place_nouns")
_NAME_HEADS = PLACE_NOUNS - BUILDING_WORDS - _GENERIC_PLACE_NOUNS


def _place_by_its_own_noun(doc: Doc, span: Span) -> bool:
    """(round 8) A name the model tagged a place (GPE or LOC) whose last word is a place's
    kind ('Camden County officials', 'Floods hit the Mekong Delta'): a place though the
    gazetteer lacks it and no preposition puts it in a place slot; not before a number, as a
    club is in a results line ('Notts County 3'), nor after a capitalised word inside a
    sentence, as the end of a venue's or a title's name ('Meadows At Mossy Creek')."""
    words_ = span.text.split()
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        span.label in ("GPE", "LOC")
        and not (prev is not None and prev.text[:1].isupper() and not doc[span.start].is_sent_start)
        and len(words_) >= 2
        and words_[-1][:1].isupper()
        and words_[-1].lower() in _NAME_HEADS
        and not (span.end < len(doc) and doc[span.end].like_num)
    )


# (round 8) A country's written code is this short ('US', 'U.K.', 'UAE': its letters), and
# at least two letters long (one capital before a name is an initial: 'J. Edgar').
_MIN_CODE_LETTERS = 2
_MAX_CODE_LETTERS = 3


def country_code_modifier(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """(round 8) Token `i` is a country's code modifying a capitalised organisation word or
    title ('the US Senate', 'a U.S. Marshal', 'UK Parliament'): a mention of the country, as
    the rules count a country's name used as a modifier, though it sits in another name. Only
    the codes the gazetteer gives a country ('US', 'UAE'; not 'IT', 'HR')."""
    letters = doc[i].text.replace(".", "")
    if i + 1 >= len(doc) or not (_MIN_CODE_LETTERS <= len(letters) <= _MAX_CODE_LETTERS):
        return False
    nxt = doc[i + 1]
    return (
        letters.isalpha()
        and letters.isupper()
        and nxt.text[:1].isupper()
        and (nxt.lower_ in ORG_WORDS or nxt.lower_ in ROLE_NOUNS)
        and is_country(gaz, doc[i].text)
    )


_COURT_DISTRICT_RE = re.compile(r"(?:Northern|Southern|Eastern|Western|Central|Middle) District")


def _inside_longer_name(doc: Doc, span: Span) -> bool:
    """'Los Angeles' in 'Los Angeles Declaration', 'New York' in 'Federal Reserve Bank of New
    York' or 'Southern District of New York': part of another name, not a place."""
    if (
        _COURT_DISTRICT_RE.fullmatch(span.text)
        and span.end < len(doc)
        and doc[span.end].lower_ == "of"
    ):
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2]
        if before.text[:1].isupper() and (
            before.lower_ in ORG_WORDS
            or before.ent_type_ == "ORG"
            or _COURT_DISTRICT_RE.fullmatch(doc[max(0, before.i - 1) : before.i + 1].text)
        ):
            return True
    if span.end - span.start > 1 and doc[span.end - 1].lower_ in EVENT_WORDS:
        return True  # the model took the whole 'North America Rental Car Satisfaction Study'
    if span.start > 0 and _INITIALS_RE.fullmatch(doc[span.start - 1].text):
        return True  # 'J.D. Power': initials before the name make it a person's or a firm's
    if span.end < len(doc):
        nxt = doc[span.end]
        if (
            nxt.text[:1].isupper()
            and nxt.ent_type_ not in PLACE_LABELS
            and not nxt.is_sent_start
            and (nxt.pos_ == "PROPN" or _titled_run_ends_in_name_word(doc, span.end))
        ):
            return True
    return False


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")
# Words between a club's name and the noun it modifies ('Barcelona soccer player').
_MAX_TEAM_GAP = 2


def is_country(gaz: Gazetteer, text: str) -> bool:
    """Some entry of the name is a country's ('France', 'U.S.', 'Holland')."""
    return any(p.kind == PlaceKind.country for p, _ in gaz.lookup(text))


def _names_a_team(doc: Doc, span: Span) -> bool:
    """'Barcelona soccer player Gerard Pique', 'the Chelsea striker': a town's name modifying a
    team noun names the club (a country's name before it is the national side: still a place)."""
    for i in range(span.end, min(span.end + _MAX_TEAM_GAP + 1, len(doc))):
        tok = doc[i]
        if tok.lower_ in TEAM_NOUNS and tok.is_lower:
            root = doc[span.end - 1]
            return root.head.i == i or root.head.i in range(span.end, i + 1)
        if not (tok.is_lower and tok.pos_ in ("NOUN", "ADJ")):
            return False
    return False


# Longest run of capitalised words read after a place as the rest of a title ("North America
# Rental Car Satisfaction Study").
_MAX_TITLE_RUN = 6


def _titled_run_ends_in_name_word(doc: Doc, start: int) -> bool:
    """The capitalised words from `start` end in an organisation's or event's word."""
    end = start
    while end < len(doc) and end - start < _MAX_TITLE_RUN and doc[end].text[:1].isupper():
        end += 1
    last = doc[end - 1].lower_
    return last in ORG_WORDS or last in EVENT_WORDS


def _sentence_places(ents: tuple[SpacySpan, ...]) -> dict[int, set[str]]:
    """Per sentence (by its start token), the folded GPE/LOC names in it: computed once."""
    found: dict[int, set[str]] = {}
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            found.setdefault(ent.sent.start, set()).add(fold(ent.text))
    return found


def resolve_places(
    doc: Doc,
    spans: list[Span],
    gaz: Gazetteer,
    ents: tuple[SpacySpan, ...] = (),
    *,
    lowercase: frozenset[str],
) -> list[Place]:
    """`lowercase`: the words the article writes in lower case (`DocView.lowercase`)."""
    spans = [
        s
        for s in spans
        if not (
            _inside_longer_name(doc, s)
            and not (s.end - s.start == 1 and country_code_modifier(doc, s.start, gaz))
        )
        and fold(s.text) not in NOT_PLACES
        and not (_names_a_team(doc, s) and not is_country(gaz, s.text))
        and not _not_a_name(doc, s, gaz)
        and not _named_by_common_noun(doc, s)
    ]
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
    # how many names point to each country: a name alone does not make its country the context
    pointing = Counter(single.values())
    # names that can only be regions ('New Jersey'), by country, for 'New York, New Jersey and
    # Connecticut'; then the items of one list are of one kind: a name listed beside such a
    # region that can be a region of the same country is one too, and so on down the list or
    # table ('New Jersey', 'Delaware', 'Montana', 'New York' in a table of states)
    regions: dict[str, set[str]] = {
        k: {p.country_code or "" for p in ps}
        for k, ps in hits.items()
        if ps and all(p.kind == PlaceKind.region for p in ps)
    }
    neighbours = _list_neighbours(doc, spans)
    changed = True
    while changed:
        changed = False
        for index in neighbours:
            k = fold(spans[index].text)
            beside = _listed_with(index, spans, neighbours, regions) - regions.get(k, set())
            can_be = {p.country_code or "" for p in hits.get(k, []) if p.kind == PlaceKind.region}
            if beside & can_be:
                regions.setdefault(k, set()).update(beside & can_be)
                changed = True
    by_sentence = _sentence_places(ents) if spans else {}
    anchors = _anchors(doc, gaz, spans, named, by_sentence)
    # (round 7) the countries the article names by a country's or a region's name ('TN',
    # 'Virginia', 'Vietnam'; a town's name is not enough: 'Muñoz' names no country)
    areas = frozenset(
        p.country_code
        for k in hits
        for p in hits[k]
        if p.kind in (PlaceKind.country, PlaceKind.region) and p.country_code
    )
    # (round 8) the first-level regions the article names by their main names ('California')
    area_regions = {
        (p.country_code or "", fold(p.name))
        for s in spans
        for p, primary in gaz.lookup(s.text)
        if primary and p.kind == PlaceKind.region
    }
    # one sense per article: a name once qualified ('Columbus, Indiana') is that place in every
    # mention ('Columbus is a mecca for modernist architecture')
    sense: dict[str, GeoPlace] = {}
    for span in spans:
        quals, _ = _qualifier(doc, span, gaz)
        state = _state_word(doc, span)
        if (quals or state) and fold(span.text) not in sense:
            local = by_sentence.get(doc[span.start].sent.start, set()) - {fold(span.text)}
            found = _best(doc, span, gaz, named, local, anchors=anchors, areas=areas)
            if found is not None and (
                quals & _names_of(gaz, found) or (state and found.kind == PlaceKind.region)
            ):
                # (round 7) 'the state of Washington' once: the state in the heading too
                sense[fold(span.text)] = found
    lower_words = {w for w in lowercase if w.isalpha()}  # spaCy's is_lower and is_alpha
    groups: dict[str, tuple[GeoPlace | None, str, list[Span]]] = {}
    last: tuple[str, Span] | None = None  # the group key and span of the place before
    for index, span in enumerate(spans):
        if (
            last is not None
            and fold(span.text) in PLACE_NAME_TAILS
            and last[1].end + 1 == span.start
            and doc[last[1].end].text == ","
        ):
            # 'Washington, D.C.': the tail ends the town's name; one place, one mention
            members = groups[last[0]][2]  # the place before was its group's last mention
            members[-1] = make_span(doc, last[1].start, span.end, last[1].label)
            last = None
            continue
        local = by_sentence.get(doc[span.start].sent.start, set()) - {fold(span.text)}
        among_regions = _listed_with(index, spans, neighbours, regions)
        # (round 8) 'Orange County', 'Caddo Parish': a county of the counties' list, by the
        # article's regions and towns; else the readings below
        geo = _county(doc, span, gaz, area_regions, anchors)
        if geo is None:
            geo = _best(doc, span, gaz, named, local, among_regions, anchors, areas=areas)
            if (
                fold(span.text) in sense
                and not _qualifier(doc, span, gaz)[0]
                and not _qualifies_town_before(doc, span, gaz)  # 'Aberdeen, Washington': the state
            ):
                geo = sense[fold(span.text)]
            unresolved_ok = span.label == "PLACE"
            own = single.get(fold(span.text))
            alone = own if own is not None and pointing[own] == 1 else None  # only this name
            others = named - {alone} if alone else named  # the context other names give
            if geo is not None and span.label != "PLACE" and _far_region(gaz, span, geo, others):
                # the next best entry of the name, if it is not such a region too; else the name
                # is a place only where the sentence makes it one, unresolved
                far = frozenset({geo.geonames_id or 0})
                region = geo
                geo = _best(doc, span, gaz, named, local, among_regions, anchors, far, areas)
                if geo is not None and _far_region(gaz, span, geo, others):
                    geo = None
                if (
                    geo is not None
                    and geo.kind == PlaceKind.city
                    and geo.country_code == region.country_code
                    and geo.population < region.population
                ):
                    # (round 8) a smaller town of the region's own country is no likelier
                    # reading than the region ('dry ol' Wyoming' is the state, not Wyoming,
                    # Michigan): the region stays
                    geo = region
                if geo is None and span.text.lower() in _COMPASS - BLOC_WORDS:
                    # 'the North' and 'the South' for the two Koreas: a place, left unresolved
                    unresolved_ok = True
            if geo is None:
                geo = _compass_part(doc, span, gaz, named, local)
            part = _compass_part_of_town(doc, span, gaz, geo, named, local, anchors)
            if part is not None:
                geo = part
            if (
                span.end - span.start == 1
                and span.text.istitle()  # not a dateline in capitals, nor 'Minn.'
                and span.text.isalpha()
                and span.text.lower() in lower_words
                and not _at_home(gaz, span, geo, others, anchors)
            ):
                # 'in Turbo form' beside 'a turbo engine', 'certificates in History' beside 'the
                # history of': a word the article also writes in lower case is that word, unless
                # it names a country or a place in the article's own countries or neighbourhood
                continue
            # Unknown to the gazetteer: a place only where the sentence uses it as one, and never
            # a street address ("1909 Jolinda Drive").
            if (
                geo is None
                and not unresolved_ok
                and not _place_by_its_own_noun(doc, span)
                and (
                    not (
                        _used_as_place(doc, span, gaz)
                        or _listed_beside_known(index, spans, neighbours, hits)
                    )
                    or doc[span.end - 1].lower_ in STREET_WORDS
                    or _not_place_shaped(doc, span)
                    or _persons_name(doc, span, gaz)
                    or hits.keys() <= {fold(span.text)}
                )
            ):
                # (the last: a name the gazetteer lacks, alone in an article that names no other
                # place, is no place's story: 'in Grafana', 'Pricing (in Euros)' on a software or
                # a pricing page; villages named beside each other stay: 'Baroipara', 'Phulbari')
                continue
            # buildings and venues are not places, unless a place of that name is known
            if (
                span.label == "FAC"
                and (geo is None or geo.geonames_id is None)
                and not _hand_kept_name(doc, span, gaz)  # (round 8) 'the Sun Belt'
            ):
                continue
            if geo is not None and _acronym_town(doc, span, geo):
                continue
            if geo is None and not unresolved_ok and _mostly_not_a_place(doc, span, spans):
                continue
            if geo is not None and _alias_only_town(doc, span, gaz, geo, named):
                # the name is still a place if it is the main name of another place in a country
                # the article names ('Oklahoma', the state, not Oklahoma City; not 'Long Island'
                # of the Bahamas in an article on New York): the most populous such place
                primaries = [
                    p
                    for p, primary in gaz.lookup(span.text)
                    if primary and _in_named_country(gaz, p, named)
                ]
                if not primaries:
                    continue
                geo = max(primaries, key=lambda p: p.population)
            if geo is not None and _far_alias_town(gaz, span, geo, anchors):
                # not that far town: a town of that main name near the article's places, else no
                # place ('in Jira' is the software, 'Google' no Topeka)
                geo = _nearby_town(span, anchors)
                if geo is None and span.label != "PLACE":
                    continue
            if geo is not None and _far_small_town(doc, span, gaz, geo, named, alone):
                continue
            if geo is not None and _far_word_town(doc, span, gaz, geo, others, anchors):
                continue
            if geo is None:
                geo = _nearby_town(span, anchors)
            elif geo.kind == PlaceKind.city and not _qualifier(doc, span, gaz)[1]:
                listed_names = {fold(spans[j].text) for j in neighbours.get(index, [])}
                geo = _local_reading(gaz, span, geo, anchors, listed_names, areas, local)
        key = (
            f"id:{geo.geonames_id}"
            if geo and geo.geonames_id
            else f"name:{fold(geo.name if geo else span.text)}"
        )
        if key not in groups:
            groups[key] = (geo, span.label, [])
        groups[key][2].append(span)
        last = (key, span)
    home = _home_country([(geo, len(members)) for geo, _, members in groups.values()])
    places: list[Place] = []
    for geo, label, members in groups.values():
        mentions = [mention(s) for s in members]
        if geo is not None:
            places.append(
                Place(
                    name=geo.name,
                    kind=geo.kind,
                    country_code=geo.country_code,
                    latitude=geo.latitude,
                    longitude=geo.longitude,
                    geonames_id=geo.geonames_id,
                    mentions=mentions,
                )
            )
        else:
            # unknown to the gazetteer ('Phulbari village'): in the article's own country
            kind = _KIND_FOR_LABEL.get(label)
            places.append(Place(members[0].text, kind, home, None, None, None, mentions))
    return places


# (round 8) A county the article gives no sign for is the namesake holding this many times the
# towns of the next one (a clear first: 'Cook County' is Illinois's); else it stays unresolved
# in its country rather than take a far namesake ('Orange County': California 44 towns,
# Florida 41, New York 38).
_CLEAR_FIRST = 2.0


def _county(
    doc: Doc,
    span: Span,
    gaz: Gazetteer,
    area_regions: set[tuple[str, str]],
    anchors: list[tuple[str, float, float]],
) -> GeoPlace | None:
    """(round 8) A county, parish or borough of the counties' list ('Orange County'): the
    namesake in the qualifier's region ('Orange County, Calif.'; else in its country), else in
    a region the article names or near one of its towns (the one with most towns), else the
    only one, or a clear first by its towns; else the name unresolved in the namesakes' one
    country. None when the name is no such division's."""
    found = load_counties().get(fold(span.text))
    if not found:
        return None
    _, qual_places = _qualifier(doc, span, gaz)
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
        or _near_anchor(c, fold(span.text), anchors)
    ]
    ranked = sorted(context or found, key=lambda cn: -cn[1])
    if len(ranked) == 1 or context or ranked[0][1] >= _CLEAR_FIRST * ranked[1][1]:
        return ranked[0][0]
    countries = {c.country_code for c, _ in found}
    if len(countries) == 1:
        return GeoPlace(None, span.text, PlaceKind.region, countries.pop(), None, None, None, 0)
    return None


# The article's own country: the one whose places hold more than this share of the mentions of
# resolved places ('Rajshahi', 'Bangladesh', 'Godagari' -> BD).
_HOME_SHARE = 0.5


_COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upstate", "downstate", "coastal", "rural",
}  # fmt: skip


def _compass_part(
    doc: Doc, span: Span, gaz: Gazetteer, named: set[str], local: set[str]
) -> GeoPlace | None:
    """'Northern Italy', 'Western Oklahoma': a part of a known place the gazetteer lacks is in
    that place's country, at that place's position (as a geocoder falls back to the smallest
    entry it knows), never in the article's home country by default."""
    if (
        span.end - span.start < 2
        or doc[span.start].lower_ not in _COMPASS
        or not doc[span.start].text[:1].isupper()  # 'northern Iraq' is Iraq, named as such
        or not doc[span.start + 1].text[:1].isupper()  # 'South coast'
    ):
        return None
    inner = make_span(doc, span.start + 1, span.end, span.label)
    geo = _best(doc, inner, gaz, named, local)
    if geo is not None and geo.kind == PlaceKind.city:
        # 'Western Oklahoma' is the state's west, not its capital's
        areas = [
            p for p, _ in gaz.lookup(inner.text) if p.kind in (PlaceKind.country, PlaceKind.region)
        ]
        geo = max(areas, key=lambda p: p.population) if areas else None
    if geo is None or geo.kind not in (PlaceKind.country, PlaceKind.region):
        return None
    if (
        geo.kind == PlaceKind.region
        and not _in_named_country(gaz, geo, named)
        and (is_english_word(inner.text) or not _main_name(gaz, inner.text, geo))
    ):
        # 'South Coast': Tanzania's Coast region, in an article on Maine; a region's own
        # name that is no English word needs no named country ('Southeastern South Carolina')
        return None
    region = geo.name if geo.kind == PlaceKind.region else None
    lat, lon = _part_centre(gaz, geo, doc[span.start].lower_)
    return GeoPlace(None, span.text, PlaceKind.region, geo.country_code, region, lat, lon, 0)


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


def _at_home(
    gaz: Gazetteer,
    span: Span,
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
        or _in_named_country(gaz, geo, named)
        or _near_anchor(geo, fold(span.text), anchors)
    )


def _compass_part_of_town(
    doc: Doc,
    span: Span,
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
        or doc[span.start].lower_ not in _COMPASS
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
        and km(geo.latitude, geo.longitude, lat, lon) <= _NEAR_KM
    ):
        return None
    town = _best(doc, inner, gaz, named, local)
    if town is None:
        return None
    return GeoPlace(None, span.text, PlaceKind.city, town.country_code, town.region, lat, lon, 0)


def _named_by_common_noun(doc: Doc, span: Span) -> bool:
    """'his wife Kali', 'the band Europe', 'hotel brand Aman', 'coworker Kelsey': a name right
    after a noun for a person or an organisation is that person's or organisation's."""
    if span.label == "PLACE" or span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in _NAMING_NOUNS


# Nouns after which a name is that person's, organisation's or band's, no place's.
_NAMING_NOUNS = ROLE_NOUNS | ORG_COMMON_NOUNS | KIN_NOUNS | words("ensemble_nouns")


def _main_name(gaz: Gazetteer, name: str, geo: GeoPlace) -> bool:
    return any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(name))


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


# The article's home country needs at least this many distinct places in it (the country itself
# counts as one), or one town (a page naming one town is local to it: 'San Antonio', 'Bexar
# County'): a landscape-photography guide naming Namibia once is not about Namibia.
_HOME_PLACES = 2


def _far_word_town(
    doc: Doc,
    span: Span,
    gaz: Gazetteer,
    geo: GeoPlace,
    named: set[str],
    anchors: list[tuple[str, float, float]],
) -> bool:
    """A town under `_ALIAS_CITY` whose one-word name is an English verb, adjective or adverb
    ('Roman', the Romanian town, in 'the Roman alphabet'), in a country the article does not
    name and far from its towns, with no preposition, dateline or qualifier making it a place:
    the word, not the town."""
    if (
        geo.kind != PlaceKind.city
        or geo.population >= _ALIAS_CITY
        or span.end - span.start != 1
        or not span.text.istitle()
        or _at_home(gaz, span, geo, named, anchors)
    ):
        return False
    word = doc[span.start]
    nxt = doc[span.end] if span.end < len(doc) else None
    # (round 7) a place slot ('in Turbo form') yields to the noun the name modifies; a
    # dateline is in capitals (no title case) and never gets here
    if (
        nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in PLACE_NOUNS
        and word.head.i == nxt.i
    ):
        # 'in Roman mythology', 'in Turbo form': the word modifies the noun after it (round 7:
        # any one-word name, not only English words: a far town's name used so is a word's)
        return True
    if span.label == "PLACE" or not is_english_word(span.text, nouns=False):
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return not (prev in LOCATIVE or _used_as_place(doc, span, gaz) or _qualifier(doc, span, gaz)[0])


# A town reached only through one of its other names ("Google" is an alternate name of Topeka,
# "Jira" of Zira) is that town only with a place cue, unless it is a big city whose old or
# other names the news still writes ("Bombay", "Saigon", "Peking").
_ALIAS_CITY = 1_000_000


def _in_named_country(gaz: Gazetteer, geo: GeoPlace, named: set[str]) -> bool:
    country = gaz.country(geo.country_code) if geo.country_code else None
    return fold(geo.country_code or "") in named or bool(country and fold(country.name) in named)


def _alias_only_town(doc: Doc, span: Span, gaz: Gazetteer, geo: GeoPlace, named: set[str]) -> bool:
    if geo.kind != PlaceKind.city or geo.geonames_id is None or geo.population >= _ALIAS_CITY:
        return False
    if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text)):
        return False
    if fold(geo.name) in named or span.label == "PLACE":
        return False
    # a comma before is no cue here: companies are listed too ('Coursera, Google, LinkedIn')
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return not (prev in LOCATIVE or _used_as_place(doc, span, gaz))


# A town this small, in a country the article never names, is a place only with a place cue:
# otherwise the name is more often a product's, a firm's or a word's ("Siri" is a town in
# Ethiopia).
_SMALL_TOWN = 50_000
# ... and so is a first-level region this small that the model took for an organisation ('Meta',
# a Colombian department, is mostly the company in the news). Regions the model tags as places
# are not touched: on CoNLL dev that lost 4 true places (LOC TP -4, FP same).
_SMALL_REGION = 1_000_000


def _far_small_town(
    doc: Doc, span: Span, gaz: Gazetteer, geo: GeoPlace, named: set[str], alone: str | None
) -> bool:
    """A small town far from the article's countries (`alone`: the country code that only
    this name brought into `named`), with no preposition, dateline or qualifier that makes
    the name a place."""
    bloc = fold(span.text) in BLOC_WORDS
    # (round 7) a first-level region of fewer than _SMALL_TOWN people is as small as a small
    # town (a region's population in the gazetteer is the sum of its towns of 15,000+:
    # scripts/build_gazetteer.py; 'Paola', a Maltese council with none, in 'Kisses, Paola.')
    region = geo.kind == PlaceKind.region and (
        doc[span.start].ent_type_ in ("ORG", "PRODUCT")
        or (geo.geonames_id is not None and geo.population < _SMALL_TOWN)
    )  # (the hand-kept macro-regions have no population: 'the midwest' is no small region)
    small = _SMALL_REGION if region else _SMALL_TOWN
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
    return not (prev in LOCATIVE or comma or _used_as_place(doc, span, gaz))


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


def _list_neighbours(doc: Doc, spans: list[Span]) -> dict[int, list[int]]:
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


def _listed_with(
    index: int, spans: list[Span], neighbours: dict[int, list[int]], regions: dict[str, set[str]]
) -> frozenset[str]:
    """The countries of the regions the span stands beside in a list or a table column: a
    state named among states is the state ('Georgia', 'Washington')."""
    found: set[str] = set()
    for j in neighbours.get(index, []):
        found |= regions.get(fold(spans[j].text), set())
    return frozenset(found)


def _listed_beside_known(
    index: int,
    spans: list[Span],
    neighbours: dict[int, list[int]],
    hits: dict[str, list[GeoPlace]],
) -> bool:
    """(round 8) A name the model tagged a town or country (GPE) and the gazetteer lacks, listed
    between places it knows ('Hendersonville, Portland, Hartsville, and Lebanon'): a place, as
    the items of one list are of one kind; both sides must be known places (one known name
    beside it could be a company's list: 'Google, Meta and Acme')."""
    near = neighbours.get(index, [])
    return (
        spans[index].label == "GPE"
        and len(near) >= 2
        and all(hits.get(fold(spans[j].text)) for j in near)
    )


def _lookup(gaz: Gazetteer, span: Span) -> tuple[list[tuple[GeoPlace, bool]], str | None]:
    """The entries of the span's name, and the qualifier the model took inside the span
    ('Washington, DC', 'Paris, Texas'), if any."""
    hits = gaz.lookup(span.text)
    head, comma, tail = span.text.partition(",")
    if not hits and comma and tail.strip():
        return gaz.lookup(head.strip()), f", {tail.strip()}"
    if any(w in BUILDING_WORDS for w in fold(span.text).split()):
        # 'White House' is no alias of Casablanca: a building's name matches only a main name
        hits = [(p, primary) for p, primary in hits if primary]
    if _title_case_pair(span.text):
        # a state's code is written 'AL' or 'Ala.', never 'Al' ("Al's Moving and Storage")
        hits = [(p, primary) for p, primary in hits if primary]
    return hits, None


def _title_case_pair(text: str) -> bool:
    """'Al', 'Pa': two letters, the second lower case, no dot: a name or a word, no code."""
    return len(text) == 2 and text.isalpha() and text[0].isupper() and text[1].islower()


def _qualifier(doc: Doc, span: Span, gaz: Gazetteer) -> tuple[set[str], list[GeoPlace]]:
    """The names of the region or country that qualifies the span ('Paris, Texas', 'Palm Beach
    (Fla.)'), with the qualifier's own entries; empty when there is none. A country is never
    qualified ('Luxembourg, France' is a list), nor is the item of a list of places."""
    hits, inside = _lookup(gaz, span)
    nxt = inside or " ".join(t.text for t in doc[span.end : span.end + _QUALIFIER_TOKENS])
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
    if not qual_hits and " " in raw:  # 'Washington, D.C. New evidence': the next sentence
        raw = raw.split()[0]
        qual_hits = gaz.lookup(raw)
    if fold(raw) in _COMPASS:
        return set(), []  # 'Hudson Valley, Northern NJ': no qualifier (Uganda's Northern region)
    # the qualifier's own names too: "N.M." is New Mexico, "Calif." California
    qual_places = [p for p, _ in qual_hits if p.kind in (PlaceKind.region, PlaceKind.country)]
    quals = {fold(raw), *(fold(p.name) for p in qual_places)}
    if any(
        p.kind == PlaceKind.city and primary and p.population >= _CITY for p, primary in qual_hits
    ):
        qual_places = []  # 'Paris, Berlin and Rome' is a list, not a qualifier
    return quals, qual_places


# A candidate within this distance of a place the article names unambiguously is in the
# article's neighbourhood ('Gaza' beside 'Jerusalem' is not Mozambique's Gaza province): about
# the radius of a US state or a small country.
_NEAR_KM = 300.0
_NEAR = 3.0
# (round 7) A candidate within this distance of one of the towns named in its sentence is their
# neighbour (the same metro area or county: Alexandria beside Washington and Mount Vernon,
# Lebanon beside Gallatin, Tennessee). That outweighs a far big city's bonus and its country
# named in the article (4 + 2, and about a point of population): the reader of a local story
# takes the local town. Towns named elsewhere in the article are too weak a cue at this range
# (Tokyo's Nagasaki district is not the Nagasaki of 'Kumamoto, Nagasaki and Kagoshima').
_VERY_NEAR_KM = 75.0
_VERY_NEAR = 7.0


def _anchors(
    doc: Doc, gaz: Gazetteer, spans: list[Span], named: set[str], by_sentence: dict[int, set[str]]
) -> list[tuple[str, float, float]]:
    """Positions of the article's towns, as a first reading resolves them without this
    context: a name resolved to a town by its main name ('San Francisco', 'Jerusalem'). A
    region's or a country's centre is too coarse a position ('England', 'Texas'): they are
    context by their names already."""
    found: list[tuple[str, float, float]] = []
    seen: set[str] = set()
    for span in spans:
        key = fold(span.text)
        if key in seen:
            continue
        seen.add(key)
        local = by_sentence.get(doc[span.start].sent.start, set()) - {key}
        geo = _best(doc, span, gaz, named, local)
        if (
            geo is None
            or geo.kind != PlaceKind.city
            or geo.latitude is None
            or geo.longitude is None
        ):
            continue
        if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(key)):
            found.append((key, geo.latitude, geo.longitude))
    return found


def _near_anchor(
    geo: GeoPlace, own: str, anchors: list[tuple[str, float, float]], within: float = _NEAR_KM
) -> bool:
    if geo.latitude is None or geo.longitude is None:
        return False
    lat, lon = geo.latitude, geo.longitude
    return any(k != own and km(lat, lon, a, b) <= within for k, a, b in anchors)


def _best(
    doc: Doc,
    span: Span,
    gaz: Gazetteer,
    named: set[str],
    local: set[str],
    among_regions: frozenset[str] = frozenset(),
    anchors: list[tuple[str, float, float]] | None = None,
    exclude: frozenset[int] = frozenset(),
    areas: frozenset[str] = frozenset(),
) -> GeoPlace | None:
    """The best entry of the span's name. `areas`: the countries the article names by a
    country's or region's name (the very-near bonus is given only in those)."""
    hits, _ = _lookup(gaz, span)
    hits = [(p, primary) for p, primary in hits if p.geonames_id not in exclude]
    quals, qual_places = _qualifier(doc, span, gaz)
    own = fold(span.text)
    follows_state = _state_word(doc, span)
    qualifies = _qualifies_town_before(doc, span, gaz)
    if not hits:
        # a name the gazetteer lacks is put in the qualifier's region only if that region's
        # country is the article's or the qualifier is written as one ('Calif.', 'NJ');
        # 'Netflix, Meta' is a list of companies, not a town in Colombia's Meta
        qual_places = [
            q
            for q in qual_places
            if _in_named_country(gaz, q, named)
            or q.kind == PlaceKind.country
            or _abbreviated(_next_word(doc, span))
        ]
        return _in_qualifier(span, qual_places) if qual_places else None

    # (round 7) a name is no context for itself: 'Lebanon' written once does not make the
    # country the article's context against the town of Lebanon beside Gallatin, Tennessee
    others = named - {own}

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
            and _near_anchor(geo, own, anchors)
        ):
            # the neighbourhood stands in for a country or region the article does not name; it
            # adds nothing to one it names ('Long Beach' among Californian and New York towns)
            context = max(context, _NEAR)
            if (
                primary
                and geo.kind == PlaceKind.city
                and geo.country_code in areas
                and _near_anchor(geo, own, [a for a in anchors if a[0] in local], _VERY_NEAR_KM)
            ):
                context = _VERY_NEAR
        s += context
        if geo.kind == PlaceKind.region and geo.country_code in qualifies:
            s += _QUALIFIED  # 'Atlanta, Georgia': the state of the town before
        if geo.kind == PlaceKind.region and (geo.country_code or "") in among_regions:
            s += _LISTED_WITH_REGIONS
        if geo.kind == PlaceKind.city and geo.population >= _BIG_CITY and not follows_state:
            s += _BIG_CITY_BONUS
        if geo.kind == PlaceKind.region and follows_state:
            s += _STATE_WORD_BONUS
        return s

    best: GeoPlace = max(hits, key=score)[0]
    if qual_places and best.kind == PlaceKind.city and not quals & _names_of(gaz, best):
        if _known_elsewhere(hits) and _town_in_qualifier(span, qual_places) is None:
            # 'Los Angeles, New York and London', 'New York, New Jersey': a big city's or a
            # region's name with no town of that name in the "qualifier": the next list item
            return best
        return _in_qualifier(span, qual_places)
    return best


def _state_word(doc: Doc, span: Span) -> bool:
    """'Washington state', and (round 7) 'the state of Washington'."""
    return (span.end < len(doc) and doc[span.end].lower_ == "state") or (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ == "state"
    )


def _known_elsewhere(hits: list[tuple[GeoPlace, bool]]) -> bool:
    """The name is a first-level region's or a big city's ('New York', 'Los Angeles'): a
    reader takes it for that place, not for an unknown town, unless the qualifier's region
    has a town so called."""
    return any(big_place(p) for p, _ in hits)


def big_place(p: GeoPlace) -> bool:
    """A country, a first-level region or a city of `_CITY` (100,000) people or more: the place
    a reader takes its name for."""
    return p.kind in (PlaceKind.region, PlaceKind.country) or (
        p.kind == PlaceKind.city and p.population >= _CITY
    )


# Longest town name read before ", Qualifier" ("Palm Beach Gardens, Florida").
_MAX_TOWN_WORDS = 3


def _qualifies_town_before(doc: Doc, span: Span, gaz: Gazetteer) -> set[str]:
    """'Atlanta, Georgia': the countries of the towns just before ', <span>' that lie in a
    region of the span's name (empty when the span qualifies no town)."""
    comma = span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return set()
    name = fold(span.text)
    found: set[str] = set()
    for n in range(1, _MAX_TOWN_WORDS + 1):
        if comma - n < 0:
            break
        town = doc[comma - n : comma].text
        for geo, _ in gaz.lookup(town):
            if (
                geo.kind == PlaceKind.city
                and geo.region
                and fold(geo.region) == name
                and geo.country_code
            ):
                found.add(geo.country_code)
    return found


def _in_qualifier(span: Span, qual_places: list[GeoPlace]) -> GeoPlace:
    """'Palm Beach, Florida' when the gazetteer knows only the Australian one (or none): the
    town of that name in the qualifier's region or country among the towns of 5,000+ people,
    else a place in the qualifier's country and region, at the region's centre."""
    q = max(qual_places, key=lambda p: p.population)
    region = q.name if q.kind == PlaceKind.region else None
    town = _town_in_qualifier(span, qual_places)
    if town is not None:
        return town
    if q.kind != PlaceKind.region:
        return GeoPlace(None, span.text, PlaceKind.city, q.country_code, region, None, None, 0)
    # inside a first-level region: its centre stands for the place, as a geocoder falls back
    # to the smallest division it knows (a country's centre would be too coarse)
    return GeoPlace(
        None, span.text, PlaceKind.city, q.country_code, region, q.latitude, q.longitude, 0
    )


def _town_in_qualifier(span: Span, qual_places: list[GeoPlace]) -> GeoPlace | None:
    """The most populous town of 5,000-15,000 of the span's name in the qualifier's region
    or country, if there is one."""
    q = max(qual_places, key=lambda p: p.population)
    region = q.name if q.kind == PlaceKind.region else None
    name = span.text.partition(",")[0].strip()
    towns = [
        t
        for t, _ in load_towns().lookup(name)
        if t.country_code == q.country_code and (region is None or t.region == region)
    ]
    return max(towns, key=lambda t: t.population) if towns else None


def _names_of(gaz: Gazetteer, geo: GeoPlace) -> set[str]:
    country = gaz.country(geo.country_code) if geo.country_code else None
    return {
        fold(country.name) if country else "",
        fold(geo.region) if geo.region else "",
        fold(geo.country_code or ""),
    } - {""}


# Street words after a name make it a street's ("610 E. Roosevelt St.", "Roosevelt Row");
# "Place" and "Court" are left out: they also end the names of squares and courts of law.
_STREET_AFTER = STREET_WORDS - {"place", "court"} | {"row"}


def _not_a_name(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A span no place name is: written all in lower case ('et al.', 'n.d.', 'fine china',
    'metro'; proper names are capitalised) unless it is a macro-region of the hand-kept list
    after 'the' ('the midwest', 'the arctic'), or the start of a street's name."""
    if not any(c.isupper() for c in span.text):
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        return not (prev == "the" and gaz.hand_kept(span.text))
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and fold(nxt.text) in _STREET_AFTER


# An acronym this short ('AMA', 'FASA') that is the main name of a town under this population
# is an organisation's or a product's; a dateline in capitals is not touched (label PLACE).
_ACRONYM_LETTERS = 4
_ACRONYM_TOWN = 500_000


def _acronym_town(doc: Doc, span: Span, geo: GeoPlace) -> bool:
    text = span.text
    whole = doc_text(doc)
    line_start, line_end = line_bounds(whole, doc[span.start].idx, doc[span.start].idx)
    line = whole[line_start:line_end]
    return (
        span.label != "PLACE"
        and any(c.islower() for c in line)  # a headline or dateline in capitals is no acronym
        and text.isalpha()
        and text.isupper()
        and len(text) <= _ACRONYM_LETTERS
        and geo.kind == PlaceKind.city
        and geo.population < _ACRONYM_TOWN
    )


def _far_alias_town(
    gaz: Gazetteer, span: Span, geo: GeoPlace, anchors: list[tuple[str, float, float]]
) -> bool:
    """A town under `_ALIAS_CITY` reached only through one of its other names ('Sonoma' is an
    alternate name of Ennis, Texas), far from every town the article names by its main name
    (or with no such town beside it): the name is more likely a place the gazetteer lacks, or
    no place at all ('in Jira'), than that town."""
    if geo.kind != PlaceKind.city or geo.geonames_id is None or geo.population >= _ALIAS_CITY:
        return False
    if _short_form(span.text, geo.name):  # 'Tunbridge Wells': a short form
        return False
    if any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text)):
        return False
    return not _near_anchor(geo, fold(span.text), anchors)


# A name the gazetteer lacks, written at least this many times, is a place only if the model or
# a document rule took at least half its mentions for a place ('in Python' once among twelve
# 'Python's is the language; 'Mahala', tagged a place three times in four, is a village).
_MANY_MENTIONS = 3


def _mostly_not_a_place(doc: Doc, span: Span, spans: list[Span]) -> bool:
    if span.label == "PLACE":
        return False
    name = span.text
    written = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc_text(doc)))
    if written < _MANY_MENTIONS:
        return False
    as_place = sum(1 for s in spans if s.text == name)
    return 2 * as_place < written


def _nearby_town(span: Span, anchors: list[tuple[str, float, float]]) -> GeoPlace | None:
    """A place the main gazetteer lacks, kept because the sentence makes it one ('in Sonoma'):
    the most populous town of 5,000+ of that name near a place the article names unambiguously,
    if there is one (none: the place stays unresolved rather than a far town)."""
    own = fold(span.text)
    towns = [t for t, _ in load_towns().lookup(span.text) if _near_anchor(t, own, anchors)]
    return max(towns, key=lambda t: t.population) if towns else None


def _local_reading(
    gaz: Gazetteer,
    span: Span,
    geo: GeoPlace,
    anchors: list[tuple[str, float, float]],
    beside: set[str],
    areas: frozenset[str],
    local: set[str],
) -> GeoPlace:
    """(round 7) A town far from every other town of the article: a namesake of the 5,000-
    15,000 tier near one of them ('Portland' listed beside Gallatin and Hendersonville,
    Tennessee), or, when the name has other namesakes in that country and the town is small,
    no town at all: the place stays in its country, unresolved ('Chatham' and 'Woodstock' on
    a New England tour are not the Illinois towns), rather than a far namesake."""
    own = fold(span.text)
    beside_here = [a for a in anchors if a[0] in local]  # the towns named in its sentence
    # only towns whose name leaves no doubt count here ('Woodstock' and 'Chatham', two small
    # Illinois towns of names shared with towns elsewhere, do not vouch for each other)
    strong = [a for a in anchors if _unambiguous_town(gaz, a[0])]
    if not any(k != own for k, _, _ in anchors) or _near_anchor(geo, own, strong):
        return geo
    near = [
        t
        for t, _ in load_towns().lookup(span.text)
        if t.country_code in areas and _near_anchor(t, own, beside_here, _VERY_NEAR_KM)
    ]
    # a big city yields only to a namesake beside the list items it is listed with ('flights
    # from Nashville to Portland' is still Oregon's)
    listed = [a for a in anchors if a[0] in beside]
    if near and (
        geo.population < _BIG_CITY or any(_near_anchor(t, own, listed, _VERY_NEAR_KM) for t in near)
    ):
        return max(near, key=lambda t: t.population)
    if (
        geo.population >= _SMALL_TOWN
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
    return len(towns) == 1 or any(p.population >= _CITY for p in towns)


def _towns_named(gaz: Gazetteer, name: str) -> list[GeoPlace]:
    """The towns whose main name this is: the gazetteer's, then the 5,000-15,000 tier's
    (`load_towns`)."""
    return [
        p
        for p, primary in [*gaz.lookup(name), *load_towns().lookup(name)]
        if primary and p.kind == PlaceKind.city
    ]


def _far_region(gaz: Gazetteer, span: Span, geo: GeoPlace, named: set[str]) -> bool:
    """A first-level region of a country the article never names, reached through one of its
    other names ('West Coast' is one of Western Australia's) or by a one-word name that is an
    English word ('Gulf', a province of Papua New Guinea; 'Delta', a state of Nigeria;
    'South', a region of Cameroon): the name is more often something else."""
    if (
        geo.kind != PlaceKind.region
        or geo.geonames_id is None
        or _in_named_country(gaz, geo, named)
    ):
        return False
    main = any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(span.text))
    if not main:
        # an abbreviation is a deliberate reference ('D-Minn.', 'Calif.', 'NSW')
        return not (span.text.endswith(".") or span.text.isupper())
    word = span.text.lower()
    if word in _COMPASS:
        # 'the South' is the south of a country the article is about (or South Korea), never
        # Cameroon's South region, which the article would have to name
        return True
    # big regions are left alone: WordNet's nouns hold 'England' and 'Scotland' too
    return " " not in word and geo.population < _SMALL_REGION and is_english_word(word)


def _next_word(doc: Doc, span: Span) -> str:
    """The word after the comma or bracket that follows the span ('Calif.' in 'Fresno, Calif.')."""
    i = span.end + 1
    return doc[i].text if i < len(doc) else ""


def _abbreviated(word: str) -> bool:
    return word.endswith(".") or (word.isupper() and len(word) <= _ACRONYM_LETTERS)
