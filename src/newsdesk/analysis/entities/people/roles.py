"""A person's role: the finders of the other modules tried in passes over their mentions,
first found wins."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from newsdesk.analysis.entities.people.appositions import (
    affiliation_apposition,
    apposition_role,
    participle_role,
    tie_apposition,
)
from newsdesk.analysis.entities.people.lines import (
    byline_role,
    credentials_role,
    credit_role,
    label_role,
    signature_role,
)
from newsdesk.analysis.entities.people.parsed import affiliation, instance_role, parsed_role
from newsdesk.analysis.entities.people.phrases import AFTER_HEAD
from newsdesk.analysis.entities.people.predicates import verb_role
from newsdesk.analysis.entities.people.titles import (
    agent_title,
    descriptor_before,
    title_after,
    title_before,
)
from newsdesk.analysis.entities.spans import (
    NameSpan,
)
from newsdesk.analysis.entities.words import (
    KIN_NOUNS,
    PERSON_NOUNS,
    people_words,
)

# a finder of roles: a mention's role, or None
Finder = Callable[[NameSpan], str | None]


def person_role(doc: Doc, mentions: list[NameSpan]) -> tuple[str | None, bool, bool]:
    """The person's role and whether it is weak (`PersonGroup.role_weak`), first found wins,
    in five passes over their mentions: an office of the role lists (a title, an apposition,
    the parse, credentials, a credits line, a byline); such an office a verb other
    than 'be' gives ('served as chief financial officer'); a noun of a person naming them ('a goat
    herder named Kaldi'); then any noun of a person the syntax ties to the name ('certified
    financial planner Eric Roberge', 'Keir Starmer, a senior Labour Party figure', 'politicians
    such as Bill Clinton'); last, the organisation named right after or before it ('Sui-Lee Wee
    of the New York Times', "BBC's Emily Maitlis"). A role of the last two passes is weak
    unless it holds a noun of a person ('his wife', 'a senior party figure'). (Session 13) A
    role of a bare noun of a person ('Colin, a reserved gay man') is no role, but it shows a
    person: the third value."""

    # each finder of a pass is tried in turn; a role of a group or a prize is skipped inside
    # the pass, so the pass's next finder still reads the mention (session 22 review)
    listed: tuple[Finder, ...] = (
        lambda s: apposition_role(doc, s),
        lambda s: title_before(doc, s.start),
        lambda s: title_after(doc, s),
        lambda s: parsed_role(doc, s),
        lambda s: agent_title(doc, s.start),
        lambda s: credentials_role(doc, s),
        lambda s: credit_role(doc, s),
        lambda s: byline_role(doc, s),
        lambda s: signature_role(doc, s),
        lambda s: label_role(doc, s),
        lambda s: participle_role(doc, s),
    )
    described: tuple[Finder, ...] = (
        lambda s: parsed_role(doc, s, wide=True),
        lambda s: instance_role(doc, s),
        lambda s: tie_apposition(doc, s),
        lambda s: verb_role(doc, s, wide=True),
        lambda s: descriptor_before(doc, s),
    )

    # each pass, and whether any role it finds shows that the name is a person's
    passes: tuple[tuple[tuple[Finder, ...], bool], ...] = (
        (listed, True),
        ((lambda s: verb_role(doc, s),), True),
        ((lambda s: instance_role(doc, s, naming=True),), True),
        (described, False),
        ((lambda s: affiliation(doc, s), lambda s: affiliation_apposition(doc, s)), False),
    )
    bare = False
    for finders, shows_person in passes:
        for span in mentions:
            role = _first_role(finders, span)
            if role and _bare_person(role):
                bare = True
            elif role:
                # a tie or a person noun ('his wife', 'a senior party figure') shows a person
                tie = any(w in PERSON_NOUNS for w in role.lower().split())
                return role, not shows_person and not tie, True
    return None, False, bare


def _first_role(finders: tuple[Finder, ...], span: NameSpan) -> str | None:
    """The first role a finder of the pass gives the mention that names no group and no
    prize's category (`_group_role`, `_prize_role`): such a role leaves the mention to the
    pass's next finder ('Actor John Smith, best actor at last year's festival, ...' ->
    'Actor')."""
    for find in finders:
        role = find(span)
        if role and not (_group_role(role) or _prize_role(role)):
            return role
    return None


def _bare_person(role: str) -> bool:
    """(session 13) A role whose noun says only that its holder is a person ('New York man',
    'a local resident', `bare_person_nouns`): no role; the next finder is tried."""
    last = role.lower().rstrip(".,").split()[-1:]
    return bool(last) and last[0] in people_words("bare_person_nouns")


def _head_word(role: str) -> str:
    """A role's head noun: its last word before 'of/for/at...' ('family of David Hicks' ->
    'family'), lower case."""
    words = re.split(AFTER_HEAD, f"{role} ", maxsplit=1)[0].lower().rstrip(".,").split()
    return words[-1] if words else ""


def _group_role(role: str) -> bool:
    """(session 22) A role whose head names a group of people ('the family of David Hicks',
    'French duo', `group_nouns`): no one person's role; the next finder is tried."""
    return _head_word(role) in people_words("group_nouns")


def _prize_role(role: str) -> bool:
    """(session 22) A prize's category ('best actor in the same category', 'best director for
    Baz Luhrmann', `prize_words`): an award, no role; a tie stays ('best friend')."""
    parts = role.lower().split()
    if not parts:
        return False  # a blank role opens with no word
    head = _head_word(role)
    return parts[0] in people_words("prize_words") and head not in KIN_NOUNS | PERSON_NOUNS
