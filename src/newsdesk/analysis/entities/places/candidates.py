"""Place candidates from the gazetteer: a capitalised name the model did not tag as a place
(left untagged, or typed a person, an organisation or a group) that the gazetteer knows by its
main name as a town, a first-level region or a country is a place when the document gives it a
place's reading, and nothing in the document reads it as a person's or a body's.

The evidence of a place (`place_evidence`): a place slot ('in Uyo', 'from Urus-Martan',
'Tacambaro, Michoacan'), a name a settlement's noun gives ('the town of Uyo', 'the capital
Grozny'), an item of a list beside a place, or the same name tagged a place at another mention
of the document. The evidence against (`person_or_body`), any one of which wins: a title before a
mention ('Mr Washington'), a verb of speech after one ('Jordan said'), a mention the model tags a
person or a body outside a place slot, an organisation's word in or after the name, a team's
noun or a score after it, a possessor and a kin noun before it ('his wife Kali'), a person's
noun before it ('the band Europe'), or the name being the surname or given name of a person the
article names in full.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from spacy.tokens import Doc

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.entities.document.place_cues import (
    PLACE_SLOT_WORDS,
    after_lower_noun_of,
    in_list_of_places,
    place_slot,
    speaks_after_list,
)
from newsdesk.analysis.entities.lexicon import first_names, is_english_word
from newsdesk.analysis.entities.places.common import place_words
from newsdesk.analysis.entities.places.detect import (
    named_by_common_noun,
    names_a_team,
    not_a_name,
)
from newsdesk.analysis.entities.spans import PLACE_LABELS, DocView, NameSpan, make_span
from newsdesk.analysis.entities.words import ORG_WORDS, TITLES, people_words
from newsdesk.analysis.gazetteer import Gazetteer, fold
from newsdesk.labels import PlaceKind


class PlaceEvidence(StrEnum):
    """What in the document reads a name as a place (the gates measured in
    docs/history/session22-placecand.md)."""

    slot = "slot"  # 'in X', 'from X', 'X, Region' (`place_cues.place_slot`)
    named = "named"  # 'the town of X', 'the capital X'
    listed = "listed"  # an item of a list beside a place (`place_cues.in_list_of_places`)
    tagged_elsewhere = "tagged-elsewhere"  # the model tags the same name a place elsewhere
    qualifier = "qualifier"  # 'NORTHAMPTON, England': a region after a tagged place


# The model's labels of a name it did not tag a place that this module reads.
_TYPED = ("PERSON", "ORG", "NORP")


# The kinds of place a candidate may be: a town, a first-level region, a country (a feature's
# or an alias's name is too often something else's: 'at Google', once Topeka's).
_CANDIDATE_KINDS = (PlaceKind.city, PlaceKind.region, PlaceKind.country)
# A candidate has this many words at most ('Santiago de Cuba', 'Sergiyev Posad').
_MAX_WORDS = 4
# Nouns of a settlement that name the place after them without 'of' ('the capital Grozny').
_CAPITAL_NOUNS = place_words("capital_nouns")
_TOWN_NOUNS = place_words("town_nouns") | place_words("named_area_nouns")
_SPEECH_VERBS = people_words("speech_verbs")


def candidate_name(gaz: Gazetteer, text: str, *, alias_ok: bool = False) -> bool:
    """The gazetteer knows `text` by its main name as a town, a region or a country; with
    `alias_ok`, by another of its names too when the place is a big one (`ALIAS_PLACE`)."""
    return any(
        p.kind in _CANDIDATE_KINDS and (primary or (alias_ok and p.population >= ALIAS_PLACE))
        for p, primary in gaz.lookup(text)
    )


def _written_as_named(gaz: Gazetteer, text: str) -> bool:
    """The text is a candidate place's name as the gazetteer writes it, accents and all
    ('Bristol'; not 'God' for Hungary's Göd)."""
    return any(p.name == text for p, _ in gaz.lookup(text) if p.kind in _CANDIDATE_KINDS)


# A place reached through another of its names ('Sergiyev Posad', 'Arbil') is a candidate only
# in a place slot or named by a settlement's noun, and only this big.
ALIAS_PLACE = 100_000


def place_evidence(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    place_tokens: set[int],
    tagged_places: set[str],
) -> PlaceEvidence | None:
    """The document's reason to read `span` as a place, or None. `place_tokens`: the tokens of
    the spans the model tagged a place that the gazetteer knows; `tagged_places`: the folded
    names the model tags a place somewhere in the document."""
    if (
        (place_slot(doc, span, gaz) and not _person_after_comma(doc, span)) or _at_slot(doc, span)
    ) and not _hyphen_after(doc, span):
        return PlaceEvidence.slot
    if _qualifies_place_before(doc, span, gaz, place_tokens):
        return PlaceEvidence.qualifier
    if after_lower_noun_of(doc, span.start, _TOWN_NOUNS) or _after_capital_noun(doc, span):
        return PlaceEvidence.named
    if span.label in _TYPED and in_list_of_places(doc, span, place_tokens, gaz):
        return PlaceEvidence.listed
    if fold(span.text) in tagged_places:
        return PlaceEvidence.tagged_elsewhere
    return None


def _person_after_comma(doc: Doc, span: NameSpan) -> bool:
    """'At The Hanover, Mann worked': a slot read from the comma after the name alone (no
    slot word before it), where the word after the comma is a person's or a body's, no region
    qualifying the name."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        before not in PLACE_SLOT_WORDS
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ in ("PERSON", "ORG")
    )


def _qualifies_place_before(
    doc: Doc, span: NameSpan, gaz: Gazetteer, place_tokens: set[int]
) -> bool:
    """'the town of Tacambaro, Michoacan': a region's or a country's main name right after a
    comma after a place the model tagged."""
    return (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and span.start - 2 in place_tokens
        and any(
            primary and p.kind in (PlaceKind.region, PlaceKind.country)
            for p, primary in gaz.lookup(span.text)
        )
    )


def _at_slot(doc: Doc, span: NameSpan) -> bool:
    """'At Bristol : Gloucestershire 183': 'at' right before a name the model left untagged
    (one it typed a body is the body's: 'at Meta')."""
    return span.label not in _TYPED and span.start >= 1 and doc[span.start - 1].lower_ == "at"


def _hyphen_after(doc: Doc, span: NameSpan) -> bool:
    """'in a Greensboro-area seat': a hyphen right after the name makes it a modifier, not
    the slot's object."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text == "-" and not doc[span.end - 1].whitespace_


def _after_capital_noun(doc: Doc, span: NameSpan) -> bool:
    """'the capital Grozny', 'the Chechen capital Grozny': a lower-case noun of a capital
    right before the name."""
    return (
        span.start >= 1
        and doc[span.start - 1].lower_ in _CAPITAL_NOUNS
        and doc[span.start - 1].is_lower
    )


def person_or_body(doc: Doc, span: NameSpan, person_words_: set[str], teams: set[str]) -> bool:
    """The document reads the name as a person's, a body's or a team's at some mention.
    `person_words_`: the folded words of every person the article names in two words or
    more; `teams`: the folded names the article shows to be teams."""
    name = fold(span.text)
    if name in teams or (span.end - span.start == 1 and name in person_words_):
        return True
    words = [t.lower_ for t in doc[span.start : span.end]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if [t.lower_ for t in doc[i : i + n]] != words:
            continue
        mention = make_span(doc, i, i + n, span.label)
        if i > 0 and doc[i - 1].lower_.rstrip(".") in TITLES:
            return True  # 'Mr Washington'
        nxt = doc[i + n] if i + n < len(doc) else None
        last = doc[i + n - 1]
        if (
            nxt is not None
            and nxt.lemma_.lower() in _SPEECH_VERBS
            and last.head.i == nxt.i
            and last.dep_ in SUBJECT
        ):
            return True  # 'Jordan said' (not 'police in the town of Uyo said')
        if nxt is not None and nxt.lower_ in ORG_WORDS:
            return True  # 'Leeds University'
        if any(doc[k].lower_ in ORG_WORDS for k in range(i, i + n)):
            return True
        if names_a_team(doc, mention) or named_by_common_noun(doc, mention):
            return True  # 'the Chelsea striker', 'the band Europe'
        if i >= 2 and doc[i - 1].is_lower and doc[i - 2].lower_ in ("his", "her", "my", "our"):
            return True  # 'his wife Kali'
        label = doc[i].ent_type_
        if i != span.start and label in ("PERSON", "ORG") and not _slot_before(doc, i):
            return True  # the model's own reading of another mention, where no slot is
    return False


def _slot_before(doc: Doc, i: int) -> bool:
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and (doc[j].lower_ in PLACE_SLOT_WORDS or doc[j].lower_ in ("at", "of", ","))


def _runs(view: DocView, covered: set[int]) -> Iterator[tuple[int, int]]:
    """Runs of capitalised proper-noun tokens outside every span (as `untagged_countries`
    reads them)."""
    i, n = 0, len(view.words)
    while i < n:
        j = i
        while j < n and j not in covered and view.pos[j] == "PROPN" and view.words[j][:1].isupper():
            j += 1
        if j > i:
            yield i, j
            i = j
        else:
            i += 1


def tagged_place_names(doc: Doc) -> set[str]:
    """The folded names the model tags a place somewhere in the document."""
    return {fold(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}


def untagged_candidates(
    doc: Doc,
    view: DocView,
    covered: set[int],
    gaz: Gazetteer,
    place_tokens: set[int],
    person_words_: set[str],
    teams: set[str],
) -> list[tuple[NameSpan, PlaceEvidence]]:
    """Runs of capitalised names no span covers that are place candidates with their
    evidence."""
    tagged = tagged_place_names(doc)
    found: list[tuple[NameSpan, PlaceEvidence]] = []
    for start, end in _runs(view, covered):
        if end - start > _MAX_WORDS:
            continue
        span = make_span(doc, start, end, "GPE")
        ev = candidate_evidence(doc, span, gaz, place_tokens, tagged, person_words_, teams)
        if ev is not None:
            found.append((span, ev))
    return found


def candidate_evidence(
    doc: Doc,
    span: NameSpan,
    gaz: Gazetteer,
    place_tokens: set[int],
    tagged: set[str],
    person_words_: set[str],
    teams: set[str],
) -> PlaceEvidence | None:
    """The evidence that makes `span` (a name the model did not tag a place) a place, or None
    when it is no candidate, has no evidence, or the document reads it otherwise."""
    if span.end - span.start > _MAX_WORDS or not candidate_name(gaz, span.text, alias_ok=True):
        return None
    if span.end - span.start == 1 and _common_word(gaz, span):
        return None
    if not_a_name(doc, span, gaz) or speaks_after_list(doc, span.start, span.end):
        return None
    if span.end - span.start == 1 and span.text.isupper() and len(span.text) <= 3:
        return None  # 'MI', 'ST': a code, read by the code rules
    ev = place_evidence(doc, span, gaz, place_tokens, tagged)
    if ev is None or person_or_body(doc, span, person_words_, teams):
        return None
    if ev not in (PlaceEvidence.slot, PlaceEvidence.named) and not candidate_name(gaz, span.text):
        return None
    if ev == PlaceEvidence.tagged_elsewhere and is_english_word(span.text, nouns=True):
        return None  # another mention's tag vouches for no word of English ('Gulf', 'West')
    return ev


def _common_word(gaz: Gazetteer, span: NameSpan) -> bool:
    """One word that reads as something else than the town: a verb, adjective or adverb of
    English ('in March', 'in Spring 2026'), a noun not written as the town is ('in God'), or,
    tagged a person, a given name ('next to Brad')."""
    word = span.text.lower()
    if is_english_word(word, nouns=False):
        return True
    if is_english_word(word) and not _written_as_named(gaz, span.text):
        return True
    return span.label == "PERSON" and fold(span.text) in first_names()


def person_words(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """The folded words of every person the model names in two words or more."""
    return {
        fold(doc[i].text)
        for s in spans
        if s.label == "PERSON" and s.end - s.start >= 2
        for i in range(s.start, s.end)
    }


def known_place_tokens(spans: list[NameSpan], gaz: Gazetteer) -> set[int]:
    """The tokens of the spans tagged a place that the gazetteer knows."""
    return {
        i
        for s in spans
        if s.label in (*PLACE_LABELS, "PLACE") and gaz.lookup(s.text)
        for i in range(s.start, s.end)
    }


def untagged_places(
    doc: Doc,
    view: DocView,
    covered: set[int],
    gaz: Gazetteer,
    spans: list[NameSpan],
    teams: set[str],
) -> list[NameSpan]:
    """The untagged place candidates with evidence (`untagged_candidates`), as spans."""
    found = untagged_candidates(
        doc,
        view,
        covered,
        gaz,
        known_place_tokens(spans, gaz),
        person_words(doc, spans),
        teams,
    )
    return [s for s, _ in found]
