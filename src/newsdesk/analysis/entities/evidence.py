"""Evidence that a 'person' the model found is a person, and evidence that it is not.

spaCy's small model tags Title-Case headings ("Immune Support", "Guest Count"), product and
brand names ("Oracle Cloud", "Kaseya Connect") as PERSON, mostly in product, advice and how-to
pages. A person the article names is almost always shown as one: a given name, a title or a
role, a verb of saying or another human verb with the name as its subject, "he"/"she" right
after, a later surname-only mention. A heading or a product has none of these, and shows
instead a word the article writes in lower case, a line of its own with no verb, or a brand
the article names alone as an organisation.

A person with no evidence FOR and some evidence AGAINST is dropped. The absence of a known given
name alone never drops a name: the list (US Census 1990, data/first-names.txt) lacks most
non-Western names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from spacy.tokens import Doc

from newsdesk.analysis.entities.lexicon import first_names, is_english_word
from newsdesk.analysis.entities.people import PersonGroup, span_root, title_before
from newsdesk.analysis.entities.spans import Span
from newsdesk.analysis.entities.words import NAME_PARTICLES, PLACE_NOUNS, words
from newsdesk.analysis.gazetteer import fold

# Pronouns that refer back to a person named just before ("Lee ... She said").
_PERSON_PRONOUNS = {"he", "she"}
# A heading line holds the name and at most this many other words, none of them a verb
# ("Immune Support", "1. Guest Count", "Kaseya Connect 2025").
_MAX_HEADING_EXTRA_WORDS = 3


@cache
def _human_verbs() -> frozenset[str]:
    return words("human_verbs")


def _human_subject(doc: Doc, span: Span) -> bool:
    """'Lee said', 'Lee, 42, told reporters', 'Lee founded the company'."""
    root = span_root(doc, span)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _human_verbs()


def _pronoun_after(doc: Doc, span: Span) -> bool:
    """'he' or 'she' as a subject later in the name's sentence or in the next one."""
    sent = doc[span.start].sent
    end = sent.end
    if end < len(doc):
        end = doc[end].sent.end
    return any(
        doc[i].lower_ in _PERSON_PRONOUNS and doc[i].dep_ in ("nsubj", "nsubjpass")
        for i in range(span.end, end)
    )


def _given_name(name: str) -> bool:
    parts = [fold(w).strip(".") for w in name.split()]
    return bool(parts) and parts[0] in first_names()


# Weights of the evidence, in one unit: a person is dropped when the evidence against weighs
# more than the evidence for, and at least _DROP_AT. A title or a role settles it; a given name,
# "he"/"she" or a verb of saying nearly do; a later surname mention counts less, since products
# are named by their last word too. English words alone (WordNet also lists 'Tiger Woods',
# 'Salim Malik', 'Hun Sen') never drop a name.
_FOR_ROLE = 3.0
_FOR_GIVEN_NAME = 2.0
_FOR_PRONOUN = 2.0
_FOR_HUMAN_VERB = 2.0
_FOR_SURNAME_MENTION = 1.0
_AGAINST_LOWER_CASE = 2.0  # a word the article also writes in lower case ('Regulatory')
_AGAINST_ORG_WORD = 2.0  # a word the article names alone as an organisation ('Oracle Cloud')
_AGAINST_HEADING = 2.0  # a line of its own, English words only ('Guest Count')
_AGAINST_ENGLISH = 1.0  # English words only (WordNet also lists 'Tiger Woods': weak)
_AGAINST_PLACE_NOUN = 2.0  # 'Twin Cities', 'Hovenweep Canyon': a place's last word
_AGAINST_DETERMINER = 2.0  # 'the Analyzer', 'a Burger': no person is 'the Woods'
_DROP_AT = 2.0


def person_evidence(doc: Doc, group: PersonGroup, lowercase: set[str]) -> float:
    score = 0.0
    if group.role or any(
        title_before(doc, s.start) is not None
        or (s.start > 0 and doc[s.start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr"))
        for s in group.mentions
    ):
        score += _FOR_ROLE
    firsts = {fold(f.split()[0]).strip(".") for f in [group.name, *group.forms]}
    if firsts & first_names():
        score += _FOR_GIVEN_NAME
    if any(_pronoun_after(doc, s) for s in group.mentions):
        score += _FOR_PRONOUN
    if any(_human_subject(doc, s) for s in group.mentions):
        score += _FOR_HUMAN_VERB
    last = group.name.split()[-1]
    if (
        " " in group.name
        and last.lower() not in lowercase
        and any(fold(s.text) == fold(last) and s.end - s.start == 1 for s in group.mentions)
    ):
        score += _FOR_SURNAME_MENTION  # 'Vanessa Mendez ... Mendez', not '... the Cloud'
    return score


def _line(doc: Doc, span: Span) -> tuple[int, int]:
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    end = span.end
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
    return start, end


def _heading(doc: Doc, span: Span) -> bool:
    """The name is a line of its own, or nearly: a list number before it, a few words, no verb,
    no figure and no other name (a results line, '1. Lars Riedel (Germany) 66.20', is none)."""
    start, end = _line(doc, span)
    while start < span.start and (doc[start].like_num or doc[start].is_punct):
        start += 1  # '1.', '•'
    outside = [doc[i] for i in [*range(start, span.start), *range(span.end, end)]]
    return (
        sum(t.is_alpha for t in outside) <= _MAX_HEADING_EXTRA_WORDS
        and not any(t.pos_ in ("VERB", "AUX") or t.like_num or t.ent_type_ for t in outside)
        and not any(t.text in ("(", ")", ",") for t in outside)
    )


_DETERMINERS = {"the", "a", "an", "this", "that", "our", "your", "its", "my", "their", "these", "those"}


def evidence_against(
    doc: Doc, group: PersonGroup, lowercase: set[str], org_words: set[str]
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
    # a given name is no English word here, though WordNet lists 'vanessa' (a butterfly)
    english = bool(parts) and all(
        is_english_word(w) and fold(w) not in first_names() for w in parts
    )
    if english and all(_heading(doc, s) for s in group.mentions):
        score += _AGAINST_HEADING  # a byline, 'Mishi Saran', is no heading of English words
    elif english and len(parts) > 1:
        score += _AGAINST_ENGLISH
    last = group.name.split()[-1].lower()
    singular = re.sub(r"ies$", "y", last) if last.endswith("ies") else last.removesuffix("s")
    if len(parts) > 1 and (last in PLACE_NOUNS or singular in PLACE_NOUNS):
        score += _AGAINST_PLACE_NOUN
    if any(s.start > 0 and doc[s.start - 1].lower_ in _DETERMINERS for s in group.mentions):
        score += _AGAINST_DETERMINER
    return score


def not_a_person(doc: Doc, group: PersonGroup, lowercase: set[str], org_words: set[str]) -> bool:
    if any(unicodedata.category(c) == "So" for c in group.name):
        return True  # an emoji or other symbol inside ('🇩🇪 German') is in no person's name
    evidence = person_evidence(doc, group, lowercase)
    if " " not in group.name and evidence == 0:
        return True  # a lone word with nothing to show a person: a brand or a misread word
    against = evidence_against(doc, group, lowercase, org_words)
    return against >= _DROP_AT and against > evidence


__all__ = [
    "evidence_against",
    "not_a_person",
    "person_evidence",
]
