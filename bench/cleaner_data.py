"""The labelled pages the cleaner learns from and is measured on, read from ../shared/bench.

Shared by `scripts/train_cleaner.py` and `bench/extraction.py`: the sets, each page's site
(the registered domain of its url: a site's pages are never on both sides of a fold), the
fold of a site, the page as HTML or as a plain-text dump, and the truth (a full body, or
`with`/`without` snippets). Dumps of the pages that have none are rendered with inscriptis
(all visible text, one block per line, as a browser lays it out) and cached under
bench/.cache/ (gitignored: page text is never committed).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import importlib.util
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
SETS = ("seb-dev", "wcxb-dev", "readability", "trafilatura-eval")
FOLDS = 5
# second-level labels under which a country's sites register ("bbc.co.uk", "abc.net.au")
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic"}


@dataclass(slots=True)
class LabelledPage:
    set: str
    id: str
    site: str
    body: str | None  # the full article body, when the truth is one
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    page_type: str = ""

    @property
    def fold(self) -> int:
        return fold_of(self.site)


def site_of(url: str | None, fallback: str) -> str:
    host = (urlparse(url).hostname or "") if url and url != "None" else ""
    if not host:
        return fallback
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def fold_of(site: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % folds


def load_set(bench: Path, name: str) -> list[LabelledPage]:
    data = bench / name
    pages: list[LabelledPage] = []
    if name == "trafilatura-eval":
        evaldata = json.loads((data / "evaldata.json").read_text(encoding="utf-8"))
        for pid, item in sorted(evaldata.items()):
            pages.append(
                LabelledPage(
                    name,
                    pid,
                    site_of(item.get("url"), f"{name}:{pid}"),
                    None,
                    list(item.get("with", [])),
                    list(item.get("without", [])),
                )
            )
        return pages
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    for pid, item in sorted(truth.items()):
        pages.append(
            LabelledPage(
                name,
                pid,
                site_of(item.get("url"), f"{name}:{pid}"),
                item.get("articleBody") or "",
                list(item.get("with") or []),
                list(item.get("without") or []),
                item.get("page_type", ""),
            )
        )
    return pages


def load_all(bench: Path, sets: tuple[str, ...] = SETS) -> Iterator[LabelledPage]:
    for name in sets:
        yield from load_set(bench, name)


def html_of(bench: Path, page: LabelledPage) -> bytes:
    return gzip.decompress((bench / page.set / "html" / f"{page.id}.html.gz").read_bytes())


def dump_of(bench: Path, page: LabelledPage) -> bytes:
    """The page as a naive scraper dumps it: seb-dev's own dumps, else an inscriptis render."""
    own = bench / page.set / "textdump" / f"{page.id}.txt"
    if own.exists():
        return own.read_bytes()
    cached = CACHE / "textdump" / page.set / f"{page.id}.txt"
    if cached.exists():
        return cached.read_bytes()
    from inscriptis import get_text

    html = html_of(bench, page).decode("utf-8", "replace")
    try:
        text = get_text(html)
    except Exception:  # a page inscriptis cannot lay out dumps as nothing
        text = ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    dump = "\n".join(line for line in lines if line) + "\n"
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(dump, encoding="utf-8")
    return dump.encode("utf-8")


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def as_paragraph_html(raw: bytes) -> str:
    """A text dump as trafilatura gets it: one <p> per non-blank line (extraction and metadata
    benches)."""
    lines = raw.decode("utf-8", "replace").splitlines()
    return (
        "<html><body>"
        + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines if ln.strip())
        + "</body></html>"
    )
