"""The metadata lines every human-readable report shows, from a JSON contract record.

"Removed" counts the boilerplate blocks apart from the title and date lines the cleaner read
as metadata (they are not boilerplate), with the plural right; authors and publisher are shown
only when known.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.labels import Cause
from newsdesk.model import Record

# The causes of lines the cleaner took out of the body because they are the article's own
# metadata (shown as Title, Published, Authors), not boilerplate; named by their texts.
METADATA_CAUSES = (Cause.title_line, Cause.date_line, Cause.byline)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _and(words: Sequence[str]) -> str:
    """'title', 'title and date line', 'title, date line and byline'."""
    return " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 1 else words)


def removal_summary(removed: Sequence[Record], repairs: Sequence[object] | None = None) -> str:
    """'16 boilerplate blocks (and the title and date line read as metadata); 1 repair': the
    lines read as metadata belong to what was removed, the repairs apart; without `repairs`,
    no repair count. (The CSV's `removed` column counts every removed entry, metadata too.)"""
    causes = [r.get("cause") for r in removed]
    metadata = [m.text for m in METADATA_CAUSES if m in causes]
    boilerplate = sum(1 for c in causes if c not in METADATA_CAUSES)
    text = plural(boilerplate, "boilerplate block")
    if metadata:
        text += f" (and the {_and(metadata)} read as metadata)"
    if repairs is not None:
        text += f"; {plural(len(repairs), 'repair')}"
    return text


def meta_rows(record: Record) -> list[tuple[str, str]]:
    """(label, value) lines: what is known, and Published/Language even when not."""
    rows = [
        ("Source", str(record.get("source") or "")),
        ("Published", str(record.get("published") or "unknown")),
    ]
    if record.get("publisher"):
        rows.append(("Publisher", str(record["publisher"])))
    if record.get("authors"):
        rows.append(("Authors", ", ".join(map(str, record["authors"]))))
    rows.append(("Language", str(record.get("language") or "unknown")))
    if record.get("tags"):
        rows.append(("Tags", ", ".join(map(str, record["tags"]))))
    rows.append(
        ("Removed", removal_summary(record.get("removed") or [], record.get("repairs") or []))
    )
    return rows


def warning_lines(record: Record) -> list[str]:
    """The record's warnings as a report shows them under its metadata, without the source
    each begins with (the report names it already)."""
    prefix = f"{record.get('source') or ''}: "
    return [str(w).removeprefix(prefix) for w in record.get("warnings") or []]
