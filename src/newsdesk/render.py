"""Render stage: format an Article or Analysis. Renderers only format; they decide nothing."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import STRENGTHS, Analysis, Article, Commitment

Result = Article | Analysis


def article_of(result: Result) -> Article:
    return result.article if isinstance(result, Analysis) else result


def to_json(result: Result, *, indent: int | None = 2) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=indent)


def to_geojson(result: Analysis) -> str:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]}
            if p.latitude is not None and p.longitude is not None
            else None,
            "properties": {
                "name": p.name,
                "kind": p.kind,
                "country_code": p.country_code,
                "geonames_id": p.geonames_id,
                "mentions": len(p.mentions),
                "texts": sorted({m.text for m in p.mentions}),
                "source": result.article.source,
            },
        }
        for p in result.places
    ]
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2
    )


def _meta_lines(a: Article) -> list[tuple[str, str]]:
    from .summary import meta_rows

    return meta_rows(a.to_dict())


def _commitment_line(c: Commitment) -> str:
    who = ", ".join(c.actors) or c.actor_text
    parts = [f"[{c.strength}] {who}: {c.trigger} {c.action}".rstrip()]
    if c.negated:
        parts.append("(negated)")
    if c.conditional:
        parts.append(f"(if: {c.conditional})")
    if c.time:
        parts.append(f"(when: {c.time.text}" + (f" = {c.time.value})" if c.time.value else ")"))
    if c.attribution:
        parts.append(f"(per {c.attribution.text}, {c.attribution.kind})")
    return " ".join(parts)


def to_text(result: Result) -> str:
    a = article_of(result)
    out = [a.title or "(untitled)", ""]
    out += [f"{k}: {v}" for k, v in _meta_lines(a)]
    out += ["", a.text, ""]
    if isinstance(result, Analysis):
        out.append("People:")
        out += [
            f"- {p.name}"
            + (f" ({p.role})" if p.role else "")
            + (f" [also: {', '.join(p.aliases)}]" if p.aliases else "")
            for p in result.people
        ] or ["- none"]
        out.append("Places:")
        out += [
            f"- {p.name} ({p.kind or 'place'}, {p.country_code or '?'})"
            + (
                f" {p.latitude:.4f},{p.longitude:.4f}"
                if p.latitude is not None and p.longitude is not None
                else ""
            )
            + (f" geonames:{p.geonames_id}" if p.geonames_id else "")
            for p in result.places
        ] or ["- none"]
        out.append("Organisations:")
        out += [f"- {o.name}" for o in result.organizations] or ["- none"]
        out.append("Commitments:")
        out += [f"- {_commitment_line(c)}" for c in result.commitments] or ["- none"]
    return "\n".join(out).rstrip() + "\n"


def to_markdown(result: Result) -> str:
    a = article_of(result)
    out = [f"# {a.title or 'Untitled'}", ""]
    out += [f"- **{k}:** {v}" for k, v in _meta_lines(a)]
    out += ["", a.text, ""]
    if isinstance(result, Analysis):
        out += [
            "## People",
            "",
            "| Name | Role | Also called | Mentions |",
            "| --- | --- | --- | --- |",
        ]
        out += [
            f"| {_md(p.name)} | {_md(p.role or '')} | {_md(', '.join(p.aliases))} | {len(p.mentions)} |"
            for p in result.people
        ]
        out += [
            "",
            "## Places",
            "",
            "| Name | Kind | Country | Lat, lon | GeoNames |",
            "| --- | --- | --- | --- | --- |",
        ]
        for p in result.places:
            coords = (
                f"{p.latitude:.4f}, {p.longitude:.4f}"
                if p.latitude is not None and p.longitude is not None
                else ""
            )
            out.append(
                f"| {_md(p.name)} | {p.kind or ''} | {p.country_code or ''} | {coords} | {p.geonames_id or ''} |"
            )
        out += ["", "## Organisations", ""]
        out += [f"- {_md(o.name)}" for o in result.organizations] or ["- none"]
        out += ["", "## Commitments", ""]
        for strength in STRENGTHS:
            rows = [c for c in result.commitments if c.strength == strength]
            if not rows:
                continue
            out += [
                f"### {strength.capitalize()}",
                "",
                "| Who | What | When | Per |",
                "| --- | --- | --- | --- |",
            ]
            for c in rows:
                what = ("NOT " if c.negated else "") + f"{c.trigger} {c.action}"
                if c.conditional:
                    what += f" (if: {c.conditional})"
                when = (c.time.text + (f" ({c.time.value})" if c.time.value else "")) if c.time else ""
                per = f"{c.attribution.text} ({c.attribution.kind})" if c.attribution else ""
                out.append(
                    f"| {_md(', '.join(c.actors) or c.actor_text)} | {_md(what)} | {_md(when)} | {_md(per)} |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


STYLES = {"person": "bold cyan", "place": "bold green", "org": "bold magenta"}


def to_rich(result: Result, console: Console) -> None:
    a = article_of(result)
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    for k, v in _meta_lines(a):
        meta.add_row(k, v)
    # The title above the panel, wrapped, rather than in its border (cut there when long).
    console.print(Text(a.title or "(untitled)", style="bold"))
    console.print(Panel(meta))
    body = Text(a.text)
    if isinstance(result, Analysis):
        # Styled by character offsets: the article's own text is never parsed as markup.
        for kind, items in (
            ("org", result.organizations),
            ("place", result.places),
            ("person", result.people),
        ):
            for item in items:
                for m in item.mentions:
                    body.stylize(STYLES[kind], m.start, m.end)
    console.print(body)
    console.print()
    if not isinstance(result, Analysis):
        return
    legend = Text.assemble(
        ("people", STYLES["person"]),
        "  ",
        ("places", STYLES["place"]),
        "  ",
        ("organisations", STYLES["org"]),
    )
    console.print(legend)
    people = Table(title="People", title_justify="left", expand=True)
    for col in ("Name", "Role", "Also called", "Mentions"):
        people.add_column(col)
    for p in result.people:
        people.add_row(
            Text(p.name, STYLES["person"]),
            Text(p.role or ""),
            Text(", ".join(p.aliases)),
            str(len(p.mentions)),
        )
    places = Table(title="Places", title_justify="left", expand=True)
    for col in ("Name", "Kind", "Country", "Lat, lon", "GeoNames", "Mentions"):
        places.add_column(col, no_wrap=col in ("Lat, lon", "GeoNames"))
    for pl in result.places:
        coords = (
            f"{pl.latitude:.3f}, {pl.longitude:.3f}"
            if pl.latitude is not None and pl.longitude is not None
            else ""
        )
        places.add_row(
            Text(pl.name, STYLES["place"]),
            pl.kind or "",
            pl.country_code or "",
            coords,
            str(pl.geonames_id or ""),
            str(len(pl.mentions)),
        )
    orgs = Table(title="Organisations", title_justify="left", expand=True)
    orgs.add_column("Name")
    orgs.add_column("Mentions")
    for o in result.organizations:
        orgs.add_row(Text(o.name, STYLES["org"]), str(len(o.mentions)))
    parts: list[Any] = [people, places, orgs]
    for strength in STRENGTHS:
        rows = [c for c in result.commitments if c.strength == strength]
        if not rows:
            continue
        table = Table(title=f"Commitments: {strength}", title_justify="left", expand=True)
        for col in ("Who", "Trigger", "What", "When", "Per"):
            table.add_column(col)
        for c in rows:
            when = (
                c.time.text + (f" ({c.time.value})" if c.time and c.time.value else "")
                if c.time
                else ""
            )
            per = f"{c.attribution.text} ({c.attribution.kind})" if c.attribution else ""
            trig = ("NOT " if c.negated else "") + c.trigger
            table.add_row(
                Text(", ".join(c.actors) or c.actor_text),
                Text(trig),
                Text(c.action),
                Text(when),
                Text(per),
            )
        parts.append(table)
    if not result.commitments:
        parts.append(Text("No commitments found.", style="dim"))
    console.print(Group(*parts))
