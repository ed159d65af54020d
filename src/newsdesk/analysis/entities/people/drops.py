"""Why a person candidate was dropped: every filter that drops a span the model or a
newsdesk rule proposed as a person, or retypes it away from person, names itself here, so a
bench can count what each filter costs and saves (`bench/entities.py --drops`). A person can
still be lost without a drop: grouping folds two people who share a surname into one entry (its
`-v` line "no drop recorded" counts such losses).

Recording is off unless a caller opens `recording()` (`droplog.DropLog`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.analysis.entities.droplog import DropLog


class DropReason(StrEnum):
    """The filter that dropped a person candidate (or retyped it away from person)."""

    # document.decide_types: what the whole article says of a name
    place_list = "place-list"  # in a list of places ('Java, Sumatra and Bali')
    team = "team"  # a gazetteer name followed by a score
    place_votes = "place-votes"  # tagged a place more often than a person, or a country
    gazetteer_place = "gazetteer-place"  # a big city/region or a place slot, no surname
    place_noun = "place-noun"  # last word a place noun ('Orange County')
    event_word = "event-word"  # last word an event ('Davis Cup')
    thing = "thing"  # a product-shaped phrase ('Magic Keyboard')
    titles_only = "titles-only"  # 'Lt. Col.' alone
    company_cue = "company-cue"  # the article ties the name to a company or product
    org_votes = "org-votes"  # tagged a firm more often than a person, no surname
    product_shaped = "product-shaped"  # digits or mixed case ('iPhone 15')
    acronym_inside = "acronym-inside"  # an acronym inside the name
    org_word = "org-word"  # last word a firm word ('... Group')
    heading_word = "heading-word"  # a heading word ('Attendance:') or a one-word adverb/verb
    not_name_shaped = "not-name-shaped"  # not shaped as a name and no name at its end
    # people.detect.people_spans: what of a span is a name
    firm_name = "firm-name"  # 'Lina Moss Photography', or the firm word alone
    not_a_name = "not-a-name"  # spans no name is made of
    odd_word = "odd-word"  # nothing of a name left once titles and tails are cut ('Gen Z')
    inside_name = (
        "inside-name"  # part of another proper name ('Robert Wood Johnson Medical School')
    )
    article_given_name = "article-given-name"  # a lone given name after 'the' ('The Bill')
    # people.grouping: one-word names met at most twice with no role
    lone_word = "lone-word"
    # evidence.not_a_person: a 'person' with nothing to show it is one
    symbol = "symbol"  # an emoji or symbol in the name
    machine = "machine"  # the text says it is software
    lone_no_evidence = "lone-no-evidence"  # one word, no evidence of a person
    evidence_against = "evidence-against"  # more evidence against than for


@dataclass(frozen=True, slots=True)
class Drop:
    text: str
    reason: DropReason


_LOG: DropLog[Drop] = DropLog("newsdesk_person_drops")


def record(text: str, reason: DropReason) -> None:
    """Note that a person candidate of this text was dropped for this reason (no-op when no
    `recording()` is open)."""
    _LOG.add(Drop(text, reason))


recording = _LOG.recording
