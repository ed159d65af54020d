"""Roles a verb gives its subject: 'be', 'become', 'remain' with a role after it, 'served as',
'was named', 'reports for', 'who founded X', 'one of the founders of X', and the inverted
'The only president ... was X'."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.entities.people.nouns import is_plural, is_role_noun, singular
from newsdesk.analysis.entities.people.phrases import (
    AFTER_HEAD,
    ROLE_STOPS,
    noun_phrase,
    role_phrase,
)
from newsdesk.analysis.entities.people.tree import entity_start, is_joined, span_root
from newsdesk.analysis.entities.spans import (
    POSSESSIVE_MARKS,
    NameSpan,
)
from newsdesk.analysis.entities.words import (
    DETERMINERS,
    KIN_NOUNS,
    PERSON_NOUNS,
    POSSESSIVES,
    table,
    words,
)

# Verbs other than 'be' that say what their subject is or becomes, and the verb
# nouns of holding or making a firm; see entity-words.json.
_LINK_VERBS = words("link_verbs")


_AS_ROLE_VERBS = words("as_role_verbs")


_APPOINTING_VERBS = words("appointing_verbs")


def role_predicate(
    doc: Doc, root: Token, wide: bool = False, other_verbs: bool = False
) -> str | None:
    """'Lee is Acme's chief executive', 'Lee, who is Acme's chief executive,': the name (or
    'who' after it) is the subject of 'be' with a role after it. Any form of 'be'
    ('has been', 'were'), 'become' and 'remain' ('Jim Cole became the mayor of Springfield'),
    and with `other_verbs` (a pass of its own, after titles and appositions, which say what a
    person is now: 'Ivan served as the CEO of Hipcricket' is often a past office) a verb whose
    'as' names the role ('served as the chief financial officer', 'joined Acme as a senior
    analyst'), a passive of appointing ('was named chief executive of Tribune'); in the wide
    pass, a verb of holding or making a firm ('who founded Baker Labs' -> 'founder of Baker
    Labs')."""
    verbs = [root.head] if root.dep_ in SUBJECT and root.head.i != root.i else []
    verbs += [
        c
        for c in root.rights
        if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in SUBJECT for w in c.lefts)
    ]
    for verb in verbs:
        role = None
        linking = other_verbs and verb.lemma_ in _LINK_VERBS
        if verb.lemma_ == "be" or verb.lower_ in ("'s", "’s") or linking:
            role = _attr_role(doc, verb, wide)
        if not other_verbs:
            if role:
                return role
            continue
        if role is not None and linking and _no_trade(role):
            role = None  # 'became the first person to ...' says what they did
        if role is None and verb.lemma_ in _AS_ROLE_VERBS:
            role = _as_role(doc, verb, wide)
        if role is None and root.dep_ == "nsubj" and not wide:
            role = _as_role(doc, verb, wide, fronted=root.i)  # 'As president, Ann Lee signed
        if role is None and verb.lemma_ in _APPOINTING_VERBS and verb.tag_ == "VBN":
            role = _attr_role(doc, verb, wide, deps=("oprd", "attr", "xcomp"))
        if role is None:
            role = _agent_role(doc, verb)
        if role is None and wide:
            role = _office_role(doc, verb)
        if role:
            return role
    return None


def verb_role(doc: Doc, span: NameSpan, wide: bool = False) -> str | None:
    """The role a verb other than 'be' gives the name (`_role_predicate`)."""
    if span.start > 0 and doc[span.start - 1].text == "(":
        return None  # 'a grieving widow (Rooney Mara)': a credit
    return role_predicate(doc, span_root(doc, span), wide, other_verbs=True)


def _as_role(doc: Doc, verb: Token, wide: bool, fronted: int | None = None) -> str | None:
    """'served as the chief financial officer of Acme' -> 'chief financial officer of Acme';
    `fronted`: the 'as' phrase opens the clause before the subject at that index ('As chief
    executive of Acme, Ann Lee has cut costs')."""
    preps = verb.rights if fronted is None else (c for c in verb.lefts if c.i < fronted)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.rights:
                if noun.dep_ == "pobj" and is_role_noun(noun, wide):
                    if fronted is not None and noun.lower_ in PERSON_NOUNS:
                        return None  # 'As a child, Ann Lee lived in Leeds': no office
                    return noun_phrase(doc, noun)
    return None


def _agent_role(doc: Doc, verb: Token) -> str | None:
    """'Emily Feng reports for NPR' -> 'reporter for NPR': a verb of `agent_verbs` whose 'for'
    names an organisation."""
    noun = table("agent_verbs").get(verb.lemma_.lower())
    if noun is None or verb.pos_ != "VERB":
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.rights:
                if obj.dep_ == "pobj" and obj.ent_type_ == "ORG":
                    k = entity_start(doc, obj)
                    return f"{noun} for {doc[k : obj.i + 1].text}"
    return None


# The longest object a verb of holding or making gives a role ("Acme's research unit").
_MAX_OFFICE_OBJECT_WORDS = 6


def _office_role(doc: Doc, verb: Token) -> str | None:
    """'Tom Baker, who founded Baker Labs' -> 'founder of Baker Labs': a verb of holding or
    making (`office_verbs`) with a named object."""
    noun = table("office_verbs").get(verb.lemma_.lower())
    if noun is None or verb.pos_ != "VERB":
        return None
    for obj in verb.rights:
        # a named object, or a noun of a named owner ("heads Acme's research unit")
        named = obj.pos_ == "PROPN" or any(
            t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE") for t in obj.subtree
        )
        if obj.dep_ == "dobj" and named:
            start = obj.left_edge.i
            while start < obj.i and doc[start].lower_ in DETERMINERS | POSSESSIVES:
                start += 1
            end = obj.i + 1
            while obj.ent_type_ == "ORG" and end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1  # the organisation's whole name: 'the Alliance for Acme Workers'
            inside = doc[start:end]
            if (
                start != verb.i + 1 + (doc[verb.i + 1].lower_ in DETERMINERS)
                or end - start > _MAX_OFFICE_OBJECT_WORDS
                or any(
                    t.is_punct and not is_joined(t) and t.lower_ not in POSSESSIVE_MARKS
                    for t in inside
                )
                or "\n" in inside.text
            ):
                return None  # the object right after the verb, a short name on one line
            return f"{noun} of {inside.text}"
    return None


def _attr_role(
    doc: Doc, verb: Token, wide: bool = False, deps: tuple[str, ...] = ("attr",)
) -> str | None:
    for child in verb.rights:
        if child.dep_ in deps and verb.lower_ in ("are", "were") and is_plural(child):
            return None  # 'Ann Lee and Bo Kim were friends': no role of one of them
        if child.dep_ in deps and is_role_noun(child, wide):
            return noun_phrase(doc, child)
        if child.dep_ in deps:
            role = one_of(doc, child, wide)
            if role:
                return role
    return None


def one_of(doc: Doc, tok: Token, wide: bool = False) -> str | None:
    """'one of the founders of Acme' -> 'founder of Acme': 'one' with a plural noun
    of a person after 'of'; the noun in the singular."""
    if tok.lower_ != "one":
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.rights:
            if noun.dep_ == "pobj" and is_plural(noun) and is_role_noun(noun, wide):
                phrase = noun_phrase(doc, noun)
                if phrase and noun.text in phrase:
                    before, _, after = phrase.partition(noun.text)
                    return f"{before}{singular(noun)}{after}"
    return None


# Nouns of a person of no trade and no tie ('person', 'man', 'figure'): a description after
# 'became' or before an inverted 'was' ('the first person to ... was Ann Lee') is no role.
_NO_TRADE = words("person_nouns") - KIN_NOUNS


def _no_trade(role: str) -> bool:
    head = re.split(AFTER_HEAD, role.lower(), maxsplit=1)[0].split()
    return not head or head[-1] in _NO_TRADE


def inverted_role(doc: Doc, root: Token, wide: bool = False) -> str | None:
    """'The only president to lose that vote was David Granger': the name is what a
    role noun, the subject of 'be', is; the role ends at the noun's clause ('president')."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be":
        return None
    for subj in verb.lefts:
        if (
            subj.dep_ == "nsubj"
            and is_role_noun(subj, wide)
            and not is_plural(subj)
            and subj.lower_ not in _NO_TRADE
        ):
            end = subj.i + 1
            while (
                end <= subj.right_edge.i
                and doc[end].pos_ not in ("VERB", "AUX", "PART", "PUNCT")
                and doc[end].lower_ not in ROLE_STOPS
            ):
                end += 1
            return role_phrase(doc, subj.left_edge.i, end)
    return None
