"""Metadata lines: the blocks that are a title, a date, a timestamp, hashtags or a byline, the
metadata they add to the page's, and a dump's headline and publisher."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.cleaner.clutter import CREDIT_RE, clutter_cause
from newsdesk.cleaner.rules import alone, title_like
from newsdesk.cleaner.verdict import UNJUDGED, Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause, InputFormat, Opinion
from newsdesk.model import Removed
from newsdesk.read import meta as m
from newsdesk.read.blocks import Block, norm_ws
from newsdesk.read.page import PageMeta

# A byline is a line shorter than this; a longer "By ..." line is a sentence.
MAX_BYLINE_CHARS = 100


def mark_metadata(
    blocks: list[Block], meta: PageMeta, fmt: InputFormat
) -> tuple[PageMeta, list[Verdict]]:
    """Find the blocks that are metadata (title, date, timestamp, hashtags, byline): return
    the page's metadata with what they add (the reader's `meta` is not changed) and a first
    verdict per block (metadata, or not judged yet)."""
    title, published = meta.title, meta.published
    authors, tags = list(meta.authors), list(meta.tags)
    timestamp: str | None = None
    title_ws = norm_ws(title) if title else ""
    verdicts: list[Verdict] = []
    for block in blocks:
        text = block.text
        verdict = UNJUDGED
        if found := m.hashtags(text):
            verdict = Verdict(BlockLabel.meta, Cause.hashtags)
            tags.extend(t for t in found if t not in tags and m.is_tag(t))  # not '#6'
        elif (ts := m.timestamp_to_iso(text)) is not None:
            verdict = Verdict(BlockLabel.meta, Cause.timestamp)
            timestamp = timestamp or ts
        elif m.is_date_line(text):
            verdict = Verdict(BlockLabel.meta, Cause.date_line)
            if published is None:
                published = m.to_iso(text)
        elif (names := m.byline(text)) is not None and len(text) < MAX_BYLINE_CHARS:
            verdict = Verdict(BlockLabel.meta, Cause.byline)
            authors.extend(n for n in names if n not in authors)
            if published is None:  # "by Jeff Foust — November 18, 2019"
                published = m.date_in(text)
        elif m.is_dateline_stamp(text):
            verdict = Verdict(BlockLabel.meta, Cause.date_line)
            if published is None:
                published = m.to_iso(text)
        elif text.lower() in ("by", "by:") or text in authors:
            # a byline the page split into pieces: "By" and the name on lines of their own
            verdict = Verdict(BlockLabel.meta, Cause.byline)
        elif title and norm_ws(text) == title_ws and block.kind in (BlockKind.h, BlockKind.p):
            verdict = Verdict(BlockLabel.meta, Cause.title_line)
        verdicts.append(verdict)
    if fmt == InputFormat.text and title is None and (at := headline(blocks, verdicts)) is not None:
        verdicts[at] = Verdict(BlockLabel.meta, Cause.title_line)
        title = blocks[at].text
    if published is None and timestamp is not None:
        published = timestamp
    meta = replace(meta, title=title, published=published, authors=tuple(authors), tags=tuple(tags))
    return meta, verdicts


# A headline may name an agency by its acronym ("EPA to tighten rules"); written out
# ("Reuters", "Associated Press"), the name marks a credit or a byline.
_AGENCY_NAMES = "|".join(re.escape(a.lower()) for a in m.AGENCIES if not a.isupper())
# Lines around a headline that are not one: datelines, bylines, credits, times, handles.
_NOT_HEADLINE_RE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    rf"\b(?:{m.MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{m.MONTHS})\b|"
    r"^(?:by|updated|published|posted|filed|tested|written|photo|credit)\b|^\(.*\)$|@|"
    rf"\b(?:{_AGENCY_NAMES}|staff writer)\b|"
    r"\b(?:writer|correspondent|reporter|editor|contributor)$",
    re.I,
)


# "… its advertiser. All opinions …": two sentences make a paragraph, not a headline.
_TWO_SENTENCES_RE = re.compile(r"\w{2}[.!?]\s+[A-Z]")


# Headline candidates in a dump: at least this many words, at least this share letters.
HEADLINE_MIN_WORDS = 3
HEADLINE_MIN_LETTERS = 0.5
# Their scores: a metadata line (byline, date line) within HEADLINE_META_BELOW blocks under a
# candidate scores SCORE_META_BELOW; within HEADLINE_META_ABOVE blocks above it (which may be
# the previous headline's), SCORE_META_ABOVE ...
HEADLINE_META_BELOW = 3
HEADLINE_META_ABOVE = 2
SCORE_META_BELOW = 2.0
SCORE_META_ABOVE = 1.0
# ... a copy inside a longer line (a breadcrumb, a share text) of a candidate of at least
# COPY_MIN_WORDS words, SCORE_COPIED (a shorter one is copied by accident) ...
COPY_MIN_WORDS = 4
SCORE_COPIED = 2.0
# ... a headline's length in words, SCORE_HEADLINE_LENGTH; longer, SCORE_TOO_LONG ...
HEADLINE_WORDS = (5, 20)
SCORE_HEADLINE_LENGTH = 0.5
SCORE_TOO_LONG = -1.0
# ... and the candidate nearest the first paragraph, SCORE_LAST.
SCORE_LAST = 1.0


def headline(blocks: list[Block], verdicts: list[Verdict]) -> int | None:
    """In a text dump the headline is a title-shaped line before the first paragraph (its
    index).

    Each candidate scores for what headlines have around them: a byline or date line next
    to it, a copy inside a longer line (a breadcrumb, a share text), a headline's length,
    and nearness to the first paragraph; the best wins, the later one on a tie.
    """
    candidates: list[int] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            verdict.label == BlockLabel.meta or block.kind == BlockKind.li
        ):  # menus are lists; a headline never is
            continue
        clutter = clutter_cause(block.text)
        if not clutter and alone(block, InputFormat.text) == Opinion.good:
            break  # the first paragraph
        if (
            not clutter
            and not block.text.endswith(":")
            and not _NOT_HEADLINE_RE.search(block.text)
            and not _TWO_SENTENCES_RE.search(block.text)
            and title_like(block.text, HEADLINE_MIN_WORDS)
            and sum(c.isalpha() for c in block.text) >= HEADLINE_MIN_LETTERS * len(block.text)
        ):
            candidates.append(i)
    if not candidates:
        return None

    def score(rank: int, i: int) -> float:
        text = blocks[i].text
        words = len(text.split())
        # a byline or date line under a headline; above it, it may be the previous one's
        below = verdicts[i + 1 : i + 1 + HEADLINE_META_BELOW]
        above = verdicts[max(0, i - HEADLINE_META_ABOVE) : i]
        value = SCORE_META_BELOW if any(v.label == BlockLabel.meta for v in below) else 0.0
        if not value and any(v.label == BlockLabel.meta for v in above):
            value = SCORE_META_ABOVE
        if words >= COPY_MIN_WORDS and any(
            len(b.text) > len(text) and text in b.text for b in blocks
        ):
            value += SCORE_COPIED
        if HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1]:
            value += SCORE_HEADLINE_LENGTH
        elif words > HEADLINE_WORDS[1]:
            value += SCORE_TOO_LONG
        return value + (SCORE_LAST if rank == len(candidates) - 1 else 0.0)

    ranked = [(score(rank, i), i) for rank, i in enumerate(candidates)]
    return max(ranked)[1]


_PUBLISHER_RE = re.compile(
    r"^(?:[Jj]oin|[Ss]ubscribe to|[Ss]upport|[Ff]ollow)\s+([A-ZÀ-Ý][\w'’.&-]*(?:\s+[A-ZÀ-Ý][\w'’.&-]*){0,3})"
    r"\s+(?:to|and|on|for)\b"
)


def publisher_from_removed(removed: list[Removed]) -> str | None:
    """A text dump names its site in its own prompts: 'Join EL PAÍS to follow all the news'."""
    for item in removed:
        match = _PUBLISHER_RE.match(item.text)
        if match and not re.match(r"^(?:us|our|the)\b", match.group(1), re.I):
            return match.group(1).strip()
    return None


# The metadata lines a date is read from.
_DATED = (Cause.date_line, Cause.byline)
# A date line of an update, weighed after the others (the publication date is asked for).
_UPDATE_RE = re.compile(r"^\W*(?:last )?(?:updated|modified)\b", re.I)


def drop_credits(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """`verdicts` with the kept blocks that end in a photo credit (`CREDIT_RE`) set aside as
    captions."""
    return [
        Verdict(BlockLabel.bad, Cause.caption)
        if v.label == BlockLabel.good and CREDIT_RE.search(b.text)
        else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


def head_metadata(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """`verdicts` with the kept lines that open the article and are a signed line or a date
    line in the shapes `m.signed` and `m.date_line_iso` read ("Jane Doe @janedoe / 2 days",
    "Nov 18th 2019 8:54 am PT") marked metadata: the model keeps some, and a byline is no
    lede. Only the article's head is read: further down such a line may be the text's own
    (a forum post's date)."""
    verdicts = list(verdicts)
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict.label != BlockLabel.good:
            continue
        if len(block.text) >= MAX_BYLINE_CHARS:
            break
        if m.signed(block.text):
            verdicts[i] = Verdict(BlockLabel.meta, Cause.byline)
        elif m.date_line_iso(block.text):
            verdicts[i] = Verdict(BlockLabel.meta, Cause.date_line)
        else:
            break
    return verdicts


def page_date(blocks: list[Block], verdicts: list[Verdict]) -> str | None:
    """The publication date a page's own lines give, judged once the article's blocks are
    known (`verdicts` final). The lines: the metadata date lines and bylines, and the dropped
    lines that are a date in the other shapes `m.date_line_iso` and `m.signed` read. A date
    after the article's last block is a sidebar's ("Popular posts"), never the article's. Of
    the others, the one nearest the headline wins (the last before the article's first block
    when no headline was found); a page with no article block takes its first date."""
    # the dates by rank: a date line or dated byline; one that says it is an update's
    # ("Last updated: …"); a bare Unix time
    ranked: list[list[tuple[int, str]]] = [[], [], []]
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict.label == BlockLabel.good:
            continue
        if verdict.cause == Cause.timestamp:
            if iso := m.timestamp_to_iso(block.text):
                ranked[2].append((i, iso))
        elif iso := _date_of(block.text, verdict):
            ranked[1 if _UPDATE_RE.match(block.text) else 0].append((i, iso))
    dated = next((r for r in ranked if r), [])
    kept = [i for i, v in enumerate(verdicts) if v.label == BlockLabel.good]
    if not dated or not kept:
        return dated[0][1] if dated else None
    dated = [(i, iso) for i, iso in dated if i < kept[-1]]
    if not dated:
        return None
    title = next((i for i, v in enumerate(verdicts) if v.cause == Cause.title_line), None)
    if title is not None:
        return min(dated, key=lambda d: (abs(d[0] - title), d[0]))[1]
    before = [d for d in dated if d[0] < kept[0]]
    return before[-1][1] if before else dated[0][1]


def _date_of(text: str, verdict: Verdict) -> str | None:
    if verdict.label == BlockLabel.meta and verdict.cause == Cause.date_line:
        return m.to_iso(text)  # a date line, a stamp ("Updated 1:39 am EST, Wed, Nov 20, 2019")
    if len(text) >= MAX_BYLINE_CHARS:
        return None
    if verdict.label == BlockLabel.meta and verdict.cause == Cause.byline:
        return m.date_in(text)  # "by Jane Doe — Nov 18, 2019", "Jane Doe - Nov 18, 2019"
    if iso := m.date_line_iso(text):
        return iso
    return m.date_in(text) if m.signed(text) else None


def page_authors(blocks: list[Block], verdicts: list[Verdict]) -> list[str]:
    """The authors of the first signed line (`m.signed`: "Jane Doe @janedoe / 2 days") the
    cleaner dropped before the article's first block, for a page that names no author
    otherwise."""
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict.label == BlockLabel.good:
            return []
        if len(block.text) < MAX_BYLINE_CHARS and (names := m.signed(block.text)):
            return names
    return []
