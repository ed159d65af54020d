"""Firms and products the model took for people: a company cue in the parse ('security firm
Jamf', 'acquired Stytch'), a product-shaped word ('SpaceX'), an acronym inside a mixed-case
name, an organisation word at the end."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.people.drops import DropReason
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import (
    ORG_COMMON_NOUNS,
    ORG_VERBS,
    ORG_WORDS,
    people_words,
    words,
)

# A surname prefix that puts a capital inside a person's name ("McCarthy", "DeSantis").
_NAME_PREFIXES = words("surname_prefixes")
_CAMEL_RE = re.compile(r"^([A-Z][a-z]+)[A-Z]")
# (round 13) Last words of firms' names besides the shared org_words ('Meta Platforms').
_FIRM_TAILS = people_words("firm_tail_words")


def product_shaped(text: str) -> bool:
    """'SpaceX', 'GoDaddy', 'JumpCloud': a capital inside one word, not after a name prefix."""
    m = _CAMEL_RE.match(text)
    return m is not None and " " not in text and m.group(1).lower() not in _NAME_PREFIXES


def org_cue(doc: Doc, span: NameSpan) -> bool:
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
    root = span_root(doc, span)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ORG_VERBS:
        return True
    head = root.head
    if head.i < span.start and head.is_lower and head.lower_ in ORG_COMMON_NOUNS:
        # 'the fact-checking website Full Fact'; not 'close to your company, Farah' (vocative)
        return root.dep_ in ("appos", "compound") and not _owned(head)
    # 'Breez, an identity company'; not 'Taylor Swift, her former record label'; the
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


def firm_reason(
    doc: Doc, s: NameSpan, surname: bool, company: bool, votes: Counter[str]
) -> DropReason | None:
    """Which firm rule, if any, retypes a PERSON span as a firm (the first that holds)."""
    if company and not (s.end - s.start == 1 and surname):
        return DropReason.company_cue
    if not surname and votes["ORG"] > votes["PERSON"]:
        return DropReason.org_votes
    if (not surname and product_shaped(s.text)) or (
        s.end - s.start > 1 and any(product_shaped(doc[i].text) for i in range(s.start, s.end))
    ):
        return DropReason.product_shaped
    if _acronym_inside(doc, s):
        return DropReason.acronym_inside
    if s.end - s.start > 1 and (
        doc[s.end - 1].lower_ in ORG_WORDS or doc[s.end - 1].lower_ in _FIRM_TAILS
    ):
        return DropReason.org_word
    return None


# An acronym of this many capitals inside a mixed-case name makes it a product's or a club's
# ('JLab Go Pods ANC', 'OFK Beograd'); Roman numerals are a person's ('Leopold III').
_MIN_ACRONYM = 3
_ROMAN_RE = re.compile(r"[IVXLC]+")


def _acronym_inside(doc: Doc, span: NameSpan) -> bool:
    words = [doc[i].text for i in range(span.start, span.end)]
    return (
        len(words) > 1
        and not all(w.isupper() for w in words)
        and any(
            len(w) >= _MIN_ACRONYM and w.isupper() and w.isalpha() and not _ROMAN_RE.fullmatch(w)
            for w in words
        )
    )
