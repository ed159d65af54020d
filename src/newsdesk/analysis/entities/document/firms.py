"""Firms and products the model took for people: a company cue in the parse ('security firm
Jamf', 'acquired Stytch'), a product-shaped word ('SpaceX'), an acronym inside a mixed-case
name, an organisation word at the end."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import first_names
from newsdesk.analysis.entities.people.drops import DropReason
from newsdesk.analysis.entities.people.person_shape import (
    FIRM_TAIL_WORDS,
    TRADE_SHAPE,
    person_shaped,
    product_shaped,
)
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import (
    ORG_COMMON_NOUNS,
    ORG_VERBS,
    ROLE_NOUNS,
    words,
)
from newsdesk.analysis.gazetteer import fold

# (session 14) Company nouns that are a person's trade as often ('developer', 'publisher',
# 'operator'); the role nouns firms are also called.
_TRADE_NOUNS = words("trade_nouns")
_FIRM_ROLE_NOUNS = words("firm_role_nouns")
# (session 27) Nouns that name a firm only after a word of its trade ('the trading house').
_FIRM_KIND_HEADS = words("firm_kind_heads")
# (session 27) A firm's legal suffix ends its name as an organisation word does ('Sedio N.V.',
# 'Acme Corp.'); read folded, dots dropped, as evidence._corporate_form reads it.
_FIRM_LAST_WORDS = FIRM_TAIL_WORDS | words("corporate_suffixes")


def org_cue(doc: Doc, span: NameSpan) -> bool:
    """'security firm Jamf', 'Breez, an identity company', 'acquired Stytch': the parse ties the
    name to a common noun of companies and products, or makes it what is acquired."""
    # (session 14) 'developer Ann Ray', 'Ann Ray, a developer': a trade noun beside a full
    # name is the person's role, not a firm's kind
    trade = _TRADE_NOUNS if _full_name(doc, span) else frozenset()
    if span.start > 0:
        prev = doc[span.start - 1]
        if (
            prev.is_lower
            and prev.lower_ in ORG_COMMON_NOUNS - trade
            and span.start <= prev.head.i < span.end
        ):
            return True
    root = span_root(doc, span)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ORG_VERBS:
        return True
    if employer(doc, span):
        return True
    head = root.head
    if (
        head.i < span.start
        and head.is_lower
        and (head.lower_ in ORG_COMMON_NOUNS - trade or _firm_kind(head))
    ):
        # 'the fact-checking website Full Fact'; not 'close to your company, Farah' (vocative)
        return root.dep_ in ("appos", "compound") and not _owned(head)
    # 'Breez, an identity company'; not 'Taylor Swift, her former record label'; the
    # apposition right after the name's comma: 'Tom Reyes, who heads the Alliance for Better
    # Bridges, a group that ...' is the Alliance's
    return any(
        c.dep_ == "appos"
        and (c.lemma_.lower() in ORG_COMMON_NOUNS - trade or _firm_kind(c))
        and not _owned(c)
        and c.left_edge.i <= span.end + 1
        for c in root.children
    )


def _firm_kind(noun: Token) -> bool:
    """(Session 27) 'the trading house', 'an auction house': a noun of a firm's kind after a
    word of its trade (`firm_kind_heads`); 'the house' alone is a building."""
    return noun.lower_ in _FIRM_KIND_HEADS and any(
        c.dep_ in ("compound", "amod") and c.i < noun.i for c in noun.children
    )


def employer(doc: Doc, span: NameSpan) -> bool:
    """(Session 14) 'Ann Ray, India Head at Acme Wyman', 'an analyst at Morgan Stanley': the
    name after 'at' that a role noun governs is where the person works, a firm."""
    root = span_root(doc, span)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.i > root.i:
        return False
    noun = prep.head
    return noun.i < prep.i and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in ROLE_NOUNS


def employee(doc: Doc, span: NameSpan) -> bool:
    """(Session 14) 'said Ann Ray, India Head at Acme' that the model took for a firm: the
    name's apposition is a role noun firms are not called, working 'at' somewhere."""
    if not _full_name(doc, span):
        return False
    return any(
        c.dep_ == "appos"
        and c.i > span.end
        and c.lower_ in ROLE_NOUNS - _FIRM_ROLE_NOUNS
        and any(p.dep_ == "prep" and p.lower_ == "at" for p in c.children)
        for c in span_root(doc, span).children
    )


def owner_named(doc: Doc, span: NameSpan, given_names: set[str]) -> bool:
    """(Session 14) "Arjun's vision" the model took for a firm where the article names Arjun
    Sen: one word, a possessive after it, the given name of a person named in full."""
    return (
        span.label == "ORG"
        and span.end - span.start == 1
        and span.end < len(doc)
        and doc[span.end].tag_ == "POS"
        and fold(span.text) in given_names
    )


def _full_name(doc: Doc, span: NameSpan) -> bool:
    """'Ann Ray', 'Carla D. Moss': shaped like a person's full name as the trade-noun and
    employer rules read it (`person_shape.TRADE_SHAPE`: no firm's last word, a known given name
    first or a surname no English word has last), a person's name rather than a firm's."""
    return person_shaped(doc, span.start, span.end, TRADE_SHAPE)


def trade_before(doc: Doc, span: NameSpan) -> bool:
    """(Session 14) 'software developer Ann Ray' that the model took for a firm: a trade noun
    right before a full name it modifies ('developer Blue Origin' stays a firm)."""
    if span.start == 0 or not _full_name(doc, span):
        return False
    prev = doc[span.start - 1]
    return (
        prev.is_lower
        and prev.lower_ in _TRADE_NOUNS
        and (span.start <= prev.head.i < span.end or span_root(doc, span).head.i == prev.i)
    )


def _owned(noun: Token) -> bool:
    """'her label', 'your company': a noun a pronoun owns names no company by itself."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def firm_reason(
    doc: Doc, s: NameSpan, surname: bool, company: bool, votes: Counter[str]
) -> DropReason | None:
    """Which firm rule, if any, retypes a PERSON span as a firm (the first that holds)."""
    if company and not (s.end - s.start == 1 and surname):
        return DropReason.company_cue
    if not surname and votes["ORG"] > votes["PERSON"]:
        return DropReason.org_votes
    if (not surname and product_shaped(s.text)) or (
        s.end - s.start > 1
        and any(product_shaped(doc[i].text) for i in range(s.start, s.end))
        and not _camel_surname(doc, s)
    ):
        return DropReason.product_shaped
    if _acronym_inside(doc, s):
        return DropReason.acronym_inside
    if s.end - s.start > 1 and fold(doc[s.end - 1].text) in _FIRM_LAST_WORDS:
        return DropReason.org_word  # 'Fenwick Group', 'Fenwick Corp.', 'Sedio N.V.'
    return None


def _camel_surname(doc: Doc, s: NameSpan) -> bool:
    """(Session 16) 'Joan RiverStone': a known given name first and a
    capital inside the last word only, of letters (no digit: 'Galaxy S24'), is a surname's
    shape, not a product's."""
    last = doc[s.end - 1].text
    return (
        fold(doc[s.start].text) in first_names()
        and last.isalpha()
        and not any(product_shaped(doc[i].text) for i in range(s.start, s.end - 1))
    )


# A word of this many capitals inside a mixed-case name makes it a product's or a club's
# ('JLab Go Pods ANC', 'OFK Beograd'); Roman numerals are a person's ('Leopold III'). Not the
# acronym matcher's minimum (analysis/acronyms.py: when an acronym names an organisation): two
# capitals inside a name are as often a person's initials or a state's code ('JR Smith',
# 'Austin TX').
_MIN_INSIDE_CAPITALS = 3
_ROMAN_RE = re.compile(r"[IVXLC]+")


def _acronym_inside(doc: Doc, span: NameSpan) -> bool:
    words = [doc[i].text for i in range(span.start, span.end)]
    return (
        len(words) > 1
        and not all(w.isupper() for w in words)
        and any(
            len(w) >= _MIN_INSIDE_CAPITALS
            and w.isupper()
            and w.isalpha()
            and not _ROMAN_RE.fullmatch(w)
            for w in words
        )
    )
