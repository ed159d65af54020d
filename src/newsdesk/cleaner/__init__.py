"""Clean stage: keep the article's blocks, drop the boilerplate, and report what was dropped.

One classifier serves both readers (see `read/page.py`). It labels each block from its own
features (length, sentence shape, link density, clutter phrases, metadata shape), then
lets short blocks take the label of their neighbours, as jusText does. The reader's blocks are
never changed: the cleaner's judgement of each is a `Verdict` in a list parallel to them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from newsdesk.cleaner.learned import MARKER_CAUSES, block_features, predict, weights_for
from newsdesk.cleaner.learned import Scores as Scores
from newsdesk.cleaner.recover import fill_sections as fill_sections
from newsdesk.cleaner.recover import second_opinion as second_opinion
from newsdesk.cleaner.recover import touching_paragraphs as touching_paragraphs
from newsdesk.cleaner.shape import LINKY, shape_of
from newsdesk.cleaner.verdict import UNJUDGED, Verdict, is_clutter
from newsdesk.errors import EmptyInputError
from newsdesk.labels import BlockKind, BlockLabel, Cause, InputFormat, Opinion
from newsdesk.model import Article, Removed, Repair
from newsdesk.read import RawDocument
from newsdesk.read import meta as m
from newsdesk.read.blocks import Block, norm_ws
from newsdesk.read.page import Page, PageMeta, page_of

# Phrases that mark a block as page furniture rather than article text.
# Matched against the lower-cased text (the patterns are lower case): re.I makes Python's
# regex engine several times slower on these alternations.
_CLUTTER: list[tuple[re.Pattern[str], Cause]] = [
    (re.compile(p), cause)
    for p, cause in (
        (r"\bsubscri(?:be|ption|bers?)\b", Cause.subscription_prompt),
        (r"\bnewsletters?\b", Cause.newsletter_prompt),
        (
            r"\b(?:sign|log)\s?(?:in|up|out)\b|\bregister\b|create an? (?:free )?account",
            Cause.account_prompt,
        ),
        (
            r"\bread (?:without limits|more|the full|full story|next)\b|continue reading",
            Cause.reading_prompt,
        ),
        (r"^join\b.{0,60}\bto (?:follow|read|get|support|continue)", Cause.membership_prompt),
        (r"\bfollow (?:us|all|our|him|her|them)\b", Cause.follow_prompt),
        (
            r"\b(?:facebook|twitter|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest)\b.*"
            r"\b(?:follow|share|like|join)\b|\b(?:follow|share|like|join)\b.*\b(?:facebook|twitter|"
            r"instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest)\b",
            Cause.social_prompt,
        ),
        (
            r"^(?:share|share this|share on|share article|tweet|email|print|copy link)\b",
            Cause.share_bar,
        ),
        (
            r"^(?:(?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|email|e-mail|telegram|"
            r"flipboard|messenger|print|share|tweet|copy link|sms|comment)\W*){2,}$",
            Cause.share_bar,
        ),
        (
            r"^(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|email|telegram|flipboard|"
            r"instagram|youtube|tiktok|messenger|copy link|print|mail)\s*:?$",
            Cause.share_bar,
        ),
        (
            r"\bleave a (?:reply|comment)\b|\bpost a comment\b|\bcomments?\s*(?:\(\d+\))?:?$|"
            r"^\d+\s+comments?$|\bjoin the (?:conversation|discussion)\b|"
            r"^\d+\s+(?:responses?|comments?|replies)\b|^permalink\b|^(?:\d+\.\s+)?\S+ says:$",
            Cause.comment_form,
        ),
        (r"^\d+\s*(?:[smhd]|min|mins|minutes?|hours?|hrs?|days?)\s+ago$", Cause.time_stamp),
        (r"\b(?:requires|enable|turn on) javascript\b|^\[/?[a-z_]+(?:[ \]=])", Cause.page_machinery),
        (
            r"email address will not be published|required fields are marked|^(?:name|email|website)\s*\*?$|"
            r"save my name, email",
            Cause.comment_form,
        ),
        (r"\bakismet\b|reduce spam|comment data is processed", Cause.spam_filter),
        (
            r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings)\b|\bprivacy policy\b|"
            r"\bterms of (?:use|service)\b",
            Cause.legal_notice,
        ),
        (r"all rights reserved|^©|^copyright\b|\(c\) \d{4}", Cause.copyright),
        (
            r"^advert$|^advertisement$|^advertising$|^スポンサードリンク$|^広告$|^werbung$|^реклама$|^광고$|"
            r"^pubblicità$|^publicité$|^anúncio$|^iklan$|^sponsored(?: content| links?| stories)?$|^ad$|"
            r"^publicidad$|^anzeige$|^promoted(?: content| stories)?$",
            Cause.advertisement,
        ),
        (
            r"^(?:related|recommended|more from|most (?:read|popular|viewed)|trending|popular|"
            r"you (?:may|might) also (?:like|enjoy|be interested)|see also|more stories|latest news|read also|also read)\b|"
            r"^(?:see|read|watch|more|also)(?: more)?\s*:|^don'?t miss\b|"
            r"\[(?:insight|video|pictures?|photos?|gallery|poll|reaction|latest|watch|revealed)\]\W*$",
            Cause.related_links,
        ),
        (r"\bdownload (?:the|our) app\b|\bget the app\b", Cause.app_prompt),
        (
            r"^(?:photo|image|picture|video|graphic|illustration|credit|source|foto|imagen)\s*:|"
            r"\b(?:getty images|/getty|ap photo|afp photo|reuters/|/reuters|shutterstock|epa-efe|efe)\s*\)?$|"
            r"\((?:image|photo|picture|pic|video|credit|source)s?\s*:[^()]*\)\s*$|"
            r"\b(?:photos?|images?|pictures?)\s*(?:©|\(c\))|©[^.]{0,60}\b(?:19|20)\d{2}\s*$",
            Cause.caption,
        ),
        (
            r"^skip to (?:main )?content|^back to top|^(?:main )?menu$|^search$|^home$|^close$",
            Cause.navigation,
        ),
        (r"^(?:click|tap) here\b|\bclick here to\b", Cause.call_to_action),
    )
]


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (split at each `|` outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and not depth:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


# Whether any clutter phrase is in a block, in two passes: the alternatives anchored at the
# start are tried there only (one combined search tried all ~75 at every position: a sixth of
# the clean stage's time on pages never seen before).
_ALTERNATIVES = [a for p, _ in _CLUTTER for a in _alternatives(p.pattern)]
_ANY_CLUTTER_START = re.compile("|".join(f"(?:{a[1:]})" for a in _ALTERNATIVES if a[:1] == "^"))
_ANY_CLUTTER_INSIDE = re.compile("|".join(f"(?:{a})" for a in _ALTERNATIVES if a[:1] != "^"))
# Words one of which every alternative of `_ANY_CLUTTER_INSIDE` contains, in lower case: a
# block with none of them cannot match it, and the search (trying ~55 alternatives at every
# position: 1.4 ms of a page's 6 on seb-dev's dumps) is skipped. tests/test_speed_paths.py
# derives each alternative's words from its pattern and fails if this list misses one.
_CLUTTER_WORDS = (
    "subscri", "newsletter", "sign", "log", "register", "account", "read ", "continue reading",
    "follow ", "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "youtube",
    "tiktok", "pinterest", "leave a ", "comment", "join the ", "javascript",
    "email address will not be published", "required fields are marked", "save my name, email",
    "akismet", "reduce spam", "cookie", "privacy policy", "terms of ", "all rights reserved",
    "(", "[", " app", "getty", "ap photo", "afp photo", "reuters", "shutterstock", "efe", "©",
    "photo", "image", "picture", "click here to",
)  # fmt: skip
# ". ." and "?." and a lone doubled "..", but never an ellipsis "..."
_DOUBLE_PUNCT_RE = re.compile(r"([.!?])(?:\s+\.)+(?=\s|$)|(?<!\.)([!?.])\.(?![.])(?=\s|$)")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[,;:](?:\s|$))")


def clean_document(doc: RawDocument, *, clean: bool = True) -> Article:
    """`clean_page` of a decoded document (for callers that hold a `RawDocument`)."""
    return clean_page(page_of(doc), clean=clean)


def clean_page(page: Page, *, clean: bool = True) -> Article:
    """Turn a read page into an `Article`, dropping boilerplate unless `clean` is False."""
    blocks = page.blocks
    if not blocks and page.unrendered:
        # a page whose only text is in scripts, templates or invisible characters
        raise EmptyInputError(f"the page shows no text; it only holds {page.unrendered[:120]}")
    removed: list[Removed] = [Removed(text, cause.text) for text, cause in page.dropped]
    meta = page.meta
    if clean:
        found = featurise(page)
        meta = found.meta
        scores = model_scores(found)
        note, verdicts = second_opinion(blocks, classify(found, scores))
        if scores is not None and found.fmt == InputFormat.html:
            if note is None:
                note, verdicts = fill_sections(blocks, verdicts, scores, found.keepable)
            verdicts = touching_paragraphs(blocks, verdicts, scores, found.keepable)
        if note:
            removed.append(Removed(note, Cause.second_opinion.text))
        judged = list(zip(blocks, verdicts, strict=True))
        removed += [Removed(b.text, reason(b, v)) for b, v in judged if v.label != BlockLabel.good]
        kept = [b for b, v in judged if v.label == BlockLabel.good]
    else:
        kept = blocks

    repairs: list[Repair] = []
    if not clean and page.input_format == InputFormat.text:
        # the caller's own text, unchanged: every offset of the analysis indexes it
        text = page.text
    elif not clean:
        text = "\n\n".join(b.text for b in kept)
    else:
        paragraphs: list[str] = []
        for block in kept:
            fixed = _repair(block.text, len(paragraphs), repairs)
            if fixed:
                paragraphs.append(fixed)
        text = "\n\n".join(paragraphs)
    publisher = meta.publisher if meta.publisher is not None else _publisher_from_removed(removed)
    # the text itself first: page templates often declare the site's default language
    language = m.detect_language(text) or meta.language
    return Article(
        source=page.source,
        title=meta.title,
        published=meta.published,
        authors=list(meta.authors),
        publisher=publisher,
        language=language,
        tags=list(meta.tags),
        text=text,
        input_format=page.input_format,
        removed=removed,
        repairs=repairs,
    )


# A byline is a line shorter than this; a longer "By ..." line is a sentence.
MAX_BYLINE_CHARS = 100


class Rules(NamedTuple):
    """The rules' opinion of a page's blocks (see `rule_labels`)."""

    prelim: list[Opinion]  # each block alone
    ruled: list[BlockLabel]  # after the neighbours: good or bad
    outside: set[int]  # good-looking blocks outside the article's region (dumps)
    behind: set[int]  # blocks never the article's (behind a comments/related marker)


@dataclass(frozen=True, slots=True)
class Featurised:
    """A page as the classifier sees it: its blocks and the cleaner's verdicts so far (metadata
    marked, the rules' clutter causes found), the metadata they add, the rules' opinion, one
    feature row per block, and which blocks may ever be kept."""

    blocks: list[Block]
    verdicts: list[Verdict]
    fmt: InputFormat
    meta: PageMeta
    rules: Rules
    rows: list[list[float]]
    keepable: list[bool]


def featurise(page: Page) -> Featurised:
    """The one featurisation of a page: used by `clean_page` and by scripts/train_cleaner.py,
    so the model is trained on exactly what it is later asked about."""
    blocks, fmt = page.blocks, page.input_format
    meta, verdicts = mark_metadata(blocks, page.meta, fmt)
    verdicts, rules = rule_labels(blocks, verdicts, fmt)
    rows = block_features(blocks, verdicts, fmt, rules.prelim, rules.ruled, rules.outside)
    # a comment thread after the article is never the article's, however well written,
    # and a block that names itself furniture (a clutter phrase) stays furniture
    keepable = [
        v.label != BlockLabel.meta and i not in rules.behind and not is_clutter(b, v)
        for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
    ]
    return Featurised(blocks, verdicts, fmt, meta, rules, rows, keepable)


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
            tags.extend(t for t in found if t not in tags)
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
    if fmt == InputFormat.text and title is None and (at := _headline(blocks, verdicts)) is not None:
        verdicts[at] = Verdict(BlockLabel.meta, Cause.title_line)
        title = blocks[at].text
    if published is None and timestamp is not None:
        published = timestamp
    meta = replace(meta, title=title, published=published, authors=tuple(authors), tags=tuple(tags))
    return meta, verdicts


# Lines around a headline that are not one: datelines, bylines, credits, times, handles.
_NOT_HEADLINE_RE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    rf"\b(?:{m.MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{m.MONTHS})\b|"
    r"^(?:by|updated|published|posted|filed|tested|written|photo|credit)\b|^\(.*\)$|@|"
    r"\b(?:associated press|reuters|afp|getty|staff writer)\b|"
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


def _headline(blocks: list[Block], verdicts: list[Verdict]) -> int | None:
    """In a text dump the headline is a title-shaped line before the first paragraph (its
    index).

    Each candidate scores for what headlines have around them: a byline or date line next
    to it, a copy inside a longer line (a breadcrumb, a share text), a headline's length,
    and nearness to the first paragraph; the best wins, the later one on a tie.
    """
    candidates: list[int] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict.label == BlockLabel.meta or block.kind == BlockKind.li:  # menus are lists; a headline never is
            continue
        clutter = _clutter(block.text)
        if not clutter and _alone(block, InputFormat.text) == Opinion.good:
            break  # the first paragraph
        if (
            not clutter
            and not block.text.endswith(":")
            and not _NOT_HEADLINE_RE.search(block.text)
            and not _TWO_SENTENCES_RE.search(block.text)
            and _title_like(block.text, HEADLINE_MIN_WORDS)
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


# A title has at most this many words (more is a sentence however it ends).
MAX_TITLE_WORDS = 30


def _title_like(text: str, min_words: int = 2) -> bool:
    words = len(text.split())
    end = text.rstrip().rstrip("\"”’'»)")
    return min_words <= words <= MAX_TITLE_WORDS and not end.endswith((".", ",", ";"))


# A photo caption says so at either end, however long it is.
_CAPTION_RE = re.compile(
    r"^in this (?:[\w.,' ]{0,40})?(?:file )?(?:photo|image|picture)\b|"
    r"\((?:AP|AFP|EPA|Reuters|Getty Images|Xinhua)(?: Photo)?/[^()]*\)\s*$|"
    r"\((?:image|photo|picture)s?(?: credit)?\s*:[^()]*\)\s*$|"
    # a credit at the end ("... at the pier. Photo: Harbour Office"): on the four training
    # sets 95 of 105 blocks ending so are not article text
    r"\b(?:photo|image|picture|foto)s?(?: credit)?\s*:\s*[^.:;!?]{1,40}$",
    re.I,
)


# A clutter phrase in a block of more words than this is the article's own words.
PROSE_CUE_WORDS = 40


@lru_cache(maxsize=16384)  # menus and share bars repeat on a page and across pages
def _clutter(text: str) -> Cause | None:
    if _CAPTION_RE.search(text):
        return Cause.caption
    # A cue inside a long paragraph is article prose, not furniture.
    if len(text.split()) > PROSE_CUE_WORDS:
        return None
    text = text.lower()
    if not (
        _ANY_CLUTTER_START.match(text)
        or (any(map(text.__contains__, _CLUTTER_WORDS)) and _ANY_CLUTTER_INSIDE.search(text))
    ):
        return None  # one search answers for most blocks; the loop names the cue
    for pattern, cause in _CLUTTER:
        if pattern.search(text):
            return cause
    return None


# An article shorter than this (characters kept) looks too short: trafilatura's own minimum
# extraction size (`MIN_EXTRACTED_SIZE`, 250), below which it asks a second extractor.
SHORT_ARTICLE_CHARS = 250
# There the model's scores are cut again at this probability (logit below), and the longer of
# the two articles is kept. Grouped CV, every page scored by a model that never saw its site:
# wcxb-dev .826 -> .827 (16 -> 14 empty outputs), trafilatura-eval .9125 -> .9127, seb-dev,
# readability and wcxb-dev's articles unchanged; 35 -> 33 pages losing half their article
# where trafilatura keeps 80% (docs/cleaning.md, round 4).
RECALL_THRESHOLD = 0.4
RECALL_CUT = math.log(RECALL_THRESHOLD / (1.0 - RECALL_THRESHOLD))


def _kept_chars(blocks: list[Block], labels: list[BlockLabel]) -> int:
    return sum(len(b.text) for b, label in zip(blocks, labels, strict=True) if label == BlockLabel.good)


def _decide(
    page: Featurised, ruled: list[BlockLabel], scores: list[float], cut: float
) -> list[BlockLabel]:
    """The model's labels at `cut` (a logit); the rules' `ruled` labels when it keeps nothing
    and they keep something; else the likeliest block, unless that is furniture."""
    learned = [
        BlockLabel.good if z >= cut and keep else BlockLabel.bad
        for z, keep in zip(scores, page.keepable, strict=True)
    ]
    if BlockLabel.good in learned:
        return learned
    labels = list(ruled)
    if BlockLabel.good not in labels:
        # A page of one short text: the model has seen few. Keep its likeliest block
        # rather than return nothing, unless that is furniture.
        best = max(range(len(page.blocks)), key=lambda i: scores[i], default=None)
        if best is not None and page.rules.prelim[best] != Opinion.bad:
            labels[best] = BlockLabel.good
    # else the rules found article text the model did not: trust them
    return labels


def model_scores(page: Featurised) -> Scores | None:
    """The model's scores of the page's blocks (None: no model for the page's format)."""
    weights = weights_for(page.fmt)
    if weights is None:
        return None
    return Scores(*predict(weights, page.rows))


def classify(page: Featurised, scored: Scores | None = None) -> list[Verdict]:
    """Every block's verdict: good or bad (metadata stays metadata).

    The hand-written rules (each block alone, then its neighbours, then the article's region
    for dumps) give a first opinion; a model learned on pages of many sites
    (`scripts/train_cleaner.py`) weighs that opinion with the blocks' own features and their
    neighbours' and makes the call (`scored`: the page's `model_scores`, computed here when
    not given). Metadata blocks are never article text.
    """
    blocks, (_, ruled, outside, _) = page.blocks, page.rules
    labels = [BlockLabel.bad if i in outside else label for i, label in enumerate(ruled)]
    if scored is None:
        scored = model_scores(page)
    if scored is not None:
        scores, cut = scored
        decided = _decide(page, labels, scores, cut)
        kept = _kept_chars(blocks, decided)
        if kept < SHORT_ARTICLE_CHARS and page.fmt == InputFormat.html and cut > RECALL_CUT:
            # the article looks too short: the same scores, cut where recall leans (HTML:
            # judged there; the dump model's cut is unchanged)
            relaxed = _decide(page, labels, scores, RECALL_CUT)
            if _kept_chars(blocks, relaxed) > kept:
                decided = relaxed
        labels = decided
    verdicts: list[Verdict] = []
    for i, (block, verdict, label) in enumerate(zip(blocks, page.verdicts, labels, strict=True)):
        if verdict.label == BlockLabel.meta:
            verdicts.append(verdict)
        elif label == BlockLabel.good:
            verdicts.append(Verdict(label, None))
        elif verdict.cause is None:
            verdicts.append(Verdict(label, Cause.outside_region if i in outside else _why_bad(block)))
        else:
            verdicts.append(Verdict(label, verdict.cause))
    return verdicts


def rule_labels(
    blocks: list[Block], verdicts: list[Verdict], fmt: InputFormat
) -> tuple[list[Verdict], Rules]:
    """The rules' opinion: each block alone, then with its neighbours, and the region's outliers.

    Returns the verdicts with the causes the rules found (a clutter phrase, a bare separator;
    new ones: those given are not changed), and the rules' opinion: the labels alone (good, neargood, short, bad), the labels after the neighbours
    (good, bad), the indices of good-looking blocks outside the article's region (dumps), and
    those that are never the article's: behind a comment-thread marker after the article, or
    behind a related-links or comments marker after its last paragraph.
    """
    verdicts = list(verdicts)
    prelim: list[Opinion] = []
    for i, block in enumerate(blocks):
        if verdicts[i].label == BlockLabel.meta:
            prelim.append(Opinion.bad)
            continue
        cause = _clutter(block.text)
        if cause:
            verdicts[i] = replace(verdicts[i], cause=cause)
            prelim.append(Opinion.bad)
            continue
        if not any(c.isalnum() for c in block.text):
            verdicts[i] = replace(verdicts[i], cause=Cause.separator)
            prelim.append(Opinion.bad)
            continue
        prelim.append(_alone(block, fmt))

    if Opinion.good not in prelim:
        # A short article has no long paragraph: its sentence-shaped blocks are the article.
        prelim = [Opinion.good if label == Opinion.neargood else label for label in prelim]
    before = _decided(prelim)
    after = _decided(prelim[::-1])[::-1]
    labels: list[BlockLabel] = []
    for i, label in enumerate(prelim):
        prev, nxt = before[i], after[i]
        if label == Opinion.neargood:
            good = Opinion.good in (prev, nxt)
        elif label == Opinion.short:
            heading = blocks[i].kind == BlockKind.h or _title_like(blocks[i].text)
            good = prev == nxt == Opinion.good and heading
        else:
            good = label == Opinion.good
        labels.append(BlockLabel.good if good else BlockLabel.bad)
    # HTML pages already chose their article container; a dump has only the lines' order.
    outside, behind = (
        _outside_main_region(blocks, verdicts, labels) if fmt == InputFormat.text else (set(), set())
    )
    # past the article's last paragraph, a 'Related' or 'Comments' marker ends the article
    last = max((i for i, label in enumerate(labels) if label == BlockLabel.good), default=len(blocks))
    marker = False
    for i in range(last + 1, len(blocks)):
        if verdicts[i].cause in MARKER_CAUSES:
            marker = True
        elif marker:
            behind.add(i)
    return verdicts, Rules(prelim, labels, outside, behind)


# A run this long of non-article blocks separates the article from other text on the page.
REGION_GAP = 3
# Another region is kept when it holds at least this share of the main region's text.
REGION_SHARE = 0.3


def _outside_main_region(
    blocks: list[Block], verdicts: list[Verdict], labels: list[BlockLabel]
) -> tuple[set[int], set[int]]:
    """The good-looking blocks far from the region with the most article text.

    Comment threads and teaser lists look like prose line by line, but they sit apart from
    the article, behind a run of furniture or a 'Comments' / 'Related' marker.
    """
    regions: list[list[int]] = [[]]
    marked: list[bool] = [False]  # whether a terminal marker precedes the region
    commented: list[bool] = [False]  # whether a comment-thread marker does
    gap = 0
    terminal = comments = False
    for i, label in enumerate(labels):
        if label == BlockLabel.good:
            if (gap >= REGION_GAP or terminal) and regions[-1]:
                regions.append([])
                marked.append(terminal)
                commented.append(comments)
            regions[-1].append(i)
            gap = 0
            terminal = comments = False
        else:
            gap += 1
            terminal = terminal or verdicts[i].cause in MARKER_CAUSES
            comments = comments or verdicts[i].cause is Cause.comment_form
    if len(regions) < 2:
        return set(), set()
    mass = [sum(len(blocks[i].text) for i in r) for r in regions]
    main = max(range(len(regions)), key=lambda k: mass[k])
    outside: set[int] = set()
    behind: set[int] = set()
    for k, region in enumerate(regions):
        # a region behind a comments/related marker after the article is never the article's
        behind_marker = marked[k] and k > main
        if k == main or (mass[k] >= REGION_SHARE * mass[main] and not behind_marker):
            continue
        outside.update(region)
        if behind_marker and commented[k]:
            behind.update(region)
    return outside, behind


# A block on its own (`_alone`), the rules' first opinion. Link density is the share of a
# block's characters inside links: over MOSTLY_LINKS a block is a menu or a teaser list ...
MOSTLY_LINKS = 0.5
# ... and over LINKY (`shape.py`) a short block (under SHORT_BLOCK_CHARS) is a link with a
# caption; a line among article text with more links than that is not article either.
SHORT_BLOCK_CHARS = 200
# Prose: this many words, or this many characters ending a sentence with at most this share of
# capitalised words (title case is a heading's or a menu's).
PROSE_WORDS = 30
PROSE_CHARS = 150
PROSE_MAX_CAPITALS = 0.6
# Outside the article's container, prose this free of links may be a lead paragraph the page
# set apart (it joins the article if a neighbour is article).
LEAD_MAX_LINKS = 0.1
# A sentence at least this long: article inside an HTML container; a dump line so shaped, with
# at most DUMP_MAX_CAPITALS capitalised words, is article if a neighbour is. A shorter line
# outside the article is reported as a "short line".
SENTENCE_CHARS = 60
DUMP_MAX_CAPITALS = 0.7


def _alone(block: Block, fmt: InputFormat) -> Opinion:
    text = shape_of(block.text)
    chars, nwords, capital, sentence = text.size, text.nsize, text.capitals, text.sentence
    if block.link_density > MOSTLY_LINKS or (
        block.link_density > LINKY and chars < SHORT_BLOCK_CHARS
    ):
        return Opinion.bad
    prose = nwords >= PROSE_WORDS or (
        chars >= PROSE_CHARS and sentence and capital < PROSE_MAX_CAPITALS
    )
    if fmt == InputFormat.html and not block.in_main:
        # outside the article's container only prose next to the article can belong to it
        # (a lead paragraph the page set apart)
        return Opinion.neargood if prose and block.link_density < LEAD_MAX_LINKS else Opinion.bad
    if prose:
        return Opinion.good
    if fmt == InputFormat.html:
        # inside the container: sentences are article; lists, table rows and short lines
        # are article when they stand among article text
        if chars >= SENTENCE_CHARS and sentence:
            return Opinion.good
        return Opinion.neargood if block.link_density < LINKY else Opinion.short
    if chars >= SENTENCE_CHARS and sentence and capital < DUMP_MAX_CAPITALS:
        return Opinion.neargood
    return Opinion.short


def _decided(labels: list[Opinion]) -> list[Opinion]:
    """For each block, the nearest decided label (good or bad) before it; bad at the start."""
    out: list[Opinion] = []
    last = Opinion.bad
    for label in labels:
        out.append(last)
        if label in (Opinion.good, Opinion.bad):
            last = label
    return out


def _why_bad(block: Block) -> Cause:
    if block.cue:
        return Cause.markup
    if block.link_density > LINKY:
        return Cause.links
    if not block.in_main:
        return Cause.outside_container
    if len(block.text) < SENTENCE_CHARS:
        return Cause.short_line
    return Cause.not_article


def reason(block: Block, verdict: Verdict) -> str:
    """What `removed` says of a dropped block: its cause's text (the markup's own hint for
    `Cause.markup`)."""
    if verdict.cause is None:
        return ""
    return block.cue if verdict.cause is Cause.markup else verdict.cause.text


# UTF-8 read as cp1252/latin-1 shows as a lead character followed by a continuation one.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _fix_mojibake(text: str) -> str:
    if not _MOJIBAKE_RE.search(text):
        return text  # nothing that mojibake could be: ftfy need not even be imported
    from ftfy import fix_encoding

    return str(fix_encoding(text))


def _repair(text: str, paragraph: int, repairs: list[Repair]) -> str:
    fixed = _fix_mojibake(text)
    if fixed != text:
        repairs.append(Repair("mojibake", text, fixed, paragraph))
        text = fixed
    for regex, repl, kind in (
        (_DOUBLE_PUNCT_RE, r"\1\2", "doubled punctuation"),
        (_SPACE_BEFORE_PUNCT_RE, "", "stray whitespace"),
    ):
        found = False
        for match in regex.finditer(text):
            found = True
            before = match.group(0)
            repairs.append(Repair(kind, before, match.expand(repl) if repl else "", paragraph))
        if found:  # most paragraphs need no repair: no second pass over them
            text = regex.sub(repl, text)
    return text.strip()


_PUBLISHER_RE = re.compile(
    r"^(?:[Jj]oin|[Ss]ubscribe to|[Ss]upport|[Ff]ollow)\s+([A-ZÀ-Ý][\w'’.&-]*(?:\s+[A-ZÀ-Ý][\w'’.&-]*){0,3})"
    r"\s+(?:to|and|on|for)\b"
)


def _publisher_from_removed(removed: list[Removed]) -> str | None:
    """A text dump names its site in its own prompts: 'Join EL PAÍS to follow all the news'."""
    for item in removed:
        match = _PUBLISHER_RE.match(item.text)
        if match and not re.match(r"^(?:us|our|the)\b", match.group(1), re.I):
            return match.group(1).strip()
    return None
