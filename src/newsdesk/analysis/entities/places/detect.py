"""Which spans name places at all: organisations the gazetteer knows as towns, and the spans
that are no place whatever the gazetteer says (inside another name, a team, a street, a word,
a product, a person's name, an acronym)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.analysis.doctext import doc_text, line_bounds
from newsdesk.analysis.entities.document.place_cues import speaks_after_list
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.places.common import (
    ACRONYM_LETTERS,
    AROUND,
    COMPASS,
    LIST_JOINERS,
    MAX_TOWN_WORDS,
    big_place,
    is_country,
    place_word,
    place_words,
    short_form,
)
from newsdesk.analysis.entities.places.cues import qualifies_town_before, used_as_place
from newsdesk.analysis.entities.places.drops import PlaceDrop, record
from newsdesk.analysis.entities.spans import PLACE_LABELS, NameSpan, street_word
from newsdesk.analysis.entities.words import (
    BUILDING_WORDS,
    EVENT_WORDS,
    KIN_NOUNS,
    LOCATIVE,
    NOT_PLACES,
    ORG_COMMON_NOUNS,
    ORG_WORDS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    TEAM_NOUNS,
    TITLES,
    table,
    words,
)
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold
from newsdesk.labels import PlaceKind


def org_is_place(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """An 'organisation' that the gazetteer knows as a town and the sentence uses as a place."""
    if any(doc[i].lower_ in ORG_WORDS for i in range(span.start, span.end)):
        return False
    if _never_a_place(doc, span) and not _region_of_town_before(doc, span, gaz):
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if speaks_after_list(doc, span.start, span.end) and not any(
        primary and p.kind == PlaceKind.country for p, primary in gaz.lookup(span.text)
    ):
        # (session 18, fix round) '... Lyon and Nice, Lincoln added': a name after a comma
        # that speaks is no item of the list before it, as `in_list_of_places` reads it (a
        # country's main name still speaks for the country: '..., Russia said')
        return False
    if hand_kept_name(doc, span, gaz) or _listed_big_place(doc, span, gaz):
        return True
    # a town's other names only after 'in', 'near', ... or when they shorten its main name ('at
    # Tunbridge Wells'): an organisation's name is often another name of some town ('at
    # Google': Google was Topeka's for a month)
    hits = [
        p
        for p, primary in gaz.lookup(span.text)
        if p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.country)
        and p.geonames_id is not None
        and (primary or prev in AROUND or prev == "," or short_form(span.text, p.name))
    ]
    if not hits:
        return False
    nxt = doc[span.end].text if span.end < len(doc) else ""
    after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    if prev in LOCATIVE or prev == ",":
        return True
    if any(primary and p.kind == PlaceKind.country for p, primary in gaz.lookup(span.text)):
        # a country's main name is the country, as the rules count a national side
        # ('Natasha Zvereva ( Belarus )', 'talks with Russia'), whatever the model made of it
        return True
    return nxt in (",", "(") and any(
        p.kind in (PlaceKind.region, PlaceKind.country) for p, _ in gaz.lookup(after)
    )


def _listed_big_place(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'trade with Alexandria and Constantinople': the model made the second item of
    a list of places an organisation. The item next to it across 'and', 'or' or a comma is a
    place the model tagged, and the name, by any of its names ('Constantinople' is an old name
    of Istanbul), is a big place's (`big_place`: a smaller town's name is too often a company's
    or a club's)."""
    before = span.start >= 2 and doc[span.start - 1].lower_ in LIST_JOINERS
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in LIST_JOINERS
    beside = (before and place_word(doc[span.start - 2], gaz)) or (
        after and place_word(doc[span.end + 1], gaz)
    )
    return beside and any(
        p.geonames_id is not None and big_place(p) for p, _ in gaz.lookup(span.text)
    )


def hand_kept_name(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """A macro-region, sea or feature of the hand-kept list the model took for an
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
    return prev in LOCATIVE or prev in AROUND or (i < span.start - 1 and len(span.text.split()) > 1)


# A name the model tags this many times, never as a place, is what the model says it is
# ('Meta' in 'Google, Meta, and OpenAI', 'across Meta, TikTok': the company, not Colombia's Meta
# department; 'Toyota' the maker): a comma or a preposition before one mention does not make it
# a place.
_MANY_TAGS = 3


def _region_of_town_before(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'Surprise, AZ': the span is the region of the town just before its comma (the model
    may tag such a code an organisation every time)."""
    regions = {fold(p.name) for p, _ in gaz.lookup(span.text) if p.kind == PlaceKind.region}
    comma = span.start - 1
    if not regions or comma < 1 or doc[comma].text != ",":
        return False
    for n in range(1, MAX_TOWN_WORDS + 1):
        if comma - n < 0:
            break
        for geo, _ in gaz.lookup(doc[comma - n : comma].text):
            if geo.kind == PlaceKind.city and geo.region and fold(geo.region) in regions:
                return True
    return False


def _never_a_place(doc: Doc, span: NameSpan) -> bool:
    key = fold(span.text)
    labels = [e.label_ for e in doc.ents if fold(e.text) == key]
    return len(labels) >= _MANY_TAGS and not any(lab in PLACE_LABELS for lab in labels)


_CAMEL_RE = re.compile(r"[a-z][A-Z]")


_DOT_WORD_RE = re.compile(r"\w\.[a-z]")


def not_place_shaped(doc: Doc, span: NameSpan) -> bool:
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
        and text.lower() not in COMPASS  # 'the Northeast' is a region
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


def persons_name(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
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


# Nouns that end a place's own name ('Camden County', 'the Mekong Delta', 'Red River',
# 'Kenai Peninsula'): the place nouns, less the buildings' ('park') and these, which end the
# names of organisations, programmes and venues as often ('Islamic State', 'School District',
# 'Olympic Village', 'Free Port'; a trail is a path). The feature nouns ('Spirit Ridge',
# 'Crystal Springs') are left out: hotels and resorts take them.
# 'Lake' too: software names its stores so ('Delta Lake', 'Analytics Lake': a data lake).
_GENERIC_PLACE_NOUNS = words("generic_place_nouns")


_NAME_HEADS = PLACE_NOUNS - BUILDING_WORDS - _GENERIC_PLACE_NOUNS


def place_by_its_own_noun(doc: Doc, span: NameSpan) -> bool:
    """A name the model tagged a place (GPE, LOC or FAC) whose last word is a place's
    kind ('Camden County officials', 'Floods hit the Mekong Delta'): a place though the
    gazetteer lacks it and no preposition puts it in a place slot; not before a number, as a
    club is in a results line ('Notts County 3'), nor after a capitalised word inside a
    sentence, as the end of a venue's or a title's name ('Meadows At Mossy Creek')."""
    words_ = span.text.split()
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        # (session 32) a 'facility' too: 'the White Oak Bayou', 'the Murray-Darling Basin' are
        # no buildings (a building's word, 'Park', 'Center', is no head here)
        span.label in ("GPE", "LOC", "FAC")
        and not (prev is not None and prev.text[:1].isupper() and not doc[span.start].is_sent_start)
        and len(words_) >= 2
        and words_[-1][:1].isupper()
        and words_[-1].lower() in _NAME_HEADS
        and not (span.end < len(doc) and doc[span.end].like_num)
    )


# A country's written code is this short ('US', 'U.K.', 'UAE': its letters), and
# at least two letters long (one capital before a name is an initial: 'J. Edgar').
_MIN_CODE_LETTERS = 2
_MAX_CODE_LETTERS = 3


def country_code_modifier(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Token `i` is a country's code modifying a capitalised organisation word or
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


def inside_longer_name(doc: Doc, span: NameSpan) -> bool:
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


def names_a_team(doc: Doc, span: NameSpan) -> bool:
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


def named_by_common_noun(doc: Doc, span: NameSpan) -> bool:
    """'his wife Kali', 'the band Europe', 'hotel brand Aman', 'coworker Kelsey': a name right
    after a noun for a person or an organisation is that person's or organisation's."""
    if span.label == "PLACE" or span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in _NAMING_NOUNS


# Nouns after which a name is that person's, organisation's or band's, no place's.
_NAMING_NOUNS = ROLE_NOUNS | ORG_COMMON_NOUNS | KIN_NOUNS | words("ensemble_nouns")


def not_a_name(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """A span no place name is: written all in lower case ('et al.', 'n.d.', 'fine china',
    'metro'; proper names are capitalised) unless it is a macro-region of the hand-kept list
    after 'the' ('the midwest', 'the arctic'), or the start of a street's name: a capitalised
    `street_word` after it ('610 E. Roosevelt St.', 'Roosevelt Row'), not one that also ends
    the names of squares and courts of law ('Washington Place', 'the Paris Court of Appeal'),
    or (session 31) a unit written right after a number, with no space between ('a suction of
    12,800Pa.': pascals, not Pennsylvania)."""
    if span.start > 0 and _unit_after_number(doc[span.start - 1]):
        return True
    if not any(c.isupper() for c in span.text):
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        return not (prev == "the" and gaz.hand_kept(span.text))
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and street_word(nxt, other_names=False)


def _unit_after_number(before: Token) -> bool:
    """(Session 31) The token before a name is a number written with a digit and no space
    after it ('12,800' of '12,800Pa'): the name is the number's unit."""
    return before.like_num and not before.whitespace_ and any(c.isdigit() for c in before.text)


# An acronym (`ACRONYM_LETTERS` at most: 'AMA', 'FASA') that is the main name of a town under
# this population is an organisation's or a product's; a dateline in capitals is not touched
# (label PLACE).
_ACRONYM_TOWN = 500_000


def acronym_town(doc: Doc, span: NameSpan, geo: GeoPlace) -> bool:
    """An acronym the gazetteer reads as a town under `_ACRONYM_TOWN` people, on a line not
    written all in capitals and not a dateline: no place."""
    text = span.text
    whole = doc_text(doc)
    line_start, line_end = line_bounds(whole, doc[span.start].idx, doc[span.start].idx)
    line = whole[line_start:line_end]
    return (
        span.label != "PLACE"
        and any(c.islower() for c in line)  # a headline or dateline in capitals is no acronym
        and text.isalpha()
        and text.isupper()
        and len(text) <= ACRONYM_LETTERS
        and geo.kind == PlaceKind.city
        and geo.population < _ACRONYM_TOWN
    )


# (session 14) A region's code: two capitals ('MS', 'NY', 'ON').
_CODE_LETTERS = 2
_PLACE_PARTICIPLES = words("place_participles")


def bare_region_code(doc: Doc, span: NameSpan, geo: GeoPlace, gaz: Gazetteer) -> bool:
    """A region's two-letter code alone in running text ('diagnosed with MS' is no
    Mississippi): no place. The code reads as a region after a town and its comma ('Jackson,
    MS'), as the object of a preposition of place ('moved to NY'), joined to a participle of
    place ('an NY-based label'), or on a line in capitals (a dateline, a headline)."""
    text = span.text
    if not (
        geo.kind == PlaceKind.region
        and len(text) == _CODE_LETTERS
        and text.isalpha()
        and text.isupper()
        and not any(primary for _, primary in gaz.lookup(text))
    ):
        return False
    whole = doc_text(doc)
    line_start, line_end = line_bounds(whole, doc[span.start].idx, doc[span.start].idx)
    if not any(c.islower() for c in whole[line_start:line_end]):
        return False
    if (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text[:1].isupper()
    ):
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "-":
        return doc[span.end + 1].lower_ not in _PLACE_PARTICIPLES  # 'an NY-based label'
    root = doc[span.end - 1]
    return not (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE)


# A name the gazetteer lacks, written at least this many times, is a place only if the model or
# a document rule took at least half its mentions for a place ('in Python' once among twelve
# 'Python's is the language; 'Mahala', tagged a place three times in four, is a village).
_MANY_MENTIONS = 3


def mostly_not_a_place(doc: Doc, span: NameSpan, spans: list[NameSpan]) -> bool:
    if span.label == "PLACE":
        return False
    name = span.text
    written = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc_text(doc)))
    if written < _MANY_MENTIONS:
        return False
    as_place = sum(1 for s in spans if s.text == name)
    return 2 * as_place < written


def place_names(doc: Doc, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """The spans that can name a place at all: not inside another name (a country's code
    modifying one still counts: 'the US Senate'), not a word of `not_places`, not a team, not
    written as no name is, not named by the common noun before it."""
    kept = []
    for s in spans:
        reason = _no_place_name(doc, s, gaz)
        if reason is None:
            kept.append(s)
        else:
            record(s.text, reason, s.label)
    return kept


def _no_place_name(doc: Doc, s: NameSpan, gaz: Gazetteer) -> PlaceDrop | None:
    """Why the span names no place at all, or None."""
    if (
        inside_longer_name(doc, s)
        and not (s.end - s.start == 1 and country_code_modifier(doc, s.start, gaz))
        and not place_before_title(doc, s, gaz)
    ):
        return PlaceDrop.inside_name
    if fold(s.text) in NOT_PLACES:
        return PlaceDrop.not_places_word
    if names_a_team(doc, s) and not is_country(gaz, s.text):
        return PlaceDrop.team
    if not_a_name(doc, s, gaz):
        return PlaceDrop.not_a_name
    if named_by_common_noun(doc, s):
        return PlaceDrop.common_noun
    if campus_town(doc, s, gaz):
        return PlaceDrop.campus_town
    if listed_among_firms(doc, s) and not is_country(gaz, s.text):
        return PlaceDrop.firm_list
    if titled_after_the(doc, s, gaz):
        return PlaceDrop.titled_after_the
    return None


# (session 15) Nouns of companies and their kin that open a list of their names
# (data/place-words.json): 'brands like Netflix, Toyota', 'its client roster features ...'.
_FIRM_LIST_NOUNS = place_words("firm_list_nouns")
# Words that open a list after such a noun ('such as' is read by its 'as').
_LIST_OPENERS = frozenset(
    {
        "like",
        "as",
        "including",
        "include",
        "includes",
        "included",
        "feature",
        "features",
        "featuring",
    }
)
# Tokens inside a list of firms' names besides capitalised words and numbers ('P&G', 'Chili's',
# 'Warner Bros. Pictures', 'Nordstrom, Aura, and Prose').
_FIRM_LIST_JOINERS = frozenset({",", "and", "or", "&", "'s", "\u2019s", ".", "-", "+", "!"})
# What follows an item of a list: a joiner, or the end of the list's clause or sentence.
_ITEM_ENDS = frozenset({",", "and", "or", "&", ".", ";", ":", ")", "!", "?"})
# How far back from a name its list's opening word may lie, in tokens (a long list of clients).
_MAX_LIST_REACH = 40
# The words between a list's opening word and its company noun, at most ('clients like',
# 'client roster includes', 'top-tier brands like': the noun is right before or one word off).
_MAX_NOUN_GAP = 2


def listed_among_firms(doc: Doc, span: NameSpan) -> bool:
    """'brands like Netflix, San Pellegrino', 'clients like Reebok, Columbia, Renogy', 'its
    client roster includes industry giants like P&G, Universal, Toyota': a name in a list
    that a company noun opens is a firm's, however the gazetteer knows it. The list runs back
    from the name over capitalised words, numbers and list joiners only, within its line and
    its sentence ('... brands like Shell and BP. Berlin, its home, ...' keeps Berlin); the
    name is an item of it, a joiner or the sentence's end after it ('companies such as
    Paris-based Ubisoft' names Paris as a place)."""
    if span.end < len(doc):
        after = doc[span.end]
        if not ("\n" in after.text or after.lower_ in _ITEM_ENDS):
            return False
    first = doc[span.start].sent.start  # the list and its noun lie in the name's sentence
    i = span.start - 1
    while i >= first and span.start - i <= _MAX_LIST_REACH:
        tok = doc[i]
        low = tok.lower_
        if low in _LIST_OPENERS and tok.is_lower:
            opener = i - 1 if low == "as" and i > 0 and doc[i - 1].lower_ == "such" else i
            if low == "as" and opener == i:
                return False
            return any(
                doc[j].lower_ in _FIRM_LIST_NOUNS and doc[j].pos_ in ("NOUN", "PROPN")
                for j in range(max(0, opener - _MAX_NOUN_GAP), opener)
            )
        if "\n" in tok.text or not (
            tok.text[:1].isupper() or tok.like_num or low in _FIRM_LIST_JOINERS
        ):
            return False
        i -= 1
    return False


def titled_after_the(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'appeared on The Atlantic', 'wrote in The Hill': a name after a capitalised 'The' in
    running text (the word before it in lower case) is a title's, a publication's or a band's,
    no place; not a country ('in The Gambia') nor a place whose own name holds the article
    ('The Hague', 'The Bronx')."""
    if span.start < 2 or doc[span.start - 1].text != "The" or "," in span.text:
        return False  # ('at The Oval, London': the model's span holds a place after its comma)
    before = doc[span.start - 2]
    if not (before.is_alpha and before.is_lower) or doc[span.start - 1].is_sent_start:
        return False
    if is_country(gaz, span.text):
        return False
    return not any(fold(p.name).startswith("the ") for p, _ in gaz.lookup(span.text))


# Words of a body whose campuses are named after their towns (data/place-words.json).
_CAMPUS_HEADS = place_words("campus_heads")
# What joins a campus's town to its body's name: 'University of California, Berkeley',
# 'University of Texas at Austin', 'University of Wisconsin-Madison'.
_CAMPUS_JOINERS = frozenset({",", "at", "-", "\u2013", "\u2014"})
# The words of the place after 'of' in a body's name ('North Carolina'), at most.
_MAX_BODY_PLACE_WORDS = 3


def campus_town(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'Berkeley' in 'University of California, Berkeley' or 'Austin' in 'University of
    Texas at Austin': the campus's town is part of the body's name, no place. A country, a
    continent or a region of the body's place's country after it is the body's whereabouts
    ('University of Toronto, Canada', 'University of Leeds, England')."""
    if span.start < 4 or doc[span.start - 1].lower_ not in _CAMPUS_JOINERS:
        return False
    if is_country(gaz, span.text):
        return False
    if _campus_after_dash(doc, span):
        return True
    end = span.start - 1  # the joiner
    for start in range(end - 1, max(0, end - 1 - _MAX_BODY_PLACE_WORDS), -1):
        if not doc[start].text[:1].isupper():
            return False
        if (
            start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in _CAMPUS_HEADS
            and doc[start - 2].text[:1].isupper()
        ):
            body = {g.country_code for g, _ in gaz.lookup(doc[start:end].text)}
            return not any(
                g.kind == PlaceKind.continent
                or (g.kind == PlaceKind.region and g.country_code in body)
                for g, _ in gaz.lookup(span.text)
            )
    return False


# (Session 31) Dashes that join a campus's town right to its body's word ('Rutgers
# University–New Brunswick', 'Purdue University-Fort Wayne').
_CAMPUS_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _campus_after_dash(doc: Doc, span: NameSpan) -> bool:
    """(Session 31) 'Rutgers University–New Brunswick': a dash with no space on either side
    right after a capitalised campus word (`campus_heads`), with a capitalised name before
    that word, joins the campus's town to the body's name."""
    dash, head = doc[span.start - 1], doc[span.start - 2]
    return (
        dash.text in _CAMPUS_DASHES
        and not head.whitespace_
        and not dash.whitespace_
        and head.lower_ in _CAMPUS_HEADS
        and head.text[:1].isupper()
        and doc[span.start - 3].text[:1].isupper()
    )


# Titles written before a name, by their abbreviations too ('Gov.', 'Sen.', 'Atty.').
_TITLE_WORDS = TITLES | frozenset(table("title_abbreviations"))


def place_before_title(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'Texas Gov. Greg Abbott', 'the New York Attorney General's office', 'Chicago
    Mayor Ann Lee': a place's main name right before a capitalised title is a mention of the
    place (the rules count a place's name used as a modifier), though the model reads the
    title as the rest of a name. The title is someone's: a person's name or a possessive follows
    it ('Cambridge Judge, a business school' is no title), unless the name is only a country's
    (session 20). Not inside another name: not after
    'of' or a capitalised word ('Bank of America President'), nor before a title run that ends
    in an organisation's word ('Massachusetts General Hospital')."""
    if span.label not in PLACE_LABELS or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not nxt.text[:1].isupper() or nxt.lower_.rstrip(".") not in _TITLE_WORDS:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (
        prev.lower_ == "of" or (prev.text[:1].isupper() and not prev.is_sent_start)
    ):
        return False
    hits = [p for p, primary in gaz.lookup(span.text) if primary]
    # (session 20) a country's title needs no name after it ('The new Solomon Islands Prime
    # Minister has told ...'): no firm or school is named by a country and a title; (fix
    # round) only a name whose every main-name entry is a country ('the Georgia Secretary of
    # State' is the state's)
    country = bool(hits) and all(p.kind == PlaceKind.country for p in hits)
    if _titled_run_ends_in_name_word(doc, span.end) or not (
        country or _title_of_someone(doc, span.end)
    ):
        return False
    kinds = (PlaceKind.country, PlaceKind.region, PlaceKind.city)
    return any(p.kind in kinds for p in hits)


# Last words of venues and sites ('Steel Canyon Resort'), first words of natural
# features ('Lake Berryessa', 'Mount Rainier'): data/place-words.json.
VENUE_HEADS = place_words("venue_heads")
FEATURE_HEADS = place_words("feature_heads")


def feature_by_its_first_noun(doc: Doc, span: NameSpan) -> bool:
    """A name the model tagged a place or a facility that starts with a natural
    feature's noun ('at Lake Berryessa', 'Mount Rainier'): a place though the gazetteer lacks
    it; not when it ends in a building's, a venue's or an organisation's word ('Lake Nona
    Resort', 'Mount Sinai Hospital') nor runs on into a longer capitalised name ('Lake Forest
    College')."""
    words_ = span.text.split()
    last = words_[-1].lower() if words_ else ""
    return (
        span.label in ("GPE", "LOC", "FAC")
        and len(words_) >= 2
        and words_[0].lower() in FEATURE_HEADS
        and all(w[:1].isupper() or w.lower() in ("of", "the") for w in words_)
        and last not in BUILDING_WORDS | VENUE_HEADS | ORG_WORDS
        and not inside_longer_name(doc, span)
    )


def _title_of_someone(doc: Doc, start: int) -> bool:
    """The capitalised run from `start` (a title, its dots and line breaks) reaches a person's
    name ('Gov. Greg Abbott', 'Gov .\nCarroll Campbell') or ends in a possessive ('Attorney
    General's office')."""
    i = start
    while i < len(doc) and i - start < _MAX_TITLE_RUN:
        tok = doc[i]
        if tok.ent_type_ == "PERSON":
            return True
        if not (tok.text[:1].isupper() or tok.text == "." or tok.is_space):
            return tok.lower_ in ("'s", "’s")
        i += 1
    return False


# Last words of an airline's name (data/place-words.json).
_CARRIER_WORDS = place_words("carrier_words")


def carrier_names(ents: tuple[SpacySpan, ...]) -> frozenset[str]:
    """The folded names before an airline's word in the organisations the model
    found ('Alaska' of 'Alaska Airlines'): in that article the name alone is mostly the
    airline ('Alaska's network', 'at Alaska, said')."""
    return frozenset(
        fold(e[:-1].text)
        for e in ents
        if e.label_ == "ORG" and len(e) >= 2 and e[-1].lower_ in _CARRIER_WORDS
    )


def airline_short_name(doc: Doc, span: NameSpan, gaz: Gazetteer, carriers: frozenset[str]) -> bool:
    """A mention of a name the article also gives an airline ('Alaska' beside 'Alaska
    Airlines'), with no preposition, place noun or qualifier making it a place there."""
    if fold(span.text) not in carriers:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    # ('to' is no cue here: 'access to Alaska's network', 'bring to Alaska frequent flyers')
    return not (
        prev in AROUND
        or used_as_place(doc, span, gaz)
        or qualifies_town_before(doc, span, gaz)  # 'Anchorage, Alaska'
    )
