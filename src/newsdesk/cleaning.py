"""Clean stage: keep the article's blocks, drop the boilerplate, and report what was dropped.

One classifier serves both readers (see `blocks.py`). It labels each block from its own
features (length, sentence shape, link density, clutter phrases, metadata shape), then
lets short blocks take the label of their neighbours, as jusText does.
"""

from __future__ import annotations

import re

from . import meta as m
from .blocks import Block, norm_ws, text_blocks
from .model import Article, InputFormat, Removed, Repair
from .read import RawDocument

# Phrases that mark a block as page furniture rather than article text.
_CLUTTER = [
    (re.compile(p, re.I), reason)
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
            r"^pubblicità$|^publicité$|^anúncio$|^iklan$|^sponsored(?: content)?$|^ad$|^publicidad$|^anzeige$",
            "advertisement",
        ),
        (
            r"^(?:related|recommended|more from|most (?:read|popular|viewed)|trending|popular|"
            r"you (?:may|might) also like|see also|more stories|latest news|read also|also read)\b",
            "related links",
        ),
        (r"\bdownload (?:the|our) app\b|\bget the app\b", "app prompt"),
        (
            r"^(?:photo|image|picture|video|graphic|illustration|credit|source|foto|imagen)\s*:|"
            r"\b(?:getty images|ap photo|afp photo|reuters/|/reuters|shutterstock|epa-efe|efe)\s*\)?$",
            "caption or credit",
        ),
        (
            r"^skip to (?:main )?content|^back to top|^(?:main )?menu$|^search$|^home$|^close$",
            "navigation",
        ),
        (r"^(?:click|tap) here\b|\bclick here to\b", "call to action"),
    )
]
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’»)\]。！？」』]\s*$")
_WORD_RE = re.compile(r"\w+", re.U)
_DOUBLE_PUNCT_RE = re.compile(r"([.!?])(?:\s*\.)+(?=\s|$)")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[,;:](?:\s|$))")


def clean_document(doc: RawDocument, *, clean: bool = True) -> Article:
    """Turn a decoded document into an `Article`, dropping boilerplate unless `clean` is False."""
    page = m.PageMeta()
    dropped: list[tuple[str, str]] = []
    if doc.input_format == "html":
        from . import htmlpage  # bs4 is imported only for HTML input

        parsed = htmlpage.read_page(doc.content, strip=clean)
        page, dropped = parsed.meta, parsed.dropped
        if clean:
            blocks = htmlpage.html_blocks(parsed.soup)
        else:
            lines = (parsed.soup.body or parsed.soup).get_text("\n").split("\n")
            blocks = [Block(norm_ws(t)) for t in lines]
    else:
        blocks = text_blocks(doc.content)
    blocks = [b for b in blocks if b.text]

    removed: list[Removed] = [Removed(text, reason) for text, reason in dropped]
    if clean:
        _extract_text_meta(blocks, page, doc.input_format)
        classify(blocks, doc.input_format)
        removed += [Removed(b.text, b.reason) for b in blocks if b.label != "good"]
        kept = [b for b in blocks if b.label == "good"]
    else:
        kept = blocks

    repairs: list[Repair] = []
    paragraphs: list[str] = []
    for block in kept:
        fixed = _repair(block.text, len(paragraphs), repairs)
        if fixed:
            paragraphs.append(fixed)
    text = "\n\n".join(paragraphs)
    if page.publisher is None:
        page.publisher = _publisher_from_removed(removed)
    language = page.language or m.detect_language(text)
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


def _extract_text_meta(blocks: list[Block], page: m.PageMeta, fmt: InputFormat) -> None:
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


def _headline(blocks: list[Block]) -> Block | None:
    """In a text dump the headline is the title-shaped line nearest before the first paragraph."""
    best: Block | None = None
    for block in blocks:
        if len(block.text.split()) >= 25 and _SENTENCE_END_RE.search(block.text):
            break
        if block.label != "meta" and not _clutter(block.text) and _title_like(block.text, 3):
            best = block
    return best


def _title_like(text: str, min_words: int = 2) -> bool:
    words = len(text.split())
    return min_words <= words <= 30 and not text.rstrip().endswith((".", ",", ";"))


def _clutter(text: str) -> str | None:
    words = len(text.split())
    for pattern, reason in _CLUTTER:
        # A cue inside a long paragraph is article prose, not furniture.
        if words <= 40 and pattern.search(text):
            return reason
    return None


def classify(blocks: list[Block], fmt: InputFormat) -> None:
    """Label every block good or bad, first alone, then by its neighbours."""
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
    for i, label in enumerate(prelim):
        if label not in ("short", "neargood"):
            continue
        prev = _neighbour(prelim, i, -1)
        nxt = _neighbour(prelim, i, 1)
        if label == "neargood":
            labels[i] = "good" if "good" in (prev, nxt) else "bad"
        else:
            heading = blocks[i].kind == "h" or _title_like(blocks[i].text)
            labels[i] = "good" if prev == nxt == "good" and heading else "bad"
    if fmt == "text":
        # HTML pages already chose their article container; a dump has only the lines' order.
        _keep_main_region(blocks, labels)
    for block, label in zip(blocks, labels, strict=True):
        if block.label == "meta":
            continue
        block.label = label
        if label == "bad" and not block.reason:
            block.reason = _why_bad(block)


# A run this long of non-article blocks separates the article from other text on the page.
REGION_GAP = 3
# Another region is kept when it holds at least this share of the main region's text.
REGION_SHARE = 0.3
# Text after these is the page's, not the article's (comments, teasers for other stories).
_TERMINAL_REASONS = {"comment form", "related links"}


def _keep_main_region(blocks: list[Block], labels: list[str]) -> None:
    """Keep the region with the most article text; drop good-looking text far from it.

    Comment threads and teaser lists look like prose line by line, but they sit apart from
    the article, behind a run of furniture or a 'Comments' / 'Related' marker.
    """
    regions: list[list[int]] = [[]]
    marked: list[bool] = [False]  # whether a terminal marker precedes the region
    gap = 0
    terminal = False
    for i, label in enumerate(labels):
        if label == "good":
            if (gap >= REGION_GAP or terminal) and regions[-1]:
                regions.append([])
                marked.append(terminal)
            regions[-1].append(i)
            gap = 0
            terminal = False
        else:
            gap += 1
            terminal = terminal or blocks[i].reason in _TERMINAL_REASONS
    if len(regions) < 2:
        return
    mass = [sum(len(blocks[i].text) for i in r) for r in regions]
    main = max(range(len(regions)), key=lambda k: mass[k])
    for k, region in enumerate(regions):
        # a region behind a comments/related marker after the article is never the article's
        behind_marker = marked[k] and k > main
        if k == main or (mass[k] >= REGION_SHARE * mass[main] and not behind_marker):
            continue
        for i in region:
            labels[i] = "bad"
            blocks[i].reason = "text outside the article's region"


def _alone(block: Block, fmt: InputFormat) -> str:
    text = block.text
    chars = len(text)
    words = _WORD_RE.findall(text)
    if block.link_density > 0.5 or (block.link_density > 0.3 and chars < 200):
        return "bad"
    capital = sum(1 for w in words if w[0].isupper()) / max(1, len(words))
    sentence = bool(_SENTENCE_END_RE.search(text))
    prose = len(words) >= 30 or (chars >= 150 and sentence and capital < 0.6)
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


def _neighbour(labels: list[str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(labels):
        if labels[j] in ("good", "bad"):
            return labels[j]
        j += step
    return "bad"


def _why_bad(block: Block) -> str:
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
        (_DOUBLE_PUNCT_RE, r"\1", "doubled punctuation"),
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
