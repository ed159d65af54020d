"""Markdown: the article and the brief as tables. Data is escaped (`sanitize.markdown`): no
HTML, link or image from the article reaches the document."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Terminal
from newsdesk.render.facts import by_strength, coordinates, meta_rows, per, what, when, who
from newsdesk.render.sanitize import markdown, markdown_line


def render(brief: Brief, terminal: Terminal) -> str:
    a = brief.article
    md = markdown_line
    out = [f"# {md(a.title or 'Untitled')}", ""]
    out += [f"- **{k}:** {md(v)}" for k, v in meta_rows(a)]
    out += ["", markdown(a.text), ""]
    if not brief.analyzed:
        return "\n".join(out).rstrip() + "\n"
    out += [
        "## People",
        "",
        "| Name | Role | Also called | Mentions |",
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| {md(p.name)} | {md(p.role or '')} | {md(', '.join(p.aliases))} | {len(p.mentions)} |"
        for p in brief.people
    ]
    out += [
        "",
        "## Places",
        "",
        "| Name | Kind | Country | Lat, lon | GeoNames |",
        "| --- | --- | --- | --- | --- |",
    ]
    out += [
        f"| {md(p.name)} | {md(p.kind or '')} | {md(p.country_code or '')} | "
        f"{coordinates(p, 4)} | {p.geonames_id or ''} |"
        for p in brief.places
    ]
    out += ["", "## Organizations", ""]
    out += [f"- {md(o.name)}" for o in brief.organizations] or ["- none"]
    out += ["", "## Commitments", ""]
    for strength, rows in by_strength(brief):
        out += [
            f"### {strength.capitalize()}",
            "",
            "| Who | What | When | Per |",
            "| --- | --- | --- | --- |",
        ]
        for c in rows:
            # as complete as the text format: the resolved date, the condition, the kind
            out.append(f"| {md(who(c))} | {md(what(c))} | {md(when(c))} | {md(per(c))} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def separator(terminal: Terminal) -> str:
    return "\n---\n\n"


def failure(failure: Failure) -> str | None:
    return None
