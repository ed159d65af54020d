"""Blocks, the unit the clean stage classifies, and the plain-text reader.

One block is one paragraph-like unit (a dump line, a <p>, a heading, a list item). The
classifier (`newsdesk.cleaner`) only ever sees blocks, so both input forms share one engine;
the HTML reader is `read/html.py`, imported only for HTML so that text pays nothing for lxml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.labels import BlockKind
from newsdesk.read.evidence import MarkupEvidence

# A dumped list item: text browsers mark the levels of a list with *, + and o.
_BULLET_RE = re.compile(r"^(?:[*+•·▪◦‣-]|o)\s+\S")
# A line that ends a sentence (or a quotation, or a list's lead-in).
SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’»)\]。！？」』]\s*$")
WORD_RE = re.compile(r"\w+", re.U)
# spaces, and the marks that render as nothing where they stand (a byte-order mark, a word
# joiner): left at a line's end they hide its last character from every test
_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\u2060\ufeff]+")
# Line breaks besides "\n": a carriage return and the Unicode line separator end a line, the
# paragraph separator a paragraph (as `str.splitlines` reads them). Not NEL (U+0085): in text
# decoded as Latin-1 it is cp1252's ellipsis.
_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n\n"})
# The characters that end a dump's line (what `unify_breaks` makes "\n").
LINE_ENDS = "\n\r\u2028\u2029"
# Letters of the Latin script (Basic Latin, Latin-1 and Latin Extended-A/B letters), and what
# joins nothing in any script: white space and ASCII punctuation.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_APART = "\\s!-/:-@\\[-`{-~"
# Marks that sit inside a word and render as nothing, removed from a dump's lines and a page's
# text alike (`read.html` builds its pattern on this one): the soft hyphen always, so that
# "Kow\u00adalski" is one word and one name; the zero-width joiner and non-joiner only where
# they have no role: between two Latin letters, or with white space, ASCII punctuation or the
# text's edge on either side (pages built with Webflow end paragraphs with a stray joiner).
# Elsewhere they are spelling: Persian writes "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"
# with a non-joiner, Devanagari picks half-forms with the joiner, and emoji sequences
# (family, profession, gender) are built with it.
IN_WORD_PATTERN = (
    f"\u00ad|(?<=[{_LATIN}])[\u200c\u200d]+(?=[{_LATIN}])"
    f"|(?<![^{_APART}])[\u200c\u200d]+|[\u200c\u200d]+(?![^{_APART}])"
)
_IN_WORD_RE = re.compile(IN_WORD_PATTERN)


@dataclass(frozen=True, slots=True)
class Block:
    """The reader's record of a block; the cleaner's judgement of it is the cleaner's own
    (`newsdesk.cleaner.verdict.Verdict`), never written here."""

    text: str
    kind: BlockKind = BlockKind.p
    link_density: float = 0.0
    in_main: bool = True  # inside the page's article container (always true for text)
    # HTML only: what the markup says about the block (`read.evidence.MarkupEvidence`; the
    # model's features of it are the cleaner's), and the markup's strongest hint that it is
    # furniture (for the `removed` report)
    markup: MarkupEvidence | None = None
    cue: str = ""


def norm_ws(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


# ---------------------------------------------------------------- plain text


def unify_breaks(text: str) -> str:
    """The text with every line break a "\\n" (a paragraph separator a blank line)."""
    return text.replace("\r\n", "\n").translate(_BREAKS)


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: one per line, or one per paragraph when hard-wrapped."""
    text = _IN_WORD_RE.sub("", unify_breaks(text))
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
            blocks.extend(
                Block(ln, BlockKind.li if _BULLET_RE.match(ln) else BlockKind.p) for ln in lines
            )
    return blocks


# Hard-wrapped text: the median line is this long (characters) and none is longer than
# WRAP_LONGEST (terminals and e-mail wrap at 72-80; some tools at 100).
WRAP_MEDIAN = (40, 100)
WRAP_LONGEST = 120


def _looks_wrapped(paragraphs: list[str]) -> bool:
    lengths = [len(ln.strip()) for p in paragraphs for ln in p.split("\n") if ln.strip()]
    if not lengths:
        return False
    lengths.sort()
    median = lengths[len(lengths) // 2]
    longest = lengths[-1]
    # Wrapped text has lines of one width (typically 60-100 characters).
    return WRAP_MEDIAN[0] <= median <= WRAP_MEDIAN[1] and longest <= WRAP_LONGEST


# Chinese and Japanese write words without spaces: one \w+ run can be a whole sentence.
UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def text_size(text: str, words: list[str]) -> tuple[int, int]:
    """A block's length in characters and words, counting unspaced scripts as spaced ones.

    A Japanese or Chinese character carries about what three Latin letters do, and about
    two make a word.
    """
    unspaced = len(UNSPACED_RE.findall(text))
    if not unspaced:
        return len(text), len(words)
    spaced_words = sum(1 for w in words if not UNSPACED_RE.search(w))
    return len(text) + 2 * unspaced, spaced_words + unspaced // 2
