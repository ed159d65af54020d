"""Plain text: the article, then the brief as lists (worded by `render.facts`)."""

from __future__ import annotations

from newsdesk.model import Brief, Failure, Record
from newsdesk.render import Terminal
from newsdesk.render.facts import commitment_line, meta_rows, place_line, title, warning_lines
from newsdesk.render.sanitize import block, line

RULE = "=" * 72


def render(brief: Brief, terminal: Terminal) -> str:
    record: Record = brief.to_dict()
    text = str(record["text"])
    out = [line(title(record)), ""]
    out += [f"{k}: {line(v)}" for k, v in meta_rows(record)]
    # what the terminal says on stderr, kept in a saved report ("not in English", "no text")
    out += [f"Warning: {line(w)}" for w in warning_lines(record)]
    out += ["", block(text), ""]
    if brief.analyzed:
        out.append("People:")
        out += [
            f"- {line(p['name'])}"
            + (f" ({line(p['role'])})" if p["role"] else "")
            + (f" [also: {line(', '.join(p['aliases']))}]" if p["aliases"] else "")
            for p in record["people"]
        ] or ["- none"]
        out.append("Places:")
        out += [f"- {line(place_line(p))}" for p in record["places"]] or ["- none"]
        out.append("Organizations:")
        out += [f"- {line(o['name'])}" for o in record["organizations"]] or ["- none"]
        out.append("Commitments:")
        out += [f"- {line(commitment_line(text, c))}" for c in record["commitments"]] or ["- none"]
    return "\n".join(out).rstrip() + "\n"


def separator(terminal: Terminal) -> str:
    return "\n" + RULE + "\n\n"


def failure(failure: Failure) -> str | None:
    """The failed input in the report itself (a report saved to a file says what it lacks),
    as well as on stderr."""
    return line(f"error: {failure.message}") + "\n"
