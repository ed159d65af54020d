"""The markup's evidence on a block as the model's feature columns (HTML only).

The reader records what the markup says (`read.evidence.MarkupEvidence`); this module turns
it into the model's columns, named by `HTML_FEATURES` in order. Retraining on other markup
features means editing this module, never the reader. Imported only for HTML pages.
"""

from __future__ import annotations

import math

from newsdesk.read.evidence import CONTEXT_TAGS, MarkupEvidence, attribute_words

# The kinds of class and id words (data/markup-words.json), in the data file's order.
ATTR_KINDS = tuple(attribute_words())
# The kinds whose presence on the block's own element is a column of its own.
OWN_ATTR = ("related", "comment", "nav", "ad", "caption", "hidden")
# The block's own tag, one-hot (headings are one, <th> counts as <td>, the rest "other").
OWN_TAGS = ("p", "div", "td", "li", "h", "dd", "section", "other")
_OWN_TAG_OF = {"p": "p", "div": "div", "td": "td", "th": "td", "li": "li", "dd": "dd",
               "section": "section", **{f"h{k}": "h" for k in range(1, 7)}}  # fmt: skip
# "log_depth" is the square root of the block's depth + 1, capped here: 5.0 is 24 levels
# below <body>. Deeper nesting is template soup (wrappers of wrappers, up to libxml2's ~2,000
# levels on a broken page) that says no more about a block than 24 levels do, and the cap
# keeps that long tail from stretching the column the trees split on.
MAX_DEPTH_FEATURE = 5.0

# The features `markup_row` gives each block, in order (the model reads them by name).
HTML_FEATURES = (
    *(f"attr_{k}" for k in ATTR_KINDS),
    *(f"own_attr_{k}" for k in OWN_ATTR),
    *(f"under_{t}" for t in CONTEXT_TAGS),
    *(f"tag_{t}" for t in OWN_TAGS),
    "hidden", "aria_hidden", "role_furniture", "role_main", "article_body_prop", "in_container",
    "log_depth", "container_share", "log_repeat", "log_unit_repeat", "unit_distance",
    "container_furniture", "after_container",
)  # fmt: skip

_ZERO_ATTR = [0.0] * len(ATTR_KINDS)
_ZERO_OWN = [0.0] * len(OWN_ATTR)
_ZERO_UNDER = [0.0] * len(CONTEXT_TAGS)
_OWN_TAG_ROWS = {t: [1.0 if t == u else 0.0 for u in OWN_TAGS] for t in OWN_TAGS}


def markup_row(ev: MarkupEvidence) -> tuple[float, ...]:
    """The model's markup features of one block (`HTML_FEATURES`): how near the block the
    nearest carrier of each kind of class word is (1 on the block's owner, 1/2 on its parent,
    ...), the words on the owner itself, the context tags above it, its own tag, the flags, its
    depth, the page's container share, how often it and its nearest ancestors repeat among
    their siblings (the most repeated of those ancestors is the unit: a teaser card, a
    comment), the container's furniture words, and whether it follows the container."""
    d1 = ev.depth + 1
    near, own, under = ev.words, ev.own_words, ev.under
    row = [1.0 / (d1 - near[k]) if k in near else 0.0 for k in ATTR_KINDS] if near else _ZERO_ATTR
    row = row + ([1.0 if k in own else 0.0 for k in OWN_ATTR] if own else _ZERO_OWN)
    row += [1.0 if t in under else 0.0 for t in CONTEXT_TAGS] if under else _ZERO_UNDER
    row += _OWN_TAG_ROWS[_OWN_TAG_OF.get(ev.tag, "other")]
    row += (
        1.0 if ev.hidden else 0.0,
        1.0 if ev.aria_hidden else 0.0,
        1.0 if ev.role_furniture else 0.0,
        1.0 if ev.role_main else 0.0,
        1.0 if ev.article_body_prop else 0.0,
        1.0 if ev.in_container else 0.0,
        min(MAX_DEPTH_FEATURE, d1**0.5),
        ev.container_share,
    )
    reps = ev.repeats
    unit, at = max((r, -k) for k, r in enumerate(reps[1:], 1)) if len(reps) > 1 else (1, 0)
    row += (
        math.log(reps[0]) if reps else 0.0,
        math.log(unit),
        float(-at) if unit > 1 else 0.0,
        1.0 if ev.container_furniture else 0.0,
        1.0 if ev.after_container and not ev.in_container else 0.0,
    )
    return tuple(row)


def is_caption(ev: MarkupEvidence | None) -> bool:
    """Whether the markup marks a block as a caption: under a <figure>, or a caption class
    word on its own element (a figure's text is no paragraph of the article)."""
    return ev is not None and ("figure" in ev.under or "caption" in ev.own_words)
