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
from newsdesk.cleaner.shape import shape_of
from newsdesk.cleaner.verdict import UNJUDGED, Verdict
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
        if note is None and scores is not None and found.fmt == InputFormat.html:
            note, verdicts = fill_sections(blocks, verdicts, scores, found.keepable)
        if scores is not None and found.fmt == InputFormat.html:
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


class Scores(NamedTuple):
    """The learned model's score (a logit) for every block of a page, and the score a block
    needs to be kept."""

    logits: list[float]
    cut: float


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


# The second opinion is asked when the kept text is less than this share of the page's running
# text (sentence-like paragraphs): asked at a quarter, it won on 58 of 2,677 pages and cost F1
# on three of the four sets (grouped CV), so only a near-total loss calls for it...
SECOND_OPINION_SHARE = 0.1
# ...and a run of dropped running text at least this long exists (a few paragraphs: a lone
# dropped paragraph is no lost article).
SECOND_OPINION_MIN_CHARS = 400
# A page of many kept blocks none of which has this many words is crumbs (200,000 one-letter
# paragraphs), not an article; a short page ("Test") keeps its few words.
MIN_ARTICLE_WORDS = 3
MAX_CRUMBS = 20
# Running text: a paragraph of at least this many characters and words that ends a sentence.
RUNNING_CHARS = 80
RUNNING_WORDS = 12
# In the density pass a block that is not running text counts against the run by its length,
# at most this much: a caption or an ad between two paragraphs does not split the article.
MAX_GAP_COST = 150.0
# The density pass wins only with a run this many times the text the model kept.
SECOND_OPINION_GAIN = 3


def _words(block: Block) -> int:
    """Words, counting Chinese and Japanese characters as spaced scripts' words."""
    return shape_of(block.text).nsize


def _running(block: Block, verdict: Verdict) -> bool:
    """A sentence-like paragraph: what an article is made of."""
    text = block.text
    return (
        verdict.label != BlockLabel.meta
        and len(text) >= RUNNING_CHARS
        and block.link_density < LINKY
        and shape_of(text).sentence
        and _words(block) >= RUNNING_WORDS
        and not is_clutter(block, verdict)
    )


_GOOD = Verdict(BlockLabel.good, None)


def second_opinion(blocks: list[Block], verdicts: list[Verdict]) -> tuple[str | None, list[Verdict]]:
    """Never lose the article: if the model kept (almost) nothing of the page's running text
    while a substantial run of it was dropped, a density pass of our own picks the densest run
    of running text, and the better-looking of the two articles is kept. Returns a note when
    the second opinion won, and the verdicts (new ones; those given are not changed).
    """
    verdicts = list(verdicts)
    kept = [i for i, v in enumerate(verdicts) if v.label == BlockLabel.good]
    if len(kept) > MAX_CRUMBS and max(_words(blocks[i]) for i in kept) < MIN_ARTICLE_WORDS:
        for i in kept:  # crumbs (a page of one-letter paragraphs) are no article
            verdicts[i] = Verdict(BlockLabel.bad, Cause.crumbs)
        kept = []
    running = [_running(b, v) for b, v in zip(blocks, verdicts, strict=True)]
    total = sum(len(b.text) for b, r in zip(blocks, running, strict=True) if r)
    kept_running = sum(len(blocks[i].text) for i in kept if _running(blocks[i], verdicts[i]))
    if total < SECOND_OPINION_MIN_CHARS or kept_running >= SECOND_OPINION_SHARE * total:
        return None, verdicts
    lo, hi = _densest_run(blocks, running)
    run = sum(len(blocks[i].text) for i in range(lo, hi + 1) if running[i])
    kept_chars = sum(len(blocks[i].text) for i in kept)
    if run < SECOND_OPINION_MIN_CHARS or run <= SECOND_OPINION_GAIN * kept_chars:
        return None, verdicts
    for i in range(lo, hi + 1):
        block, verdict = blocks[i], verdicts[i]
        if verdict.label in (BlockLabel.meta, BlockLabel.good):
            continue
        if running[i] or (block.link_density < LINKY and not is_clutter(block, verdict)
                          and _words(block) >= MIN_ARTICLE_WORDS):
            verdicts[i] = _GOOD
    for i, verdict in enumerate(verdicts):
        if verdict.label == BlockLabel.good and not lo <= i <= hi:
            verdicts[i] = Verdict(BlockLabel.bad, Cause.outside_second_opinion)
    return (
        f"the model kept {kept_running} of {total} characters of running text; a density "
        f"pass kept a run of {run} instead"
    ), verdicts


def _densest_run(
    blocks: list[Block], running: list[bool], breaks: list[bool] | None = None
) -> tuple[int, int]:
    """The densest run of running text (maximum-sum run: running text counts for its length,
    anything else against it, capped so that a caption or an ad between two paragraphs does
    not split the article); a block in `breaks` ends any run. (lo, hi), inclusive; hi < lo
    when there is none."""
    best, best_at, acc, start = 0.0, (0, -1), 0.0, 0
    for i, (block, r) in enumerate(zip(blocks, running, strict=True)):
        if breaks is not None and breaks[i]:
            acc, start = 0.0, i + 1
            continue
        if acc <= 0:
            acc, start = 0.0, i
        acc += len(block.text) if r else -min(len(block.text), MAX_GAP_COST)
        if acc > best:
            best, best_at = acc, (start, i)
    return best_at


# The fill is asked when the model kept less than this share of the page's running text: the
# sectioned pages it lost (explainers, listicles, service pages whose heading-and-paragraph
# sections the sequence stage reads as a teaser list) kept 35-55%. Chosen on the pages of the
# odd grouped folds (shares .35/.5/.6/.7 by floors -1/-2/-3) and checked on the even ones:
# docs/cleaning.md, round 6.
FILL_SHARE = 0.7
# A dropped block the model scores below this logit (p = .12) is no part of the fill: it counts
# against the run like furniture. Without this floor the fill took in a shop's product grid or
# a clinic's service list next to the article (precision .97 -> .45 on such pages).
FILL_FLOOR = -2.0


def fill_sections(
    blocks: list[Block], verdicts: list[Verdict], scores: Scores, keepable: list[bool]
) -> tuple[str | None, list[Verdict]]:
    """Never lose half the article: when the model kept some of the page's running text but
    less than `FILL_SHARE` of it, the densest run of running text that holds kept running text
    is taken whole: its dropped running paragraphs and the headings and short lines between
    them join the article (blocks never the article's, and those the model all but rules out,
    stay out and end or weaken the run). Unlike `second_opinion` nothing kept is dropped.
    Returns a note when blocks were added, and the verdicts (new ones)."""
    verdicts = list(verdicts)
    low = [
        z < FILL_FLOOR and v.label != BlockLabel.good
        for z, v in zip(scores.logits, verdicts, strict=True)
    ]
    running = [
        _running(b, v) and keep and not lo_
        for b, v, keep, lo_ in zip(blocks, verdicts, keepable, low, strict=True)
    ]
    total = sum(len(b.text) for b, r in zip(blocks, running, strict=True) if r)
    kept_running = sum(
        len(b.text)
        for b, v, r in zip(blocks, verdicts, running, strict=True)
        if r and v.label == BlockLabel.good
    )
    if total < SECOND_OPINION_MIN_CHARS or kept_running >= FILL_SHARE * total:
        return None, verdicts
    lo, hi = _densest_run(blocks, running, [not k for k in keepable])
    span = range(lo, hi + 1)
    if not any(running[i] and verdicts[i].label == BlockLabel.good for i in span):
        return None, verdicts  # a run apart from the kept article: second_opinion's call
    added = sum(
        len(blocks[i].text) for i in span if running[i] and verdicts[i].label != BlockLabel.good
    )
    if added < SECOND_OPINION_MIN_CHARS:
        return None, verdicts
    for i in span:
        block, verdict = blocks[i], verdicts[i]
        if verdict.label in (BlockLabel.meta, BlockLabel.good) or low[i] or not keepable[i]:
            continue
        # a heading or short line between the sections joins them (`keepable` holds the
        # rules' clutter verdict; the model's own "not article" cause is no clutter phrase)
        if running[i] or (block.link_density < LINKY and _words(block) >= MIN_ARTICLE_WORDS):
            verdicts[i] = _GOOD
    return (
        f"the model kept {kept_running} of {total} characters of running text; its densest "
        f"run adds {added}"
    ), verdicts


# A dropped paragraph of running text that touches the kept article (the block right before
# or after a kept one, or the standfirst under the title) joins it when the model scores it at
# least this (a logit; the cut is about +.4): the last paragraph or the standfirst the model
# scored just under its cut. See docs/cleaning.md, round 7.
TOUCH_FLOOR = -1.0
# Which way a touching paragraph may join: after the kept text, and (when True) before it too.
TOUCH_BEFORE = True
# At most this many paragraphs join at each edge of a kept stretch: a closing paragraph or two,
# not a list of references or a run of teasers.
TOUCH_MAX = 2


@lru_cache(maxsize=1)
def _caption_marks() -> tuple[int, ...]:
    """Where the markup's evidence of a caption sits in `Block.html` (a figure's text is no
    paragraph of the article); imported on first use, as only HTML pages need it."""
    from newsdesk.read.html import HTML_FEATURES

    return tuple(HTML_FEATURES.index(k) for k in ("under_figure", "own_attr_caption"))
# The standfirst: the first running paragraph under the title line, when the kept article
# starts within this many blocks of it and only short lines (byline, date) lie between.
STANDFIRST_GAP = 4


def touching_paragraphs(
    blocks: list[Block], verdicts: list[Verdict], scores: Scores, keepable: list[bool]
) -> list[Verdict]:
    """Never lose the edge of the article: a dropped paragraph of running text that touches
    the kept text (the block just before or after a kept block, chained) joins it when the
    model scores it at least `TOUCH_FLOOR`; so does the standfirst, the first running
    paragraph under the title line when the kept text starts a few short lines below it.
    Blocks never the article's (`keepable`) stay out. Returns new verdicts."""
    verdicts = list(verdicts)
    n = len(blocks)

    def joins(i: int) -> bool:
        block = blocks[i]
        return (
            verdicts[i].label == BlockLabel.bad
            and keepable[i]
            and scores.logits[i] >= TOUCH_FLOOR
            and _running(block, verdicts[i])
            and not any(block.html[k] > 0 for k in _caption_marks() if k < len(block.html))
        )

    given = [v.label == BlockLabel.good for v in verdicts]
    if not any(given):
        return verdicts
    for i in range(n):
        if not given[i]:
            continue
        if i + 1 < n and not given[i + 1]:  # after a kept stretch
            for j in range(i + 1, min(n, i + 1 + TOUCH_MAX)):
                if not joins(j):
                    break
                verdicts[j] = _GOOD
        if TOUCH_BEFORE and i > 0 and not given[i - 1]:  # before it
            for j in range(i - 1, max(-1, i - 1 - TOUCH_MAX), -1):
                if not joins(j):
                    break
                verdicts[j] = _GOOD
    first = next((i for i, v in enumerate(verdicts) if v.label == BlockLabel.good), None)
    title = None
    if first is not None:  # the last title line above the kept text
        title = next(
            (i for i in range(first - 1, -1, -1) if verdicts[i].cause is Cause.title_line), None
        )
    if title is not None and first is not None:
        between = [i for i in range(title + 1, first) if verdicts[i].label != BlockLabel.meta]
        if between and first - title <= STANDFIRST_GAP + 1 and joins(between[0]):
            rest = between[1:]
            if all(not _running(blocks[i], verdicts[i]) for i in rest):
                verdicts[between[0]] = _GOOD
    return verdicts


# A prompt ("Join X to read without limits") is this short at most (words).
CLUTTER_MAX_WORDS = 15


def is_clutter(block: Block, verdict: Verdict) -> bool:
    """Whether the rules found a clutter phrase (or a bare separator) in a short block.

    A prompt ("Join X to read without limits") is short; in a longer block the phrase may be
    the article's own words, and the model weighs it with the rest.
    """
    return (
        verdict.label != BlockLabel.meta
        and verdict.cause is not None
        and len(block.text.split()) <= CLUTTER_MAX_WORDS
    )


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
# ... and over LINKY a short block (under SHORT_BLOCK_CHARS) is a link with a caption; a line
# among article text with more links than that is not article either (`_why_bad` says "links").
LINKY = 0.3
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
