"""Plain text: the article, then the brief as lists."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Terminal
from newsdesk.render.facts import commitment_line, meta_rows
from newsdesk.render.sanitize import block, line

RULE = "=" * 72


def render(brief: Brief, terminal: Terminal) -> str:
    a = brief.article
    out = [line(a.title or "(untitled)"), ""]
    out += [f"{k}: {line(v)}" for k, v in meta_rows(a)]
    out += ["", block(a.text), ""]
    if brief.analyzed:
        out.append("People:")
        out += [
            f"- {line(p.name)}"
            + (f" ({line(p.role)})" if p.role else "")
            + (f" [also: {line(', '.join(p.aliases))}]" if p.aliases else "")
            for p in brief.people
        ] or ["- none"]
        out.append("Places:")
        out += [
            f"- {line(p.name)} ({line(p.kind or 'place')}, {line(p.country_code or '?')})"
            + (
                f" {p.latitude:.4f},{p.longitude:.4f}"
                if p.latitude is not None and p.longitude is not None
                else ""
            )
            + (f" geonames:{p.geonames_id}" if p.geonames_id else "")
            for p in brief.places
        ] or ["- none"]
        out.append("Organizations:")
        out += [f"- {line(o.name)}" for o in brief.organizations] or ["- none"]
        out.append("Commitments:")
        out += [f"- {line(commitment_line(c))}" for c in brief.commitments] or ["- none"]
    return "\n".join(out).rstrip() + "\n"


def separator(terminal: Terminal) -> str:
    return "\n" + RULE + "\n\n"


def failure(failure: Failure) -> str | None:
    return None
