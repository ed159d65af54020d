"""Document-level decisions, taken once per article before people and places are built.

- Datelines ("BERLIN --", "HARARE 1996-12-06", "NEW DELHI:", "ST. JOSEPH, Mich. (AP) —") are
  places, whatever the model made of them.
- Party-state abbreviations ("D-Minn.", "R-Texas") name a US state.
- Teams: in a results or standings line, a town's name followed by a score is a team, and so
  is every other mention of that name in the article (a country's name stays a place: national
  sides are written as their country).
- One type per name: a name the model tags as a person in one place and as a place in another
  takes the type of most of its mentions, and a person-tagged name the gazetteer knows as a
  country is a place.
- Country names the model left untagged ("Belarus" in a table) are places, and so is a
  first-level region's name that fills a table cell ("Iowa" in a table of states), a place's
  main name between two places of a list ("Java, Sumatra, Sulawesi and Bali"), a big place's
  main name closing a list after a place ("to Mombasa and Kisumu") and a country's code
  modifying an organisation word or a title inside another name ("the US Senate").
- Results and roster lines: a name before a bracketed country, seed, minute or code is a
  person ("Pete Sampras ( U.S. )").
- Lists closed by a plural place noun ("Berrien, Cass and Van Buren counties") are places.
- A place's main name before a noun of where a person is from ("the Queens native") is a place.
- Not people: adverbs and verbs taken for names, heading words ("Attendance:"), product-shaped
  words ("SpaceX"), titles alone, names ending in an organisation word or a place noun; each
  such drop is recorded with its reason (`people.drops`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import line_bounds
from newsdesk.analysis.entities.people.drops import DropReason, record
from newsdesk.analysis.entities.people.nouns import is_person_noun
from newsdesk.analysis.entities.places import (
    LIST_JOINERS,
    big_place,
    country_code_modifier,
    is_country,
    main_place_name,
    place_word,
    place_words,
)
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    DocView,
    Span,
    is_title,
    make_span,
    name_shaped,
)
from newsdesk.analysis.entities.words import (
    CREDENTIALS,
    EVENT_WORDS,
    NAME_PARTICLES,
    ORG_COMMON_NOUNS,
    ORG_VERBS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLURAL_PLACE_NOUNS,
    ROLE_NOUNS,
    THING_WORDS,
    words,
)
from newsdesk.analysis.gazetteer import Gazetteer, fold
from newsdesk.labels import PlaceKind

TEAM = "TEAM"
# A span the article shows to be a place (a place slot, a list of counties): kept as a place
# even where the gazetteer lacks it, and never joined to a person of the same name.
PLACE = "PLACE"
# A month's name, so that "DETROIT 4 Kansas City 1" (a results line) is no dateline.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\.?\s+\d{{1,2}})"
_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))?\s*"
    rf"(?:\([^)\n]{{1,40}}\))?\s*(?:(?:—|–|--|-)\s|:\s|{_DATE}\b)",
    re.MULTILINE,
)
_PARTY_STATE_RE = re.compile(r"\b[DRI]-([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)")
# A score after a name: "Florida 10", "Surrey 429-7", "Durham 114"; a year is not one.
_SCORE_RE = re.compile(r"\d{1,3}(?:-\d{1,3})?")
# Numbers a results or standings line has besides the score ("Atlanta 5 PITTSBURGH 1").
_MIN_NUMBERS_IN_RESULTS_LINE = 2
# A city this big is a place even where the model took it for a person ("Kyiv").
_BIG_CITY = 1_000_000
# Longest run of words read as one untagged country name ("Bosnia and Herzegovina").
_MAX_COUNTRY_WORDS = 3


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else make_span(doc, span.start, span.end, label)


def dateline_spans(doc: Doc, view: DocView, gaz: Gazetteer) -> list[Span]:
    """The places of every dateline: at a line's start, in capitals, before a dash, a colon or
    a date, with an optional ', Qualifier' and '(Agency)'."""
    found: list[Span] = []
    for match in _DATELINE_RE.finditer(view.text):
        qualified = match.group(2) is not None and bool(gaz.lookup(match.group(2).strip()))
        for group in (1, 2):
            text = match.group(group)
            # the town of 'ST. JOSEPH, Mich. (AP) —' is a place even if the gazetteer lacks it
            if text is None or not (gaz.lookup(text.strip()) or (group == 1 and qualified)):
                continue
            start = match.start(group)
            span = _char_span(doc, start, start + len(text.rstrip()), "GPE")
            if span is not None:
                found.append(span)
    return found


def party_state_spans(doc: Doc, view: DocView, gaz: Gazetteer) -> list[Span]:
    """'Sen. Amy Klobuchar (D-Minn.)': the state after a party letter."""
    found: list[Span] = []
    for match in _PARTY_STATE_RE.finditer(view.text):
        text = match.group(1)
        if not any(
            p.kind == PlaceKind.region and p.country_code == "US" for p, _ in gaz.lookup(text)
        ):
            continue
        span = _char_span(doc, match.start(1), match.end(1), "GPE")
        if span is not None:
            found.append(span)
    return found


def _followed_by_score(view: DocView, span: Span) -> bool:
    if span.end >= len(view.words) or not _SCORE_RE.fullmatch(view.words[span.end]):
        return False
    start, end = line_bounds(view.text, span.start_char, span.end_char)
    line = view.text[start:end]
    return len(re.findall(r"\d+", line)) >= _MIN_NUMBERS_IN_RESULTS_LINE


# A surname prefix that puts a capital inside a person's name ("McCarthy", "DeSantis").
_NAME_PREFIXES = ("mc", "mac", "de", "di", "da", "la", "le", "van", "von", "o'", "o’", "d'")
_CAMEL_RE = re.compile(r"^([A-Z][a-z]+)[A-Z]")
# Parts of speech a one-word 'person' cannot have ("Oftentimes", "Seek", "Elementary").
_NOT_NAME_POS = ("ADV", "ADJ", "VERB", "ADP", "PRON", "DET", "AUX", "SCONJ", "CCONJ")


def _product_shaped(text: str) -> bool:
    """'SpaceX', 'GoDaddy', 'JumpCloud': a capital inside one word, not after a name prefix."""
    m = _CAMEL_RE.match(text)
    return m is not None and " " not in text and m.group(1).lower() not in _NAME_PREFIXES


_OF_PLACE_NOUNS = PLACE_NOUNS | PLURAL_PLACE_NOUNS
# Words before a name that put it where a place goes ('in Kyiv', 'to Martinique').
_PLACE_SLOT_WORDS = words("place_slot_words")


def _place_slot(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """'in Kyiv', 'Spokane, Wash.': the sentence puts the name where a place goes."""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    hyphened = (
        span.start > 1 and doc[span.start - 2].text == "-" and not doc[span.start - 2].whitespace_
    )
    if prev in _PLACE_SLOT_WORDS and not hyphened:
        return True  # not the end of a word: 'Built-in Siren'
    if prev == "of" and span.start > 1 and doc[span.start - 2].lower_ in _OF_PLACE_NOUNS:
        return True  # 'the port of Mocha', 'the islands of Java'
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        return any(
            p.kind in (PlaceKind.region, PlaceKind.country)
            for p, _ in gaz.lookup(doc[span.end + 1].text)
        )
    return False


def _span_root(doc: Doc, span: Span) -> Token:
    """The span's word whose head lies outside it (the last word if the parse says none)."""
    for i in range(span.start, span.end):
        head = doc[i].head.i
        if head == i or not span.start <= head < span.end:
            return doc[i]
    return doc[span.end - 1]


def _org_cue(doc: Doc, span: Span) -> bool:
    """'security firm Jamf', 'Breez, an identity company', 'acquired Stytch': the parse ties the
    name to a common noun of companies and products, or makes it what is acquired."""
    if span.start > 0:
        prev = doc[span.start - 1]
        if (
            prev.is_lower
            and prev.lower_ in ORG_COMMON_NOUNS
            and span.start <= prev.head.i < span.end
        ):
            return True
    root = _span_root(doc, span)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ORG_VERBS:
        return True
    head = root.head
    if head.i < span.start and head.is_lower and head.lower_ in ORG_COMMON_NOUNS:
        # 'the fact-checking website Full Fact'; not 'close to your company, Farah' (vocative)
        return root.dep_ in ("appos", "compound") and not _owned(head)
    # 'Breez, an identity company'; not 'Taylor Swift, her former record label'; (round 9) the
    # apposition right after the name's comma: 'Tom Reyes, who heads the Alliance for Better
    # Bridges, a group that ...' is the Alliance's
    return any(
        c.dep_ == "appos"
        and c.lemma_.lower() in ORG_COMMON_NOUNS
        and not _owned(c)
        and c.left_edge.i <= span.end + 1
        for c in root.children
    )


def _owned(noun: Token) -> bool:
    """'her label', 'your company': a noun a pronoun owns names no company by itself."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def decide_types(doc: Doc, view: DocView, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Relabel spans by what the whole article says about each name."""
    # the words of every person named in two words or more: their surnames stay people
    surnames = {
        fold(doc[i].text)
        for s in spans
        if s.label == "PERSON" and s.end - s.start >= 2
        for i in range(s.start, s.end)
    }
    teams = {
        fold(s.text)
        for s in spans
        if s.label in (*PLACE_LABELS, "PERSON", "ORG")
        and _followed_by_score(view, s)
        and gaz.lookup(s.text)
        and not is_country(gaz, s.text)
    }
    # names the article ties to a company or product somewhere: not people anywhere in it
    companies = {fold(s.text) for s in spans if s.label == "PERSON" and _org_cue(doc, s)}
    full_names = {
        i
        for s in spans
        if s.label == "PERSON" and s.end - s.start >= 2
        for i in range(s.start, s.end)
    }
    place_tokens = {
        i
        for s in spans
        if s.label in (*PLACE_LABELS, PLACE) and gaz.lookup(s.text)
        for i in range(s.start, s.end)
    }
    lowercase = view.lowercase
    votes: dict[str, Counter[str]] = {}
    for s in spans:
        kind = "place" if s.label in PLACE_LABELS else s.label
        votes.setdefault(fold(s.text), Counter())[kind] += 1
    out: list[Span] = []
    for s in spans:
        name = fold(s.text)
        if s.label in PLACE_LABELS and _credential(doc, s):
            continue
        if (
            s.label in ("ORG", "PRODUCT")
            and _PERSON_WORDS[0] <= s.end - s.start <= _PERSON_WORDS[1]
            and name_shaped(doc, s)
            and not gaz.lookup(s.text)
            and not gaz.lookup(doc[s.start].text)
            and _beside_person(doc, s, full_names)
        ):
            out.append(s.relabel("PERSON"))  # 'Marcel Granollers and Feliciano Lopez'
        elif (
            s.label in ("PERSON", "ORG", "NORP")
            and name not in surnames
            and _in_list_of_places(doc, s, place_tokens, gaz)
        ):
            _dropped(s, DropReason.place_list)
            out.append(s.relabel("GPE"))  # 'Java, Sumatra, Sulawesi and Bali'
        elif (
            s.label == "NORP"
            and s.start > 0
            and doc[s.start - 1].lower_ in ("in", "to", "from", "near")
            and any(primary for _, primary in gaz.lookup(s.text))
        ):
            out.append(s.relabel("GPE"))  # 'to Martinique'
        elif s.label in ("NORP", "ORG") and _place_modifier(doc, s, gaz):
            out.append(s.relabel("GPE"))  # (round 9) 'the Queens native'
        elif name in teams and s.label != "NORP":
            _dropped(s, DropReason.team)
            out.append(s.relabel(TEAM))
        elif s.label in PLACE_LABELS and gaz.lookup(s.text) and _place_slot(doc, s, gaz):
            out.append(s.relabel(PLACE))  # 'in Houston' even where a Houston is a person
        elif s.label == "PERSON" and (
            votes[name]["place"] > votes[name]["PERSON"]
            or (s.end - s.start <= _MAX_COUNTRY_WORDS and is_country(gaz, s.text))
        ):
            _dropped(s, DropReason.place_votes)
            out.append(s.relabel("GPE"))
        elif (
            s.label == "PERSON"
            and name not in surnames
            and any(
                p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.feature)
                and (p.population >= _BIG_CITY or _place_slot(doc, s, gaz))
                for p, _ in gaz.lookup(s.text)
            )
        ):
            _dropped(s, DropReason.gazetteer_place)
            out.append(s.relabel("GPE"))
        elif s.label == "PERSON" and doc[s.end - 1].lower_ in PLACE_NOUNS and s.end - s.start > 1:
            _dropped(s, DropReason.place_noun)
            out.append(s.relabel("GPE"))  # 'Godagari Upazila', 'Orange County'
        elif s.label == "PERSON" and s.end - s.start > 1 and doc[s.end - 1].lower_ in EVENT_WORDS:
            _dropped(s, DropReason.event_word)  # 'Davis Cup', 'Nobel Prize'
        elif s.label == "PERSON" and name not in surnames and _thing(doc, s, lowercase):
            _dropped(s, DropReason.thing)  # 'Magic Keyboard', 'Best Smartwatch', 'Xtensa ...'
        elif s.label == "PERSON" and all(
            is_title(doc[i]) or doc[i].is_punct for i in range(s.start, s.end)
        ):
            _dropped(s, DropReason.titles_only)  # 'Lt. Col.' alone
        elif s.label == "PERSON" and (
            firm := _firm_reason(doc, s, name in surnames, name in companies, votes[name])
        ):
            _dropped(s, firm)
            out.append(s.relabel("ORG"))
        elif s.label == "PERSON" and (
            _heading_word(doc, s)
            or (
                s.end - s.start == 1 and doc[s.start].pos_ in _NOT_NAME_POS and name not in surnames
            )
        ):
            _dropped(s, DropReason.heading_word)
        elif s.label == "PERSON" and _not_name_shaped(doc, s):
            tail = _name_tail(doc, s)  # 'chief negotiator Saeb Erekat' -> 'Saeb Erekat'
            if tail is not None:
                out.append(tail)
            else:
                _dropped(s, DropReason.not_name_shaped)
        else:
            out.append(s)
    return out


def _dropped(span: Span, reason: DropReason) -> None:
    """(round 9b) Record a PERSON span dropped or retyped (for `bench/entities.py --drops`)."""
    if span.label == "PERSON":
        record(span.text, reason)


def _firm_reason(
    doc: Doc, s: Span, surname: bool, company: bool, votes: Counter[str]
) -> DropReason | None:
    """Which firm rule, if any, retypes a PERSON span as a firm (the first that holds)."""
    if company and not (s.end - s.start == 1 and surname):
        return DropReason.company_cue
    if not surname and votes["ORG"] > votes["PERSON"]:
        return DropReason.org_votes
    if (not surname and _product_shaped(s.text)) or (
        s.end - s.start > 1 and any(_product_shaped(doc[i].text) for i in range(s.start, s.end))
    ):
        return DropReason.product_shaped
    if _acronym_inside(doc, s):
        return DropReason.acronym_inside
    if s.end - s.start > 1 and doc[s.end - 1].lower_ in ORG_WORDS:
        return DropReason.org_word
    return None


# Adjectives that go before a person's name after an article ('the late John Smith').
_PERSON_ADJECTIVES = words("person_adjectives")


def _thing(doc: Doc, span: Span, lowercase: frozenset[str]) -> bool:
    """A product or a thing the model took for a person: its last word names a thing ('Magic
    Keyboard', 'Smart Charger'); it opens with a superlative ('Best Smartwatch', a heading of
    a buying guide); it is a brand modifying the common noun after it ('Xtensa
    microcontrollers', 'Samsung smart TVs'); or it takes an article ('a blue Yeti', 'the
    Suunto Run')."""
    first, last = doc[span.start], doc[span.end - 1]
    if span.end - span.start > 1 and last.lower_ in THING_WORDS:
        return True
    if first.tag_ in ("JJS", "JJR") or (
        first.lower_.endswith("est") and first.lower_ in lowercase
    ):
        return True  # 'Best Smartwatch', 'Best Overall' (the article writes 'best' too)
    root = _span_root(doc, span)
    head = root.head
    if (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= span.end
        and head.tag_ == "NNS"
        and head.is_lower
        and all(doc[i].pos_ in ("ADJ", "NOUN") for i in range(span.end, head.i))
    ):
        return True
    if root.dep_ == "appos" and head.i < span.start and is_person_noun(head):
        return False  # (round 9) 'my favorite author, the iconic Ann Lee': a person's apposition
    return any(
        c.dep_ == "det"
        and c.lower_ in ("a", "an", "the")
        and span.start - _MAX_DET_GAP <= c.i < span.start
        and all(_product_modifier(doc[i]) for i in range(c.i + 1, span.start))
        for c in root.children
    )


# 'the Garmin Forerunner', 'a blue Yeti': at most this many words between the article and the name.
_MAX_DET_GAP = 3


def _product_modifier(tok: Token) -> bool:
    """A word between an article and a product's name: a lower-case adjective ('blue') or a
    brand ('Garmin'), never a title ('the late President Kennedy')."""
    if tok.pos_ == "ADJ":
        return tok.is_lower and tok.lower_ not in _PERSON_ADJECTIVES
    return tok.pos_ == "PROPN" and not is_title(tok) and tok.lower_ not in ROLE_NOUNS


# A person the model took for an organisation or a product is named in full: two or three words.
_PERSON_WORDS = (2, 3)
# Relations that pair a name with a person's: coordination, and the two sides of one verb.
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj")


def _beside_person(doc: Doc, span: Span, full_names: set[int]) -> bool:
    """'Marcel Granollers and Feliciano Lopez', 'Vasek Pospisil edged Reilly Opelka': the name is
    joined by 'and' to a person's full name, or is the other side of a verb whose subject or
    object is one (`full_names`: the tokens of names the model tagged as people, in full)."""
    root = _span_root(doc, span)
    pairs = [(root.head, root)] if root.dep_ == "conj" else []
    pairs += [(root, c) for c in root.children if c.dep_ == "conj"]
    for first, second in pairs:
        between = doc[min(first.i, second.i) + 1 : max(first.i, second.i)]
        joined = any(t.lower_ in ("and", "&") for t in between) and not any(
            t.text == "," for t in between
        )
        if joined and (first.i in full_names or second.i in full_names):
            return True
    if root.dep_ not in ("nsubj", "dobj") or root.head.pos_ != "VERB":
        return False
    verb = root.head
    others = [c for c in verb.children if c.i != root.i and c.dep_ in _ARGUMENTS]
    others += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.i in full_names for o in others)


# An acronym of this many capitals inside a mixed-case name makes it a product's or a club's
# ('JLab Go Pods ANC', 'OFK Beograd'); Roman numerals are a person's ('Leopold III').
_MIN_ACRONYM = 3
_ROMAN_RE = re.compile(r"[IVXLC]+")


def _acronym_inside(doc: Doc, span: Span) -> bool:
    words = [doc[i].text for i in range(span.start, span.end)]
    return (
        len(words) > 1
        and not all(w.isupper() for w in words)
        and any(
            len(w) >= _MIN_ACRONYM and w.isupper() and w.isalpha() and not _ROMAN_RE.fullmatch(w)
            for w in words
        )
    )


_LIST_GAP = frozenset({",", "and", "or"})
# Tokens at most between two items of a list (', and').
_MAX_LIST_GAP = 2


def _in_list_of_places(doc: Doc, span: Span, place_tokens: set[int], gaz: Gazetteer) -> bool:
    """'Java, Sumatra, Sulawesi and Bali', 'Alexandria and Constantinople': a name the
    gazetteer knows by its main name, listed right beside a place."""
    if not any(primary for _, primary in gaz.lookup(span.text)):
        return False
    for step, edge in ((-1, span.start - 1), (1, span.end)):
        i, gap = _past_code(doc, edge, step), 0
        while 0 <= i < len(doc) and doc[i].lower_ in _LIST_GAP and gap < _MAX_LIST_GAP:
            i += step
            gap += 1
        i = _past_code(doc, i, step)
        if gap and 0 <= i < len(doc) and i in place_tokens:
            return True
    return False


# (round 9) A code in brackets beside a list item ('Missoula (MSO)', an airport's) is this
# many letters at most.
_MAX_CODE_LETTERS = 4


def _past_code(doc: Doc, i: int, step: int) -> int:
    """(round 9) The token past a bracketed code at `i` ('Boise (BOI), Missoula (MSO) and
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


# Nouns of where a person is from or lives ('native', 'resident'): data/place-words.json.
_ORIGIN_NOUNS = place_words("origin_nouns")


def _place_modifier(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """(round 9) 'the Queens native', 'a Brooklyn resident': a name the model took for a
    nationality, a group or an organisation that is a place's main name (a demonym is none:
    'American', 'Texan'), before a noun of where a person is from or lives, is the place used
    as a modifier, which the rules count as a mention of the place."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and nxt.lower_ in _ORIGIN_NOUNS
        and nxt.is_lower
        and any(
            primary and p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.country)
            for p, primary in gaz.lookup(span.text)
        )
    )


def _credential(doc: Doc, span: Span) -> bool:
    """'Jane Roe, MD': a degree after a name and a comma, not Maryland."""
    return (
        span.end - span.start == 1
        and fold(span.text) in CREDENTIALS
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text[:1].isupper()
        and (span.end >= len(doc) or doc[span.end].is_punct)
    )


def _odd_word(doc: Doc, i: int) -> bool:
    """A digit, or a lower-case word that is no name particle and not the tail of a hyphenated
    name ('Tsai Ing-wen')."""
    word = doc[i].text
    if any(c.isdigit() for c in word):
        return True
    hyphenated = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    if doc[i].pos_ == "PRON":  # 'Tools You Need'
        return True
    return word.islower() and word not in NAME_PARTICLES and doc[i].is_alpha and not hyphenated


def _not_name_shaped(doc: Doc, span: Span) -> bool:
    """'Approx 6-8 minutes', 'Tools You Need', 'Reputation Took a Hit'."""
    return any(_odd_word(doc, i) for i in range(span.start, span.end))


def _name_tail(doc: Doc, span: Span) -> Span | None:
    """The capitalised words after the last odd one, if they can be a name."""
    last = max(i for i in range(span.start, span.end) if _odd_word(doc, i))
    if last + 1 >= span.end or not doc[last + 1].text[:1].isupper():
        return None
    return make_span(doc, last + 1, span.end, span.label)


def _heading_word(doc: Doc, span: Span) -> bool:
    """'Attendance: 200': a common noun heading a line, not a person."""
    tok = doc[span.start]
    return (
        span.end - span.start == 1
        and tok.pos_ != "PROPN"
        and span.end < len(doc)
        and doc[span.end].text == ":"
    )


def _runs(view: DocView, covered: set[int]) -> Iterator[tuple[int, int]]:
    """Runs of capitalised proper-noun tokens outside every span."""
    i, n = 0, len(view.words)
    while i < n:
        j = i
        while j < n and j not in covered and view.pos[j] == "PROPN" and view.words[j][:1].isupper():
            j += 1
        if j > i:
            yield i, j
            i = j
        else:
            i += 1


# In a results line a person's country, seed or minute follows the name in brackets:
# "Pete Sampras ( U.S. )", "Cosmin Contra ( 31st )".
_BRACKETED_NUMBER_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)?|pen|penalty|og")
# ... or a country's or party's code: "Novak Djokovic (SRB)", "Jane Roe (D)".
_BRACKETED_CODE_RE = re.compile(r"[A-Z]{1,3}")
_ROSTER_NAME_WORDS = (2, 4)


def _roster_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name-shaped run of tokens ending just before `end`, if there is one."""
    start = end
    lo, hi = _ROSTER_NAME_WORDS
    while (
        start > 0
        and end - start < hi
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_sent_start
        and end - start < hi
    ):
        start -= 1
    if end - start < lo or any(doc[i].lower_ in ORG_WORDS for i in range(start, end)):
        return None
    return start, end


# How many words before a bracket may give an acronym's letters ("Federation of Master Builders").
_ACRONYM_WINDOW = 6


def _acronym_of(doc: Doc, end: int, code: str) -> bool:
    """Whether `code`'s letters are, in order, initials of the words before `end`."""
    initials = [t.text[0].upper() for t in doc[max(0, end - _ACRONYM_WINDOW) : end] if t.is_alpha]
    it = iter(initials)
    return len(code) > 1 and all(c in it for c in code)


# A roster's bracket closes within this many tokens of its opening ("( U.S. )", "( Czech
# Republic )"): further, it is an aside, not a country.
_BRACKET_REACH = 5


def roster_people(doc: Doc, view: DocView, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names in results and roster lines ('1 - Pete Sampras ( U.S. ) beat Jiri Novak (
    Czech Republic )') are people whatever the model made of them; the bracket's country
    stays a place."""
    found: list[Span] = []
    for i in (i for i, w in enumerate(view.words) if w == "(" and i >= 2):
        tok = doc[i]
        close = next(
            (j for j in range(tok.i + 2, min(tok.i + _BRACKET_REACH, len(doc))) if doc[j].text == ")"),
            None,
        )
        if close is None:
            continue
        inside = doc[tok.i + 1 : close].text
        if not (
            _BRACKETED_NUMBER_RE.fullmatch(inside.lower())
            or _BRACKETED_CODE_RE.fullmatch(inside)
            or is_country(gaz, inside)
        ):
            continue
        if _BRACKETED_CODE_RE.fullmatch(inside) and _acronym_of(doc, tok.i, inside):
            continue  # "Massachusetts General Hospital (MGH)": the name's own initials
        run = _roster_name(doc, tok.i)
        if run is None or gaz.lookup(doc[run[0] : run[1]].text):
            continue
        found.append(make_span(doc, run[0], run[1], "PERSON"))
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)


def untagged_countries(doc: Doc, view: DocView, covered: set[int], gaz: Gazetteer) -> list[Span]:
    """Country names the model left without a label ('Vasily Kaptyukh ( Belarus ) 66.24'),
    and the other untagged places of the module's list: a region's name in a table cell, a
    place's main name inside or closing a list of places, and (whatever name the model put it
    in) a country's code before an organisation word or a title ('the US Senate')."""
    found: list[Span] = []
    for start, end in _runs(view, covered):
        if end - start > _MAX_COUNTRY_WORDS:
            continue
        text = doc[start:end].text
        if (
            is_country(gaz, text)
            or (_table_cell(doc, start, end) and _region_name(gaz, text))
            or (_between_places(doc, start, end, gaz) and main_place_name(gaz, text))
            or (_closes_list_of_places(doc, start, end, gaz) and _big_place_name(gaz, text))
        ):
            found.append(make_span(doc, start, end, "GPE"))
    return found + _country_modifiers(doc, gaz)


def _country_modifiers(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """(round 8) Countries' codes modifying an organisation word or a title inside whatever name
    the model made of them ('the US Senate', 'a U.S. Marshal'; `places.country_code_modifier`)."""
    return [
        make_span(doc, i, i + 1, "GPE")
        for i in range(len(doc) - 1)
        if doc[i].ent_type_ not in PLACE_LABELS and country_code_modifier(doc, i, gaz)
    ]


def _between_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """(round 7) The run is an item of a list of places, with a place on both sides ('Java,
    Sumatra, Sulawesi and Bali', the model having left 'Sumatra' untagged)."""
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != ",":
        return False
    if doc[end].text != "," and doc[end].lower_ not in ("and", "or"):
        return False
    return place_word(doc[start - 2], gaz) and place_word(doc[end + 1], gaz)


def _closes_list_of_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """(round 8) The run closes a list after a place ('to Mombasa and Kisumu, police said',
    the model having left 'Kisumu' untagged): 'and'/'or' before it, a place before that, and
    no capitalised word after it (not 'Mombasa and Kisumu Road')."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "or"):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return False
    return place_word(doc[start - 2], gaz)


def _big_place_name(gaz: Gazetteer, text: str) -> bool:
    """(round 8) The main name of a country, a first-level region or a town of 100,000+
    (`places.big_place`: a famous name, not a village that shares a word: 'Mombasa and
    Kisumu', not 'Paris and Hilton')."""
    return any(primary and big_place(p) for p, primary in gaz.lookup(text))


# What stands between the cells of a table row, or ends one.
_CELL_BREAKS = ("\t", "|", "\n")


def _table_cell(doc: Doc, start: int, end: int) -> bool:
    """The run fills a cell of a table row ('8\tIowa\t$44.50'): a tab or a bar on one side, a
    tab, bar or line break on the other."""
    before = doc[start - 1].text if start > 0 else "\n"
    after = doc[end].text if end < len(doc) else "\n"
    sides = (before, after)
    return all(any(b in t for b in _CELL_BREAKS) for t in sides) and any(
        "\t" in t or "|" in t for t in sides
    )


def _region_name(gaz: Gazetteer, text: str) -> bool:
    """The main name of a first-level region ('Iowa' in a table of states)."""
    return any(p.kind == PlaceKind.region and primary for p, primary in gaz.lookup(text))


def listed_places(doc: Doc, view: DocView, spans: list[Span]) -> list[Span]:
    """'Berrien, Cass and Van Buren counties': every name of a list closed by a plural place
    noun is a place, whatever the model made of it."""
    found: list[Span] = []
    for k in (k for k, w in enumerate(view.words) if w in PLURAL_PLACE_NOUNS):
        tok = doc[k]
        items: list[Span] = []
        joined = False  # a list has its 'and' ('Trump, Emery states' is a sentence's verb)
        i = tok.i - 1
        while i >= 0:
            end = i + 1
            while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
                i -= 1
            if i + 1 == end:
                break
            if not any(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in doc[i + 1 : end]):
                items.append(make_span(doc, i + 1, end, PLACE))  # not 'Arab states'
            else:
                break
            while i >= 0 and doc[i].lower_ in LIST_JOINERS:
                joined = joined or doc[i].lower_ != ","
                i -= 1
            if i >= 0 and not (doc[i].text[:1].isupper() and doc[i].is_alpha):
                break
        if joined:
            found += items
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)
