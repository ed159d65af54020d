"""What metadata looks like: dates, bylines, hashtags, author names, stopwords and language.

The HTML reader normalises the markup's metadata with these; the cleaner recognises the
metadata lines of a page (a byline, a date line) with them."""

from __future__ import annotations

import contextlib
import json
import re
import warnings
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from newsdesk.lexicons import first_names


@cache
def _word_lists() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """data/meta-words.json, read once: (each language's stop words, the author values that
    are no person's name)."""
    data = json.loads(
        resources.files("newsdesk").joinpath("data/meta-words.json").read_text("utf-8")
    )
    stopwords = {language: frozenset(words) for language, words in data["stopwords"].items()}
    return stopwords, frozenset(data["not_names"])


@cache
def _line_words() -> dict[str, tuple[str, ...]]:
    """data/meta-lines.json, read once: the words of metadata lines (byline and date
    prefixes, news agencies, publisher placeholders)."""
    data = json.loads(
        resources.files("newsdesk").joinpath("data/meta-lines.json").read_text("utf-8")
    )
    return {key: tuple(words) for key, words in data.items() if not key.startswith("_")}


def _word_list(key: str) -> tuple[str, ...]:
    return _line_words()[key]


def _alternation(words: tuple[str, ...]) -> str:
    """One regex alternation of `words`, longest first ("last updated" before "updated")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# News and photo agencies ("Reuters", "AP"): data/meta-words.json "agencies".
AGENCIES = _word_list("agencies")
# Author values that are no person's name ("Staff", "Reuters"): data/meta-words.json
# "not_names"; nor is a news agency's.
_NOT_NAMES = _word_lists()[1]
_AGENCY_NAMES = frozenset(a.lower() for a in AGENCIES)
# Publisher values that are a template's placeholder, not a site ("Hosted", "Home").
NOT_PUBLISHERS = frozenset(_word_list("not_publishers"))
# The words of a page's controls ("sign", "close", "expand"): data/meta-lines.json "ui_words".
UI_WORDS = frozenset(_word_list("ui_words"))
# A site's trust badges and editorial notes ("Why trust us?", "Fact checked by"): "trust_labels".
TRUST_LABELS = _word_list("trust_labels")
# Lines that label the date under them ("Published", "Last Updated:"): "date_labels".
DATE_LABELS = _word_list("date_labels")
# Field labels handed over as authors ("Use Case", "Company Type"): "author_labels".
_AUTHOR_LABELS = frozenset(_word_list("author_labels"))
# A journalist's role words ("correspondent", "writers"): an author value ending in one is a
# job title ("Political Correspondent", "Staff Writers"): "author_roles".
_AUTHOR_ROLES = frozenset(_word_list("author_roles"))
# Section names after a title ("| Opinion", "- Analysis"): "title_sections".
_TITLE_SECTIONS = frozenset(_word_list("title_sections"))
# "By", "Written by", "Por": the words before a byline's names ("byline_prefixes").
_BYLINE_PREFIX = _alternation(_word_list("byline_prefixes"))
_BYLINE_PREFIX_RE = re.compile(rf"^(?:{_BYLINE_PREFIX})\s+", re.I)
# "Published:", "Updated": the words before a date line's date ("date_prefixes").
_DATE_PREFIX = rf"(?:{_alternation(_word_list('date_prefixes'))})\s*:?\s*"
_DATE_PREFIX_RE = re.compile(f"^{_DATE_PREFIX}", re.I)

MONTHS = _MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A written date: ISO, "Nov 18, 2019", "18 November 2019", "18/11/2019", after a weekday
# maybe; then maybe a time ("10:31 pm CST", "18.54 GMT").
_DATE = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC[+-]?\d*)?)?"
)
# What may follow a date line's date: a second stamp ("| Updated ...", "Last modified on ...").
# ("• 5 min read", "(8:42 AM ET)").
_LATER_STAMP = r"(?:[|•·(]|last (?:modified|updated)\b|\d{1,3} min(?:ute)?s? read\b)"
# A list marker a dump keeps before a line ("* July 2, 2018", "- Nov. 18th 2019 8:54 am PT",
# "| November 3, 2025").
_MARKER = r"(?:[*•·|-]\s+)?"
# A date line as the cleaner has always marked it metadata (the learned model's features
# were made with it): a date, maybe labelled, maybe a time, maybe "| ..." after it.
_DATE_LINE_RE = re.compile(rf"^(?:{_DATE_PREFIX})?{_DATE}\s*(?:\|.*)?$", re.I)
# More shapes of a date line (session 12), read for the page's date only once the article's
# blocks are known (cleaner/metadata.py `page_date`): marking them metadata up front changed
# the model's view of their neighbours and cost body F1 on lists and forums.
_LOOSE_DATE_LINE_RE = re.compile(
    rf"^{_MARKER}(?:{_DATE_PREFIX})?{_DATE}\s*(?:{_LATER_STAMP}.*)?$", re.I
)
_LATER_STAMP_RE = re.compile(rf"\s*{_LATER_STAMP}.*$", re.I | re.S)
# A date inside a line ("by Jeff Foust — November 18, 2019"), not inside a longer number.
_DATE_IN_RE = re.compile(rf"(?<![\w/.:-]){_DATE}(?![\w/:-])", re.I)
# "18.54 GMT" after a year: the British way of writing 18:54.
_DOTTED_TIME_RE = re.compile(r"(\b(?:19|20)\d{2},?\s+(?:at\s+)?\d{1,2})\.(\d{2})\b")
_TIMESTAMP_RE = re.compile(r"^\d{9,10}(?:\.\d+)?$")
_HASHTAG_LINE_RE = re.compile(r"^(?:#[\w-]+[\s,]*)+$", re.U)
_BYLINE_RE = re.compile(
    rf"^(?:{_BYLINE_PREFIX})\s+(.{{3,80}}?)"
    r"(?:\s+on\s+.{0,40}\b(?:19|20)\d{2}\b.*)?$",
    re.I,
)
_NAME_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|de|da|van|von|der|del|la|le|bin|al-\w+))+$"
)


# ---------------------------------------------------------------- dates


# A news date outside these years is a misread number (a price, a count), not a date.
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100


def to_iso(value: str) -> str | None:
    """Normalise a date string to ISO 8601 (keeping the time and offset when given)."""
    value = value.strip()
    if not value or not re.search(r"\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}", value):
        return None
    cleaned = _LATER_STAMP_RE.sub("", _DATE_PREFIX_RE.sub("", re.sub(f"^{_MARKER}", "", value)))
    cleaned = cleaned.strip()
    cleaned = _DOTTED_TIME_RE.sub(r"\1:\2", cleaned)
    if _ISO_RE.fullmatch(cleaned):  # the common case, read without loading dateutil (5 ms)
        with contextlib.suppress(ValueError):  # "2024-02-30": left to dateutil's verdict
            return _iso(datetime.fromisoformat(cleaned), cleaned)
    try:
        from dateutil import parser as dateparser  # only when a date needs parsing

        with warnings.catch_warnings():
            # unknown zone names ("ET", "IST") are dropped; the local time is still right
            warnings.simplefilter("ignore")
            parsed = dateparser.parse(cleaned, default=datetime(1, 1, 1), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return _iso(parsed, cleaned)


# ISO 8601 as pages write it: a date, then maybe a time and an offset; parsed by the standard
# library exactly as dateutil parses it.
_ISO_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def _iso(parsed: datetime, written: str) -> str | None:
    """A plausible publication date as ISO text: the date alone when no time was written."""
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", written):
        return parsed.date().isoformat()
    return parsed.isoformat()


_STAMP_RE = re.compile(
    r"^(?:published|updated|posted|last updated)\s*:?\s.{0,80}\b(?:19|20)\d{2}\b", re.I
)


# A line of time stamps ("Published: … | Updated: …") is at most MAX_STAMP_CHARS long; a
# date line alone at most MAX_DATE_LINE_CHARS (longer, the date starts a sentence).
MAX_STAMP_CHARS = 160
MAX_DATE_LINE_CHARS = 80


def is_dateline_stamp(line: str) -> bool:
    """'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, …': a page's time stamps."""
    return len(line) <= MAX_STAMP_CHARS and bool(_STAMP_RE.match(line.strip()))


def is_date_line(line: str) -> bool:
    return len(line) <= MAX_DATE_LINE_CHARS and bool(_DATE_LINE_RE.match(line.strip()))


def date_line_iso(line: str) -> str | None:
    """The date of a line that is a date and its stamps ("* Mar 3, 2021 • 5 min read",
    "Wed 3 Mar 2021 18.54 GMT Last modified on …") as ISO text; None for other lines."""
    line = line.strip()
    if len(line) > MAX_STAMP_CHARS or not _LOOSE_DATE_LINE_RE.match(line):
        return None
    return to_iso(line)


def timestamp_to_iso(line: str) -> str | None:
    if not _TIMESTAMP_RE.match(line.strip()):
        return None
    seconds = float(line)
    # Only plausible publication times (2001-09-09 .. 2033-05-18) count as timestamps.
    if not 1_000_000_000 <= seconds < 2_000_000_000:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat().replace("+00:00", "Z")


# ---------------------------------------------------------------- text-line cues


def hashtags(line: str) -> list[str] | None:
    line = line.strip()
    if not line.startswith("#") or not _HASHTAG_LINE_RE.match(line):
        return None
    return [t.lstrip("#") for t in re.findall(r"#[\w-]+", line)]


def byline(line: str) -> list[str] | None:
    """The authors a byline names ("By Jane Doe and John Roe"); None for a line that is none."""
    if match := _BYLINE_RE.match(line.strip()):
        return clean_authors(_NAMES_SPLIT_RE.split(match.group(1))) or None
    return None


def opens_byline(line: str) -> bool:
    """Whether `line` starts with a byline's prefix ("By", "Written by", "Por")."""
    return bool(_BYLINE_PREFIX_RE.match(line.strip()))


def signed(line: str) -> list[str] | None:
    """The authors of a line signed in other shapes: "Jane Doe @janedoe / 2 days", "Jane Doe
    - Nov 19, 2019, 10:31 pm", "5:45 AM PST 11/19/2019 by Jane Doe", "By Jane DoePublished:
    Jan 29, 2025". Read once the article's blocks are known (cleaner/metadata.py), as
    `date_line_iso`'s lines are."""
    line = _GLUED_STAMP_RE.sub(r" | \1", line.strip())
    if (match := _BYLINE_RE.match(line)) or (match := _DATED_BYLINE_RE.match(line)):
        return clean_authors(_NAMES_SPLIT_RE.split(match.group(1))) or None
    if (match := _SIGNED_RE.match(line)) and (match["handle"] or match["when"]):
        names = clean_authors(_NAMES_SPLIT_RE.split(match["names"]))
        if not names or len(match["names"].split()) > MAX_SIGNED_WORDS:
            return None
        # with no separator ("Tom Talbot October 14, 2025") only a known given name says
        # that the words before the date are a person's, not a headline's
        if match["sep"] or match["handle"] or names[0].split()[0].lower() in first_names():
            return names
    return None


# A date stamp glued to the name before it: "Korin MillerPublished: Jan 29, 2025".
_GLUED_STAMP_RE = re.compile(r"(?<=[a-z])((?:Published|Updated|Posted)\b)")


# A date inside a line that may have another glued after it ("June 29, 2020November 12, 2021").
_GLUED_DATE_IN_RE = re.compile(rf"(?<![\w/.:-]){_DATE}(?-i:(?![a-z\d/:-]))", re.I)
# A line is a byline or a date's label up to this many characters; longer, it is a sentence.
MAX_LABELLED_CHARS = 100


def labelled_date(line: str) -> str | None:
    """The first date of a short line that opens as a byline or a date's label ("By Jane Doe
    December 2, 2025", "Posted on June 29, 2020November 12, 2021") as ISO text; None for
    other lines. Session 13: such lines named no author `byline` could keep, so their date
    went unread."""
    line = line.strip()
    if len(line) >= MAX_LABELLED_CHARS or not (
        _BYLINE_PREFIX_RE.match(line) or _DATE_PREFIX_RE.match(line)
    ):
        return None
    found = _GLUED_DATE_IN_RE.search(line)
    return to_iso(found.group(0)) if found else None


def date_in(line: str) -> str | None:
    """The date written in a metadata line (a byline, a date line) as ISO text; None for none."""
    found = _DATE_IN_RE.search(line)
    return to_iso(found.group(0)) if found else None


_NAMES_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&|\by\b|\bund\b|\be\b)\s*")
# A line signed without "By": names, maybe an @handle, then after a separator a date or an age
# ("Catherine Shu @catherineshu / 2 days", "Chris Davies - Nov 19, 2019, 10:31 pm CST").
_SIGNED_RE = re.compile(
    r"^(?P<names>[^\W\d_][^@|/–—•·\d]{2,60}?)\s*(?P<handle>@\w+)?\s*"
    rf"(?:(?P<sep>[|/–—•·-])?\s*(?P<when>{_DATE}|\d{{1,2}}\s+(?:minutes?|hours?|days?|weeks?)(?:\s+ago)?)"
    r"\s*)?$",
    re.I,
)
# A date, then the byline: "5:45 AM PST 11/19/2019 by Patrick Shanley".
_DATED_BYLINE_RE = re.compile(
    rf"^{_MARKER}(?:\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\s+)?)?{_DATE}"
    r"[\s,|/–—•·-]{1,5}by\s+(?P<names>[^|/]{3,60})$",
    re.I,
)
# A signed line names at most this many words of authors (two two-word names and "and").
MAX_SIGNED_WORDS = 5


# An all-capitals author longer than this is a name in capitals ("JANE DOE": title-cased);
# shorter ones are initials ("AP", "JD") and kept as they are.
MAX_INITIALS_CHARS = 3
# A person's name has at most this many words ("Maria de la Cruz Lopez Garcia" has six: a
# longer run is a phrase).
MAX_NAME_WORDS = 5


def clean_authors(values: Iterable[str], publisher: str | None = None) -> list[str]:
    """Keep only what looks like a person's name: never 'By', 'Staff', a date, the publisher
    or a job title ('Political Correspondent')."""
    out: list[str] = []
    for raw in values:
        name = re.sub(r"\s*[|/–—-]\s.*$", "", raw.strip()).strip(" ,.;:")
        name = _GLUED_SITE_RE.sub("", name)  # "Jonathan GarberFOXBusiness"
        if (bare := _BYLINE_PREFIX_RE.sub("", name)) != name and _NAME_RE.match(bare):
            name = bare  # "By Jane Doe"; but "Di Stefano" is a name of its own
        if "@" in name or "http" in name or "/" in name or re.search(r"\d", name):
            continue
        if name.isupper() and len(name) > MAX_INITIALS_CHARS:
            name = name.title()
        low = name.lower()
        if low in _NOT_NAMES or low in _AGENCY_NAMES or low in _AUTHOR_LABELS:
            continue
        if _job_title(low):
            continue
        if publisher and _site_key(name) == _site_key(publisher):  # "The Hechinger Report"
            continue
        if not _NAME_RE.match(name) or len(name.split()) > MAX_NAME_WORDS:
            continue
        if name not in out:
            out.append(name)
    # "Michael HiltzikBusiness Columnist": a name glued to its role on the page, beside the name
    return [n for n in out if not any(_glued(n, other) for other in out)]


# A job title is at most this many words ("Senior Political Correspondent"); a longer value
# ending in a role word is a name with its role ("Michael Hiltzik Business Columnist"), kept.
MAX_JOB_TITLE_WORDS = 3


def _job_title(low: str) -> bool:
    """Whether a lower-case author value is a job title: "health editor", "staff writers"
    (its last word in data/meta-lines.json "author_roles")."""
    words = low.split()
    return 0 < len(words) <= MAX_JOB_TITLE_WORDS and words[-1] in _AUTHOR_ROLES


# A site's word glued to the byline's last name: "Jonathan GarberFOXBusiness" (a lower-case
# letter, then two capitals or more and the rest of the word, at the end).
_GLUED_SITE_RE = re.compile(r"(?<=[a-z])[A-Z]{2,}\w*$")


def _site_key(name: str) -> str:
    """A publisher's name compared without case, punctuation or a leading "The"."""
    return _bare(re.sub(r"^the\s+", "", name.strip(), flags=re.I))


def _glued(name: str, other: str) -> bool:
    """Whether `name` is `other` with letters glued on ("Jane DoeStaff Writer")."""
    return len(name) > len(other) and name.startswith(other) and name[len(other)].isalpha()


# ---------------------------------------------------------------- titles

# A site's name after a title: "Headline | Site", "Headline – Site", "Headline • Site".
_SITE_SEPARATOR_RE = re.compile(r"\s+[|–—•·-]\s+")


def _bare(text: str) -> str:
    """A name compared without case, spacing or punctuation ("9to5Mac" = "9TO5MAC.com")."""
    return re.sub(r"\W+", "", text.lower()).removesuffix("com")


# A site name shorter than this (in letters and digits) is compared exactly, not as a prefix.
MIN_SITE_PREFIX = 4


def site_free_title(title: str, headings: list[str], sites: list[str | None]) -> str:
    """`title` (og:title, JSON-LD headline) without the site's name the markup appended:
    one of the page's headings when the title is it followed by a separator and more
    ("Headline | Section | Site"); else without a last part that is the site's name
    (`sites`: the publisher; "Sportsnet.ca" matches "Sportsnet")."""
    title = " ".join(title.split())
    for h1 in headings:
        head = " ".join(h1.split())
        rest = title[len(head) :] if title.startswith(head) and len(head) < len(title) else ""
        if head and _SITE_SEPARATOR_RE.match(rest) and re.search(r"\w", rest):
            return head
    return _without_section(_without_site(title, sites))


def _without_section(title: str) -> str:
    """`title` without a last part that names a section ("… | Opinion", "… - Analysis":
    data/meta-lines.json "title_sections")."""
    parts = _SITE_SEPARATOR_RE.split(title)
    if len(parts) >= 2 and parts[-1].strip().lower() in _TITLE_SECTIONS:
        return title[: title.rindex(parts[-1])].rstrip(" |–—•·-")
    return title


def _without_site(title: str, sites: list[str | None]) -> str:
    """`title` without a last part that is the site's name (`sites`)."""
    parts = _SITE_SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    last = _bare(parts[-1])
    for site in sites:
        name = _bare(site) if site else ""
        if (
            name
            and last
            and (
                last == name
                or (
                    min(len(last), len(name)) >= MIN_SITE_PREFIX
                    and (last.startswith(name) or name.startswith(last))
                )
            )
        ):
            return title[: title.rindex(parts[-1])].rstrip(" |–—•·-")
    return title


# A tag that is the page's machinery, not a subject: a number (a post id), a handle or key
# ("@post-id:1913719"), a path ("/article"), an entity type ("GOVERNMENT_FIGURE"). A short
# lower-case tag may be a subject ("ai", "ev" on the bench), so a code like "tc" stays.
_MACHINE_TAG_RE = re.compile(r"^(?:[\d\W_]+|[@/].*|.*\b[A-Z]+_[A-Z_]+\b.*)$")
# A wire feed's codes as tags (session 13, review 13 F14): a score line ("Devils 1: David
# Pastrnak": a team, its goals, the scorer), a feed number before a category ("30594
# Lifestyles": five digits or more, so "2020 Election" stays), a feed's name ("A Wire"), and a
# photographer's code (an initial and a surname in capitals, "B. TUTU").
_FEED_TAG_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*\s\d{1,2}:\s"
    r"|^\d{5,}\s"
    r"|^[A-Z]{1,3}\sWire$"
    r"|^(?:[A-Z]\.\s?)+[A-Z]{2,}$"
)


def is_tag(tag: str) -> bool:
    return not _MACHINE_TAG_RE.match(tag) and not _FEED_TAG_RE.match(tag)


# ---------------------------------------------------------------- language

# The most frequent function words of each language (data/meta-words.json "stopwords"):
# enough to tell them apart on a page.
_STOPWORDS: dict[str, frozenset[str]] = _word_lists()[0]


# Every language's stop words: the share of them in a line says "prose" in any language.
ALL_STOPWORDS = frozenset().union(*_STOPWORDS.values())


# Language from the first LANGUAGE_SAMPLE_CHARS characters, none under MIN_LANGUAGE_LETTERS
# letters. A script's share of the letters names its language (SCRIPT_SHARE; kana, which mix
# with kanji, KANA_SHARE); otherwise stop words do: at least MIN_STOPWORDS of them and
# MIN_STOPWORD_SHARE of the words, and STOPWORD_LEAD times the next language's count.
LANGUAGE_SAMPLE_CHARS = 5000
MIN_LANGUAGE_LETTERS = 20
SCRIPT_SHARE = 0.3
KANA_SHARE = 0.1
MIN_STOPWORDS = 3
MIN_STOPWORD_SHARE = 0.03
STOPWORD_LEAD = 2


# Scripts that name their language, tried in this order: (first code point, last code point,
# share of the letters it must exceed, language). Kana before Han: Japanese text mixes both.
# A script several languages write is named by its most used one (Cyrillic "ru", Arabic "ar",
# Devanagari "hi", Bengali "bn"): what matters downstream is that it is not English.
_SCRIPTS: tuple[tuple[int, int, float, str], ...] = (
    (0xAC00, 0xD7AF, SCRIPT_SHARE, "ko"),
    (0x3040, 0x30FF, KANA_SHARE, "ja"),
    (0x4E00, 0x9FFF, SCRIPT_SHARE, "zh"),
    (0x0400, 0x04FF, SCRIPT_SHARE, "ru"),
    (0x0600, 0x06FF, SCRIPT_SHARE, "ar"),
    (0x0370, 0x03FF, SCRIPT_SHARE, "el"),
    (0x0590, 0x05FF, SCRIPT_SHARE, "he"),
    (0x0530, 0x058F, SCRIPT_SHARE, "hy"),
    (0x10A0, 0x10FF, SCRIPT_SHARE, "ka"),
    (0x0900, 0x097F, SCRIPT_SHARE, "hi"),
    (0x0980, 0x09FF, SCRIPT_SHARE, "bn"),
    (0x0A00, 0x0A7F, SCRIPT_SHARE, "pa"),
    (0x0A80, 0x0AFF, SCRIPT_SHARE, "gu"),
    (0x0B80, 0x0BFF, SCRIPT_SHARE, "ta"),
    (0x0C00, 0x0C7F, SCRIPT_SHARE, "te"),
    (0x0C80, 0x0CFF, SCRIPT_SHARE, "kn"),
    (0x0D00, 0x0D7F, SCRIPT_SHARE, "ml"),
    (0x0D80, 0x0DFF, SCRIPT_SHARE, "si"),
    (0x0E00, 0x0E7F, SCRIPT_SHARE, "th"),
    (0x0E80, 0x0EFF, SCRIPT_SHARE, "lo"),
    (0x1000, 0x109F, SCRIPT_SHARE, "my"),
    (0x1780, 0x17FF, SCRIPT_SHARE, "km"),
    (0x1200, 0x137F, SCRIPT_SHARE, "am"),
)

_ANY_SCRIPT_RE = re.compile(
    "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _, _ in _SCRIPTS) + "]"
)


def detect_language(text: str) -> str | None:
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    n = sum(map(str.isalpha, sample))
    if n < MIN_LANGUAGE_LETTERS:
        return None

    # one search says whether any of the scripts is there at all (most samples: none)
    for lo, hi, share, language in _SCRIPTS if _ANY_SCRIPT_RE.search(sample) else ():
        if len(re.findall(f"[{chr(lo)}-{chr(hi)}]", sample)) / n > share:
            return language
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if not words:
        return None
    counts = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}
    best, second = sorted(counts.values(), reverse=True)[:2]
    lang = max(counts, key=lambda k: counts[k])
    # lists and tables carry few stop words; a clear lead over the other languages decides
    enough = best >= max(MIN_STOPWORDS, len(words) * MIN_STOPWORD_SHARE)
    if not enough or best < STOPWORD_LEAD * second:
        return None
    return None if _foreign_letters(sample, lang) > MAX_FOREIGN_LETTER_SHARE * n else lang


# Letters beyond ASCII that each stop-word language writes (lower case). A text whose
# letters are more than MAX_FOREIGN_LETTER_SHARE outside its language's (Polish ł ą ę ś,
# Czech ř ě ů, Turkish ş ğ ı) is not that language, however many of its short words match
# (Polish and Czech "a", "na", "do" are Portuguese stop words too); names from abroad in an
# article are far fewer. English is never refused so: its text quotes any name. The lists are
# in data/language-letters.json, read once here. The check needs the diacritics: Polish typed
# without them (feeds, slugs, SMS) is still taken for Portuguese.
_LETTERS: dict[str, str] = json.loads(
    resources.files("newsdesk").joinpath("data/language-letters.json").read_text("utf-8")
)["letters"]
MAX_FOREIGN_LETTER_SHARE = 0.02


def _foreign_letters(sample: str, language: str) -> int:
    """How many accented Latin letters of `sample` `language` does not write (0 for
    English). Only Latin letters count: a quotation in another script (Arabic in an
    Indonesian article) says nothing about which Latin-script language the text is."""
    own = _LETTERS.get(language)
    if own is None:
        return 0
    return sum(1 for ch in _ACCENTED_LATIN_RE.findall(sample) if ch.lower() not in own)


# Latin letters beyond ASCII: Latin-1 Supplement, Extended-A and -B, Extended Additional.
_ACCENTED_LATIN_RE = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


# A text whose language `detect_language` does not name is still judged: it does not read as
# English when it has at least MIN_JUDGED_LETTERS letters, is prose, and English function
# words (the "en" stop words) are under MIN_ENGLISH_SHARE of its words. English prose runs
# at 15-30% of them (of the 1,513 bench article bodies of seb-dev and wcxb-dev detected as
# English with 40 words or more, the lowest has 3.9%, the median 22%); another language has
# them by accident only (Polish "to", German "in"), and a script the list above lacks has
# none. Prose: at most MAX_CAPITALISED_SHARE of its words start with a capital (prose of any
# cased language is mostly lower case; German, which capitalises its nouns, has ~0.4 on the
# bench), so an English list of products, names or scores, as poor in function words as a
# foreign text but 0.68 to 1.0 capitalised on the bench, is not taken for a foreign text.
# Under MIN_JUDGED_LETTERS letters (ten times what any detection needs) a headline or a line
# of names may hold no function word in any language: it is given the benefit of the doubt.
MIN_JUDGED_LETTERS = 10 * MIN_LANGUAGE_LETTERS
MIN_ENGLISH_SHARE = 0.02
MAX_CAPITALISED_SHARE = 0.5


def reads_as_english(text: str) -> bool | None:
    """Whether a text `detect_language` leaves unnamed reads as English: False for prose
    with enough letters and too few English function words (`MIN_ENGLISH_SHARE`), None
    when it is too short to judge, True otherwise. Judged on `detect_language`'s sample."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_JUDGED_LETTERS:
        return None
    words = re.findall(r"[^\W\d_]+", sample)
    english = sum(1 for w in words if w.lower() in _STOPWORDS["en"])
    capitalised = sum(1 for w in words if w[0].isupper())
    prose = capitalised <= MAX_CAPITALISED_SHARE * len(words)
    return not prose or english >= MIN_ENGLISH_SHARE * len(words)
