"""Roles the parse ties to a name: an apposition without a determiner, the name as the
apposition of a role, the role before the name in its own noun phrase ('Wild coach Bruce
Brown'), the name as an instance of a noun of people ('politicians such as ...'), the
organisation after or before it ('Sui-Lee Wee of the New York Times')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import BESIDE
from newsdesk.analysis.entities.people.nouns import (
    is_person_noun,
    is_plural,
    is_role_noun,
    singular,
)
from newsdesk.analysis.entities.people.phrases import (
    ADDRESS_ONLY,
    MAX_PARSED_ROLE_WORDS,
    ROLE_STOPS,
    each_holds,
    role_phrase,
)
from newsdesk.analysis.entities.people.predicates import inverted_role, one_of, role_predicate
from newsdesk.analysis.entities.people.tree import entity_start, is_joined, line_break, span_root
from newsdesk.analysis.entities.spans import (
    POSSESSIVE_MARKS,
    NameSpan,
)
from newsdesk.analysis.entities.words import (
    DETERMINERS,
    ORG_COMMON_NOUNS,
    PLACE_KIND_NOUNS,
    POSSESSIVES,
    words,
)


def parsed_role(doc: Doc, span: NameSpan, wide: bool = False) -> str | None:
    """Roles the parse shows: an apposition ('Ann Lee, co-founder of Acme,'), the name as an
    apposition of a role ('the company's co-founder, Ann Lee') and a role written before the
    name in lower case ('Wild coach Bruce Brown', "CNN's chief medical correspondent Raj Patel")."""
    root = span_root(doc, span)
    appositions = [
        c for c in root.rights if c.dep_ == "appos" and not _after_other_name(doc, span, c)
    ]
    handed = _handed_apposition(doc, span, root)
    if handed is not None:
        appositions.insert(0, handed)
    for child in appositions:
        if child.dep_ == "appos" and child.i == span.end + 1 and one_of(doc, child, wide):
            return one_of(doc, child, wide)  # 'Ann Lee, one of the organisers of the march,'
        if child.dep_ == "appos" and child.i >= span.end and is_role_noun(child, wide):
            start = span.end + 1 if doc[span.end].text == "," else child.left_edge.i
            # to the next comma or clause: 'a study co-author at Rush University'
            end = child.i + 1
            while (
                end < len(doc)
                and end - start < MAX_PARSED_ROLE_WORDS
                and not (doc[end].is_punct and doc[end].text not in ("-", "&", "'s", "’s"))
                and doc[end].lower_ not in ROLE_STOPS
                and doc[end].pos_ not in ("VERB", "AUX")
                and "\n" not in doc[end - 1].whitespace_
            ):
                end += 1
            return role_phrase(doc, start, end)
    head: Token | None = root.head
    bracketed = span.start > 0 and doc[span.start - 1].text == "("  # a credit: 'Saucer (Ann Lee)'
    if head is not None and root.dep_ == "appos" and _held_by_other_name(head, span):
        head = _inner_role_noun(doc, head, span, wide)
    if (
        head is not None
        and root.dep_ == "appos"
        and head.i < span.start
        and is_role_noun(head, wide)
        and not bracketed
        and not line_break(doc, head.i, span.start)  # a list of 'Name, Title' lines
    ):
        end = span.start
        while end > head.i + 1 and doc[end - 1].text in (",", "—", "–", "-"):
            end -= 1
        start = head.left_edge.i
        while (
            is_plural(head)
            and start < head.i
            and (doc[start].like_num or doc[start].lower_ in DETERMINERS | POSSESSIVES)
        ):
            start += 1  # 'his three daughters, Hattie, Ida and Anne': each is a daughter
        return each_holds(role_phrase(doc, start, end), head)  # 'the researchers Beth Smith'
    if bracketed:
        return role_predicate(doc, root, wide)
    return (
        role_before(doc, span, root, wide)
        or role_predicate(doc, root, wide)
        or inverted_role(doc, root, wide)
    )


def _held_by_other_name(noun: Token, span: NameSpan) -> bool:
    """(Session 28) The role noun the name is parsed in apposition to is itself in apposition
    to a person named before it ('Prince Andrew, the younger brother of heir to the British
    throne, Charles, ...'): the phrase is that person's, and the later name is apposed to a
    word inside it ('heir'), which the parse hangs on the phrase's head."""
    owner = noun.head
    return (
        noun.dep_ == "appos"
        and owner.i < noun.i
        and owner.ent_type_ == "PERSON"
        and not span.start <= owner.i < span.end
    )


def _inner_role_noun(doc: Doc, noun: Token, span: NameSpan, wide: bool) -> Token | None:
    """(Session 28) The noun of a person inside another person's apposition phrase that a name
    written right after the phrase is apposed to: the last role noun between the phrase's head
    and the name, governed by a preposition of the phrase ('heir' of '... brother of heir to
    the British throne, Charles'); None where there is none."""
    found: Token | None = None
    for i in range(noun.i + 1, span.start):
        tok = doc[i]
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and is_role_noun(tok, wide):
            found = tok
    return found


def _after_other_name(doc: Doc, span: NameSpan, appos: Token) -> bool:
    """(session 13) An apposition the parse hangs on the first conjunct but written after
    another person's name ('Maria Lopez of Harvard and Jing Zhou, professor of management'):
    the word before its comma is a person's name outside this one. A plural apposition is
    every conjunct's ('Bill Gurley and Brad Gerstner, hosts of BG2 Pod')."""
    lead = appos.left_edge.i
    # a plural apposition is every conjunct's ('Bill Gurley and Brad Gerstner, hosts of ...')
    if is_plural(appos) or lead < 2 or doc[lead - 1].text != "," or lead - 2 < span.end:
        return False
    before = doc[lead - 2]
    return before.ent_type_ == "PERSON" and before.i >= span.end


def _handed_apposition(doc: Doc, span: NameSpan, root: Token) -> Token | None:
    """(session 13) The apposition written right after this name, a later conjunct, that the
    parse hangs on the first conjunct of the coordination ('... and Jing Zhou, professor of
    management at Rice University'): it is this name's."""
    if root.dep_ != "conj" or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    for anchor in root.ancestors:
        for child in anchor.rights:
            if child.dep_ == "appos" and child.left_edge.i == span.end + 1:
                return child
    return None


# A role read before a name keeps at most this many words before its noun ("CNN's chief
# medical correspondent": 'CNN', "'s", 'chief', 'medical').
_MAX_WORDS_BEFORE_ROLE_NOUN = 4


def role_before(doc: Doc, span: NameSpan, root: Token, wide: bool = False) -> str | None:
    """A role written before the name in the name's own noun phrase: 'Wild coach Bruce Brown',
    "the company's co-founder Ann Lee", 'U.S. Ambassador to the European Union Gordon Sondland'."""
    end = span.start
    while end > 0 and doc[end - 1].lower_.rstrip(".") in ADDRESS_ONLY:
        end -= 1
    start = end
    while start > 0 and end - start < MAX_PARSED_ROLE_WORDS:
        prev = doc[start - 1]
        joined = prev.whitespace_ == "" or prev.lower_ in POSSESSIVE_MARKS  # 'co-founder', "Acme's"
        inside = prev.i >= root.left_edge.i or joined
        # 'her boyfriend Tobias Merrick travelled' parsed with the noun as the head of
        # the name's clause or as a second subject of its verb: a noun of a person right before
        # the name, above it or beside it in the parse
        tied = prev.is_ancestor(root) or (prev.head.i == root.head.i and prev.dep_ == root.dep_)
        above = start == end and prev.text.islower() and tied
        inside = inside or (above and is_role_noun(prev, wide))
        # a determiner ends the phrase unless a preposition comes before it ('Ambassador to the EU')
        det_inside = prev.lower_ in DETERMINERS and start >= 2 and doc[start - 2].pos_ == "ADP"
        if (
            not inside
            or (prev.lower_ in DETERMINERS and not det_inside)
            or prev.text in (",", ";", ":", "(", ")", '"', "“", "”")
            or prev.is_space
            or "\n" in prev.whitespace_
        ):
            break
        start -= 1
    # the role holds its noun ('coach', 'Administrator', 'Ambassador to the EU'), with a few
    # words before it at most ("CNN's chief medical correspondent"), no verb first
    nouns = [i for i in range(start, end) if is_role_noun(doc[i], wide)]
    if not nouns:
        return None
    start = max(start, nouns[0] - _MAX_WORDS_BEFORE_ROLE_NOUN)
    while start < nouns[0] and doc[start].pos_ in ("VERB", "AUX", "PUNCT"):
        start += 1
    last = doc[end - 1]
    if is_plural(last):
        while start < end - 1 and doc[start].like_num:
            start += 1  # 'two producers Ann Lee and ...': each is a producer
    return each_holds(role_phrase(doc, start, end), last)  # 'Researchers Beth Smith and ...'


# Verbs that say a plural noun's members follow ('Study co-authors include A, B and C').
_INCLUDE_VERBS = words("include_verbs")


# Lemmas of verbs of naming ('a goat herder named Kaldi', 'a man called Ove').
_NAMING_VERBS = words("naming_verbs")


def instance_role(doc: Doc, span: NameSpan, naming: bool = False) -> str | None:
    """The name as an instance of a noun of people: 'politicians such as Bill Clinton and
    Jo Bell', 'researchers Beth Smith and Tom Jones', 'Study co-authors include Eric Bui, ...',
    'an Ethiopian goat herder named Kaldi'. The role is the noun's phrase, in the singular.
    `naming`: only 'a <noun of a person> named/called X', which also shows X is a person."""
    if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_MARKS:
        return None  # 'complications such as Taylor's': what the name owns is the instance
    if span.start > 0 and doc[span.start - 1].text == "(":
        return None  # 'a grieving widow (Rooney Mara)': the part played, a credit
    first = span_root(doc, span)
    while first.head.i < first.i and (
        first.dep_ == "conj" or (first.dep_ == "appos" and first.head.ent_type_ == "PERSON")
    ):
        first = first.head  # the list's first name ('A, B and C': B may be parsed appos)
    head = first.head
    noun: Token | None = None
    if (
        first.dep_ == "pobj"
        and head.lower_ == "as"
        and any(c.lower_ == "such" for c in (*head.lefts, *head.head.children))
    ):
        noun = head.head  # 'N such as X'
    elif first.dep_ in ("dobj", "attr") and head.lower_ in _INCLUDE_VERBS:
        subj = [c for c in head.lefts if c.dep_ == "nsubj"]
        noun = subj[-1] if subj else (head.head if head.dep_ == "acl" else None)
    elif (
        first.dep_ in ("oprd", "dobj", "xcomp")
        and head.lemma_ in _NAMING_VERBS
        and head.dep_ == "acl"
    ):
        noun = head.head  # 'a herder named Kaldi'
    elif first.dep_ == "appos" and head.i < first.i and is_plural(head) and is_person_noun(head):
        noun = head  # 'the researchers Beth Smith and Tom Jones'
    elif any(c.dep_ in BESIDE and c.ent_type_ == "PERSON" for c in first.children):
        # 'Researchers Beth Smith and Tom Jones': a plural noun right before a list's first name
        k = entity_start(doc, first)
        prev = doc[k - 1] if k > 0 else None
        if prev is not None and is_plural(prev) and is_person_noun(prev):
            noun = prev
    is_naming = first.dep_ in ("oprd", "dobj", "xcomp") and head.lemma_ in _NAMING_VERBS
    if naming and not (is_naming and noun is not None and is_person_noun(noun)):
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= span.start:
        return None
    if not (is_person_noun(noun) or (noun.pos_ == "NOUN" and noun.text.islower())):
        return None
    kind = singular(noun)
    if kind in words("thing_nouns") or kind in ORG_COMMON_NOUNS or kind in PLACE_KIND_NOUNS:
        return None  # 'apps such as ...', 'locations such as Phu Quoc': no role of a person
    start = noun.i
    while start > 0 and (
        is_joined(doc[start - 1])
        or (doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[start - 1].is_punct)
    ):
        start -= 1
    while (
        start < noun.i and doc[start].ent_type_ in ("PERSON", "GPE") and doc[start].pos_ == "PROPN"
    ):
        start += 1  # never a name of its own
    while start < noun.i and (doc[start].like_num or doc[start].lower_ in DETERMINERS):
        start += 1  # 'two producers', 'three daughters': one of them is a producer
    mods = doc[start : noun.i].text_with_ws
    return f"{mods}{singular(noun)}"


def affiliation(doc: Doc, span: NameSpan) -> str | None:
    """'Sui-Lee Wee of the New York Times', 'Naomi Simon of MGH': the organisation right after
    the name, kept as the role ('of the New York Times'), when the clause ends with it; or an
    organisation's possessive right before the name ("BBC's Emily Maitlis" -> 'of BBC')."""
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ in POSSESSIVE_MARKS
        and doc[span.start - 2].ent_type_ == "ORG"
    ):
        k = entity_start(doc, doc[span.start - 2])
        if doc[k].lower_ == "the":
            k += 1
        return f"of {doc[k : span.start - 1].text}"
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    org = next(
        (
            e
            for e in doc.ents
            if e.start == span.end + 1
            or (e.start == span.end + 2 and doc[span.end + 1].lower_ == "the")
        ),
        None,
    )
    if org is None or org.label_ != "ORG":
        return None
    after = doc[org.end] if org.end < len(doc) else None
    if after is not None and not after.is_punct and after.lower_ not in ("and", "said", "says"):
        return None
    return str(doc[span.end : org.end].text)
