"""Repairs of the kept text: mojibake, doubled punctuation and stray whitespace, each one
reported (`Repair`) with the paragraph it was made in."""

from __future__ import annotations

import re

from newsdesk.labels import RepairKind
from newsdesk.model import Repair

# ". ." and "?." and a lone doubled "..", but never an ellipsis "..."
_DOUBLE_PUNCT_RE = re.compile(r"([.!?])(?:\s+\.)+(?=\s|$)|(?<!\.)([!?.])\.(?![.])(?=\s|$)")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[,;:](?:\s|$))")
# UTF-8 read as cp1252/latin-1 shows as a lead character followed by a continuation one.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


# A drop cap a dump split from its word: "H ong Kong is burning" (A, I and O are words).
_DROP_CAP_RE = re.compile(r"^([B-HJ-NP-Z]) ([a-z]{2,})\b")


def repaired_text(paragraphs: list[str]) -> tuple[str, list[Repair]]:
    """The kept paragraphs, each repaired, as one text (a paragraph left empty is dropped),
    and the repairs made."""
    repairs: list[Repair] = []
    fixed_paragraphs: list[str] = []
    for text in paragraphs:
        fixed = repair(text, len(fixed_paragraphs), repairs)
        if fixed:
            fixed_paragraphs.append(fixed)
    if fixed_paragraphs and (cap := _DROP_CAP_RE.match(fixed_paragraphs[0])):
        # the article's head; joined only when the word is written whole elsewhere in it
        # ("Hong" in "Hong Kong"), so that "E coli" or "T cells" stay as written
        word = cap.expand(r"\1\2")
        rest = "\n".join(fixed_paragraphs)[cap.end() :]
        if re.search(rf"\b{word}\b", rest, re.I):
            repairs.append(Repair(RepairKind.stray_whitespace, cap.group(0), word, 0))
            fixed_paragraphs[0] = word + fixed_paragraphs[0][cap.end() :]
    return "\n\n".join(fixed_paragraphs), repairs


def _fix_mojibake(text: str) -> str:
    if not _MOJIBAKE_RE.search(text):
        return text  # nothing that mojibake could be: ftfy need not even be imported
    from ftfy import fix_encoding

    return str(fix_encoding(text))


def repair(text: str, paragraph: int, repairs: list[Repair]) -> str:
    """One paragraph repaired (`paragraph`: its index in the text), its repairs appended to
    `repairs`."""
    fixed = _fix_mojibake(text)
    if fixed != text:
        repairs.append(Repair(RepairKind.mojibake, text, fixed, paragraph))
        text = fixed
    for regex, repl, kind in (
        (_DOUBLE_PUNCT_RE, r"\1\2", RepairKind.doubled_punctuation),
        (_SPACE_BEFORE_PUNCT_RE, "", RepairKind.stray_whitespace),
    ):
        found = False
        for match in regex.finditer(text):
            found = True
            before = match.group(0)
            repairs.append(Repair(kind, before, match.expand(repl) if repl else "", paragraph))
        if found:  # most paragraphs need no repair: no second pass over them
            text = regex.sub(repl, text)
    return text.strip()
