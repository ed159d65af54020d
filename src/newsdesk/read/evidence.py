"""What the markup says about one block: the HTML reader's evidence, as a small frozen record.

The reader (`read/markup.py`) records the facts of the markup around a block; what the model
makes of them (its feature columns, their order, their caps) is the cleaner's
(`cleaner/markup.py`). No lxml here: the cleaner imports this module for text pages too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# Ancestors that a browser renders but that usually hold furniture (or, for the last ones,
# the article): the evidence records which of them a block sits under.
CONTEXT_TAGS = (
    "nav", "aside", "footer", "header", "form", "figure", "table", "ul", "blockquote",
    "article", "main", "noscript", "dialog", "menu", "a",
)  # fmt: skip


@cache
def markup_words() -> Mapping[str, object]:
    """data/markup-words.json, read once (the reader's word lists: class and id words by
    kind, furniture roles, JSON-LD article types)."""
    text = resources.files("newsdesk").joinpath("data/markup-words.json").read_text("utf-8")
    return dict(json.loads(text))


@cache
def attribute_words() -> Mapping[str, str]:
    """Kind ('share', 'related', ...) -> the pattern of the class and id words that mark it,
    in the data file's order (the order of the model's attribute columns)."""
    words = markup_words()["attribute_words"]
    assert isinstance(words, dict)
    return {str(k): str(v) for k, v in words.items()}


@dataclass(frozen=True, slots=True)
class MarkupEvidence:
    """The markup around one block (HTML only), as the reader found it.

    The block's owner is the innermost block-level element holding its text; depths count
    from <body> (0). `words` maps each kind of class/id word (`attribute_words`) found on the
    owner or an ancestor to the depth of the nearest element carrying it; inside the guessed
    article container, only the words below the container's wrapper count for furniture.
    """

    tag: str = "p"  # the owner's tag
    depth: int = 1  # the owner's depth
    words: Mapping[str, int] = field(default_factory=dict)
    own_words: frozenset[str] = frozenset()  # the kinds on the owner itself
    under: frozenset[str] = frozenset()  # the `CONTEXT_TAGS` among the owner and its ancestors
    hidden: bool = False  # a `hidden` attribute or a hiding style, on it or above
    aria_hidden: bool = False
    role_furniture: bool = False  # an ARIA role of furniture (navigation, banner, ...) above
    role_main: bool = False  # role="main" or "article" above
    article_body_prop: bool = False  # inside itemprop="articleBody"
    in_container: bool = False  # inside the guessed article container
    # how many siblings share the tag and class of the owner, then of its nearest ancestors
    # (owner first; `read.markup.UNIT_LEVELS` ancestors at most)
    repeats: tuple[int, ...] = ()
    # the page's: the share of its text inside the container, and whether the container or an
    # ancestor carries a furniture word
    container_share: float = 1.0
    container_furniture: bool = False
    after_container: bool = False  # the walk had left the container before this block
