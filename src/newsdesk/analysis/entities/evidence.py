"""Evidence that a 'person' the model found is a person, and evidence that it is not.

spaCy's small model tags Title-Case headings ("Immune Support", "Guest Count"), product and
brand names ("Oracle Cloud", "Kaseya Connect") as PERSON, mostly in product, advice and how-to
pages. A person the article names is almost always shown as one: a given name, a title or a
role, a verb of saying or another human verb with the name as its subject, "he"/"she" right
after, a later surname-only mention. A heading or a product has none of these, and shows
instead a word the article writes in lower case, a line of its own with no verb, or a brand
the article names alone as an organisation.

Product, food and software pages show more: a model code or a price beside the name,
a verb of things before it ('install', 'sip'), a noun of things tied to it ('Jicki is an
app', 'flavors like Almond Joy'), a venue's or a firm's word in it ('Museum Ludwig'), a role
that names software ('AI-powered assistant, Astro').

A person with no evidence FOR and any evidence AGAINST is dropped; with some evidence for, the
evidence against must weigh at least _DROP_AT and more. The absence of a known given name
alone never drops a name: the list (US Census 1990, data/first-names.txt) lacks most
non-Western names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Entity

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.doctext import line_start, same_line, token_line
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.citations import cited
from newsdesk.analysis.entities.people.drops import DropReason, record
from newsdesk.analysis.entities.people.grouping import PersonGroup
from newsdesk.analysis.entities.people.missed import known_mononym, played_by, referred_mention
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.tree import pronoun_after, span_root, who_after
from newsdesk.analysis.entities.spans import POSSESSIVE_MARKS, NameSpan, mention_determiner
from newsdesk.analysis.entities.words import (
    BUILDING_WORDS,
    NAME_PARTICLES,
    ORG_COMMON_NOUNS,
    ORG_WORDS,
    PLACE_KIND_NOUNS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    THING_WORDS,
    people_words,
    words,
)
from newsdesk.analysis.gazetteer import fold

# A heading line holds the name and at most this many other words, none of them a verb
# ("Immune Support", "1. Guest Count", "Kaseya Connect 2025").
_MAX_HEADING_EXTRA_WORDS = 3


@cache
def _human_verbs() -> frozenset[str]:
    return words("human_verbs")


def _human_subject(doc: Doc, span: NameSpan, one_word: bool = False) -> bool:
    """'Lee said', 'Lee, 42, told reporters', 'Lee founded the company'. (Round 11) For a
    one-word name of no given name, not the verbs firms take as often ('Airbyte serves 7,000
    organizations', 'Atlan leads', `firm_also_verbs`)."""
    root = span_root(doc, span)
    lemma = root.head.lemma_.lower()
    if one_word and lemma in people_words("firm_also_verbs"):
        return False
    return root.dep_ in SUBJECT and lemma in _human_verbs()


# Initials are at most this many capitals ('Bender CM', 'De Sousa RA', 'J.').
_MAX_INITIALS = 3
_CORPORATE_SUFFIXES = words("corporate_suffixes")


def _initials(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) <= 1 or (letters.isupper() and len(letters) <= _MAX_INITIALS)


def _given_name(name: str) -> bool:
    parts = [fold(w).strip(".") for w in name.split()]
    return bool(parts) and parts[0] in first_names()


# Weights of the evidence, in one unit: a person is dropped when the evidence against weighs
# more than the evidence for, and at least _DROP_AT. A title or a role settles it; a given name,
# "he"/"she" or a verb of saying nearly do; a later surname mention counts less, since products
# are named by their last word too. English words alone (WordNet also lists 'Tiger Woods',
# 'Salim Malik', 'Hun Sen') never drop a name.
_FOR_ROLE = 3.0
# (round 11) An author a citation names ('Marwick et al.', 'Halvorsen, K., ... (2019)'): as a
# role, since only people author works in a reference list's shape.
_FOR_CITED = _FOR_ROLE
_FOR_GIVEN_NAME = 2.0
# (round 13) The actor who plays the name in brackets after it ('Ray (Alexander Skarsgård)'):
# as a role (a character is a person by the annotation rules).
_FOR_PLAYED = _FOR_ROLE
# (session 17) A person known the world over by one name ('Plato'; `known_mononyms`): as a role.
_FOR_MONONYM = _FOR_ROLE
_FOR_PRONOUN = 2.0
# (session 30) 'Ann Lee, who chairs the board': the relative pronoun of people, as 'he'/'she'.
_FOR_WHO = _FOR_PRONOUN
# (session 32) A one-word name coordinated with a kept person or 'him'/'her' ('Dana Whitfield
# and Orrin'; `grouping.coordinated_with_person`): as 'he'/'she', what refers to a person.
_FOR_BESIDE_PERSON = _FOR_PRONOUN
_FOR_HUMAN_VERB = 2.0
_FOR_SURNAME_MENTION = 1.0
_FOR_KNOWN_SURNAME = 1.0  # a US surname last ('Tiger Woods'); 'Apple Maps' has none
_AGAINST_LOWER_CASE = 2.0  # a word the article also writes in lower case ('Regulatory')
_AGAINST_ORG_WORD = 2.0  # a word the article names alone as an organisation ('Oracle Cloud')
_AGAINST_HEADING = 2.0  # a line of its own, English words only ('Guest Count')
_AGAINST_ENGLISH = 1.0  # English words only (WordNet also lists 'Tiger Woods': weak)
# 'Twin Cities', 'Hovenweep Canyon', 'Yosemite Falls': a place's last word
_AGAINST_PLACE_NOUN = 2.0
_AGAINST_DETERMINER = 2.0  # 'the Analyzer', 'a Burger': no person is 'the Woods'
_DROP_AT = 2.0
# What product, food and software pages show of their names.
# A model code or a price outweighs a given name and a surname (2 + 1): no person's name has one.
_AGAINST_MODEL_CODE = 4.0  # a model code or a mark beside it ('Air Max Bella TR2', 'Jicki®')
_AGAINST_TIER = 3.0  # a model's tier after the first word ('Pro', 'Plus', 'Elite', 'Lite')
_AGAINST_NAMED_THING = 3.0  # 'Alpha Apex' and 'Alpha Apex Group' (ORG) in one article
_AGAINST_THING_VERB = 2.0  # the object of a verb of things ('install Qlik Sense', 'drink')
# A noun saying what the name is weighs as a role does: 'X is an app' against 'X is a coach'.
_AGAINST_THING_NOUN = 3.0  # 'Jicki is a language learning app', 'Pinot Grigio, a wine'
_AGAINST_PRICE = 4.0  # 'Dutchware Chameleon ($220)': a price in brackets right after
_AGAINST_VENUE = 2.0  # "dinner at Tucker's.": a possessive with nothing owned after it
_AGAINST_PLACE_WORD = 3.0  # 'Museum Ludwig', 'Paseo Grill': a venue's or a firm's word
_AGAINST_JOURNAL = 3.0  # 'Annu Rev Med', 'Trends Neurosci': a journal in a reference list
# 'Qlik Sense', 'Online Coursera': an English verb, adjective or adverb in the name (round 11:
# any word, not the last alone)
_AGAINST_VERB_WORD = 1.0
# Every mention an item of a list of organisations, and of no person ('newspapers
# including the Sacramento Bee, Miami Herald and Kansas City Star').
_AGAINST_ORG_LIST = 3.0
# A one-word name that the model tags as an organisation or a product in another
# mention; more than a human verb or "he/she" (2), which firms' names take too ('Airbyte
# enables', 'Bonavita says'), less than a title or a role (3) and either of them.
_AGAINST_ONE_WORD_THING = 2.5
# Every mention is a whole quotation, a title ('‘Keine Bin’'): as a determiner (2).
_AGAINST_QUOTED = 2.0
# A noun of places saying what the name is ('locations such as Phu Quoc', "the
# country's largest island, Phu Quoc"), as a noun of things does (3): outweighs a given name
# and a known surname, which many place names are too ('Lang', 'Loc').
_AGAINST_PLACE_KIND = 3.0
# (round 13) The last word a plural common noun, no known surname or given name ('Lambrini
# Girls', 'Bicep Curls', 'Golden Globes', 'Frost Children'; not 'Williams', 'Woods', 'Brothers',
# which are surnames), the first no given name of no English word ('Steve Jobs'; 'Golden
# Globes' counts): as a noun of things (3).
_AGAINST_PLURAL_TAIL = 3.0
# A name with no evidence for at all is dropped at this much against (an English word alone:
# 'Chlorine Dioxide', 'Apple Maps'); a name with some evidence for needs _DROP_AT and more.
_DROP_AT_NO_EVIDENCE = 1.0
# (Session 18) Across the article, the name modifies common nouns more often than it stands
# alone, and more than one kind of them ('the Ars Technica piece ... an Ars Technica report',
# 'Art Deco lighting ... an Art Deco chandelier'): a publication, a brand or a style. A
# person's name modifies one noun again and again ('the Obama administration', 'the Anderson
# family'), which this does not count. As a determiner (2).
_AGAINST_MODIFIER = 2.0
# At least this many different nouns modified, by at least this share of the mentions.
_MIN_MODIFIED_NOUNS = 2
_MIN_MODIFIER_SHARE = 0.5
# A modified noun is a word of WordNet of at least this many letters: a scorecard's
# abbreviations after a cricketer's name ('Tillekeratne b Warne', '... lbw') are tagged nouns.
_MIN_NOUN_LETTERS = 3


@cache
def _machine_words() -> frozenset[str]:
    return words("machine_words")


def _machine_role(group: PersonGroup) -> bool:
    """A role that names software: 'the new AI agent, Aria', 'AI-powered assistant, Astro',
    'AI-powered CLI coding assistant': a machine word a few words before a noun of helpers
    ('AI researcher' is a person's role)."""
    found = re.findall(r"[\w-]+", (group.role or "").lower())
    helpers = words("machine_role_nouns")
    return any(
        w in _machine_words() and any(h in helpers for h in found[i + 1 : i + 1 + _MACHINE_GAP])
        for i, w in enumerate(found)
    )


# A machine word counts this many words before the helper noun ('AI-powered CLI coding assistant').
_MACHINE_GAP = 3


def person_evidence(doc: Doc, group: PersonGroup, lowercase: frozenset[str]) -> float:
    score = 0.0
    if (group.role and not group.role_weak) or any(
        title_before(doc, s.start) is not None
        or (s.start > 0 and doc[s.start - 1].lower_.rstrip(".") in people_words("address_titles"))
        for s in group.mentions
    ):
        score += _FOR_ROLE
    if any(cited(doc, s) for s in group.mentions):
        score += _FOR_CITED  # 'Marwick et al.', a reference list's 'Halvorsen, K.'
    if any(played_by(doc, s) for s in group.mentions):
        score += _FOR_PLAYED  # 'Ray (Alexander Skarsgård)'
    if known_mononym(group.name):
        score += _FOR_MONONYM  # 'Plato', 'Beethoven'
    firsts = {fold(f.split()[0]).strip(".") for f in [group.name, *group.forms]}
    if firsts & first_names():
        score += _FOR_GIVEN_NAME
    words = [w for w in group.name.split() if not _initials(w)]
    if _word_first(group.name):
        return score + _pronoun_or_verb(doc, group)  # 'Impossible Burger': no surname's weight
    if " " in group.name and words and fold(words[-1]).strip(".") in surnames():
        score += _FOR_KNOWN_SURNAME  # 'Kyran Bracken'; 'Bender CM' (a reference list's order)
    score += _pronoun_or_verb(doc, group)
    last = group.name.split()[-1]
    if (
        " " in group.name
        and last.lower() not in lowercase
        and any(fold(s.text) == fold(last) and s.end - s.start == 1 for s in group.mentions)
    ):
        score += _FOR_SURNAME_MENTION  # 'Vanessa Mendez ... Mendez', not '... the Cloud'
    return score


def _pronoun_or_verb(doc: Doc, group: PersonGroup) -> float:
    score = 0.0
    # (session 31) or a possessive 'his'/'her' in the clause of the verb the name is the
    # subject or object of, no other name between ('we thank Quorvan for his help')
    if any(pronoun_after(doc, s) or referred_mention(doc, s) for s in group.mentions):
        score += _FOR_PRONOUN
    if any(who_after(doc, s) for s in group.mentions):
        score += _FOR_WHO
    if group.beside_person:
        score += _FOR_BESIDE_PERSON  # (session 32) 'himself or Kestrin'
    firm_like = " " not in group.name and not _given_name(group.name)
    if any(_human_subject(doc, s, firm_like) for s in group.mentions):
        score += _FOR_HUMAN_VERB
    return score


def _word_first(name: str) -> bool:
    """A name of two words or more opening with an English verb, adjective or adverb
    that is no given name nor surname ('Impossible Burger', 'Uplift Riser', 'Leaping Bunny',
    'Dynamic Driver X'): its last word's being a surname, or named alone, shows nothing of a
    person (products are named by their last word too)."""
    words = name.split()
    first = fold(words[0]).strip(".")
    return (
        len(words) > 1
        and len(first) >= _MIN_VERB_LETTERS
        and first.isalpha()
        and not words[0].isupper()
        and first not in first_names()
        and first not in surnames()
        and is_english_word(first, nouns=False)
    )


def _heading(doc: Doc, span: NameSpan) -> bool:
    """The name is a line of its own, or nearly: a list number before it, a few words, no verb,
    no figure and no other name (a results line, '1. Lars Riedel (Germany) 66.20', is none)."""
    start, end = token_line(doc, span.start, span.end)
    while start < span.start and (doc[start].like_num or doc[start].is_punct):
        start += 1  # '1.', '•'
    outside = [doc[i] for i in [*range(start, span.start), *range(span.end, end)]]
    return (
        sum(t.is_alpha for t in outside) <= _MAX_HEADING_EXTRA_WORDS
        and not any(t.pos_ in ("VERB", "AUX") or t.like_num or t.ent_type_ for t in outside)
        and not any(t.text in ("(", ")", ",") for t in outside)
    )


def _line_label(doc: Doc, span: NameSpan) -> bool:
    """(Session 17) The name, with only capitalised words before it, opens its line and a colon
    follows it ('Quick Tip: Use ...', with 'Tip' the mention)."""
    start = line_start(doc, span.start)
    return (
        all(
            doc[i].is_space or (doc[i].is_alpha and doc[i].text[:1].isupper())
            for i in range(start, span.start)
        )
        and span.end < len(doc)
        and doc[span.end].text == ":"
    )


@cache
def _thing_verbs() -> frozenset[str]:
    return words("thing_verbs")


# A model code: letters and digits with a capital ('TR2', 'R6', '5D', 'S23'); no ordinal ('31st').
_MODEL_CODE_RE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Za-z0-9-]{2,}")
_MARKS = {"®", "™", "©"}


# A one-letter part of a hyphenated word: a model's ('Mach-E', 'K-Cups'); not 'Jean-Marie'.
_LETTER_PART_RE = re.compile(r"\b[A-Z]-[A-Za-z]+|[A-Za-z]+-[A-Z]\b")


def _model_code_beside(doc: Doc, span: NameSpan) -> bool:
    """'Nike Air Max Bella TR2', 'EOS R6 Mark II', 'Jicki®', 'Mustang Mach-E': a product's
    code or mark beside the name or in it."""
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if any(t.text in _MARKS or _MODEL_CODE_RE.fullmatch(t.text) for t in near):
        return True
    return any(_LETTER_PART_RE.fullmatch(w) for w in span.text.split())


_CURRENCY = {"$", "€", "£", "¥", "usd", "eur", "gbp"}
# A price in brackets after a name: '(' then at most this many words before the currency.
_MAX_WORDS_BEFORE_PRICE = 2


def _price_after(doc: Doc, span: NameSpan) -> bool:
    """'Dutchware Chameleon ($220)', 'Nemo Switchback [$49.95]': a bracketed price. A
    golf money list ('Tom Lehman $ 1,780,436') has no bracket."""
    i = span.end
    if i >= len(doc) or doc[i].text not in ("(", "["):
        return False
    window = doc[i + 1 : i + 2 + _MAX_WORDS_BEFORE_PRICE]
    return any(t.lower_ in _CURRENCY or t.text[:1] in _CURRENCY for t in window)


_THING_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT")


def named_things(ents: Iterable[Entity]) -> tuple[set[str], tuple[str, ...]]:
    """What the model named as things, folded, read from the Doc's entities once: the one-word
    ORG/PRODUCT names ('Oracle' of 'Oracle Cloud') and every ORG/PRODUCT/... name."""
    things = [e for e in ents if e.label_ in _THING_LABELS]
    one_word = {fold(e.text) for e in things if e.label_ in ("ORG", "PRODUCT") and len(e) == 1}
    return one_word, tuple(fold(e.text) for e in things)


def _named_as_thing(thing_names: tuple[str, ...], name: str) -> bool:
    """The name opens an organisation's name elsewhere in the article, the next word a firm's
    ('Alpha Apex' and 'Alpha Apex Group'). Any longer ORG name was tried: the model tags people
    as organisations too often (CoNLL dev PER 87.5 -> 86.5)."""
    key = fold(name) + " "
    return any(
        text.startswith(key) and text[len(key) :].split()[0] in ORG_WORDS for text in thing_names
    )


def _list_head(tok: Token) -> Token:
    """The first item of the list a token is in ('sip your cold brew or Bloody Mary': 'brew')."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _thing_object(doc: Doc, span: NameSpan) -> bool:
    """'install Qlik Sense', 'sip your cold brew or Bloody Mary': the object of a verb of
    things, or an item of a list that is."""
    root = _list_head(span_root(doc, span))
    head = root.head
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _thing_verbs()


@cache
def _thing_nouns() -> frozenset[str]:
    """Nouns of things, foods, software and companies ('app', 'wine', 'keyboard', 'company');
    never a role ('a developer', 'a model' may be people)."""
    return (words("thing_nouns") | THING_WORDS | ORG_COMMON_NOUNS) - ROLE_NOUNS


@cache
def _kind_nouns() -> frozenset[str]:
    """The nouns that say what a name is ('Jicki is an app', 'Pinot Grigio, a wine'; round 11,
    works and styles: 'Ingrid Goes West is a dark comedy'): not the last words of product
    names, which say little as a predicate ('a black box', 'a ring'), and not the nouns a
    person's name modifies ('a Nolan film')."""
    return (words("thing_nouns") | ORG_COMMON_NOUNS | people_words("work_nouns")) - ROLE_NOUNS


def _is_thing_noun(tok: Token, known: frozenset[str]) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in known or tok.lower_ in known)


# Words that introduce examples of a noun ('flavors like Earl Gray', 'fabrics such as Tencel').
_EXAMPLE_WORDS = {"like", "as", "including"}


def _thing_noun_beside(doc: Doc, span: NameSpan) -> bool:
    """A noun of things tied to the name by the parse: the name is the subject of 'be' with
    one after it ('Jicki is a language learning app'), in apposition with one ('Pinot Grigio, a
    light white wine', 'the wine Pinot Grigio'), modifies one ('the Jicki app'), or is an
    example of one ('flavors like Earl Gray, Almond Joy'), alone or as an item of a list."""
    root = span_root(doc, span)
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "attr" and _is_thing_noun(c, _kind_nouns()) for c in head.rights)
    if any(c.dep_ == "appos" and _is_thing_noun(c, _kind_nouns()) for c in root.children):
        return True
    first = _list_head(root)
    head = first.head
    # a list's item or an example ('speakers including Stephen Hawking' are people, though
    # 'speaker' ends product names): the hand-kept thing_nouns only
    strict = (words("thing_nouns") | people_words("work_nouns")) - ROLE_NOUNS
    if first.dep_ == "appos" and _is_thing_noun(
        head, strict if first is not root else _kind_nouns()
    ):
        return True
    if first.dep_ == "pobj" and head.lower_ in _EXAMPLE_WORDS and _is_thing_noun(head.head, strict):
        return True
    noun = root.head  # right after the name, or one word on ('the Jicki language app')
    return (
        root.dep_ in ("compound", "nmod")
        and span.end <= noun.i <= span.end + _MAX_WORDS_TO_NOUN
        and _is_thing_noun(noun, _thing_nouns())
        and not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[span.end - 1 : noun.i])
    )


def _place_noun_beside(doc: Doc, span: NameSpan) -> bool:
    """The name given as a place by a noun of places the parse ties to it: an example of one
    ('locations such as Phu Quoc, Nha Trang and Hoi An'), in apposition with one ("the
    country's largest island, Phu Quoc", 'Phu Quoc, an island off ...'), alone or as an item
    of a list."""
    root = span_root(doc, span)
    if any(c.dep_ == "appos" and _is_place_kind(c) and same_line(root, c) for c in root.children):
        return True
    first = _list_head(root)
    head = first.head
    if first.dep_ == "appos" and head.i < first.i and _is_place_kind(head):
        return same_line(head, first)
    return (
        first.dep_ == "pobj"
        and head.lower_ in _EXAMPLE_WORDS
        and _is_place_kind(head.head)
        and same_line(head.head, first)
    )


def _is_place_kind(tok: Token) -> bool:
    """A common noun of places in lower case ('island', 'locations'; not 'Island' of a name)."""
    return (
        tok.pos_ == "NOUN"
        and tok.text.islower()
        and (tok.lemma_.lower() in PLACE_KIND_NOUNS or tok.lower_ in PLACE_KIND_NOUNS)
    )


_OPEN_QUOTES = {'"', "“", "‘", "'"}
_CLOSE_QUOTES = {'"', "”", "’", "'"}


def _quoted(doc: Doc, span: NameSpan) -> bool:
    """The mention is all of a quotation ("‘Keine Bin’", '"Wiggle Room"'): the title of a song,
    a book or a film; a person's name is quoted alone only as a nickname, which joins the
    person's entry as another form rather than making one."""
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in _OPEN_QUOTES
        and doc[span.end].text in _CLOSE_QUOTES
    )


# A name modifies a noun of things at most this many words before it ('Jicki language app').
_MAX_WORDS_TO_NOUN = 2


def _venue(doc: Doc, span: NameSpan) -> bool:
    """A possessive that owns nothing, "dinner at Tucker's.", "Tucker's is open": a shop or
    restaurant named after its owner; "Tucker's wife" owns a noun."""
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in POSSESSIVE_MARKS:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.text in _CLAUSE_ENDS or nxt.pos_ in ("ADP", "AUX", "VERB", "CCONJ")


# Marks after "Tucker's" that end what it says ('at Tucker's.'); brackets and quotes do not
# ("Arafat 's ) call").
_CLAUSE_ENDS = {".", ",", ";", ":", "!", "?"}


@cache
def _venue_nouns() -> frozenset[str]:
    return words("venue_words") | ORG_WORDS | BUILDING_WORDS


def _venue_word(word: str) -> bool:
    """A word that names a venue or a firm ('Museum', 'Kunsthalle', 'Grill', 'Holdings') and
    is no US surname or given name ('Hall', 'Church', 'Park', 'Temple' are)."""
    w = fold(word).strip(".")
    return w in _venue_nouns() and w not in surnames() and w not in first_names()


# A word of the name (`_verb_word`), or the first (`_word_first`), must be this long to
# count as an English verb or adjective: short syllables of Chinese and Korean names are English
# words too ('Bin', 'Tan', 'Sun').
_MIN_VERB_LETTERS = 4


def _verb_last(name: str) -> bool:
    """The last word is an English verb, adjective or adverb ('Sense', 'Digital', 'Hosting'),
    neither an initial ('Zhou L', 'Bender CM') nor a US surname or given name ('Long', 'Young')."""
    words = name.split()
    return len(words) > 1 and _verb_word(words[-1])


def _verb_inside(name: str) -> bool:
    """(round 11) Any word of a name of two words or more is an English verb, adjective or
    adverb that is no surname nor given name ('Online Coursera', 'Leaping Bunny', 'Short Term
    Check-ups', 'Point and Shoot Size DSLRs'): a person's name is made of names, a product's,
    a heading's or a firm's of words. The last word alone (`_verb_last`, round 5) was a special
    case of it. A name ending in a known surname of no English word is spared: nicknames are
    English words ('Spike Fearn', 'Butch Wilmore', two people a first version lost on probe
    pages)."""
    words = name.split()
    if len(words) < 2 or _surname_last(words[-1]):
        return False  # 'Spike Fearn', 'Butch Wilmore': a nickname before a surname
    return any(_verb_word(w) for w in words)


def _surname_last(word: str) -> bool:
    """A known US surname that is no English word ('Fearn', 'Wilmore'; not 'Mike', 'Candy')."""
    folded = fold(word).strip(".")
    return folded in surnames() and not is_english_word(folded)


def _plain_given_name(word: str) -> bool:
    """A known given name that is no English word ('Steve'; not 'Golden', 'Grace')."""
    w = fold(word).strip(".")
    return w in first_names() and not is_english_word(w)


def _plural_noun(word: str) -> bool:
    """(Round 13) 'Girls', 'Curls', 'Globes', 'Children': a plural common noun (an -s plural of
    an English word, or one of `plural_name_tails`), no known surname or given name ('Woods',
    'Williams', 'Brothers') and no singular ending in -s ('Moss', 'Marcus', 'Davis')."""
    w = fold(word).strip(".")
    if not w.isalpha() or w in surnames() or w in first_names():
        return False
    if w in people_words("plural_name_tails"):
        return True
    if not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return False
    singular = w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return len(singular) >= _MIN_VERB_LETTERS - 1 and is_english_word(singular)


def _verb_word(word: str) -> bool:
    """An English verb, adjective or adverb of `_MIN_VERB_LETTERS` letters or more, not in
    capitals, no US surname or given name; a hyphenated word when all its parts are English
    words ('Check-ups'; not 'Jean-Paul', 'Ata-ur-Rehman')."""
    folded = fold(word).strip(".")
    parts = folded.split("-")
    return (
        len(folded) >= _MIN_VERB_LETTERS
        and all(p.isalpha() for p in parts)
        and not word.isupper()
        and folded not in surnames()
        and folded not in first_names()
        and (
            is_english_word(folded, nouns=False)
            if len(parts) == 1
            else all(is_english_word(p) for p in parts) and is_english_word(parts[0], nouns=False)
        )
    )


# Nouns a person's name modifies as often as a thing's ('the Obama administration').
_PERSON_MODIFIED_NOUNS = words("person_modified_nouns")


def _after_determiner(doc: Doc, span: NameSpan) -> bool:
    """The mention follows a determiner ('the Woods', 'a blue Yeti'): counted once, by
    `_AGAINST_DETERMINER`; (session 20) not a 'that' the parse reads as a conjunction or a
    relative pronoun ('said that Lee had gone'), `spans.mention_determiner`."""
    return span.start > 0 and mention_determiner(doc[span.start - 1])


def _in_org_list(doc: Doc, span: NameSpan) -> bool:
    """The name is an item of a list ('A, B and C') whose other items the model tags as
    organisations (two or more), none as a person; or a list of a firm's noun ('newspapers
    including ...')."""
    root = span_root(doc, span)
    kinds = [t.ent_type_ for t in root.conjuncts if not span.start <= t.i < span.end]
    if "PERSON" in kinds:
        return False
    if kinds.count("ORG") >= _MIN_ORGS_IN_LIST:
        return True
    # 'newspapers including A, B and C', 'brands such as A and B': the list's noun is a firm's
    first = min([root, *root.conjuncts], key=lambda t: t.i)
    head = first.head
    if first.dep_ != "pobj" or head.lower_ not in _EXAMPLE_WORDS:
        return False
    noun = head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ORG_COMMON_NOUNS


# Two organisations beside the name at least: 'the duo of Chefs Fabio Viviani (tagged ORG) and
# Jonathon Stranger' is a person's list.
_MIN_ORGS_IN_LIST = 2


def _venue_tail(doc: Doc, span: NameSpan) -> bool:
    """(Session 30) A mention of two words or more whose last word is a venue's or a firm's
    word ('Anhelo Restaurant', 'Sana Sana Cerveceria') and the head of the name in the parse:
    the name's other words modify it, as a venue's name is built."""
    words_ = span.text.split()
    if len(words_) < 2 or not _venue_word(words_[-1]):
        return False
    return span_root(doc, span).i == span.end - 1


def evidence_against(
    doc: Doc,
    group: PersonGroup,
    lowercase: frozenset[str],
    org_words: set[str],
    thing_names: tuple[str, ...],
) -> float:
    parts = [
        w for w in group.name.split() if w.lower() not in NAME_PARTICLES and len(w.strip(".")) > 1
    ]
    score = 0.0
    if any(w.lower() in lowercase for w in parts):
        score += _AGAINST_LOWER_CASE
    if any(fold(w) in org_words for w in parts[:-1]):
        # the brand comes first ('Oracle Cloud'); a surname the model once tags ORG alone
        # ('Rublev') is still a person's
        score += _AGAINST_ORG_WORD
    if " " not in group.name and fold(group.name) in org_words and not _given_name(group.name):
        # a one-word name the model also tags as an organisation or a product alone
        # ('Airbyte', 'Bonavita'): its human verbs are a firm's ('Airbyte enables ...')
        score += _AGAINST_ONE_WORD_THING
    # a given name is no English word here, though WordNet lists 'vanessa' (a butterfly)
    # initials are no English words ('Bender CM' of a reference list: 'cm' is one)
    spelled = [w for w in parts if not _initials(w)]
    english = bool(spelled) and all(
        is_english_word(w) and fold(w) not in first_names() for w in spelled
    )
    if english and all(_heading(doc, s) or _line_label(doc, s) for s in group.mentions):
        # a byline, 'Mishi Saran', is no heading of English words; (session 17) nor is a
        # speaker's label ('Ann Lee: ...'), which 'Quick Tip: ...' is as a label of English words
        score += _AGAINST_HEADING
    elif english and len(parts) > 1:
        score += _AGAINST_ENGLISH
    last = group.name.split()[-1].lower()
    singular = re.sub(r"ies$", "y", last) if last.endswith("ies") else last.removesuffix("s")
    if len(parts) > 1 and (
        last in PLACE_NOUNS
        or singular in PLACE_NOUNS
        or last in words("feature_nouns")  # 'Yosemite Falls', 'Tuolumne Meadows'
    ):
        score += _AGAINST_PLACE_NOUN
    if any(_after_determiner(doc, s) for s in group.mentions):
        score += _AGAINST_DETERMINER
    if any(_price_after(doc, s) for s in group.mentions):
        score += _AGAINST_PRICE
    if any(_model_code_beside(doc, s) for s in group.mentions):
        score += _AGAINST_MODEL_CODE
    if len(parts) > 1 and _named_as_thing(thing_names, group.name):
        score += _AGAINST_NAMED_THING
    if any(fold(w) in words("tier_words") for w in group.name.split()[1:]):
        score += _AGAINST_TIER  # 'Varidesk Pro Plus', 'Emma Hybrid Cooling Elite'; not 'Max' first
    if any(_thing_object(doc, s) for s in group.mentions):
        score += _AGAINST_THING_VERB
    if any(_thing_noun_beside(doc, s) for s in group.mentions):
        score += _AGAINST_THING_NOUN
    if any(_place_noun_beside(doc, s) for s in group.mentions):
        score += _AGAINST_PLACE_KIND  # 'locations such as Phu Quoc, Nha Trang'
    if group.mentions and all(_quoted(doc, s) for s in group.mentions):
        score += _AGAINST_QUOTED  # "the single ‘Keine Bin’": a title, not a person
    if any(_venue(doc, s) for s in group.mentions):
        score += _AGAINST_VENUE
    if _verb_inside(group.name):
        score += _AGAINST_VERB_WORD
    if len(parts) > 1 and _plural_noun(parts[-1]) and not _plain_given_name(parts[0]):
        # not after a known given name of no English word: 'Steve Jobs' (a surname the US
        # list lacks); 'Golden Globes' opens with an English word
        score += _AGAINST_PLURAL_TAIL
    if group.mentions and all(_in_org_list(doc, s) for s in group.mentions):
        score += _AGAINST_ORG_LIST
    if len(parts) > 1 and any(fold(w).strip(".") in words("journal_abbreviations") for w in parts):
        score += _AGAINST_JOURNAL
    if _modifier_of_things(doc, group):
        score += _AGAINST_MODIFIER
    if len(parts) > 1 and (
        all(any(_venue_word(w) for w in s.text.split()) for s in group.mentions)
        or any(_venue_tail(doc, s) for s in group.mentions)
    ):
        # every mention holds it: 'Hotel Dracula' and 'Dracula' alone are a venue and a person;
        # (session 30) or one mention is headed by it, the parse making the venue word the head
        # of the name ('Anhelo Restaurant ... Anhelo'): the shorter form is the venue's too
        score += _AGAINST_PLACE_WORD
    return score


def _modified_noun(doc: Doc, span: NameSpan) -> str | None:
    """The common noun in lower case right after the name that the parse makes the name a
    modifier of ('piece' of 'the Ars Technica piece'), an English word; None when the name
    stands alone."""
    if span.end >= len(doc):
        return None
    root = span_root(doc, span)
    noun = doc[span.end]
    if (
        root.dep_ in ("compound", "nmod")
        and root.head.i == noun.i
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and len(noun.text) >= _MIN_NOUN_LETTERS
        and is_english_word(noun.text)
    ):
        return noun.lemma_.lower()
    return None


def _modifier_of_things(doc: Doc, group: PersonGroup) -> bool:
    """(Session 18) The document's weight of the name's uses: in at least
    `_MIN_MODIFIER_SHARE` of its mentions it modifies a common noun, and the nouns are
    `_MIN_MODIFIED_NOUNS` different ones or more ('Ars Technica reviews ... Ars Technica
    readers'; not 'the Obama administration' five times). (Fix round 2) A mention after a
    determiner is left out, since the determiner score already counts it ('the Ars Technica
    piece'), and so is a noun a person's name modifies as often as a thing's
    (`_PERSON_MODIFIED_NOUNS`: 'Obama campaign', 'Anderson family')."""
    nouns = [
        n
        for s in group.mentions
        if not _after_determiner(doc, s)
        and (n := _modified_noun(doc, s)) is not None
        and n not in _PERSON_MODIFIED_NOUNS
    ]
    share = len(nouns) / len(group.mentions) if group.mentions else 0.0
    return len(set(nouns)) >= _MIN_MODIFIED_NOUNS and share >= _MIN_MODIFIER_SHARE


def not_a_person(
    doc: Doc,
    group: PersonGroup,
    lowercase: frozenset[str],
    org_words: set[str],
    thing_names: tuple[str, ...],
) -> bool:
    reason = _not_a_person_reason(doc, group, lowercase, org_words, thing_names)
    if reason is not None:
        record(group.name, reason)  # for `bench/entities.py --drops`
    return reason is not None


def _corporate_form(form: str) -> bool:
    """A name of two words or more whose last word, its dots dropped, is a firm's legal suffix
    ('Inc', 'Corp', 'N.V.', 'PLC'; `corporate_suffixes`)."""
    parts = form.split()
    return len(parts) > 1 and fold(parts[-1]) in _CORPORATE_SUFFIXES


def _not_a_person_reason(
    doc: Doc,
    group: PersonGroup,
    lowercase: frozenset[str],
    org_words: set[str],
    thing_names: tuple[str, ...],
) -> DropReason | None:
    if any(unicodedata.category(c) == "So" for c in group.name):
        return DropReason.symbol  # an emoji or other symbol inside ('🇩🇪 German') is in no name
    if _machine_role(group):
        return DropReason.machine  # the text says it is software: 'its AI-powered assistant'
    if any(_corporate_form(form) for form in (group.name, *group.forms)):
        # 'Sedio N.V.', 'Diamond Shamrock Corp': a form of the name that ends with a firm's
        # legal suffix names the firm, whatever its other mentions look like (session 26; a
        # span so ending was dropped before, `DropReason.org_word`, but not a form merged in
        # later, nor a suffix written with dots)
        return DropReason.org_word
    evidence = person_evidence(doc, group, lowercase)
    if " " not in group.name and evidence == 0:
        return DropReason.lone_no_evidence  # a lone word with nothing to show a person
    against = evidence_against(doc, group, lowercase, org_words, thing_names)
    if evidence == 0:
        dropped = against >= _DROP_AT_NO_EVIDENCE
    else:
        dropped = against >= _DROP_AT and against > evidence
    return DropReason.evidence_against if dropped else None


__all__ = [
    "evidence_against",
    "not_a_person",
    "person_evidence",
]
