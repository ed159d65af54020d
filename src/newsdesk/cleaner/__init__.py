"""Clean stage: keep the article's blocks, drop the boilerplate, and report what was dropped.

One classifier serves both readers (see `blocks.py`). It labels each block from its own
features (length, sentence shape, link density, clutter phrases, metadata shape), then
lets short blocks take the label of their neighbours, as jusText does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.cleaner import meta as m
from newsdesk.cleaner.blocks import SENTENCE_END_RE, WORD_RE, Block, norm_ws, text_blocks, text_size
from newsdesk.cleaner.learned import MARKER_REASONS, block_features, predict, weights_for
from newsdesk.errors import EmptyInputError
from newsdesk.model import Article, InputFormat, Removed, Repair
from newsdesk.read import RawDocument

# Phrases that mark a block as page furniture rather than article text.
# Matched against the lower-cased text (the patterns are lower case): re.I makes Python's
# regex engine several times slower on these alternations.
_CLUTTER = [
    (re.compile(p), reason)
    for p, reason in (
        (r"\bsubscri(?:be|ption|bers?)\b", "subscription prompt"),
        (r"\bnewsletters?\b", "newsletter prompt"),
        (
            r"\b(?:sign|log)\s?(?:in|up|out)\b|\bregister\b|create an? (?:free )?account",
            "account prompt",
        ),
        (
            r"\bread (?:without limits|more|the full|full story|next)\b|continue reading",
            "reading prompt",
        ),
        (r"^join\b.{0,60}\bto (?:follow|read|get|support|continue)", "membership prompt"),
        (r"\bfollow (?:us|all|our|him|her|them)\b", "follow prompt"),
        (
            r"\b(?:facebook|twitter|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest)\b.*"
            r"\b(?:follow|share|like|join)\b|\b(?:follow|share|like|join)\b.*\b(?:facebook|twitter|"
            r"instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest)\b",
            "social prompt",
        ),
        (
            r"^(?:share|share this|share on|share article|tweet|email|print|copy link)\b",
            "share bar",
        ),
        (
            r"^(?:(?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|email|e-mail|telegram|"
            r"flipboard|messenger|print|share|tweet|copy link|sms|comment)\W*){2,}$",
            "share bar",
        ),
        (
            r"^(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|email|telegram|flipboard|"
            r"instagram|youtube|tiktok|messenger|copy link|print|mail)\s*:?$",
            "share bar",
        ),
        (
            r"\bleave a (?:reply|comment)\b|\bpost a comment\b|\bcomments?\s*(?:\(\d+\))?:?$|"
            r"^\d+\s+comments?$|\bjoin the (?:conversation|discussion)\b|"
            r"^\d+\s+(?:responses?|comments?|replies)\b|^permalink\b|^(?:\d+\.\s+)?\S+ says:$",
            "comment form",
        ),
        (r"^\d+\s*(?:[smhd]|min|mins|minutes?|hours?|hrs?|days?)\s+ago$", "time stamp"),
        (r"\b(?:requires|enable|turn on) javascript\b|^\[/?[a-z_]+(?:[ \]=])", "page machinery"),
        (
            r"email address will not be published|required fields are marked|^(?:name|email|website)\s*\*?$|"
            r"save my name, email",
            "comment form",
        ),
        (r"\bakismet\b|reduce spam|comment data is processed", "spam-filter notice"),
        (
            r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings)\b|\bprivacy policy\b|"
            r"\bterms of (?:use|service)\b",
            "legal notice",
        ),
        (r"all rights reserved|^©|^copyright\b|\(c\) \d{4}", "copyright notice"),
        (
            r"^advert$|^advertisement$|^advertising$|^スポンサードリンク$|^広告$|^werbung$|^реклама$|^광고$|"
            r"^pubblicità$|^publicité$|^anúncio$|^iklan$|^sponsored(?: content| links?| stories)?$|^ad$|"
            r"^publicidad$|^anzeige$|^promoted(?: content| stories)?$",
            "advertisement",
        ),
        (
            r"^(?:related|recommended|more from|most (?:read|popular|viewed)|trending|popular|"
            r"you (?:may|might) also (?:like|enjoy|be interested)|see also|more stories|latest news|read also|also read)\b|"
            r"^(?:see|read|watch|more|also)(?: more)?\s*:|^don'?t miss\b|"
            r"\[(?:insight|video|pictures?|photos?|gallery|poll|reaction|latest|watch|revealed)\]\W*$",
            "related links",
        ),
        (r"\bdownload (?:the|our) app\b|\bget the app\b", "app prompt"),
        (
            r"^(?:photo|image|picture|video|graphic|illustration|credit|source|foto|imagen)\s*:|"
            r"\b(?:getty images|/getty|ap photo|afp photo|reuters/|/reuters|shutterstock|epa-efe|efe)\s*\)?$|"
            r"\((?:image|photo|picture|pic|video|credit|source)s?\s*:[^()]*\)\s*$|"
            r"\b(?:photos?|images?|pictures?)\s*(?:©|\(c\))|©[^.]{0,60}\b(?:19|20)\d{2}\s*$",
            "caption or credit",
        ),
        (
            r"^skip to (?:main )?content|^back to top|^(?:main )?menu$|^search$|^home$|^close$",
            "navigation",
        ),
        (r"^(?:click|tap) here\b|\bclick here to\b", "call to action"),
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
# ". ." and "?." and a lone doubled "..", but never an ellipsis "..."
_DOUBLE_PUNCT_RE = re.compile(r"([.!?])(?:\s+\.)+(?=\s|$)|(?<!\.)([!?.])\.(?![.])(?=\s|$)")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[,;:](?:\s|$))")


def page_blocks(
    doc: RawDocument, *, clean: bool = True
) -> tuple[list[Block], m.PageMeta, list[tuple[str, str]], str]:
    """Read a document into blocks, its markup metadata, what the HTML reader dropped, and
    the text a browser would not show when the page shows none."""
    page = m.PageMeta()
    dropped: list[tuple[str, str]] = []
    unrendered = ""
    if doc.input_format == "html":
        from newsdesk.read import html as htmlpage  # lxml is imported only for HTML input

        parsed = htmlpage.read_page(doc.content)
        page, dropped, blocks, unrendered = (
            parsed.meta, parsed.dropped, parsed.blocks, parsed.unrendered,
        )  # fmt: skip
    else:
        blocks = text_blocks(doc.content)
    return [b for b in blocks if b.text], page, dropped, unrendered


def clean_document(doc: RawDocument, *, clean: bool = True) -> Article:
    """Turn a decoded document into an `Article`, dropping boilerplate unless `clean` is False."""
    blocks, page, dropped, unrendered = page_blocks(doc, clean=clean)
    if not blocks and unrendered:
        # a page whose only text is in scripts, templates or invisible characters
        raise EmptyInputError(f"the page shows no text; it only holds {unrendered[:120]}")
    removed: list[Removed] = [Removed(text, reason) for text, reason in dropped]
    if clean:
        mark_metadata(blocks, page, doc.input_format)
        classify(blocks, doc.input_format)
        if note := second_opinion(blocks):
            removed.append(Removed(note, "second opinion"))
        removed += [Removed(b.text, b.reason) for b in blocks if b.label != "good"]
        kept = [b for b in blocks if b.label == "good"]
    else:
        kept = blocks

    repairs: list[Repair] = []
    if not clean and doc.input_format == "text":
        # the caller's own text, unchanged: every offset of the analysis indexes it
        text = doc.content
    elif not clean:
        text = "\n\n".join(b.text for b in kept)
    else:
        paragraphs: list[str] = []
        for block in kept:
            fixed = _repair(block.text, len(paragraphs), repairs)
            if fixed:
                paragraphs.append(fixed)
        text = "\n\n".join(paragraphs)
    if page.publisher is None:
        page.publisher = _publisher_from_removed(removed)
    # the text itself first: page templates often declare the site's default language
    language = m.detect_language(text) or page.language
    return Article(
        source=doc.source,
        title=page.title,
        published=page.published,
        authors=page.authors,
        publisher=page.publisher,
        language=language,
        tags=page.tags,
        text=text,
        input_format=doc.input_format,
        removed=removed,
        repairs=repairs,
    )


def mark_metadata(blocks: list[Block], page: m.PageMeta, fmt: InputFormat) -> None:
    """Mark the blocks that are metadata (title, date, timestamp, hashtags, byline)."""
    timestamp: str | None = None
    for block in blocks:
        text = block.text
        if tags := m.hashtags(text):
            block.label, block.reason = "meta", "hashtags"
            page.tags.extend(t for t in tags if t not in page.tags)
        elif (ts := m.timestamp_to_iso(text)) is not None:
            block.label, block.reason = "meta", "timestamp"
            timestamp = timestamp or ts
        elif m.is_date_line(text):
            block.label, block.reason = "meta", "date line"
            if page.published is None:
                page.published = m.to_iso(text)
        elif (names := m.byline(text)) is not None and len(text) < 100:
            block.label, block.reason = "meta", "byline"
            page.authors.extend(n for n in names if n not in page.authors)
        elif m.is_dateline_stamp(text):
            block.label, block.reason = "meta", "date line"
            if page.published is None:
                page.published = m.to_iso(text)
        elif text.lower() in ("by", "by:") or text in page.authors:
            # a byline the page split into pieces: "By" and the name on lines of their own
            block.label, block.reason = "meta", "byline"
        elif page.title and norm_ws(text) == norm_ws(page.title) and block.kind in ("h", "p"):
            block.label, block.reason = "meta", "title"
    if fmt == "text" and page.title is None and (title := _headline(blocks)) is not None:
        title.label, title.reason = "meta", "title"
        page.title = title.text
    if page.published is None and timestamp is not None:
        page.published = timestamp


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


def _headline(blocks: list[Block]) -> Block | None:
    """In a text dump the headline is a title-shaped line before the first paragraph.

    Each candidate scores for what headlines have around them: a byline or date line next
    to it, a copy inside a longer line (a breadcrumb, a share text), a headline's length,
    and nearness to the first paragraph; the best wins, the later one on a tie.
    """
    candidates: list[int] = []
    for i, block in enumerate(blocks):
        if block.label == "meta" or block.kind == "li":  # menus are lists; a headline never is
            continue
        clutter = _clutter(block.text)
        if not clutter and _alone(block, "text") == "good":
            break  # the first paragraph
        if (
            not clutter
            and not block.text.endswith(":")
            and not _NOT_HEADLINE_RE.search(block.text)
            and not _TWO_SENTENCES_RE.search(block.text)
            and _title_like(block.text, 3)
            and sum(c.isalpha() for c in block.text) >= len(block.text) / 2
        ):
            candidates.append(i)
    if not candidates:
        return None

    def score(rank: int, i: int) -> float:
        text = blocks[i].text
        words = len(text.split())
        # a byline or date line under a headline; above it, it may be the previous one's
        value = 2.0 if any(b.label == "meta" for b in blocks[i + 1 : i + 4]) else 0.0
        if not value and any(b.label == "meta" for b in blocks[max(0, i - 2) : i]):
            value = 1.0
        if words >= 4 and any(len(b.text) > len(text) and text in b.text for b in blocks):
            value += 2.0
        value += 0.5 if 5 <= words <= 20 else -1.0 if words > 20 else 0.0
        return value + (1.0 if rank == len(candidates) - 1 else 0.0)

    ranked = [(score(rank, i), i) for rank, i in enumerate(candidates)]
    return blocks[max(ranked)[1]]


def _title_like(text: str, min_words: int = 2) -> bool:
    words = len(text.split())
    end = text.rstrip().rstrip("\"”’'»)")
    return min_words <= words <= 30 and not end.endswith((".", ",", ";"))


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


@lru_cache(maxsize=16384)  # menus and share bars repeat on a page and across pages
def _clutter(text: str) -> str | None:
    if _CAPTION_RE.search(text):
        return "caption or credit"
    # A cue inside a long paragraph is article prose, not furniture.
    if len(text.split()) > 40:
        return None
    text = text.lower()
    if not (_ANY_CLUTTER_START.match(text) or _ANY_CLUTTER_INSIDE.search(text)):
        return None  # one search answers for most blocks; the loop names the cue
    for pattern, reason in _CLUTTER:
        if pattern.search(text):
            return reason
    return None


def classify(blocks: list[Block], fmt: InputFormat) -> None:
    """Label every block good or bad.

    The hand-written rules (each block alone, then its neighbours, then the article's region
    for dumps) give a first opinion; a logistic model learned on the dev pages
    (`scripts/train_cleaner.py`) weighs that opinion with the blocks' own features and their
    neighbours' and makes the call. Metadata blocks are never article text.
    """
    prelim, ruled, outside, behind = rule_labels(blocks, fmt)
    labels = ["bad" if i in outside else label for i, label in enumerate(ruled)]
    weights = weights_for(fmt)
    if weights is not None:
        scores, cut = predict(weights, block_features(blocks, fmt, prelim, ruled, outside))
        # a comment thread after the article is never the article's, however well written
        # and a block that names itself furniture (a clutter phrase) stays furniture
        learned = [
            "good" if z >= cut and i not in behind and not is_clutter(blocks[i]) else "bad"
            for i, z in enumerate(scores)
        ]
        if "good" in learned:
            labels = learned
        elif "good" not in labels:
            # A page of one short text: the model has seen few. Keep its likeliest block
            # rather than return nothing, unless that is furniture.
            best = max(range(len(blocks)), key=lambda i: scores[i], default=None)
            if best is not None and prelim[best] != "bad":
                labels[best] = "good"
        # else the rules found article text the model did not: trust them
    for i, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if block.label == "meta":
            continue
        block.label = label
        if label == "bad" and not block.reason:
            block.reason = "text outside the article's region" if i in outside else _why_bad(block)
        elif label == "good":
            block.reason = ""


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


def _words(block: Block) -> int:
    """Words, counting Chinese and Japanese characters as spaced scripts' words."""
    return text_size(block.text, WORD_RE.findall(block.text))[1]


def _running(block: Block) -> bool:
    """A sentence-like paragraph: what an article is made of."""
    text = block.text
    return (
        block.label != "meta"
        and len(text) >= 80
        and block.link_density < 0.3
        and bool(SENTENCE_END_RE.search(text))
        and _words(block) >= 12
        and not is_clutter(block)
    )


def second_opinion(blocks: list[Block]) -> str | None:
    """Never lose the article: if the model kept (almost) nothing of the page's running text
    while a substantial run of it was dropped, a density pass of our own picks the densest run
    of running text, and the better-looking of the two articles is kept. Returns a note when
    the second opinion won.
    """
    kept = [b for b in blocks if b.label == "good"]
    if len(kept) > MAX_CRUMBS and max(_words(b) for b in kept) < MIN_ARTICLE_WORDS:
        for b in kept:  # crumbs (a page of one-letter paragraphs) are no article
            b.label, b.reason = "bad", "no sentence on the page"
        kept = []
    running = [_running(b) for b in blocks]
    total = sum(len(b.text) for b, r in zip(blocks, running, strict=True) if r)
    kept_running = sum(len(b.text) for b in kept if _running(b))
    if total < SECOND_OPINION_MIN_CHARS or kept_running >= SECOND_OPINION_SHARE * total:
        return None
    # densest run: running text counts for itself, anything else against (capped, so a
    # caption or an ad between two paragraphs does not split the article)
    best, best_at, acc, start = 0.0, (0, -1), 0.0, 0
    for i, (block, r) in enumerate(zip(blocks, running, strict=True)):
        if acc <= 0:
            acc, start = 0.0, i
        acc += len(block.text) if r else -min(len(block.text), 150.0)
        if acc > best:
            best, best_at = acc, (start, i)
    lo, hi = best_at
    run = sum(len(blocks[i].text) for i in range(lo, hi + 1) if running[i])
    kept_chars = sum(len(b.text) for b in kept)
    if run < SECOND_OPINION_MIN_CHARS or run <= 3 * kept_chars:
        return None
    for i in range(lo, hi + 1):
        block = blocks[i]
        if block.label == "meta" or block.label == "good":
            continue
        if running[i] or (block.link_density < 0.3 and not is_clutter(block)
                          and _words(block) >= MIN_ARTICLE_WORDS):
            block.label, block.reason = "good", ""
    for i, block in enumerate(blocks):
        if block.label == "good" and not lo <= i <= hi:
            block.label, block.reason = "bad", "outside the article (second opinion)"
    return (
        f"the model kept {kept_running} of {total} characters of running text; a density "
        f"pass kept a run of {run} instead"
    )


def is_clutter(block: Block) -> bool:
    """Whether the rules found a clutter phrase (or a bare separator) in a short block.

    A prompt ("Join X to read without limits") is short; in a longer block the phrase may be
    the article's own words, and the model weighs it with the rest.
    """
    return block.label != "meta" and bool(block.reason) and len(block.text.split()) <= 15


def rule_labels(
    blocks: list[Block], fmt: InputFormat
) -> tuple[list[str], list[str], set[int], set[int]]:
    """The rules' opinion: each block alone, then with its neighbours, and the region's outliers.

    Returns the labels alone (good, neargood, short, bad), the labels after the neighbours
    (good, bad), the indices of good-looking blocks outside the article's region (dumps), and
    those that are never the article's: behind a comment-thread marker after the article, or
    behind a related-links or comments marker after its last paragraph.
    """
    prelim: list[str] = []
    for block in blocks:
        if block.label == "meta":
            prelim.append("bad")
            continue
        reason = _clutter(block.text)
        if reason:
            block.reason = reason
            prelim.append("bad")
            continue
        if not any(c.isalnum() for c in block.text):
            block.reason = "separator"
            prelim.append("bad")
            continue
        prelim.append(_alone(block, fmt))

    if "good" not in prelim:
        # A short article has no long paragraph: its sentence-shaped blocks are the article.
        prelim = ["good" if label == "neargood" else label for label in prelim]
    labels = list(prelim)
    before = _decided(prelim)
    after = _decided(prelim[::-1])[::-1]
    for i, label in enumerate(prelim):
        if label not in ("short", "neargood"):
            continue
        prev, nxt = before[i], after[i]
        if label == "neargood":
            labels[i] = "good" if "good" in (prev, nxt) else "bad"
        else:
            heading = blocks[i].kind == "h" or _title_like(blocks[i].text)
            labels[i] = "good" if prev == nxt == "good" and heading else "bad"
    # HTML pages already chose their article container; a dump has only the lines' order.
    outside, behind = _outside_main_region(blocks, labels) if fmt == "text" else (set(), set())
    # past the article's last paragraph, a 'Related' or 'Comments' marker ends the article
    last = max((i for i, label in enumerate(labels) if label == "good"), default=len(blocks))
    marker = False
    for i in range(last + 1, len(blocks)):
        if blocks[i].reason in MARKER_REASONS:
            marker = True
        elif marker:
            behind.add(i)
    return prelim, labels, outside, behind


# A run this long of non-article blocks separates the article from other text on the page.
REGION_GAP = 3
# Another region is kept when it holds at least this share of the main region's text.
REGION_SHARE = 0.3


def _outside_main_region(blocks: list[Block], labels: list[str]) -> tuple[set[int], set[int]]:
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
        if label == "good":
            if (gap >= REGION_GAP or terminal) and regions[-1]:
                regions.append([])
                marked.append(terminal)
                commented.append(comments)
            regions[-1].append(i)
            gap = 0
            terminal = comments = False
        else:
            gap += 1
            terminal = terminal or blocks[i].reason in MARKER_REASONS
            comments = comments or blocks[i].reason == "comment form"
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


def _alone(block: Block, fmt: InputFormat) -> str:
    text = block.text
    words = WORD_RE.findall(text)
    chars, nwords = text_size(text, words)
    if block.link_density > 0.5 or (block.link_density > 0.3 and chars < 200):
        return "bad"
    capital = sum(1 for w in words if w[0].isupper()) / max(1, len(words))
    sentence = bool(SENTENCE_END_RE.search(text))
    prose = nwords >= 30 or (chars >= 150 and sentence and capital < 0.6)
    if fmt == "html" and not block.in_main:
        # outside the article's container only prose next to the article can belong to it
        # (a lead paragraph the page set apart)
        return "neargood" if prose and block.link_density < 0.1 else "bad"
    if prose:
        return "good"
    if fmt == "html":
        # inside the container: sentences are article; lists, table rows and short lines
        # are article when they stand among article text
        if chars >= 60 and sentence:
            return "good"
        return "neargood" if block.link_density < 0.3 else "short"
    if chars >= 60 and sentence and capital < 0.7:
        return "neargood"
    return "short"


def _decided(labels: list[str]) -> list[str]:
    """For each block, the nearest decided label (good or bad) before it; bad at the start."""
    out: list[str] = []
    last = "bad"
    for label in labels:
        out.append(last)
        if label in ("good", "bad"):
            last = label
    return out


def _why_bad(block: Block) -> str:
    if block.cue:
        return block.cue
    if block.link_density > 0.3:
        return "links"
    if not block.in_main:
        return "outside the article"
    if len(block.text) < 60:
        return "short line outside the article text"
    return "not article text"


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
        for match in regex.finditer(text):
            before = match.group(0)
            repairs.append(Repair(kind, before, match.expand(repl) if repl else "", paragraph))
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
