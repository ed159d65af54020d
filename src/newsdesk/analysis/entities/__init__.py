"""People, places and organisations from spaCy's entities, corrected the way a reader would.

spaCy's small model mislabels names (a surname as a place, a minister as an organisation) and
splits one person into several mentions. The rules here are about the article, never about
particular names: a surname joins the full name given elsewhere in the same article; a name
with a title or an office beside it is a person; a place is a place only if the gazetteer
knows it or the model is sure; a place inside a longer proper name is not a mention.

One job per module: `spans` (the trimmed spans every rule works on), `people`, `places`,
`organizations`; the word lists are in data/entity-words.json (`words`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.document import (
    PLACE,
    TEAM,
    dateline_spans,
    decide_types,
    listed_places,
    party_state_spans,
    roster_people,
    untagged_countries,
)
from newsdesk.analysis.entities.document.owned import owned_places
from newsdesk.analysis.entities.document.place_cues import part_names
from newsdesk.analysis.entities.evidence import named_things, not_a_person
from newsdesk.analysis.entities.organizations import organizations
from newsdesk.analysis.entities.people import (
    PersonGroup,
    group_people,
    name_keys,
    people_spans,
    to_person,
)
from newsdesk.analysis.entities.people.name_reading import firm_reading
from newsdesk.analysis.entities.people.wrapped import wrapped_names
from newsdesk.analysis.entities.places import org_is_place, resolve_places
from newsdesk.analysis.entities.spans import DocView, NameSpan, clean_span
from newsdesk.analysis.gazetteer import fold
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.model import Organization, Person, Place


def _overlaps(span: NameSpan, taken: set[int]) -> bool:
    return any(i in taken for i in range(span.start, span.end))


def _given_back(
    spans: list[NameSpan],
    rest: list[NameSpan],
    dropped: list[PersonGroup],
    kept: list[PersonGroup],
) -> list[NameSpan]:
    """(Session 14 review) The model's own spans, of another label than a person's, that a
    person candidate took over and that is dropped after all ("Bloomsbury Publishing's latest
    novel", taken for an author's name): the organisation or the place comes back, unless a
    person kept or a span already left holds its words."""
    gone = {i for g in dropped for s in g.mentions for i in range(s.start, s.end)}
    if not gone:
        return []
    held = {i for s in rest for i in range(s.start, s.end)}
    held |= {i for g in kept for s in g.mentions for i in range(s.start, s.end)}
    return [
        s for s in spans if s.label != "PERSON" and _overlaps(s, gone) and not _overlaps(s, held)
    ]


def extract(
    doc: object, *, language: str | None = None
) -> tuple[list[Person], list[Place], list[Organization]]:
    """People, places and organisations of a parsed spaCy Doc (parser and NER run).
    `language`: the article's (`Article.language`); None, not known, is read as English.
    Only organisations depend on it (none in another language)."""
    if not isinstance(doc, Doc):
        raise TypeError(f"entities.extract needs a spaCy Doc, not {type(doc).__name__}")
    gaz = load_gazetteer()
    view = DocView.of(doc)
    ents = tuple(doc.ents)
    spans = [s for s in (clean_span(doc, e.start, e.end, e.label_) for e in ents) if s]
    # (session 31) 'Chan's Hong Kong action films' as one name: the person, and the place
    owned = owned_places(doc, ents, gaz)
    if owned:
        cut = {i for pair in owned for s in pair for i in range(s.start, s.end)}
        spans = [s for s in spans if not _overlaps(s, cut)] + [s for pair in owned for s in pair]
        spans.sort(key=lambda s: s.start)
    # datelines and party-state abbreviations are places whatever the model said of them
    fixed = [*dateline_spans(doc, view, gaz), *party_state_spans(doc, view, gaz)]
    taken = {i for s in fixed for i in range(s.start, s.end)}
    spans = [s for s in spans if not _overlaps(s, taken)]
    spans = roster_people(doc, view, spans, gaz)
    spans = decide_types(doc, view, listed_places(doc, view, spans), gaz)
    # (session 19) names the model tagged across a line break: found once, used by both
    wrapped = wrapped_names(doc)
    person_spans, rest = people_spans(doc, view, spans, wrapped)
    groups = group_people(doc, person_spans, wrapped)
    surnames = {fold(k) for g in groups for k in name_keys(g.name)}
    # a 'person' with nothing to show it is one, and something to show it is not, is dropped (after
    # `surnames`: its other mentions are still no places, 'Carcassonne' the board game)
    lowercase = view.lowercase
    org_words, thing_names = named_things(ents)
    kept = [g for g in groups if not not_a_person(doc, g, lowercase, org_words, thing_names)]
    back = _given_back(spans, rest, [g for g in groups if g not in kept], kept)
    groups = kept
    place_spans: list[NameSpan] = list(fixed)
    org_spans: list[NameSpan] = []
    firms: list[NameSpan] = []  # (session 22) read as a firm though a person's surname
    for span in [*rest, *back]:
        if fold(span.text) in surnames and span.label != PLACE and span not in back:
            if not (span.label == "ORG" and firm_reading(doc, span)):
                continue
            # 'Harrison Ford ... Ford will cut 3,000 jobs': the firm stays one
            firms.append(span)
        if span.label in ("GPE", "LOC", "FAC", PLACE):
            place_spans.append(span)
        elif span.label == TEAM:
            org_spans.append(span)
        elif span.label == "ORG":
            if org_is_place(doc, span, gaz):
                place_spans.append(span)
            else:
                org_spans.append(span)
    covered = {i for s in [*spans, *fixed] for i in range(s.start, s.end)}
    covered |= {i for g in groups for s in g.mentions for i in range(s.start, s.end)}
    place_spans += untagged_countries(doc, view, covered, gaz)
    # (session 30) 'the Evans Court/Linden Row neighborhood': two parts of a town, two places
    place_spans = [p for s in place_spans for p in part_names(doc, s)]
    place_spans.sort(key=lambda s: s.start)
    places = resolve_places(doc, place_spans, gaz, ents, lowercase=view.lowercase)
    people = [to_person(g) for g in groups]
    orgs = organizations(doc, org_spans, language=language, people=people, firms=firms)
    return people, places, orgs


__all__ = ["extract"]
