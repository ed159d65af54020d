"""What the human-readable formats show, as plain (unsanitised) strings: each renderer
sanitises them for its medium."""

from __future__ import annotations

from newsdesk.labels import Strength
from newsdesk.model import Article, Brief, Commitment, Place


def meta_rows(a: Article) -> list[tuple[str, str]]:
    """The metadata lines (`summary.meta_rows`, shared with the HTML page): no 'unknown'
    authors or publisher; the removed count without the lines read as metadata, in the
    right plural."""
    from newsdesk.render.summary import meta_rows as rows

    return rows(a.to_dict())


def who(c: Commitment) -> str:
    return ", ".join(c.actors) or c.actor_text


def when(c: Commitment) -> str:
    if c.time is None:
        return ""
    return c.time.text + (f" ({c.time.value})" if c.time.value else "")


def per(c: Commitment) -> str:
    return f"{c.attribution.text} ({c.attribution.kind})" if c.attribution else ""


def what(c: Commitment) -> str:
    """The trigger and action, 'NOT' before a negated one, the condition after."""
    text = ("NOT " if c.negated else "") + f"{c.trigger} {c.action}".rstrip()
    return text + (f" (if: {c.conditional})" if c.conditional else "")


def commitment_line(c: Commitment) -> str:
    parts = [f"[{c.strength}] {who(c)}: {c.trigger} {c.action}".rstrip()]
    if c.negated:
        parts.append("(negated)")
    if c.conditional:
        parts.append(f"(if: {c.conditional})")
    if c.time:
        parts.append(f"(when: {c.time.text}" + (f" = {c.time.value})" if c.time.value else ")"))
    if c.attribution:
        parts.append(f"(per {c.attribution.text}, {c.attribution.kind})")
    return " ".join(parts)


def coordinates(p: Place, digits: int) -> str:
    if p.latitude is None or p.longitude is None:
        return ""
    return f"{p.latitude:.{digits}f}, {p.longitude:.{digits}f}"


def by_strength(brief: Brief) -> list[tuple[Strength, list[Commitment]]]:
    """The commitments grouped by strength, firmest first, empty groups left out."""
    groups = [(s, [c for c in brief.commitments if c.strength == s]) for s in Strength]
    return [(s, rows) for s, rows in groups if rows]
