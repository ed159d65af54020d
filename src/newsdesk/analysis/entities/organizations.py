"""Organisations: the ORG spans left once people and places are taken, one entry per name."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsdesk.analysis.entities.spans import Span, make_span, mention
from newsdesk.analysis.entities.words import ORG_WORDS, ROLE_NOUNS, TITLES, words
from newsdesk.analysis.gazetteer import fold
from newsdesk.model import Organization

# A word between two organisation spans that makes them one name ("the Los Angeles Declaration"
# + "on" + "Migration and Protection").
_JOINERS = words("org_name_joiners")
# Words that, alone, name no organisation ('Department'; 'State' of 'Secretary of State').
_LONE_NON_ORG = ORG_WORDS | words("lone_non_org_words")


def organizations(doc: Doc, spans: Iterable[Span]) -> list[Organization]:
    groups: dict[str, Organization] = {}
    merged: list[Span] = []
    for span in spans:
        if span.label not in ("ORG", "TEAM"):
            continue
        prev = merged[-1] if merged else None
        # "the Los Angeles Declaration" + "on" + "Migration and Protection" is one name
        if prev is not None and span.start == prev.end + 1 and doc[prev.end].lower_ in _JOINERS:
            merged[-1] = make_span(doc, prev.start, span.end, prev.label)
        else:
            merged.append(span)
    for span in merged:
        # 'State' in 'Secretary of State' is part of an office, not an organisation mention.
        if (
            span.start >= 2
            and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLES | ROLE_NOUNS
        ):
            continue
        if span.end - span.start == 1 and doc[span.start].lower_ in _LONE_NON_ORG:
            continue
        key = fold(span.text)
        org = groups.get(key)
        if org is None:
            org = groups[key] = Organization(span.text, [], [])
        elif span.text != org.name and span.text not in org.aliases:
            org.aliases.append(span.text)
        org.mentions.append(mention(span))
    return list(groups.values())
