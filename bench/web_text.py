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
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
TEF = SHARED / "trafilatura-eval"


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
