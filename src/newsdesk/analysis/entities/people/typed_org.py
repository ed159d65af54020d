"""(Session 25) People the model typed as organisations: a full name the model tagged ORG
('Binyah Kesselly, chairman of ...', 'UN envoy Terje Roed-Larsen warned', 'Alain Tita Mongu
takes part ... Mongu left his native Cameroon') is a person where its words are shaped like a
person's name, no firm's word or gazetteer place among them, and the text shows a person at
one of its mentions and a firm at none.

The shape (`_name_words`): two to four capitalised words of letters (a hyphen or an apostrophe
inside one, 'Roed-Larsen', "O'Neill"; a surname prefix in lower case, 'duPlessis'), no firm's
word anywhere (`person_shape.FIRM_NAME_WORDS`: the org lists, org-words.json), a known given
name or a word of no English first, a known surname or a word of no English last.

The evidence of a person (`_person_at`), read at each mention of the name: what
`name_reading.person_evidence_at` reads (a role in apposition, a title before it, a verb of
saying, 'he'/'she' after it) but a verb of saying alone ('Morgan Stanley said'); the subject of
a verb with a personal pronoun after it that refers back ('Mongu left his native Cameroon',
'Grace Jones arrived ... for the first show of her tour'); a role noun in apposition before it
('One bystander, Marius duPlessis,') or right before it ('UN envoy Terje Roed-Larsen'), or
opening an apposition after it ('Binyah Kesselly, chairman of ...'); the name after 'by' that
a work or a noun of a person's work governs ('a book called "..." by Lydia Marie Child', 'a
workshop by Deb Ellis'); a prize's category before 'for' ('best director for Baz Luhrmann');
(session 28) the subject of 'be' whose complement is a noun of a person that firms are not
called too ('Hori Parata is a fierce elder of the Ngatiwai tribe'; not 'a leading provider');
(session 30) 'who' right after it, the parse's relative clause of the name ('Alain Mongu, who
fled in 2019,').

The evidence of a firm (`_firm_at`), read at every mention, vetoes: a firm cue beside it
(`firms.org_cue`: 'the bank Morgan Stanley', 'an analyst at Morgan Stanley', 'acquired ...'),
a determiner before it ('the Dow Jones'), 'its' or 'it' a subject in the clause of the verb
whose subject the name is, before any personal pronoun ('Morgan Stanley cut its forecast. She
said ...'), or a firm's noun with 'the' as a subject later in its sentence or in the next one
('The bank said').

A title the model took into the span is split off (`titled_tail`): 'according to Director of
Product Management Joe Ambeault' (one ORG 'Product Management Joe Ambeault') gives Joe
Ambeault, a known given name opening a person-shaped tail with a title before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.entities.document.firms import org_cue
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.appositions import apposition_role
from newsdesk.analysis.entities.people.name_reading import person_reading, said_by
from newsdesk.analysis.entities.people.nouns import person_word
from newsdesk.analysis.entities.people.person_shape import FIRM_NAME_WORDS, name_word
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.tree import (
    next_sentence_end,
    pronoun_after,
    span_root,
    who_after,
)
from newsdesk.analysis.entities.spans import NameSpan, is_title, make_span, mention_determiner
from newsdesk.analysis.entities.words import ORG_COMMON_NOUNS, people_words, words
from newsdesk.analysis.gazetteer import fold
from newsdesk.analysis.gazetteer import load as load_gazetteer

_MIN_WORDS = 2
_MAX_WORDS = 4
_JOINERS = frozenset({"-", "‐", "‑", "'", "’"})
# Nouns a firm, a work or a thing is called, never a person's role before the name's comma.
_NOT_PERSON_NOUNS = (
    ORG_COMMON_NOUNS
    | words("firm_role_nouns")
    | words("thing_nouns")
    | people_words("work_nouns")
    | people_words("authored_nouns")
)
_PERSONAL = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
_IMPERSONAL = frozenset({"it", "its", "itself"})
# Nouns of works and of a person's work whose 'by' names the person who made them.
_WORK_NOUNS = people_words("authored_nouns") | people_words("person_work_nouns")
# 'duPlessis', 'deGrasse': a surname prefix of two or three letters in lower case.
_PREFIXED = re.compile(r"[a-z]{2,3}(?=[A-Z][a-z])")


def _name_words(doc: Doc, start: int, end: int) -> list[str] | None:
    """The words of tokens start..end, a hyphen or apostrophe written without spaces joining
    its neighbours into one word ('Jo-Wilfried', 'Roed-Larsen'); None where a token is neither
    such a mark nor a word of letters, or a line breaks inside."""
    out: list[str] = []
    glue = False
    for k in range(start, end):
        tok = doc[k]
        if k < end - 1 and "\n" in tok.whitespace_:
            return None
        if tok.text in _JOINERS and out and not doc[k - 1].whitespace_ and not tok.whitespace_:
            out[-1] += tok.text
            glue = True
            continue
        if not tok.is_alpha:
            return None
        if glue:
            out[-1] += tok.text
            glue = False
        else:
            out.append(tok.text)
    return None if glue else out


def _name_word(word: str) -> bool:
    """A capitalised word of a name ('Kesselly', 'Roed-Larsen'), or one after a surname
    prefix in lower case ('duPlessis', 'deGrasse')."""
    if name_word(word):
        return True
    low = _PREFIXED.match(word)
    return low is not None and name_word(word[low.end() :])


def _known_or_foreign(word: str, names: frozenset[str]) -> bool:
    """A hyphen-joined part of the word is in `names` or no English word ('Roed-Larsen')."""
    parts = [p for p in word.replace("’", "'").split("-") if p]
    return any(fold(p) in names or not is_english_word(p) for p in parts)


def person_shaped_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end read as a person's full name (the module's doc)."""
    found = _name_words(doc, start, end)
    if found is None or not _MIN_WORDS <= len(found) <= _MAX_WORDS:
        return False
    if not all(_name_word(w) for w in found):
        return False
    if any(w.lower() in FIRM_NAME_WORDS for w in found) or is_title(doc[start]):
        return False
    first, last = found[0], found[-1]
    if not (_known_or_foreign(first, first_names()) and _known_or_foreign(last, surnames())):
        return False
    return not load_gazetteer().lookup(doc[start:end].text)


def _pronoun_reading(doc: Doc, span: NameSpan) -> bool | None:
    """The first pronoun after the name in its sentence or the next, before any other
    person the model tagged, that may stand for it: True for a personal one ('his', 'she'),
    False for 'its' or 'it' a subject (`_stands_for`), None for neither."""
    end = next_sentence_end(doc, span.start)
    for k in range(span.end, end):
        tok = doc[k]
        if tok.ent_type_ == "PERSON":
            return None
        if tok.lower_ in _PERSONAL and tok.pos_ == "PRON":
            return True
        if tok.lower_ in _IMPERSONAL and tok.pos_ == "PRON" and _stands_for(doc, span, tok):
            return False
    return None


def _stands_for(doc: Doc, span: NameSpan, tok: Token) -> bool:
    """'its', or 'it' a subject, that may stand for the name: inside the clause of the verb
    whose subject the name is ('Morgan Stanley cut its forecast', 'Goldman Sachs said it
    would cut'); not an 'it' elsewhere ('according to Joe Ambeault) made it in. ... it's')."""
    if tok.lower_ == "it" and tok.dep_ not in SUBJECT:
        return False
    root = span_root(doc, span)
    return root.dep_ in SUBJECT and tok.i in {t.i for t in root.head.subtree}


def _role_before(doc: Doc, span: NameSpan) -> bool:
    """'One bystander, Marius duPlessis,': a noun in lower case right before the comma before
    the name, a noun of a person (`nouns.person_word`) or one the parse makes the name an
    apposition of ('One witness, ...'), and no noun of firms, works or things ('Its rival,
    ...', 'The company, ...')."""
    k = span.start
    if k < 2 or doc[k - 1].text != ",":
        return False
    noun = doc[k - 2]
    lemma = noun.lemma_.lower()
    if not (noun.text.islower() and noun.pos_ == "NOUN") or lemma in _NOT_PERSON_NOUNS:
        return False
    root = span_root(doc, span)
    return person_word(lemma) or (root.dep_ == "appos" and root.head.i == noun.i)


def _role_beside(doc: Doc, span: NameSpan) -> bool:
    """'UN envoy Terje Roed-Larsen', 'Binyah Kesselly, chairman of the board of ...': a noun of
    a person (`nouns.person_word`), in lower case, right before the name and tied to it by the
    parse, or opening a phrase in apposition right after the name's comma; not a noun firms
    are called ('rival', 'partner': `firm_role_nouns`; 'company', 'bank')."""

    def role(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return (
            tok.text.islower()
            and tok.pos_ == "NOUN"
            and person_word(lemma)
            and lemma not in _NOT_PERSON_NOUNS
        )

    root = span_root(doc, span)
    k = span.start
    if k > 0 and role(doc[k - 1]) and (doc[k - 1].head.i == root.i or root.head.i == k - 1):
        return True
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    k = span.end + 1
    while k < len(doc) - 1 and doc[k].pos_ in ("DET", "ADJ"):
        k += 1
    return role(doc[k]) and (doc[k].dep_ == "appos" or doc[k].head.i == root.i)


def _person_predicate(doc: Doc, span: NameSpan) -> bool:
    """(Session 28) 'Hori Parata is a fierce elder of the Ngatiwai tribe': the name is the
    subject of 'be' whose complement is a noun of a person (`nouns.person_word`) in lower
    case, and no noun firms are called too ('Morgan Stanley is a leading provider of ...',
    'a member of', 'a partner': `firm_role_nouns`, the org lists)."""
    root = span_root(doc, span)
    verb = root.head
    if root.dep_ not in SUBJECT or verb.i <= root.i or verb.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr"
        and c.pos_ == "NOUN"
        and c.text.islower()
        and person_word(c.lemma_.lower())
        and c.lemma_.lower() not in _NOT_PERSON_NOUNS
        for c in verb.rights
    )


def _by_author(doc: Doc, span: NameSpan) -> bool:
    """'a book called "The Girl's Own Book" by Lydia Marie Child', 'a workshop by Deb Ellis':
    'by' right before the name, after a work the model tagged (a closing mark between) or a
    noun of a person's work (`authored_nouns`, `person_work_nouns`)."""
    k = span.start
    if k < 2 or doc[k - 1].lower_ != "by":
        return False
    j = k - 2
    while j > 0 and doc[j].is_punct and doc[j].text not in (",", "."):
        j -= 1
    if doc[j].ent_type_ == "WORK_OF_ART":
        return True
    head = doc[k - 1].head
    return doc[j].lemma_.lower() in _WORK_NOUNS or (
        head.i < k - 1 and head.lemma_.lower() in _WORK_NOUNS
    )


def _prize_for(doc: Doc, span: NameSpan) -> bool:
    """'best director for Baz Luhrmann', 'best actor for Ewen McGregor': 'for' right before
    the name, a noun of a person before it, a prize's word (`prize_words`) opening that
    category."""
    k = span.start
    if k < 3 or doc[k - 1].lower_ != "for":
        return False
    noun = doc[k - 2]
    if not (noun.text.islower() and person_word(noun.lemma_.lower())):
        return False
    return any(doc[j].lower_ in people_words("prize_words") for j in range(max(0, k - 5), k - 2))


def _person_at(doc: Doc, span: NameSpan) -> bool:
    """The text shows a person at this mention (the module's doc)."""
    last = doc[span.end - 1]
    if apposition_role(doc, span) is not None or title_before(doc, span.start) is not None:
        return True
    if _role_before(doc, span) or _role_beside(doc, span) or _by_author(doc, span):
        return True
    if _prize_for(doc, span) or _person_predicate(doc, span):
        return True
    if who_after(doc, span):
        return True  # (session 30) 'Binyah Kesselly, who chairs the board,'
    root = span_root(doc, span)
    if root.dep_ in SUBJECT or last.dep_ in SUBJECT:
        if _pronoun_reading(doc, span):
            return True
        # a 'he' after another person is that person's, as `_pronoun_reading` reads (session 27)
        after = make_span(doc, last.i, span.end, span.label)
        return pronoun_after(doc, after, before_person=True) and not said_by(last)
    return False


def _firm_noun_next(doc: Doc, span: NameSpan) -> bool:
    """'The bank said ...' after the name: 'the' and a firm's noun as a subject later in the
    name's sentence or in the next one."""
    end = next_sentence_end(doc, span.start)
    return any(
        doc[k].lower_ in ORG_COMMON_NOUNS and doc[k].dep_ in SUBJECT and doc[k - 1].lower_ == "the"
        for k in range(span.end + 1, end)
    )


def _firm_at(doc: Doc, span: NameSpan) -> bool:
    """The text shows a firm at this mention (the module's doc)."""
    if org_cue(doc, span):
        return True
    if span.start > 0 and mention_determiner(doc[span.start - 1]):
        return True
    return _pronoun_reading(doc, span) is False or _firm_noun_next(doc, span)


def given_name_mention(doc: Doc, span: NameSpan, given: set[str]) -> bool:
    """'Grace Jones ... Grace said': a one-word span the model typed ORG that is the given name
    (folded, in `given`) of a person named in full is that person where the text reads a
    person at it (`name_reading.person_reading`: a verb of saying or a human verb whose subject
    it is, a title, 'he'/'she' after it) and no firm (`_firm_at`: 'Apple Martin ... Apple said
    it would cut prices' stays the firm)."""
    return (
        span.label == "ORG"
        and span.end - span.start == 1
        and fold(span.text) in given
        and person_reading(doc, span)
        and not _firm_at(doc, span)
    )


def org_typed_people(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """The names (folded) of the ORG spans that are people: person-shaped, a person's evidence
    at one mention, a firm's at none."""
    by_name: dict[str, list[NameSpan]] = {}
    for s in spans:
        if s.label == "ORG":
            by_name.setdefault(fold(s.text), []).append(s)
    found: set[str] = set()
    for name, mentions in by_name.items():
        if not person_shaped_name(doc, mentions[0].start, mentions[0].end):
            continue
        if any(_firm_at(doc, m) for m in mentions):
            continue
        if any(_person_at(doc, m) for m in mentions):
            found.add(name)
    return found


def titled_tail(doc: Doc, span: NameSpan) -> NameSpan | None:
    """'Product Management Joe Ambeault' after 'Director of': the span's tail from a known
    given name or a word of no English ('Kwame'), person-shaped, with a title right before it, is a person the model took a
    title's words into; the rest of the span is the title's."""
    for k in range(span.start + 1, span.end - 1):
        tok = doc[k]
        if not (tok.text[:1].isupper() and _known_or_foreign(tok.text, first_names())):
            continue
        if not person_shaped_name(doc, k, span.end):
            continue
        tail = make_span(doc, k, span.end, "PERSON")
        if title_before(doc, k) is not None and not _firm_at(doc, tail):
            return tail
    return None


__all__ = ["given_name_mention", "org_typed_people", "person_shaped_name", "titled_tail"]
