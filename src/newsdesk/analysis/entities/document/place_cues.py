"""What puts a name where a place goes: a place slot ('in Kyiv', 'Spokane, Wash.'), a list of
places ('Java, Sumatra, Sulawesi and Bali'), a noun of origin after it ('the Queens native');
and what does not (a degree after a name: 'Jane Roe, MD')."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.entities.document.labels import PLACE
from newsdesk.analysis.entities.places import place_words
from newsdesk.analysis.entities.spans import SITE_LABELS, NameSpan, make_span
from newsdesk.analysis.entities.words import (
    CREDENTIALS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLURAL_PLACE_NOUNS,
    POSSESSIVES,
    TITLES,
    people_words,
    table,
    words,
)
from newsdesk.analysis.ents import entity_at
from newsdesk.analysis.gazetteer import Gazetteer, fold, load_towns
from newsdesk.labels import PlaceKind

_OF_PLACE_NOUNS = PLACE_NOUNS | PLURAL_PLACE_NOUNS
# Words before a name that put it where a place goes ('in Kyiv', 'to Martinique').
PLACE_SLOT_WORDS = words("place_slot_words")


def place_slot(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'in Kyiv', 'Spokane, Wash.': the sentence puts the name where a place goes; (session
    20) so does such a word before a lower-case side word ('in central Sulawesi', 'from
    northern Iraq')."""
    start = span.start
    if start > 1 and doc[start - 1].lower_ in _SIDE_WORDS and doc[start - 1].is_lower:
        start -= 1  # 'in central Sulawesi': the slot word is before the side word
    prev = doc[start - 1].lower_ if start > 0 else ""
    hyphened = start > 1 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_
    if prev in PLACE_SLOT_WORDS and not hyphened:
        return True  # not the end of a word: 'Built-in Siren'
    if _after_noun_of(doc, span.start, _OF_PLACE_NOUNS):
        return True  # 'the port of Mocha', 'the islands of Java'
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        return any(
            p.kind in (PlaceKind.region, PlaceKind.country)
            for p, _ in gaz.lookup(doc[span.end + 1].text)
        )
    return False


# The model's labels of a place (a tagged place before a comma is an item of a list of one;
# a name the model did not tag so is a place by its area noun alone).
_MODEL_PLACE_LABELS = SITE_LABELS
# (session 20) Lower-case words of a side of a place ('central', 'northern', 'southwestern'):
# the compass sides of data/entity-words.json and 'central'.
_SIDE_WORDS = frozenset(table("compass_sides")) | {"central"}
# (session 20; fix round) Nouns of a settlement or a named area that name the place after
# 'of', 'called' or 'known as' ('the town of Ten Tena', 'a district called Logar'): the town
# nouns of `cues.town_word` and data/place-words.json's named_area_nouns; not 'the state of
# Apple', 'the fall of Enron', 'the summit of NATO'.
_NAMING_PLACE_NOUNS = place_words("town_nouns") | place_words("named_area_nouns")
_CALLED = frozenset({"called", "named", "dubbed"})
# (session 20) Nouns of an area after a name ('the Tora Bora region'): data/place-words.json;
# (session 30) and of a town's part ('the Third Ward neighborhood', 'the Eastwood district').
_PART_AFTER_NOUNS = place_words("part_after_nouns")
_AREA_AFTER_NOUNS = place_words("area_after_nouns") | _PART_AFTER_NOUNS
# (fix round) Verbs of speech after a name ('Trump said'): a person's or a body's.
_SPEECH_VERBS = people_words("speech_verbs")


def _area_noun_after(doc: Doc, end: int) -> bool:
    """'the Tora Bora region', 'Logar province': a lower-case noun of an area right after the
    name, ending its phrase (no noun after it: 'the Kandahar region's governor' still counts,
    'a Valley region office' does not)."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in _AREA_AFTER_NOUNS:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def part_noun_after(doc: Doc, span: NameSpan) -> bool:
    """(Session 30) 'the Third Ward neighborhood', 'the Eastwood district of Houston': a
    lower-case noun of a town's part right after the name, ending its phrase
    (`_area_noun_after`'s reading), makes the name a place though the gazetteer lacks it."""
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in _PART_AFTER_NOUNS
        and _area_noun_after(doc, span.end)
    )


def part_names(doc: Doc, span: NameSpan) -> list[NameSpan]:
    """(Session 30) 'the Evans Court/Linden Row neighborhood': the names a slash joins before a
    town's part noun (`part_noun_after`) are two parts of the town, each a place of its own
    (the part noun vouches for both: `PLACE`); the span itself when there is no such slash."""
    cuts = [
        i
        for i in range(span.start + 1, span.end - 1)
        if doc[i].text == "/"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    ]
    if not cuts or not part_noun_after(doc, span):
        return [span]
    edges = [span.start, *cuts, span.end]
    starts = [span.start, *(c + 1 for c in cuts)]
    return [make_span(doc, a, b, PLACE) for a, b in zip(starts, edges[1:], strict=True)]


def area_noun_after(doc: Doc, span: NameSpan) -> bool:
    """(second review) `_area_noun_after` for the resolver: a name the model did not tag a
    place that an area noun follows ('the Kimberley region') is a place by that noun alone."""
    return span.label not in _MODEL_PLACE_LABELS and _area_noun_after(doc, span.end)


def _named_by_place_noun(doc: Doc, start: int) -> bool:
    """The name at `start` is the one a lower-case noun of a settlement or a named area before
    it gives: '<noun> of' (`_after_noun_of`), '<noun> called' or '<noun> known as' ('the town
    of Ten Tena', 'a village known as Palpur'); not 'the Port of Tacoma', a body's name."""
    if after_lower_noun_of(doc, start, _NAMING_PLACE_NOUNS):
        return True
    i = start - 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1
    elif not (i >= 0 and doc[i].lower_ in _CALLED):
        return False
    noun = doc[i - 1] if i >= 1 else None
    return noun is not None and noun.is_lower and noun.lower_ in _NAMING_PLACE_NOUNS


def _runs_into_body(doc: Doc, span: NameSpan) -> bool:
    """(second review) The name is, or runs into, a body's name: an organisation's word in
    it or right after it ('the city of Seattle Department of Transportation', 'the city of
    Austin Police Department'), or the model's ORG entity over it running past its end."""
    end = min(span.end + 1, len(doc))
    if any(doc[i].lower_ in ORG_WORDS for i in range(span.start, end)):
        return True
    return any(
        e.label_ == "ORG" and e.start <= span.start < e.end and e.end > span.end for e in doc.ents
    )


def _owned(doc: Doc, start: int, gaz: Gazetteer) -> bool:
    """(fix round) A possessive before the name ('its AWS region', "Amazon's AWS region"),
    not a place's ("Stockholm's Södermalm district")."""
    if start < 1:
        return False
    prev = doc[start - 1]
    if prev.lower_ in POSSESSIVES:
        return True
    if prev.tag_ != "POS" or start < 2:
        return False
    return not any(primary for _, primary in gaz.lookup(doc[start - 2].text))


def _person_or_body_elsewhere(doc: Doc, span: NameSpan) -> bool:
    """(fix round) The article uses the name as a person's or a body's at a mention no place
    word marks: a title before it ('Mr Murray'), a speech verb after it ('Trump said'), or the
    model's PERSON or ORG tag there ('Apple shares fell'; not after a preposition, 'north of Mt
    Gambier', 'in the Tora Bora caves region', where the model's tag is the very mistake the
    place words correct)."""
    words = [t.text for t in doc[span.start : span.end]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i == span.start or [t.text for t in doc[i : i + n]] != words:
            continue
        if _area_noun_after(doc, i + n) or _named_by_place_noun(doc, i):
            continue
        if i > 0 and doc[i - 1].lower_.rstrip(".") in TITLES:
            return True
        if i + n < len(doc) and doc[i + n].lemma_.lower() in _SPEECH_VERBS:
            return True
        if doc[i].ent_type_ in ("PERSON", "ORG") and not _after_preposition(doc, i):
            return True
    return False


def _used_otherwise(doc: Doc, span: NameSpan) -> bool:
    """The article uses the name as a person's or a body's elsewhere
    (`_person_or_body_elsewhere`), or the name is or runs into a body's (`_runs_into_body`):
    no place noun makes it a place."""
    return _person_or_body_elsewhere(doc, span) or _runs_into_body(doc, span)


def _after_preposition(doc: Doc, i: int) -> bool:
    """A preposition right before token `i`, or before a determiner there ('in the ...')."""
    j = i - 1
    if j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return j >= 0 and (doc[j].pos_ == "ADP" or doc[j].lower_ in PLACE_SLOT_WORDS)


def _after_noun_of(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """'the port of Mocha', 'settlers of Jamestown': the name at `start` comes right after
    'of' and one of `nouns` (`place_slot`'s place nouns, `named_as_place`'s nouns whose 'of'
    names a place)."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in nouns


def after_lower_noun_of(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """`_after_noun_of` with the noun in lower case ('the town of Jenin'): a capitalised one
    begins a body's name ('the Port of Tacoma', 'City of London Corporation')."""
    return _after_noun_of(doc, start, nouns) and doc[start - 2].is_lower


_LIST_GAP = frozenset({",", "and", "or"})
# Tokens at most between two items of a list (', and').
_MAX_LIST_GAP = 2


def in_list_of_places(doc: Doc, span: NameSpan, place_tokens: set[int], gaz: Gazetteer) -> bool:
    """'Java, Sumatra, Sulawesi and Bali', 'Alexandria and Constantinople': a name the
    gazetteer knows by its main name, listed right beside a place; (session 18) not a name
    after a comma that does something ('... Boise and Tulsa, Tyler said'), as
    `named_as_place` reads a list."""
    known = any(primary for _, primary in gaz.lookup(span.text))
    # (session 20) or a town of the 5,000-15,000 tier by its main name, in the country of the
    # place it is listed beside ('Gunnedah and Tamworth'): the main list holds towns of
    # 15,000+ only
    towns = (
        set()
        if known
        else {t.country_code for t, primary in load_towns().lookup(span.text) if primary}
    )
    if not (known or towns) or speaks_after_list(doc, span.start, span.end):
        return False
    for step, edge in ((-1, span.start - 1), (1, span.end)):
        i, gap = _past_code(doc, edge, step), 0
        while 0 <= i < len(doc) and doc[i].lower_ in _LIST_GAP and gap < _MAX_LIST_GAP:
            i += step
            gap += 1
        i = _past_code(doc, i, step)
        if (
            gap
            and 0 <= i < len(doc)
            and i in place_tokens
            and (known or towns & _countries_at(doc, i, gaz))
        ):
            return True
    return False


def _countries_at(doc: Doc, i: int, gaz: Gazetteer) -> set[str | None]:
    """The countries of the gazetteer's entries of the model's place at token `i` (of the
    token alone when the model tagged none there)."""
    ent = entity_at(doc, i)
    return {p.country_code for p, _ in gaz.lookup(ent.text if ent is not None else doc[i].text)}


# A code in brackets beside a list item ('Missoula (MSO)', an airport's) is this
# many letters at most.
_MAX_CODE_LETTERS = 4


def _past_code(doc: Doc, i: int, step: int) -> int:
    """The token past a bracketed code at `i` ('Boise (BOI), Missoula (MSO) and
    Spokane (GEG)'), walking by `step`; `i` itself when there is none."""
    opening, closing = ("(", ")") if step == 1 else (")", "(")
    code, end = i + step, i + 2 * step
    if not (min(i, end) >= 0 and max(i, end) < len(doc)):
        return i
    word = doc[code].text
    if (
        doc[i].text == opening
        and doc[end].text == closing
        and word.isalpha()
        and word.isupper()
        and len(word) <= _MAX_CODE_LETTERS
    ):
        return end + step
    return i


# The kinds of place a name the model mistook (a person, a group, a firm) is taken for when
# the text uses it as a place: a town, a first-level region, a country (no feature).
_SETTLED_KINDS = (PlaceKind.city, PlaceKind.region, PlaceKind.country)


def _settled_main_name(gaz: Gazetteer, text: str) -> bool:
    """The main name of a town, a first-level region or a country of the gazetteer (not an
    alias, not a feature): what `place_modifier`, `named_as_place` and
    `untagged_list_places` ask of a name before they make it a place."""
    return any(primary and p.kind in _SETTLED_KINDS for p, primary in gaz.lookup(text))


# Nouns of where a person is from or lives ('native', 'resident'): data/place-words.json.
_ORIGIN_NOUNS = place_words("origin_nouns")


def place_modifier(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'the Queens native', 'a Brooklyn resident': a name the model took for a
    nationality, a group or an organisation that is a place's main name (a demonym is none:
    'American', 'Texan'), before a noun of where a person is from or lives, is the place used
    as a modifier, which the rules count as a mention of the place."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and nxt.lower_ in _ORIGIN_NOUNS
        and nxt.is_lower
        and _settled_main_name(gaz, span.text)
    )


def credential(doc: Doc, span: NameSpan) -> bool:
    """'Jane Roe, MD': a degree after a name and a comma, not Maryland."""
    return (
        span.end - span.start == 1
        and fold(span.text) in CREDENTIALS
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text[:1].isupper()
        and (span.end >= len(doc) or doc[span.end].is_punct)
    )


# (session 17, round 2) Plural nouns of places before 'such as', 'like', 'including' and a list
# of their names; nouns whose 'of' names a place (data/entity-words.json).
_PLACE_LIST_NOUNS = words("place_list_nouns")
_PLACE_OF_NOUNS = words("place_of_nouns") | PLACE_NOUNS
_LIST_OPENERS = frozenset({"like", "including", "as"})  # 'such as' is read by its 'as'
# Tokens between a list's opening word and a later item: capitalised words and joiners;
# the reach back from an item to its opening word, in tokens.
_MAX_LIST_REACH = 16
_ITEM_JOINERS = frozenset({",", "and", "or"})


def named_as_place(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """'locations such as Phu Quoc, Nha Trang and Hoi An', 'neighborhoods like Eastwood',
    'settlers of Jamestown', 'the liberal enclave of Asheville': a name the gazetteer knows
    by its main name as a town, a region or a country, that the article gives as one of a
    plural noun of places' list or after a noun whose 'of' names a place; (session 20) and
    any name a settlement's or a named area's noun names ('the Christian town of Ten Tena',
    'a district called Logar') or an area noun follows ('the Tora Bora region'), known to the
    gazetteer or not, unless (fix round) the article uses the name as a person's or a body's
    elsewhere ('Trump said'), or (second review) the name is or runs into a body's ('the
    city of Austin Police Department'), or, before an area noun, someone owns it ('its AWS region')."""
    # the whole-article scan of `_used_otherwise` only where a noun names the place: this
    # runs for every span the model typed a person, a body or a group
    if _named_by_place_noun(doc, span.start) and not _used_otherwise(doc, span):
        return True
    if (
        _area_noun_after(doc, span.end)
        and not _owned(doc, span.start, gaz)
        and (span.label != "NORP" or _settled_main_name(gaz, span.text))
        and not _used_otherwise(doc, span)
    ):
        # a group's word is a demonym ('the Yemeni district') unless it is a place's main name
        # ("Stockholm's Södermalm district")
        return True
    if in_area_list(doc, span) and not _used_otherwise(doc, span):
        return True  # (session 30) 'neighborhoods like East Downtown, Eastwood'
    if not _settled_main_name(gaz, span.text):
        return False
    if _after_noun_of(doc, span.start, _PLACE_OF_NOUNS):
        return True
    return not speaks_after_list(doc, span.start, span.end) and _in_place_list(
        doc, span.start, _PLACE_LIST_NOUNS
    )


def speaks_after_list(doc: Doc, start: int, end: int) -> bool:
    """'cities like Austin and Denver, Chad said': a name right after a comma that is the
    subject of a clause or has a verb after it is no item of the list before it (a list's
    last item comes after 'and' / 'or': 'cities like Austin and Denver are ...'). (session 18,
    fix round 2) A list must come before the comma: a name, and before it a joiner ('Austin and
    Denver,'); 'On Monday, Kherson was shelled' and 'After the vote, Scotland will' have none."""
    if start < 2 or doc[start - 1].text != "," or not _list_item_ends_at(doc, start - 2):
        return False
    nxt = doc[end] if end < len(doc) else None
    return (nxt is not None and nxt.pos_ in ("VERB", "AUX")) or any(
        doc[i].dep_ in SUBJECT for i in range(start, end)
    )


def _list_item_ends_at(doc: Doc, i: int) -> bool:
    """A list's item ends at token `i`: a capitalised name (no date: 'On Monday,') with a
    joiner (',', 'and', 'or') right before its first word, or a place the model tags as one
    ('The band played in Austin, Jordan said': a list of one; third review)."""
    if not doc[i].text[:1].isupper() or doc[i].ent_type_ in ("DATE", "TIME"):
        return False
    if doc[i].ent_type_ in _MODEL_PLACE_LABELS:
        return True
    while i >= 0 and doc[i].text[:1].isupper():
        i -= 1
    return i >= 0 and doc[i].lower_ in _ITEM_JOINERS


def _in_place_list(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """The name at `start` is an item of a list opened by a plural noun of places (of
    `nouns`) and 'such as' / 'like' / 'including': only capitalised words and joiners lie
    between."""
    i = start - 1
    while i >= 0 and start - i <= _MAX_LIST_REACH:
        tok = doc[i]
        if tok.lower_ in _LIST_OPENERS:
            if tok.lower_ == "as":
                if i < 1 or doc[i - 1].lower_ != "such":
                    return False
                i -= 1
            return i >= 1 and doc[i - 1].lower_ in nouns
        if not (tok.lower_ in _ITEM_JOINERS or tok.text[:1].isupper()):
            return False
        i -= 1
    return False


# (session 30) Plural nouns of a town's parts and of small settlements that open a list of their
# names ('neighborhoods like East Downtown, Eastwood, and Second Ward'): data/place-words.json.
_AREA_LIST_NOUNS = place_words("area_list_nouns")
# What follows an item of a list: a joiner, or the end of its clause or sentence.
_ITEM_ENDS = frozenset({",", "and", "or", ".", ";", ":", ")", "!", "?"})


def in_area_list(doc: Doc, span: NameSpan) -> bool:
    """(Session 30) 'neighborhoods like East Downtown, Eastwood, and Second Ward', 'districts
    such as Midtown and Montrose', 'suburbs including Mosman': the name is a whole item of a
    list that a plural noun of a town's parts opens (a joiner, a mark or a line's end right
    after it; not 'suburbs like Mosman Park Hotel's'), and no clause's subject after a comma
    (`speaks_after_list`): a place though the gazetteer lacks it."""
    if span.end < len(doc):
        after = doc[span.end]
        if not ("\n" in after.text or after.lower_ in _ITEM_ENDS):
            return False
    return not speaks_after_list(doc, span.start, span.end) and _in_place_list(
        doc, span.start, _AREA_LIST_NOUNS
    )


# The words of one item of such a list, at most ('Ho Chi Minh City').
_MAX_ITEM_WORDS = 4


def untagged_list_places(doc: Doc, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """The items of a plural noun of places' list ('locations such as Phu Quoc, Nha Trang and
    Hoi An') that the model left untagged and the gazetteer knows by their main name as a
    town, a region or a country: places (a tagged item is typed by `named_as_place`)."""
    tagged = {i for s in spans for i in range(s.start, s.end)}
    # (opener, noun) of each list; a list's scan stops at the next list's noun, so no token is
    # read twice (in capitals 'LIKE' and the joiners never end a run of capitalised words)
    lists: list[tuple[int, int]] = []
    for k in range(1, len(doc) - 1):
        opener = doc[k].lower_
        noun = k - 2 if opener == "as" and doc[k - 1].lower_ == "such" else k - 1
        if opener in _LIST_OPENERS and noun >= 0 and doc[noun].lower_ in _PLACE_LIST_NOUNS:
            lists.append((k, noun))
    found: list[NameSpan] = []
    for n, (k, _) in enumerate(lists):
        limit = lists[n + 1][1] if n + 1 < len(lists) else len(doc)
        i = k + 1
        while i < limit:
            end = i
            while end < limit and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == i:
                break
            if (
                end - i <= _MAX_ITEM_WORDS
                and not any(j in tagged for j in range(i, end))
                and _settled_main_name(gaz, doc[i:end].text)
            ):
                found.append(make_span(doc, i, end, PLACE))
            i = end
            while i < limit and doc[i].lower_ in _ITEM_JOINERS:
                i += 1
    return found
