"""Clutter phrases: the words that mark a block as page furniture ("Sign up", "Read more",
"Photo: ...") and the cause each one names.

The phrases are data (`data/cleaner-clutter.json`, read once); the photo-caption pattern, whose
cases are measured, stays here. `clutter_cause` answers for one block's text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from newsdesk.labels import Cause
from newsdesk.read.meta import AGENCIES

_DATA = json.loads(
    resources.files("newsdesk").joinpath("data/cleaner-clutter.json").read_text(encoding="utf-8")
)

# Phrases that mark a block as page furniture rather than article text, in order (the first
# found names the cause). Matched against the lower-cased text (the patterns are lower case):
# re.I makes Python's regex engine several times slower on these alternations.
CLUTTER: list[tuple[re.Pattern[str], Cause]] = [
    (re.compile("|".join(p["alternatives"])), Cause[p["cause"]]) for p in _DATA["phrases"]
]


def alternatives(pattern: str) -> list[str]:
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
ALTERNATIVES = [a for p, _ in CLUTTER for a in alternatives(p.pattern)]
ANY_CLUTTER_START = re.compile("|".join(f"(?:{a[1:]})" for a in ALTERNATIVES if a[:1] == "^"))
ANY_CLUTTER_INSIDE = re.compile("|".join(f"(?:{a})" for a in ALTERNATIVES if a[:1] != "^"))
# Words one of which every alternative of `ANY_CLUTTER_INSIDE` contains, in lower case: a
# block with none of them cannot match it, and the search (trying ~55 alternatives at every
# position: 1.4 ms of a page's 6 on seb-dev's dumps) is skipped. tests/clean/test_speed_paths.py
# derives each alternative's words from its pattern and fails if this list misses one.
CLUTTER_WORDS: tuple[str, ...] = tuple(_DATA["prefilter_words"])

# The agencies a photo credit names ("(AP Photo/Jane Doe)", "Getty Images"): data/meta-words.json.
_AGENCIES = "|".join(re.escape(a) for a in AGENCIES)
# A photo caption says so at either end, however long it is.
CAPTION_RE = re.compile(
    r"^in this (?:[\w.,' ]{0,40})?(?:file )?(?:photo|image|picture)\b|"
    rf"\((?:{_AGENCIES})(?: Photo)?/[^()]*\)\s*$|"
    r"\((?:image|photo|picture)s?(?: credit)?\s*:[^()]*\)\s*$|"
    # a credit at the end ("... at the pier. Photo: Harbour Office"): on the four training
    # sets 95 of 105 blocks ending so are not article text
    r"\b(?:photo|image|picture|foto)s?(?: credit)?\s*:\s*[^.:;!?]{1,40}$",
    re.I,
)

# The credits that end a text dump's caption (session 12): "… Credit: SpaceX", "… Photograph:
# AFP via Getty", "(Credit: Getty Images)", "… Jane Doe/Getty Images", and CAPTION_RE's own
# end credits ("… Photo: X", "(AP Photo/X)"; not its "In this photo …" opening, which starts
# article sentences too: "In this example, we fetch an image …"). Not a clutter phrase (a
# feature of the model, whose neighbours it colours: as one, it cost article text on pages
# with a credited photo every few paragraphs) but a verdict after the model's: a block the
# model kept that ends so is a caption (`cleaner.metadata.drop_credits`).
CREDIT_RE = re.compile(
    r"\b(?:photo|image|picture|foto|photograph|illustration|credit)s?(?: credit)?\s*:\s*"
    r"[^.:;!?]{1,40}$|"
    rf"\((?:{_AGENCIES})(?: Photo)?/[^()]*\)\s*$|"
    r"\((?:image|photo|picture|credit)s?(?: credit)?\s*:[^()]*\)\s*$|"
    r"[/|]\s*getty images\s*$",
    re.I,
)

# A clutter phrase in a block of more words than this is the article's own words.
PROSE_CUE_WORDS = 40


@lru_cache(maxsize=16384)  # menus and share bars repeat on a page and across pages
def clutter_cause(text: str) -> Cause | None:
    """The cause a clutter phrase (or a photo credit) in `text` names; None for none."""
    if CAPTION_RE.search(text):
        return Cause.caption
    # A cue inside a long paragraph is article prose, not furniture.
    if len(text.split()) > PROSE_CUE_WORDS:
        return None
    text = text.lower()
    if not (
        ANY_CLUTTER_START.match(text)
        or (any(map(text.__contains__, CLUTTER_WORDS)) and ANY_CLUTTER_INSIDE.search(text))
    ):
        return None  # one search answers for most blocks; the loop names the cue
    for pattern, cause in CLUTTER:
        if pattern.search(text):
            return cause
    return None
