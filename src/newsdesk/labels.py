"""The labels newsdesk uses, as enums: each is a `str`, so it compares equal to and prints as
its JSON value."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from newsdesk.errors import OptionError


class InputFormat(StrEnum):
    """What an input is read as (detected unless given)."""

    html = "html"
    text = "text"


class Strength(StrEnum):
    """How firm a commitment is, firmest first."""

    commitment = "commitment"
    intention = "intention"
    consideration = "consideration"

    @property
    def rank(self) -> int:
        """0 for the firmest; larger is weaker."""
        return _STRENGTH_ORDER.index(self)


_STRENGTH_ORDER: tuple[Strength, ...] = tuple(Strength)

L = TypeVar("L", bound=StrEnum)


def label_of(kind: type[L], value: L | str) -> L:
    """`value` as a label of `kind` (the library takes a label or its string value); another
    value is an `OptionError` naming the allowed ones."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(kind)
        raise OptionError(f"{kind.__name__} must be one of {allowed}, not {value!r}") from None


class BlockKind(StrEnum):
    """What a block is on the page: a paragraph, a heading, a list item, a quote, preformatted."""

    p = "p"
    h = "h"
    li = "li"
    quote = "quote"
    pre = "pre"


class BlockLabel(StrEnum):
    """The cleaner's verdict on a block: article text, boilerplate, or metadata."""

    good = "good"
    bad = "bad"
    meta = "meta"


class Opinion(StrEnum):
    """The rules' view of a block on its own, before its neighbours have their say: article,
    article if a neighbour is, short (a heading or list line between article blocks is
    article), or boilerplate."""

    good = "good"
    neargood = "neargood"
    short = "short"
    bad = "bad"


class PlaceKind(StrEnum):
    """What a place is: the gazetteer's kinds (GeoNames countries, first-level regions, cities
    and continents; the hand-kept list's features), and a facility spaCy named that the
    gazetteer does not know."""

    city = "city"
    region = "region"
    country = "country"
    continent = "continent"
    feature = "feature"
    facility = "facility"


class RepairKind(StrEnum):
    """What a repair of the article's own text fixed (`Repair.kind`): while decoding, bytes
    that are not the encoding's, lone surrogates and stray NUL characters (removed); in the
    kept text, mojibake, doubled punctuation and whitespace before punctuation."""

    undecodable_bytes = "undecodable bytes"
    lone_surrogate = "lone surrogate"
    stray_nul = "stray NUL"
    mojibake = "mojibake"
    doubled_punctuation = "doubled punctuation"
    stray_whitespace = "stray whitespace"


class Extract(StrEnum):
    """What the analysis extracts; none of them means cleaning only."""

    people = "people"
    places = "places"
    organizations = "organizations"
    commitments = "commitments"


EVERYTHING: frozenset[Extract] = frozenset(Extract)
NOTHING: frozenset[Extract] = frozenset()


class Cause(StrEnum):
    """Why the cleaner set a block aside or marked it as metadata: the machine's label, which
    the cleaner's features read. What users see in `removed` is `Cause.text`, from one table
    (`_CAUSE_TEXT`), so rewording a message cannot change the model."""

    # metadata lines
    hashtags = "hashtags"
    timestamp = "timestamp"
    date_line = "date_line"
    byline = "byline"
    title_line = "title_line"
    # clutter phrases
    subscription_prompt = "subscription_prompt"
    newsletter_prompt = "newsletter_prompt"
    account_prompt = "account_prompt"
    reading_prompt = "reading_prompt"
    membership_prompt = "membership_prompt"
    follow_prompt = "follow_prompt"
    social_prompt = "social_prompt"
    share_bar = "share_bar"
    comment_form = "comment_form"
    relative_time = "relative_time"  # "5 hours ago"; `timestamp` is a unix time
    page_machinery = "page_machinery"
    spam_filter = "spam_filter"
    legal_notice = "legal_notice"
    copyright = "copyright"
    advertisement = "advertisement"
    related_links = "related_links"
    app_prompt = "app_prompt"
    caption = "caption"
    navigation = "navigation"
    call_to_action = "call_to_action"
    separator = "separator"
    # the classifier's verdicts
    outside_region = "outside_region"
    markup = "markup"  # the HTML reader's strongest furniture hint (`Block.cue`) says why
    links = "links"
    outside_container = "outside_container"
    short_line = "short_line"
    not_article = "not_article"
    crumbs = "crumbs"
    outside_second_opinion = "outside_second_opinion"
    second_opinion = "second_opinion"
    # what the HTML reader removed before making blocks
    hover_card = "hover_card"
    hidden_element = "hidden_element"

    @property
    def text(self) -> str:
        """The reason as `removed` reports it."""
        return _CAUSE_TEXT[self]


_CAUSE_TEXT: dict[Cause, str] = {
    Cause.hashtags: "hashtags",
    Cause.timestamp: "timestamp",
    Cause.date_line: "date line",
    Cause.byline: "byline",
    Cause.title_line: "title",
    Cause.subscription_prompt: "subscription prompt",
    Cause.newsletter_prompt: "newsletter prompt",
    Cause.account_prompt: "account prompt",
    Cause.reading_prompt: "reading prompt",
    Cause.membership_prompt: "membership prompt",
    Cause.follow_prompt: "follow prompt",
    Cause.social_prompt: "social prompt",
    Cause.share_bar: "share bar",
    Cause.comment_form: "comment form",
    Cause.relative_time: "relative time",
    Cause.page_machinery: "page machinery",
    Cause.spam_filter: "spam-filter notice",
    Cause.legal_notice: "legal notice",
    Cause.copyright: "copyright notice",
    Cause.advertisement: "advertisement",
    Cause.related_links: "related links",
    Cause.app_prompt: "app prompt",
    Cause.caption: "caption or credit",
    Cause.navigation: "navigation",
    Cause.call_to_action: "call to action",
    Cause.separator: "separator",
    Cause.outside_region: "text outside the article's region",
    Cause.markup: "markup",
    Cause.links: "links",
    Cause.outside_container: "outside the article",
    Cause.short_line: "short line outside the article text",
    Cause.not_article: "not article text",
    Cause.crumbs: "no sentence on the page",
    Cause.outside_second_opinion: "outside the article (second opinion)",
    Cause.second_opinion: "second opinion",
    Cause.hover_card: "hover card",
    Cause.hidden_element: "hidden element",
}
