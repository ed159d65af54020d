"""Organisations: the ORG spans left once people and places are taken, one entry per organisation.

- Not organisations: a span with no capital letter ('ministry of health', French words the
  English model tagged), a span whose head noun names a document ('Immigration and Nationality
  Act', 'Los Angeles Declaration on Migration and Protection'; `document_nouns` in
  data/entity-words.json), an office word alone ('State' of 'Secretary of State'); and, when
  the article is not in English (its `language`, as the English-only warning reads it), no
  span at all (the model is English's).
- One entry per organisation: a name is grouped with its form without a corporate suffix
  ('Apple Inc.' and 'Apple'; `corporate_suffixes`) and with its acronym in the same article
  ('European Union' and 'EU', 'United Nations' and 'U.N.'). Each acronym mention joins the
  nearest name before it that it abbreviates (`analysis.acronyms`, the matcher the commitment
  actors use too: 'NYMEX' and New York Mercantile Exchange, 'GM' and General Motors Corp;
  'ICC' after 'International Cricket Council' joins the Council, after 'International Criminal
  Court' the Court); with no such name before it, the one name of the article it abbreviates;
  with none, or several and none before it, the acronym is an entry of its own. The longest form is the entry's name, the others its
  aliases.
- (Session 12) Lists the model tagged as one organisation are split into their members
  ('Draper, Firefly Aerospace'; `_list_members`): at commas when every member is a capitalised
  name and none after a comma is a legal form ('Apple, Inc.'), an abbreviation ('Sioux Falls,
  S.D.') or a place the gazetteer knows ('University of California, Berkeley'), and not a
  law firm's 'Skadden, Arps, Slate, Meagher & Flom'; at 'and' only when each member is named
  alone as an organisation elsewhere in the article and none is one English word ('Customs
  and Border Protection').
- (Session 12) Not organisations either: a name the people stage lists as a person; a time
  zone after a time ('10:00 GMT'); a role ('HOST', a transcript's speaker label; 'Lecturer in
  Management': its head noun and first word are role nouns); a single word alone on its line
  that is an English word ('Contents'); an adverb opening a sentence ('Commonly, ...').
- (Session 13) Not organisations either (data/org-words.json; ORG spans only): a name shaped
  like a person's (a known given name and a known surname, an initial between them allowed, no
  firm's word, no article or big place first); the same form the model tags as a person
  elsewhere in the document, its last word a surname or no English word; one all-capital word
  that is a time zone or a role ('GMT', 'CO-FOUNDER'); a label noun before a letter or a
  number ('Group A', 'Table 3'); a table's header row (three capitalised English words or
  more, no organisation word, with a word repeated or alone on its line: 'Ticker Security Last
  Change Change'). A possessive fragment ('Acme's Dana', 'NPR's Feng') keeps only its
  organisation part, before the 's, when what follows is a name's word.
- (Session 28) Two spans joined by 'and' are one name where the parse makes the first a
  modifier of the second's words ('the World Travel' + 'Tourism Council', `_and_joined`); a
  heading's word in capitals that is an English verb, adjective or adverb and that the article
  never writes in title case is no organisation ('SCORES QUARANTINED', `capitals_heading_word`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from newsdesk.analysis.acronyms import fitting
from newsdesk.analysis.acronyms import letters as acronym_letters
from newsdesk.analysis.doctext import token_line
from newsdesk.analysis.entities.document.firms import employer
from newsdesk.analysis.entities.document.labels import TEAM
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import NameSpan, make_span, mention
from newsdesk.analysis.entities.words import ORG_WORDS, ROLE_NOUNS, TITLES, file_words, words
from newsdesk.analysis.gazetteer import fold
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.labels import PlaceKind
from newsdesk.model import Mention, Organization, Person

# A word between two organisation spans that makes them one name ("the Los Angeles Declaration"
# + "on" + "Migration and Protection").
_JOINERS = words("org_name_joiners")
# Words that, alone, name no organisation ('Department'; 'State' of 'Secretary of State').
_LONE_NON_ORG = ORG_WORDS | words("lone_non_org_words")
# Head nouns of laws, declarations, treaties and agreements: what they head is a document.
_DOCUMENT_NOUNS = words("document_nouns")
# Last words of a company's name that name its legal form, not the company ('Apple Inc.').
_CORPORATE_SUFFIXES = words("corporate_suffixes")
# The language the model reads: in any other the ORG spans are the model's guesses at foreign
# words ('avec un budget de deux').
_ENGLISH = "en"
# Small words a capitalised name may hold in lower case ('Bank of America', 'Procter & Gamble').
_NAME_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "de", "du", "la", "von", "&", "-"})
# Words a list of organisations is joined by ('Wayfair and West Elm').
_LIST_AND = frozenset({"and", "&"})
# A time a time zone code follows ('10:00 GMT', '9 a.m. ET'); a bare number is none ('5-0 WIN').
_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?", re.IGNORECASE)
# A time zone code has at most this many letters ('GMT', 'CEST').
_MAX_ZONE_LETTERS = 4
# An opening adverb is a word in '-ly' ('Commonly, ...').
_ADVERB_ENDING = "ly"

# Session 13: this stage's own word lists (data/org-words.json).
_ORG_FILE = "org-words.json"
# Time zone codes, named alone in capitals ('GMT'), with or without a clock time before them.
_TIME_ZONES = file_words(_ORG_FILE, "time_zones")
# Nouns that label a part before a letter or a number ('Group A', 'Table 3').
_LABEL_NOUNS = file_words(_ORG_FILE, "label_nouns")
# Words that make a name shaped like a person's a firm's: the shared organisation lists and
# this stage's own ('Johnson & Sons').
_FIRM_WORDS = (
    ORG_WORDS
    | _CORPORATE_SUFFIXES
    | words("org_common_nouns")
    | words("firm_name_tails")
    | file_words(_ORG_FILE, "firm_words")
)
# Articles a foreign name opens with ('Le Matin', 'El Mundo'): a title's, not a person's.
_NAME_ARTICLES = file_words(_ORG_FILE, "name_articles")
# A name opening with a country or a place this populous names a team or a paper ('China
# Daily', 'Houston Astros'), not a person, even when the word is a given name too; the million
# is the bar session 12 set for a city a person's name is not taken for ('Jing Zhou').
_PLACE_FIRST_POPULATION = 1_000_000
# A person's name is a given name and a surname, with at most one initial between them: two
# or three words ('Dana Whitfield', 'Dana J. Whitfield'); a longer run is a firm's or a title.
_PERSON_WORDS = (2, 3)
# A table's header row has at least this many words: two capitalised words are a name's
# shape ('Last Change' may be a firm); three with nothing to join them are a row of labels.
_HEADER_MIN_WORDS = 3
# The possessive marks a fragment holds ('NPR's Feng').
_POSSESSIVES = frozenset({"'s", "’s"})
# What follows a possessive in a fragment: one name or a given name and a surname.
_FRAGMENT_MAX_WORDS = 2


@dataclass(slots=True)
class _Group:
    """One organisation being built: its forms in the order met, and its mentions."""

    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, text: str, found: Mention) -> None:
        if text not in self.forms:
            self.forms.append(text)
        self.mentions.append(found)

    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def organization(self) -> Organization:
        # the longest form names it; among forms as long, the first met
        name = max(self.forms, key=len)
        mentions = sorted(self.mentions, key=lambda m: m.start)
        return Organization(name, [f for f in self.forms if f != name], mentions)


def organizations(
    doc: Doc,
    spans: Iterable[NameSpan],
    *,
    language: str | None,
    people: Iterable[Person] = (),
    firms: Iterable[NameSpan] = (),
) -> list[Organization]:
    """The organisations of the ORG and TEAM spans, one entry each (see the module's doc).
    `language`: the article's (`Article.language`: detected on its text, else the page's
    `lang`); None, not known, is read as English. In any other, there are none. `people`: the
    people the people stage listed (a name of theirs is no organisation); `firms`: the spans
    the people stage read as a firm though a person's mention has their text ('The carmaker
    Ford ... Harrison Ford ... Ford said'), organisations all the same."""
    if language not in (None, _ENGLISH):
        return []
    person_names = {
        fold(n) for p in people for n in (p.name, *p.aliases, *(m.text for m in p.mentions))
    }
    groups: dict[str, _Group] = {}
    acronyms: list[tuple[str, Mention]] = []  # (its letters, the mention), in the text's order
    members = split_lists(doc, _joined(doc, spans))
    read_firms = {(s.start, s.end) for s in firms}
    for span in _organization_spans(doc, members, person_names, read_firms):
        letters = _acronym_letters(span.text)
        if letters is None:
            groups.setdefault(base_key(span.text), _Group()).add(span.text, mention(span))
        else:
            acronyms.append((letters, mention(span)))
    names = list(groups.values())
    alone: dict[str, _Group] = {}  # acronyms no name is abbreviated by, by their letters
    for letters, found in acronyms:
        target = _abbreviated(names, letters, found.start)
        if target is None:
            target = alone.setdefault(letters, _Group())
        target.add(found.text, found)
    merged = [*names, *alone.values()]
    return [g.organization() for g in sorted(merged, key=_Group.first)]


def _joined(doc: Doc, spans: Iterable[NameSpan]) -> list[NameSpan]:
    """The ORG and TEAM spans, two of them joined by 'on', 'of' or 'for' made one, and
    (session 28) two joined by 'and' where the first modifies the second's head
    (`_and_joined`)."""
    kept = [s for s in spans if s.label in ("ORG", TEAM)]
    counts: dict[str, int] = {}
    for s in kept:
        counts[fold(s.text)] = counts.get(fold(s.text), 0) + 1
    merged: list[NameSpan] = []
    for span in kept:
        prev = merged[-1] if merged else None
        # "the Los Angeles Declaration" + "on" + "Migration and Protection" is one name
        if prev is not None and span.start == prev.end + 1 and doc[prev.end].lower_ in _JOINERS:
            merged[-1] = make_span(doc, prev.start, span.end, prev.label)
        elif prev is not None and _and_joined(doc, prev, span, counts):
            merged[-1] = make_span(doc, prev.start, span.end, span.label)
        else:
            merged.append(span)
    return merged


def _and_joined(doc: Doc, first: NameSpan, second: NameSpan, counts: dict[str, int]) -> bool:
    """(Session 28) 'the World Travel' + 'and' + 'Tourism Council', which the model ends at
    'and': one name where the parse makes the first span a modifier of the second's head
    ('Travel' an nmod of 'Council', 'Tourism' its conjunct), the first ends in no organisation
    word ('Council', 'Bank': 'the World Bank and Tourism Council' are two) and the article
    names the first nowhere else ('Wayfair and West Elm Inc.' after 'Wayfair' alone)."""
    if second.start != first.end + 1 or doc[first.end].lower_ not in _LIST_AND:
        return False
    if doc[first.end - 1].lower_ in ORG_WORDS or counts.get(fold(first.text), 0) > 1:
        return False
    root = span_root(doc, first)
    return root.dep_ in _MODIFIER_DEPS and second.start <= root.head.i < second.end


# The parse's relations of a word that modifies a noun inside a name ('World Travel and Tourism
# Council': 'Travel' an nmod of 'Council').
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def split_lists(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Each span that is a list of organisations ('Draper, Firefly Aerospace') as its members;
    the others as they are (see the module's doc)."""
    alone = {fold(s.text) for s in spans}
    out: list[NameSpan] = []
    for span in spans:
        out += _list_members(doc, span, alone) or [span]
    return out


def _list_members(doc: Doc, span: NameSpan, alone: set[str]) -> list[NameSpan]:
    """The members of a span that lists organisations; [] when it is one name."""
    commas = [i for i in range(span.start + 1, span.end - 1) if doc[i].text == ","]
    if commas:
        parts = _parts(span.start, span.end, commas)
        # 'Google, Apple and Microsoft': the last member's 'and' joins the list too
        last = parts[-1]
        ands = [i for i in range(last[0] + 1, last[1] - 1) if doc[i].lower_ == "and"]
        if len(ands) == 1:
            parts[-1:] = [(last[0], ands[0]), (ands[0] + 1, last[1])]
        if not _comma_list(doc, parts):
            return []
    else:
        ands = [i for i in range(span.start + 1, span.end - 1) if doc[i].lower_ in _LIST_AND]
        if len(ands) != 1:
            return []
        parts = _parts(span.start, span.end, ands)
        # 'Marks and Spencer' is one name: split only names met alone elsewhere, and never
        # at a member that is one English word ('Customs and Border Protection')
        if not all(fold(doc[a:b].text) in alone for a, b in parts) or any(
            b - a == 1 and is_english_word(doc[a].text) for a, b in parts
        ):
            return []
    return [make_span(doc, a, b, span.label) for a, b in parts]


def _parts(start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """The token ranges between the cut tokens (a cut token belongs to none)."""
    bounds = [start - 1, *cuts, end]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def _comma_list(doc: Doc, parts: list[tuple[int, int]]) -> bool:
    """Whether the comma-separated parts are organisations' names, not one name's pieces."""
    if any(b <= a or not _capitalised(doc, a, b) for a, b in parts):
        return False
    gaz = load_gazetteer()
    for a, b in parts[1:]:
        text = doc[a:b].text
        if any(doc[i].text.endswith(".") for i in range(a, b)):
            return False  # 'Apple, Inc.', 'Sioux Falls, S.D.'
        if all(fold(doc[i].text) in _CORPORATE_SUFFIXES for i in range(a, b)):
            return False  # 'Acme, LLC'
        if gaz.lookup(text):
            return False  # 'University of California, Berkeley'
    # a law firm: one-word names and an '&' before the last ('Wachtell, Lipton, Rosen & Katz')
    *head, (a, b) = parts
    return not (all(y - x == 1 for x, y in head) and any(doc[i].text == "&" for i in range(a, b)))


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """A name: starts with a capital or a digit, and every word is one or a small word."""
    first = doc[start].text
    if not (first[:1].isupper() or first[:1].isdigit()):
        return False
    return all(
        t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in _NAME_SMALL_WORDS or t.is_punct
        for t in doc[start:end]
    )


def not_organization(doc: Doc, span: NameSpan, person_names: set[str]) -> bool:
    """A span the model tagged as an organisation that names a person the people stage lists,
    a time zone, a role, a heading word or an opening adverb (see the module's
    doc)."""
    if fold(span.text) in person_names:
        return True
    if span.label != "ORG":
        return False  # a team's name ('Senators', 'Kings') is the model's own call
    if employer(doc, span):
        return False  # (session 14) 'India Head at Oliver Wyman': a person's name's form
    if any(rule(doc, span) for rule in (person_shaped, typed_person, label_shaped, table_header)):
        return True
    first, last = doc[span.start], doc[span.end - 1]
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    at_line_start = before is None or "\n" in before.text or "\n" in before.whitespace_
    at_line_end = after is None or "\n" in after.text or "\n" in last.whitespace_
    if span.end - span.start == 1:
        word = first.text
        if capitals_heading_word(doc, span):
            return True  # (session 28) 'QUARANTINED' of a heading 'SCORES QUARANTINED'
        if (
            word.isupper()
            and len(word) <= _MAX_ZONE_LETTERS
            and before is not None
            and _TIME_RE.fullmatch(before.text)
        ):
            return True  # '10:00 GMT'
        if at_line_start and at_line_end and is_english_word(word):
            return True  # 'Contents' on a line of its own
        if (
            first.is_sent_start
            and after is not None
            and after.text == ","
            and word.lower().endswith(_ADVERB_ENDING)
            and is_english_word(word, nouns=False)
        ):
            return True  # 'Commonly, the ...'
    return first.lower_ in ROLE_NOUNS and span_root(doc, span).lower_ in ROLE_NOUNS


def capitals_heading_word(doc: Doc, span: NameSpan) -> bool:
    """(Session 28) One word in capitals on a line with no lower-case letter (a heading,
    'SCORES QUARANTINED'), an English verb, adjective or adverb ('QUARANTINED'; not a noun:
    'NATO', 'APPLE', 'ARSENAL' are WordNet nouns), that the article never writes with a
    capital first and lower case after ('United' of 'Manchester United' keeps 'UNITED WIN').
    A heading's word is the model's guess in capitals, not an organisation's name."""
    word = doc[span.start]
    if not (word.is_alpha and word.text.isupper() and len(word.text) > 1):
        return False
    if not is_english_word(word.text, nouns=False):
        return False
    start, end = token_line(doc, span.start, span.end)
    if any(c.islower() for c in doc[start:end].text):
        return False
    folded = word.lower_
    return not any(
        t.lower_ == folded and t.text[:1].isupper() and not t.text.isupper() for t in doc
    )


def _name_word(text: str) -> bool:
    """A capitalised word in lower case after its capital ('Whitfield', "O'Neill",
    'Jo-Ann'): not an acronym, a number or a symbol."""
    core = text.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and text[:1].isupper() and not text.isupper()


def _given_name(text: str) -> bool:
    """A known given name, or a hyphenated one whose first part is ('Jo-Ann')."""
    key = fold(text)
    return key in first_names() or key.split("-")[0] in first_names()


def _big_place(word: str) -> bool:
    """A country, or a place of `_PLACE_FIRST_POPULATION` people or more ('China', 'Houston')."""
    return any(
        place.kind == PlaceKind.country or (place.population or 0) >= _PLACE_FIRST_POPULATION
        for place, _ in load_gazetteer().lookup(word)
    )


def _name_form(span: NameSpan) -> list[str]:
    """The words of a span written as a person's name ('Dana Whitfield', 'Dana J. Whitfield'):
    two or three capitalised words, an initial between, no firm's word, no article or big
    place first ('Le Matin', 'China Daily', 'Houston Astros'); [] for any other span."""
    # words as written: the tokenizer cuts 'Jo-Ann' in three
    found = span.text.split()
    if not _PERSON_WORDS[0] <= len(found) <= _PERSON_WORDS[1]:
        return []
    if any(fold(t).rstrip(".") in _FIRM_WORDS for t in found):
        return []
    first, *middle, last = found
    if not (_name_word(first) and _name_word(last)) or fold(first) in _NAME_ARTICLES:
        return []
    # the middle word: an initial ('J.') only; 'Morgan Stanley Capital' is no person's name
    if not all(len(t) == 2 and t[0].isupper() and t[1] == "." for t in middle):
        return []
    return [] if _big_place(first) else found


def person_shaped(doc: Doc, span: NameSpan) -> bool:
    """'Dana Whitfield', 'Dana J. Whitfield': a person's name's form (`_name_form`) of a known
    given name and a known surname ('Oliver Wyman' is lost with it; 'Ping Identity',
    'Moon Express' are not: their last word is no surname)."""
    found = _name_form(span)
    return bool(found) and _given_name(found[0]) and fold(found[-1]) in surnames()


def typed_person(doc: Doc, span: NameSpan) -> bool:
    """A person's name's form the model tags PERSON elsewhere in the document, its last word a
    surname or no English word ('Red Hat', 'Rotten Tomatoes' stay organisations; one word, 'SpaceX',
    'Zotac', is the model's swing between labels, not evidence)."""
    found = _name_form(span)
    if not found or fold(span.text) not in {fold(e.text) for e in doc.ents if e.label_ == "PERSON"}:
        return False
    last = found[-1]
    # a plural in -es the word index does not undo ('Tomatoes' of 'Rotten Tomatoes')
    english = is_english_word(last) or (last.endswith("es") and is_english_word(last[:-2]))
    return fold(last) in surnames() or not english


def label_shaped(doc: Doc, span: NameSpan) -> bool:
    """One all-capital word that is a time zone or a role ('GMT', 'CO-FOUNDER'), or a label
    noun before a letter or a number ('Group A', 'Table 3')."""
    tokens = list(doc[span.start : span.end])
    glued = "".join(t.text for t in tokens)
    if (
        " " not in span.text
        and glued.isupper()
        and glued.replace("-", "").isalpha()
        and (
            glued.lower() in ROLE_NOUNS
            or (glued.lower() in _TIME_ZONES and not _owned_or_determined(doc, span))
        )
    ):
        return True
    if len(tokens) == 2 and tokens[0].lower_ in _LABEL_NOUNS:
        tag = tokens[1].text
        return (len(tag) == 1 and tag.isupper()) or tag.isdigit()
    return False


def _owned_or_determined(doc: Doc, span: NameSpan) -> bool:
    """After 'the' or before a possessive ('the MT’s budget'): an organisation's short name."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before == "the" or after in _POSSESSIVES


def table_header(doc: Doc, span: NameSpan) -> bool:
    """'Ticker Security Last Change Change': three capitalised English words or more, none a
    small word or an organisation's, with a word repeated or the run alone on its line."""
    tokens = list(doc[span.start : span.end])
    if len(tokens) < _HEADER_MIN_WORDS:
        return False
    for t in tokens:
        if not (t.text[:1].isupper() and t.text.isalpha() and is_english_word(t.text)):
            return False
        if t.lower_ in _FIRM_WORDS or t.lower_ in _NAME_SMALL_WORDS:
            return False
    repeated = any(a.lower_ == b.lower_ for a, b in pairwise(tokens))
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    alone = (before is None or "\n" in before.text or "\n" in before.whitespace_) and (
        after is None or "\n" in after.text or "\n" in tokens[-1].whitespace_
    )
    return repeated or alone


def possessive_owner(doc: Doc, span: NameSpan) -> NameSpan | None:
    """A possessive fragment ('Acme's Dana', 'NPR's Feng') as its owner ('Acme', 'NPR');
    None when nothing is left; other spans as they are. What follows the 's must be one or two
    name words with no firm's word ('Moody's Investors Service', "Macy's Inc." stay whole)."""
    marks = [i for i in range(span.start + 1, span.end - 1) if doc[i].text in _POSSESSIVES]
    if len(marks) != 1:
        return span
    tail = list(doc[marks[0] + 1 : span.end])
    if len(tail) > _FRAGMENT_MAX_WORDS or any(
        not _name_word(t.text) or t.lower_ in _FIRM_WORDS for t in tail
    ):
        return span
    # a word of the tail that is an English word is a name's only when it is a given name
    # ('Feng', 'Dana'; not 'Children's Hospital', "People's Daily": 'Daily' is a surname too)
    given = first_names()
    if any(is_english_word(t.text) and fold(t.text) not in given for t in tail):
        return span
    if marks[0] == span.start:
        return None
    return make_span(doc, span.start, marks[0], span.label)


def _organization_spans(
    doc: Doc, spans: list[NameSpan], person_names: set[str], firms: set[tuple[int, int]]
) -> Iterable[NameSpan]:
    """The spans that name an organisation; one of `firms` (start, end) is no person's name."""
    for whole in spans:
        span = possessive_owner(doc, whole)
        if span is None:
            continue
        names = set() if (whole.start, whole.end) in firms else person_names
        if not_organization(doc, span, names):
            continue
        # 'State' in 'Secretary of State' is part of an office, not an organisation mention.
        if (
            span.start >= 2
            and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLES | ROLE_NOUNS
        ):
            continue
        if span.end - span.start == 1 and doc[span.start].lower_ in _LONE_NON_ORG:
            continue
        if not any(c.isupper() for c in span.text) or names_document(doc, span):
            continue
        yield span


def names_document(doc: Doc, span: NameSpan) -> bool:
    """'Immigration and Nationality Act', 'the Paris Agreement', 'Los Angeles Declaration on
    Migration and Protection': the span's head noun (its root in the parse, or its last word)
    names a law, a declaration, a treaty or an agreement."""
    heads = {span_root(doc, span).lower_, doc[span.end - 1].lower_}
    return bool(heads & _DOCUMENT_NOUNS)


def base_key(text: str) -> str:
    """The folded name without a leading 'the' or a closing corporate suffix ('Apple, Inc.' ->
    'apple'); the whole folded name if nothing else is left."""
    key = fold(text)
    parts = key.replace(",", " ").split()
    if parts and parts[0] == "the":
        parts = parts[1:]
    while len(parts) > 1 and parts[-1] in _CORPORATE_SUFFIXES:
        parts = parts[:-1]
    return " ".join(parts) or key


def _acronym_letters(text: str) -> str | None:
    """The letters of an acronym mention, a leading 'the' aside ('The ICC' -> 'ICC')."""
    head, _, rest = text.partition(" ")
    return acronym_letters(rest if head.casefold() == "the" and rest else text)


def _abbreviated(names: list[_Group], letters: str, start: int) -> _Group | None:
    """The name an acronym met at `start` abbreviates: of the names it abbreviates (those it is
    the initials of first: `acronyms.fitting`), the one met last before it; with none before
    it, the only one; else (none, or several all after it) None."""
    fit = set(fitting(letters, (f for g in names for f in g.forms)))
    matching = [g for g in names if fit.intersection(g.forms)]
    before = [
        (max(m.start for m in g.mentions if m.start < start), g)
        for g in matching
        if any(m.start < start for m in g.mentions)
    ]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return matching[0] if len(matching) == 1 else None
