"""Where a name sits in the parse: its head token, the first token of an entity, joined
tokens ('co-author', 'AT&T')."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import OBJECT, SUBJECT
from newsdesk.analysis.entities.people.nouns import is_person_noun
from newsdesk.analysis.entities.spans import (
    SITE_LABELS,
    NameSpan,
)

# Pronouns that refer back to a person named just before ("Lee ... She said").
PERSON_PRONOUNS = frozenset({"he", "she"})
# (Session 31, pmiss) Possessives that refer back to a person ("Lee improved his yield").
PERSON_POSSESSIVES = frozenset({"his", "her"})
# A possessive of a thing or a firm: one before the pronoun shows the name a thing's ('Acme
# raised its prices, and he said so': 'he' is someone else).
THING_POSSESSIVES = frozenset({"its"})
# The parse's tag of a possessive pronoun ('his', 'her' before a noun; not 'her' an object).
_POSSESSIVE_TAG = "PRP$"


def span_root(doc: Doc, span: NameSpan) -> Token:
    """The span's syntactic head: its token whose head lies outside it."""
    for i in range(span.start, span.end):
        tok = doc[i]
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return doc[span.end - 1]


def entity_start(doc: Doc, root: Token) -> int:
    """The first token of the entity whose last word is `root` ('Beth' of 'Beth Smith',
    'Harbor' of "Harbor Radio's").
    """
    k = root.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def is_joined(tok: Token) -> bool:
    """A hyphen or ampersand inside a word or a name ('co-author', 'AT&T')."""
    return (
        tok.text in ("-", "&")
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.whitespace_
    )


def line_break(doc: Doc, start: int, end: int) -> bool:
    """A line break between tokens `start` and `end` (a token of breaks, or the space after one)."""
    return any("\n" in doc[k].text or "\n" in doc[k].whitespace_ for k in range(start, end))


def next_sentence_end(doc: Doc, i: int) -> int:
    """Where the sentence after token i's ends (token i's own end at the text's end): the reach
    of a pronoun that refers back to a name at i."""
    end = doc[i].sent.end
    return doc[end].sent.end if end < len(doc) else end


def pronoun_after(
    doc: Doc, span: NameSpan, *, before_person: bool = False, people: Collection[int] = ()
) -> bool:
    """'he' or 'she' as a subject later in the name's sentence (that of its first word) or in
    the next one. `before_person`: only before any person the model tagged or whose tokens are
    in `people` (a rule's; session 27: in 'Dow Jones reported that Buffett said he would ...'
    the pronoun is Buffett's)."""
    for i in range(span.end, next_sentence_end(doc, span.start)):
        if before_person and (doc[i].ent_type_ == "PERSON" or i in people):
            return False
        if doc[i].lower_ in PERSON_PRONOUNS and doc[i].dep_ in SUBJECT:
            return True
    return False


def who_after(doc: Doc, span: NameSpan) -> bool:
    """(Session 30) 'Ann Lee, who chairs the board', 'Tom Reyes who runs the shop': the relative
    pronoun 'who' right after the name (a comma between), opening a relative clause the parse
    attaches to the name. A firm takes 'which' or 'that'; 'who' is a person's."""
    k = span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "who":
        return False
    verb = doc[k].head
    return verb.dep_ == "relcl" and span.start <= verb.head.i < span.end


def referring_pronoun(doc: Doc, span: NameSpan, *, stops: Collection[int] = ()) -> bool:
    """(Session 31, pmiss) 'Ilvar Rennick of Tolbo village has improved his harvest', 'we thank
    Quorvan for his help': a possessive 'his'/'her', or 'he'/'she' as a subject, later in the
    name's sentence, inside the clause of the verb the name is the subject or the object of
    (the pronoun's chain of heads reaches that verb), before any token of `stops` (people the
    model tagged or a rule found, nouns of people: whose pronoun it would be) and before any
    'its' (the name's own, a thing's)."""
    root = span_root(doc, span)
    verb = root.head
    if root.dep_ not in SUBJECT | OBJECT or verb.i == root.i:
        return False
    for i in range(span.end, doc[span.start].sent.end):
        tok = doc[i]
        if i in stops or (tok.lower_ in THING_POSSESSIVES and tok.tag_ == _POSSESSIVE_TAG):
            return False  # 'Tavistock Kessler raised its prices, and he said so': a thing's
        possessive = tok.lower_ in PERSON_POSSESSIVES and tok.tag_ == _POSSESSIVE_TAG
        subject = tok.lower_ in PERSON_PRONOUNS and tok.dep_ in SUBJECT
        if possessive or subject:
            return verb in tok.ancestors
    return False


def pronoun_refers(doc: Doc, span: NameSpan, people: Collection[int] = ()) -> bool:
    """(Session 31, pmiss) `referring_pronoun` before any other name that may own the pronoun:
    a person the model tagged or a token of `people` (a rule's), a noun of a person ('the
    engineer'), or a proper noun that is no place ('Quorvan hired Ilse for her skills')."""
    stops = {
        i
        for i in range(span.end, doc[span.start].sent.end)
        if i in people or _may_own_pronoun(doc[i])
    }
    return referring_pronoun(doc, span, stops=stops)


# The model's labels of a proper noun that owns no pronoun: places ('Piet Roux of Tolbo
# village has improved his yield').
_PLACE_LABELS = SITE_LABELS


def _may_own_pronoun(tok: Token) -> bool:
    """A token a pronoun after it may refer to rather than to an earlier name: a person the
    model tagged, a noun of a person, a proper noun that is no place."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in _PLACE_LABELS:
        return True
    return tok.pos_ == "NOUN" and is_person_noun(tok)
