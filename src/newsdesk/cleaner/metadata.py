"""Metadata lines: the blocks that are a title, a date, a timestamp, hashtags or a byline, the
metadata they add to the page's, and a dump's headline and publisher."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.cleaner.clutter import CREDIT_RE, clutter_cause
from newsdesk.cleaner.rules import alone, title_like, why_bad
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


def _headline_shaped(text: str) -> bool:
    """A line shaped like a headline, the test `headline` and `dump_title` share: no label
    colon at its end, no "not a headline" mark, one sentence, title-like words, mostly letters."""
    return (
        not text.endswith(":")
        and not _NOT_HEADLINE_RE.search(text)
        and not _TWO_SENTENCES_RE.search(text)
        and title_like(text, HEADLINE_MIN_WORDS)
        and sum(c.isalpha() for c in text) >= HEADLINE_MIN_LETTERS * len(text)
    )


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
        if not clutter and _headline_shaped(block.text):
            candidates.append(i)
    if not candidates:
        return None

    def score(rank: int, i: int) -> float:
        # a byline or date line under a headline; above it, it may be the previous one's
        below = verdicts[i + 1 : i + 1 + HEADLINE_META_BELOW]
        above = verdicts[max(0, i - HEADLINE_META_ABOVE) : i]
        value = SCORE_META_BELOW if any(v.label == BlockLabel.meta for v in below) else 0.0
        if not value and any(v.label == BlockLabel.meta for v in above):
            value = SCORE_META_ABOVE
        return value + _shape_score(blocks, i, last=rank == len(candidates) - 1)

    ranked = [(score(rank, i), i) for rank, i in enumerate(candidates)]
    return max(ranked)[1]


def _shape_score(blocks: list[Block], i: int, *, last: bool) -> float:
    """The part of a headline candidate's score both `headline` and `dump_title` give: a
    copy of it inside a longer line, a headline's length (or more), nearness to the article
    (`last`: the candidate nearest the first paragraph)."""
    text = blocks[i].text
    words = len(text.split())
    value = 0.0
    if words >= COPY_MIN_WORDS and any(len(b.text) > len(text) and text in b.text for b in blocks):
        value += SCORE_COPIED
    if HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1]:
        value += SCORE_HEADLINE_LENGTH
    elif words > HEADLINE_WORDS[1]:
        value += SCORE_TOO_LONG
    return value + (SCORE_LAST if last else 0.0)


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
    # after the article, only a date its line above labels ("Published" / "Aug 30, 2024")
    dated = [(i, iso) for i, iso in dated if i < kept[-1] or _labelled(blocks, i)]
    if not dated:
        return None
    title = next((i for i, v in enumerate(verdicts) if v.cause == Cause.title_line), None)
    if title is not None:
        return min(dated, key=lambda d: (abs(d[0] - title), d[0]))[1]
    before = [d for d in dated if d[0] < kept[0]]
    return before[-1][1] if before else dated[0][1]


# A line that labels the date under it: data/meta-lines.json "date_labels".
_DATE_LABEL_RE = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in m.DATE_LABELS)})\s*:?$", re.I)


def _labelled(blocks: list[Block], i: int) -> bool:
    """Whether block `i` (a date) sits under a line that labels it ("Published", "Last
    Updated:"): the page's own date wherever it is."""
    return i > 0 and bool(_DATE_LABEL_RE.match(blocks[i - 1].text.strip()))


def _date_of(text: str, verdict: Verdict) -> str | None:
    if verdict.label == BlockLabel.meta and verdict.cause == Cause.date_line:
        return m.to_iso(text)  # a date line, a stamp ("Updated 1:39 am EST, Wed, Nov 20, 2019")
    if len(text) >= MAX_BYLINE_CHARS:
        return None
    if verdict.label == BlockLabel.meta and verdict.cause == Cause.byline:
        return m.date_in(text)  # "by Jane Doe — Nov 18, 2019", "Jane Doe - Nov 18, 2019"
    if iso := m.date_line_iso(text):
        return iso
    if iso := m.labelled_date(text):  # "By Jane Doe December 2, 2025" (session 13)
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


# ---------------------------------------------------------------- a dump's title (session 13)

# A breadcrumb or a link list's marker: "News > Nation", "BLOG > Nutrition", "» Preview …",
# "T R D NATIONAL /" (a path's separators; a headline writes none of them).
_BREADCRUMB_RE = re.compile(r"\s[>»›]\s|^\s*[>»›|]|/\s*$|\s\|\s.*\s\|\s")
# A numbered list's item ("3. Cleaning trends"): a section of a list article, not its title.
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s")
# Menu items a dump glued into one line ("All ServicesStock AdvisorEpic Plus"): two joints or
# more of a word of three lower-case letters and a capitalised one ("iPhone", "McDonald",
# "YouTube" have a shorter part before the capital).
_MENU_JOINT_RE = re.compile(r"[a-z]{3}[A-Z][a-z]")
MIN_MENU_JOINTS = 2
_TRUST_RE = re.compile("|".join(rf"\b{re.escape(t)}\b" for t in m.TRUST_LABELS), re.I)
# An icon font's ligature a dump prints as its name: "chevron_left", "keyboard_arrow_down".
_LIGATURE_RE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
# Two words a dump glued together where the markup had two elements: "ProfileSign".
_GLUED_WORDS_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A caption's end: a credit (`CREDIT_RE`), or an agency in brackets ("… in Nogales, Ariz. (AP)").
_AGENCY_END_RE = re.compile(rf"\((?:{'|'.join(re.escape(a) for a in m.AGENCIES)})\)\s*$")
# A photo credit alone on its line: "Al Goldis, Associated Press", "Alex Wong | Getty Images";
# the line above it is the photo's caption. A credit never opens with "By": "By Jane Doe,
# Reuters" is a byline, under a headline (`not_a_title`; review 13c, finding 1).
_CREDIT_LINE_RE = re.compile(
    rf"^[A-Z][\w.'’ -]{{1,40}}\s*[,|/]\s*(?:{'|'.join(re.escape(a) for a in m.AGENCIES)})\s*$"
)
# A line that stamps a headline: a time, a date, a byline's or a stamp's first word ("By Staff
# Reports -", "11/20/19 6:38 AM", "Updated Nov 19, 9:41 AM;Posted …"), at most MAX_BYLINE_CHARS.
_STAMP_RE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    rf"\b(?:{m.MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{m.MONTHS})\b|"
    r"^(?:by|updated|published|posted)\b",
    re.I,
)
# A credit or byline naming no person: "Detroit News wire services", "Staff Reports".
_BYLINE_END_RE = re.compile(r"\b(?:wire|news) services?$|\bstaff reports?$", re.I)
# "Published 1 day ago", "8 months ago", "7 min read": an age or a reading time, never a date,
# but a line beside a headline.
_AGE_LINE_RE = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?\d{1,2}\s*"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$"
    r"|^(?:reading time\s*:?\s*(?:about\s+)?)?\d{1,3}\s*min(?:ute)?s?(?:\s+read)?$"
    r"|\b\d{1,3}[- ]min(?:ute)?s? read\b",
    re.I,
)


# The separator of "Headline | Section | Site", the page's <title> a dump often starts with.
_PIPE_RE = re.compile(r"\s\|\s")
# Its parts: the headline and at least this many more (one more is "Headline | Site").
MIN_PIPE_PARTS = 3


def pipe_head(text: str) -> str:
    """A "Headline | Section | Site" line's headline ("Leeds strike: council keeps libraries
    open | Politics | Yorkshire Post"): the first part, when it is headline-shaped and longer
    in words than each part after it (a menu's "Home | Stories | More" is not); else `text`."""
    parts = _PIPE_RE.split(text)
    head = parts[0].strip()
    if (
        len(parts) >= MIN_PIPE_PARTS
        and title_like(head, HEADLINE_MIN_WORDS)
        and all(len(head.split()) > len(p.split()) for p in parts[1:])
    ):
        return head
    return text


def ui_label(text: str) -> bool:
    """Whether a line is a control's label: its words, once a dump's glued words are split
    ("Edit ProfileSign Out") and icon ligatures dropped ("chevron_left"), are all words of a
    page's controls (data/meta-lines.json "ui_words")."""
    words = re.findall(
        r"[^\W\d_]+(?:-[^\W\d_]+)?", _LIGATURE_RE.sub(" ", _GLUED_WORDS_RE.sub(" ", text))
    )
    return bool(words) and all(w.lower() in m.UI_WORDS for w in words)


def not_a_title(text: str, next_text: str = "") -> bool:
    """Whether a title-shaped dump line is page furniture rather than a headline: a control's
    label (`ui_label`), a breadcrumb, an icon ligature, a clutter phrase of the split words
    ("Sign Out"), or a photo's caption (a credit at its end, or a credit line under it). A
    "Headline | Section | Site" line is judged by its headline (`pipe_head`)."""
    text = pipe_head(text)
    split = _GLUED_WORDS_RE.sub(" ", text)
    return bool(
        ui_label(text)
        or _BREADCRUMB_RE.search(text)
        or _LIGATURE_RE.search(text)
        or (split != text and clutter_cause(split))
        or CREDIT_RE.search(text)
        or _AGENCY_END_RE.search(text)
        or (_CREDIT_LINE_RE.match(next_text) and not m.opens_byline(next_text))
        or _BYLINE_END_RE.search(text)
        or _AGE_LINE_RE.search(text)
        or _NUMBERED_RE.match(text)
        or _TRUST_RE.search(text)
        or len(_MENU_JOINT_RE.findall(text)) >= MIN_MENU_JOINTS
    )


# The post-verdict headline's score must exceed this: the best candidate needs more than a
# headline's length and its nearness to the article (SCORE_HEADLINE_LENGTH + SCORE_LAST) to
# be taken, i.e. some evidence of its own (a byline or date line beside it, a copy of it in a
# longer line). Review 13 (F3): no title beats a wrong one.
MIN_TITLE_SCORE = SCORE_HEADLINE_LENGTH + SCORE_LAST
# A byline or date line right under a candidate adds this to SCORE_META_BELOW: a sidebar's
# headline a few lines below the article's byline reaches it too.
SCORE_STAMP_UNDER = 0.5


def dump_title(blocks: list[Block], verdicts: list[Verdict]) -> int | None:
    """A text dump's headline, chosen once the article's blocks are known (`verdicts`
    final): a title-shaped line before the article's first block that is no page furniture
    (`not_a_title`), scored as `headline` scores (a byline, date line or "Published 1 day ago"
    next to it, a copy inside a longer line, a headline's length, nearness to the article),
    taken only when its score exceeds MIN_TITLE_SCORE. None when no line qualifies.

    The cleaner's model still sees `headline`'s choice as its title-line feature (it was
    trained so): this choice changes the Article's title (and the date nearest it), never
    which blocks are kept."""
    first = next(
        (i for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
         if v.label == BlockLabel.good and b.kind != BlockKind.li),
        len(blocks),
    )  # fmt: skip
    evidence = [
        (v.label == BlockLabel.meta and v.cause in _DATED)
        or bool(_AGE_LINE_RE.search(b.text))
        or (
            v.label != BlockLabel.good
            and len(b.text) < MAX_BYLINE_CHARS
            and bool(_STAMP_RE.search(b.text) or _date_of(b.text, v))
        )
        for b, v in zip(blocks, verdicts, strict=True)
    ]
    candidates: list[int] = []
    for i in range(first):
        block, verdict = blocks[i], verdicts[i]
        if block.kind == BlockKind.li or verdict.label == BlockLabel.good or evidence[i]:
            continue
        if len(block.text.split()) > HEADLINE_WORDS[1]:
            continue  # a lede or a deck ("“We have to …,” the chairman said …"), never taken
        if verdict.label == BlockLabel.meta and verdict.cause != Cause.title_line:
            continue
        text = block.text
        following = blocks[i + 1].text if i + 1 < len(blocks) else ""
        if not clutter_cause(text) and _headline_shaped(text) and not not_a_title(text, following):
            candidates.append(i)
    if not candidates:
        return None

    def score(rank: int, i: int) -> float:
        below = evidence[i + 1 : i + 1 + HEADLINE_META_BELOW]
        above = evidence[max(0, i - HEADLINE_META_ABOVE) : i]
        # a stamp right above ("Published 1 day ago" / the headline) is the headline's own;
        # one right below more so than one a few lines down
        value = SCORE_META_BELOW if any(below) or (i and evidence[i - 1]) else 0.0
        if below and below[0]:
            value += SCORE_STAMP_UNDER
        if not value and any(above):
            value = SCORE_META_ABOVE
        # (candidates are at most HEADLINE_WORDS[1] words: SCORE_TOO_LONG never applies here)
        return value + _shape_score(blocks, i, last=rank == len(candidates) - 1)

    best, at = max((score(rank, i), i) for rank, i in enumerate(candidates))
    return at if best > MIN_TITLE_SCORE else None


def retitle(blocks: list[Block], verdicts: list[Verdict]) -> tuple[list[Verdict], str | None]:
    """A text dump's title once `verdicts` are final, and the verdicts with it marked the
    title line: `headline`'s line, unless it is page furniture (`not_a_title`: a control's
    label, a breadcrumb, a caption), in which case `dump_title` chooses again (maybe none)
    and `headline`'s line is set aside as the rules would. A "Headline | Section | Site" line
    gives its headline (`pipe_head`). Kept blocks are never touched, so the body is the same."""
    at = next((i for i, v in enumerate(verdicts) if v.cause == Cause.title_line), None)
    if at is None:
        return list(verdicts), None
    following = blocks[at + 1].text if at + 1 < len(blocks) else ""
    if not_a_title(blocks[at].text, following):
        at = dump_title(blocks, verdicts)
    else:
        return list(verdicts), pipe_head(blocks[at].text)
    out = [
        Verdict(BlockLabel.bad, why_bad(b)) if v.cause == Cause.title_line and i != at else v
        for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
    ]
    if at is None:
        return out, None
    out[at] = Verdict(BlockLabel.meta, Cause.title_line)
    return out, pipe_head(blocks[at].text)
