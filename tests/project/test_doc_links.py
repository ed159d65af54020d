"""Every relative Markdown link of the README and of docs/ (the history files included) points
to a file or folder of the repository: a document moved or renamed breaks no link silently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from project_paths import ROOT

DOCS = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def relative_links(doc: Path) -> list[str]:
    """The link targets of `doc` outside code blocks that are paths, not URLs or anchors."""
    text = FENCE.sub("", doc.read_text(encoding="utf-8"))
    targets = [t.split("#", 1)[0] for t in LINK.findall(text)]
    return [t for t in targets if t and not re.match(r"[a-z][a-z0-9+.-]*:", t)]


def test_the_documents_are_found() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in DOCS}
    assert {"README.md", "docs/commitments.md", "docs/history/commitments.md"} <= names


def test_the_link_reader_finds_links_and_skips_urls(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text(
        "See [the rules](rules.md#guideline-4), [a site](https://example.org/x.md) and\n"
        "[a part](#fields).\n```md\n[in code](nowhere.md)\n```\n",
        encoding="utf-8",
    )
    assert relative_links(doc) == ["rules.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(doc: Path) -> None:
    broken = [t for t in relative_links(doc) if not (doc.parent / t).exists()]
    assert broken == [], f"{doc.relative_to(ROOT)}: broken links {broken}"
