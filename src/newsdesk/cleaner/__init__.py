"""Clean stage: keep the article's blocks, drop the boilerplate, and report what was dropped.

One classifier serves both readers (see `read/page.py`). It labels each block from its own
features (length, sentence shape, link density, clutter phrases, metadata shape), then
lets short blocks take the label of their neighbours, as jusText does. The reader's blocks are
never changed: the cleaner's judgement of each is a `Verdict` in a list parallel to them.

This module holds the entry points (`clean_page`, `clean_document`) and the run order; each
step is a module of its own:

- metadata.py: metadata lines (title, date, byline, hashtags), a dump's headline and publisher
- clutter.py: clutter phrases (data/cleaner-clutter.json) and photo credits
- rules.py: the hand-written rules' opinion (each block alone, its neighbours, a dump's region)
- features.py: the blocks' features (stage 1, and stage 2's from stage 1's scores); shape.py:
  text measures
- scoring.py: the learned model (data/cleaner.json) and its scores; treecode.py: its tree
  ensembles as Python code (compiled, or the generated trees_*.py)
- decide.py: the model's scores cut into kept and dropped, and its fallbacks
- recover.py: the passes that give back running text the model dropped
- repair.py: mojibake and punctuation repairs of the kept text
- verdict.py: the cleaner's judgement of one block, and what `removed` says of it
"""

from __future__ import annotations

from dataclasses import replace

from newsdesk.cleaner.decide import Featurised, classify, model_scores
from newsdesk.cleaner.features import block_features
from newsdesk.cleaner.metadata import (
    drop_credits,
    head_metadata,
    mark_metadata,
    page_authors,
    page_date,
    publisher_from_removed,
    retitle,
)
from newsdesk.cleaner.recover import fill_sections, second_opinion, touching_paragraphs
from newsdesk.cleaner.repair import repaired_text
from newsdesk.cleaner.rules import rule_labels
from newsdesk.cleaner.verdict import is_clutter, reason
from newsdesk.errors import EmptyInputError
from newsdesk.labels import BlockKind, BlockLabel, Cause, InputFormat
from newsdesk.model import Article, Removed, Repair
from newsdesk.read import RawDocument
from newsdesk.read import meta as m
from newsdesk.read.page import Page, page_of

# The page's first headings one of which may be its title (`m.site_free_title`).
MAX_TITLE_HEADINGS = 10

__all__ = ["Featurised", "clean_document", "clean_page", "featurise"]


def clean_document(doc: RawDocument, *, clean: bool = True) -> Article:
    """`clean_page` of a decoded document (for callers that hold a `RawDocument`)."""
    return clean_page(page_of(doc), clean=clean)


def clean_page(page: Page, *, clean: bool = True) -> Article:
    """Turn a read page into an `Article`, dropping boilerplate unless `clean` is False."""
    blocks = page.blocks
    if not blocks and page.unrendered:
        # a page whose only text is in scripts, templates or invisible characters
        label = page.source or "<page>"
        raise EmptyInputError(
            f"{label}: the page shows no text; it only holds {page.unrendered[:120]}",
            source=page.source or None,
        )
    removed: list[Removed] = [Removed(text, cause.text, cause) for text, cause in page.dropped]
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
            removed.append(Removed(note, Cause.second_opinion.text, Cause.second_opinion))

            removed.append(Removed(note, Cause.second_opinion.text))
        if found.fmt == InputFormat.text:  # HTML: the markup tells captions and bylines
            verdicts = head_metadata(blocks, drop_credits(blocks, verdicts))
            if page.meta.title is None:  # the headline, now that the article is known
                verdicts, title = retitle(blocks, verdicts)
                meta = replace(meta, title=title)
        if page.meta.published is None:  # no date in the markup: the page's own lines'
            meta = replace(meta, published=page_date(blocks, verdicts))
        if not meta.authors:
            meta = replace(meta, authors=tuple(page_authors(blocks, verdicts)))
        judged = list(zip(blocks, verdicts, strict=True))
        removed += [
            Removed(b.text, reason(b, v), v.cause) for b, v in judged if v.label != BlockLabel.good
        ]
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
        text, repairs = repaired_text([b.text for b in kept])
    publisher = meta.publisher if meta.publisher is not None else publisher_from_removed(removed)
    # the text itself first: page templates often declare the site's default language
    language = m.detect_language(text) or meta.language
    title = meta.title
    if title and page.input_format == InputFormat.html:
        # without the site's name, cut here: the cleaner's title-line rule reads the
        # markup's title as written (the model's features were made with it)
        headings = [b.text for b in blocks if b.kind == BlockKind.h][:MAX_TITLE_HEADINGS]
        title = m.site_free_title(title, headings, [publisher])
    return Article(
        source=page.source,
        title=title,
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
