"""Markdown: the article and the brief as tables (worded by `render.facts`). Data is escaped
(`sanitize.markdown`): no HTML, link or image from the article reaches the document."""

from __future__ import annotations

from newsdesk.model import Brief, Failure, Record
from newsdesk.render import Terminal
from newsdesk.render.facts import (
    by_strength,
    coordinates,
    meta_rows,
    per,
    title,
    warning_lines,
    what,
    when,
    who,
)
from newsdesk.render.sanitize import markdown, markdown_line

NONE = "- none"  # under a section with nothing found, as in the text format


def render(brief: Brief, terminal: Terminal) -> str:
    record: Record = brief.to_dict()
    text = str(record["text"])
    md = markdown_line
    out = [f"# {md(title(record))}", ""]
    out += [f"- **{k}:** {md(v)}" for k, v in meta_rows(record)]
    # what the terminal says on stderr, kept in a saved report ("not in English", "no text")
    warnings = warning_lines(record)
    if warnings:
        out.append("")
        out += [f"> **Warning:** {md(w)}" for w in warnings]
    out += ["", markdown(text), ""]
    if not brief.analyzed:
        return "\n".join(out).rstrip() + "\n"
    out += ["## People", ""]
    if record["people"]:
        out += ["| Name | Role | Also called | Mentions |", "| --- | --- | --- | --- |"]
        out += [
            f"| {md(p['name'])} | {md(p['role'] or '')} | {md(', '.join(p['aliases']))} "
            f"| {len(p['mentions'])} |"
            for p in record["people"]
        ]
    else:
        out.append(NONE)
    out += ["", "## Places", ""]
    if record["places"]:
        out += [
            "| Name | Kind | Country | Lat, lon | GeoNames |",
            "| --- | --- | --- | --- | --- |",
        ]
        out += [
            f"| {md(p['name'])} | {md(p['kind'] or '')} | {md(p['country_code'] or '')} | "
            f"{coordinates(p, 4)} | {p['geonames_id'] or ''} |"
            for p in record["places"]
        ]
    else:
        out.append(NONE)
    out += ["", "## Organizations", ""]
    out += [f"- {md(o['name'])}" for o in record["organizations"]] or [NONE]
    out += ["", "## Commitments", ""]
    groups = by_strength(record["commitments"])
    for strength, rows in groups:
        out += [
            f"### {strength.capitalize()}",
            "",
            "| Who | What | When | Per |",
            "| --- | --- | --- | --- |",
        ]
        for c in rows:
            # as complete as the text format: the resolved date, the condition, the kind
            out.append(f"| {md(who(c))} | {md(what(text, c))} | {md(when(c))} | {md(per(c))} |")
        out.append("")
    if not groups:
        out.append(NONE)
    return "\n".join(out).rstrip() + "\n"


def separator(terminal: Terminal) -> str:
    return "\n---\n\n"


def failure(failure: Failure) -> str | None:
    """The failed input in the document itself (a report saved to a file says what it
    lacks), as well as on stderr."""
    message = failure.message.removeprefix(f"{failure.source}: ")  # the heading names it
    return f"## {markdown_line(failure.source)}\n\n{markdown_line(f'error: {message}')}\n"
