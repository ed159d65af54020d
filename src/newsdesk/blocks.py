"""Blocks, the unit the clean stage classifies, and the plain-text reader.

One block is one paragraph-like unit (a dump line, a <p>, a heading, a list item). The
classifier in `cleaning.py` only ever sees blocks, so both input forms share one engine; the
HTML reader is `htmlpage.py`, imported only for HTML so that text pays nothing for bs4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A dumped list item: text browsers mark the levels of a list with *, + and o.
_BULLET_RE = re.compile(r"^(?:[*+•·▪◦‣-]|o)\s+\S")
_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(slots=True)
class Block:
    text: str
    kind: str = "p"  # p, h (heading), li, quote, pre
    link_density: float = 0.0
    in_main: bool = True  # inside the page's article container (always true for text)
    label: str = ""  # set by the classifier: "good" or "bad"
    reason: str = ""


def norm_ws(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


# ---------------------------------------------------------------- plain text


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: one per line, or one per paragraph when hard-wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    multi = sum(1 for p in paragraphs if len([ln for ln in p.split("\n") if ln.strip()]) > 1)
    # Hard-wrapped prose: most paragraphs span several lines that do not end sentences.
    wrapped = bool(paragraphs) and multi > len(paragraphs) / 2 and _looks_wrapped(paragraphs)
    blocks: list[Block] = []
    for para in paragraphs:
        lines = [norm_ws(ln) for ln in para.split("\n") if ln.strip()]
        if wrapped:
            blocks.append(Block(" ".join(lines)))
        else:
            blocks.extend(Block(ln, kind="li" if _BULLET_RE.match(ln) else "p") for ln in lines)
    return blocks


def _looks_wrapped(paragraphs: list[str]) -> bool:
    lengths = [len(ln.strip()) for p in paragraphs for ln in p.split("\n") if ln.strip()]
    if not lengths:
        return False
    lengths.sort()
    median = lengths[len(lengths) // 2]
    longest = lengths[-1]
    # Wrapped text has lines of one width (typically 60-100 characters).
    return 40 <= median <= 100 and longest <= 120
