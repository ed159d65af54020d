"""Why a place candidate was dropped: each filter of the places steps that drops a span
the model (or a place rule) proposed as a place names itself here, so a bench can count
what each filter costs and saves (`bench/entities.py --place-drops`). Spans lost before the
places steps (retyped a person or an organisation by the whole article's votes) record no
drop here; the bench counts them as "no drop recorded".

Recording is off unless a caller opens `recording()` (`droplog.DropLog`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.analysis.entities.droplog import DropLog


class PlaceDrop(StrEnum):
    """The filter that dropped a place candidate."""

    # detect.place_names: spans that name no place at all
    inside_name = "inside-name"  # part of a longer proper name
    not_places_word = "not-places-word"  # a word of `not_places`
    team = "team"  # a team in a sports context
    not_a_name = "not-a-name"  # written as no name is
    common_noun = "common-noun"  # named by the common noun before it
    campus_town = "campus-town"  # a university's campus
    firm_list = "firm-list"  # in a list a company noun opens
    titled_after_the = "titled-after-the"  # 'the X' titled work
    airline = "airline"  # a carrier's short name
    # resolve._no_place: no place whatever its reading
    lower_word = "lower-word"  # also written in lower case
    org_or_venue_word = "org-or-venue-word"  # unknown, ends in an organisation's or venue's word
    modifies_noun = "modifies-noun"  # unknown, modifies a common noun ('a Shure microphone')
    subject_of_study = "subject-of-study"  # unknown, 'a background in Python'
    street = "street"  # unknown, a street's name
    not_place_shaped = "not-place-shaped"  # unknown, an acronym, lower case, one English word
    persons_name = "persons-name"  # unknown, one given name or surname
    only_name = "only-name"  # unknown, the article's only place name
    no_place_slot = "no-place-slot"  # unknown, no preposition of place, list or local town
    building = "building"  # FAC with no known place
    acronym_town = "acronym-town"  # an acronym read as a town
    region_code = "region-code"  # a bare region code
    mostly_other = "mostly-other"  # unknown, the name mostly tagged something else
    # resolve._second_reading: second thoughts on a reading
    alias_only = "alias-only"  # a town reached only through an alias
    brand_town = "brand-town"  # a small town's name used for a brand
    far_org = "far-org"  # a far reading of an organisation's name
    far_alias = "far-alias"  # a far town reached through an alias
    far_small_town = "far-small-town"  # a far small town
    far_word_town = "far-word-town"  # a far town named like a word
    # resolve._with_context
    lone_unknown = "lone-unknown"  # the one place of a page, unknown to the gazetteer


@dataclass(frozen=True, slots=True)
class Dropped:
    text: str
    reason: PlaceDrop
    label: str = ""  # the span's label: the model's GPE, LOC, FAC, ORG, or a rule's PLACE


_LOG: DropLog[Dropped] = DropLog("newsdesk_place_drops")


def record(text: str, reason: PlaceDrop, label: str = "") -> None:
    """Note that a place candidate of this text was dropped for this reason (no-op when no
    `recording()` is open)."""
    _LOG.add(Dropped(text, reason, label))


recording = _LOG.recording
