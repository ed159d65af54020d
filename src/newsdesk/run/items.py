"""Inputs of a run: names (files, directories, '-') expanded into `Item`s, in a fixed order.

An http(s) URL is an item too: the worker that processes it fetches it (`run.work`), inside
its time limit, so a URL that fails costs nothing but its own error record.

Every input gives exactly one item, and every item one record, even an input that is broken
before it can be read (it carries its `Failure`). Expansion lists files only; reading them is
the work's job (`run.work`), so one unreadable file costs nothing but its own record.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import BinaryIO

from newsdesk.errors import (
    QUOTED_CHARS,
    QUOTED_URL_CHARS,
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    OptionError,
)
from newsdesk.labels import InputFormat, RepairKind
from newsdesk.model import BEFORE_PARAGRAPHS, Failure, Repair
from newsdesk.read import (
    MAX_BYTES,
    binary_kind,
    open_input,
    printable_path,
    read_stream,
    replace_surrogates,
)
from newsdesk.read.fetch import FetchError, is_url, url_problem

STDIN = "-"
STDIN_LABEL = "<stdin>"
# Reading a JSON Lines file goes by blocks of this size, never a whole line at once.
LINE_BLOCK = 1024 * 1024


# The fields a JSON Lines record (or `newsdesk.analyze`) may give beside its content.
GIVEN_FIELDS = ("title", "published", "url")
PUBLISHED_FORMS = "2024-02-28, 2024-02-28T09:30:00 or 2024-02-28T09:30:00+01:00"
BOTH_DATES = (
    "the `published` and `published_fallback` options cannot be given together: "
    "`published` dates every input, `published_fallback` only those whose page shows no date"
)


@dataclass(frozen=True, slots=True)
class Given:
    """What the caller states about an input beside its content: a JSON Lines record's
    `title`, `published` and `url`, or `newsdesk.analyze(title=, published=, url=)`. The
    title and date seed the page's metadata before cleaning (they win over what the page
    says, and `published` resolves relative times: "next Tuesday"); the URL is the record's
    `source`. A value that is not usable is dropped with a warning (`warnings`), never an
    error: the article is still read."""

    title: str | None = None
    published: str | None = None  # ISO 8601, as `datetime.isoformat` writes it
    url: str | None = None
    warnings: tuple[str, ...] = ()
    # the date of the input if its page shows none (ISO 8601; `--published-fallback`): unlike
    # `published` it never wins over a date in the markup or the page's own lines, and it is
    # set after cleaning, where the page's date is known (`run.work.clean_item`)
    published_fallback: str | None = None


@dataclass(frozen=True, slots=True)
class RunDates:
    """The dates a run gives its inputs (ISO 8601), as `gather` checked them: `published`
    (`--published`) dates every input that states no date of its own, over its page's date;
    `fallback` (`--published-fallback`) only an input that states none and whose page shows
    none. At most one is set."""

    published: str | None = None
    fallback: str | None = None

    def instead(self) -> str:
        """What dates an input whose own stated date is dropped, as its warning says it."""
        if self.published is not None:
            return f"the date of the `published` option, {self.published}"
        if self.fallback is not None:
            return (
                "the page's own date, or if it shows none the date of the "
                f"`published_fallback` option, {self.fallback}"
            )
        return "the page's own date, if any"

    def of(self, stated: Given) -> Given:
        """What an input states, with the run's date when it states none itself (a JSON Lines
        record's own `published` wins over both)."""
        if stated.published is not None:
            return stated
        if self.published is not None:
            return replace(stated, published=self.published)
        if self.fallback is not None:
            return replace(stated, published_fallback=self.fallback)
        return stated


def given(
    label: str,
    title: object = None,
    published: object = None,
    url: object = None,
    *,
    record: bool = False,
    dates: RunDates | None = None,
    published_fallback: object = None,
) -> Given:
    """The checked `Given` of an input named `label`: `published` must be an ISO 8601 date or
    date and time (`PUBLISHED_FORMS`), `url` an http(s) URL, `title` a string; each that is
    not is dropped with a warning naming the field (`record`: a JSON Lines record's field,
    'published'; else the library's argument, `published`). A blank date (an empty CSV cell
    passed on) is no date: dropped with its warning, as `--published ""` is a usage error.
    `dates`: the run's `published` or `published_fallback` option, which dates an input whose
    own date is dropped. `published_fallback`: the library's argument, the date if the page
    shows none (checked as `published` is); an `OptionError` only when both dates are
    usable, else the unusable one is dropped with its warning and the other dates the input."""
    notes: list[str] = []
    quote = "'" if record else "`"
    kept_title = _text_field(title, "title", label, notes, quote)
    stated = _date_field(published, "published", label, notes, quote)
    day = _iso_date(stated) if stated is not None else None
    fallback = _date_field(published_fallback, "published_fallback", label, notes, quote)
    fallback_day = _iso_date(fallback) if fallback is not None else None
    if day is not None and fallback_day is not None:
        raise OptionError(BOTH_DATES)
    if stated is not None and day is None:
        instead = (dates or RunDates(fallback=fallback_day)).instead()
        notes.append(
            f"{label}: {quote}published{quote} {stated[:QUOTED_CHARS]!r} is not an ISO 8601 date "
            f"({PUBLISHED_FORMS}); ignored, so relative times are resolved against {instead}"
        )
    link = _text_field(url, "url", label, notes, quote)
    if link is not None and not is_url(link):
        notes.append(
            f"{label}: {quote}url{quote} {link[:QUOTED_URL_CHARS]!r} is not an http(s) URL; ignored"
        )
        link = None
    if fallback is not None and fallback_day is None:
        notes.append(
            f"{label}: {quote}published_fallback{quote} {fallback[:QUOTED_CHARS]!r} is not an ISO 8601 "
            f"date ({PUBLISHED_FORMS}); ignored"
        )
    return Given(kept_title, day, link, tuple(notes), fallback_day)


def _date_field(
    value: object, name: str, label: str, notes: list[str], quote: str = "`"
) -> str | None:
    """A date given as `value` as text to check ("" when blank: no date, so it gets its
    warning); None when not given (or not a string: its warning is noted here)."""
    text = _text_field(value, name, label, notes, quote)
    return "" if text is None and isinstance(value, str) else text


def _text_field(
    value: object, name: str, label: str, notes: list[str], quote: str = "`"
) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        kind = type(value).__name__
        notes.append(f"{label}: {quote}{name}{quote} is not a string ({kind}); ignored")
        return None
    text = " ".join(field_text(value).split())
    return text or None


def field_text(value: str) -> str:
    """A text field taken from an input beside its content (a record's `id`, `title`,
    `published`, `url`): without NULs (never text, and never in a record: docs/output.md) and
    with lone surrogates replaced."""
    return replace_surrogates(value.replace("\x00", ""))[0]


def _run_date(value: str | None, option: str) -> str | None:
    """A run's date option (`option`: `published`, `published_fallback`) as ISO 8601; one
    that is not an ISO 8601 date is an `OptionError`."""
    if value is None:
        return None
    day = _iso_date(value.strip())
    if day is None:
        raise OptionError(
            f"the `{option}` option takes an ISO 8601 date ({PUBLISHED_FORMS}), not {value[:QUOTED_CHARS]!r}"
        )
    return day


def _iso_date(value: str) -> str | None:
    """`value` as ISO 8601 (`datetime.isoformat`), when it is an ISO 8601 date or date and
    time; None otherwise."""
    try:
        if len(value) == len("2024-02-28"):
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Item:
    """One input: a file to read, a URL to fetch, or content in hand (a JSON Lines record,
    stdin)."""

    index: int
    source: str  # what users see: the path as given, "file.jsonl:3", "<stdin>"
    id: str | None = None
    path: Path | None = None
    content: str | bytes | None = None
    input_format: InputFormat | None = None
    repairs: tuple[Repair, ...] = ()
    failure: Failure | None = None  # the input was broken before it could be read
    url: str | None = None  # an http(s) URL, fetched by the work (`run.work.clean_item`)
    given: Given = Given()  # the title, date and URL a JSON Lines record states
    # where the input is, when `source` is not that (a JSON Lines record named by its `url`)
    place: str | None = None

    @property
    def key(self) -> str:
        """What identifies the input in an output file (for --resume): see `resume_key`."""
        return resume_key(self.place or self.source)


def resume_key(source: str) -> str:
    """A record's source, normalised: the real path of a file (however it was spelled), with
    ':N' kept for a JSON Lines record; '<stdin>…' and URLs as they are."""
    if source.startswith("<") or is_url(source):
        return source
    head, sep, line = source.rpartition(":")
    if sep and line.isdigit() and os.path.isfile(head):
        return f"{os.path.realpath(head)}:{line}"
    try:
        return os.path.realpath(source)
    except ValueError:
        # a name the file system's encoding cannot take: a shown name with U+FFFD for a file
        # name's undecodable bytes, under a locale that is not UTF-8 (`LC_ALL=C` with UTF-8
        # mode off) failed the whole run; made absolute as spelled, on both sides of --resume
        return os.path.abspath(source)


@dataclass(slots=True)
class Inputs:
    """The named inputs, expanded: the files a run will read are known before it starts."""

    names: list[str]
    files: list[Path] = field(default_factory=list)  # every file to read, in order
    jsonl: bool = False
    input_format: InputFormat | None = None
    stdin: BinaryIO | None = None
    fifo_wait: float | None = None  # a JSON Lines pipe's silence limit (`read.open_input`)
    # the dates of the inputs that state none of their own (`--published`,
    # `--published-fallback`)
    dates: RunDates = field(default_factory=RunDates)
    _plan: list[Path | str | Failure | Item] = field(default_factory=list)

    def items(self) -> Iterator[Item]:
        """The items, numbered in input order (reads stdin and JSON Lines lazily)."""
        index = 0
        for entry in self._plan:
            for item in self._expand(entry):
                yield Item(
                    index,
                    item.source,
                    item.id,
                    item.path,
                    item.content,
                    item.input_format,
                    item.repairs,
                    item.failure,
                    item.url,
                    self.dates.of(item.given),
                    item.place,
                )
                index += 1

    def _expand(self, entry: Path | str | Failure | Item) -> Iterator[Item]:
        if isinstance(entry, Item):  # a URL
            yield entry
        elif isinstance(entry, Failure):
            yield Item(0, entry.source, failure=entry)
        elif isinstance(entry, str):  # stdin
            yield from self._stdin()
        elif self.jsonl:
            yield from _jsonl_file(entry, self.fifo_wait, self.dates)
        else:
            yield Item(0, printable_path(entry), path=entry, input_format=self.input_format)

    def _stdin(self) -> Iterator[Item]:
        if self.stdin is None or getattr(self.stdin, "closed", False):
            yield _failed(STDIN_LABEL, InputError(f"{STDIN_LABEL}: stdin is closed"))
            return
        try:
            if self.jsonl:
                yield from _jsonl_lines(self.stdin, STDIN_LABEL, self.dates)
                return
            data = read_stream(self.stdin, STDIN_LABEL)
        except (OSError, ValueError) as exc:
            yield _failed(STDIN_LABEL, InputError(f"{STDIN_LABEL}: cannot read ({exc})"))
            return
        except InputTooLargeError as exc:
            yield _failed(STDIN_LABEL, exc)
            return
        yield Item(0, STDIN_LABEL, content=data, input_format=self.input_format)


def gather(
    names: Iterable[str],
    *,
    glob: str = "*",
    jsonl: bool = False,
    input_format: InputFormat | None = None,
    stdin: BinaryIO | None = None,
    fifo_wait: float | None = None,
    output: Path | None = None,
    published: str | None = None,
    published_fallback: str | None = None,
) -> Inputs:
    """Expand `names`: '-' is stdin, an http(s) URL is fetched later (a name written as a URL
    that cannot be fetched, "ftp://…" or "http://", gets its error record), a directory gives its
    files matching `glob` (recursively, sorted), anything else is a file (read, or reported,
    later). A named pipe of JSON Lines may stay silent `fifo_wait` seconds between records
    (None: `read.FIFO_WAIT_SECONDS`; 0: no limit); the records read before it is given up
    stand. `output`, the run's `-o` file, is left out of a directory's files (written inside
    the folder it reads, it would be an input of the next run, and `--resume` refused).
    `published`: the date (ISO 8601) of every input that states none of its own, as the
    library's `published=` gives it to one input: it wins over the page's own date.
    `published_fallback`: the date of an input only when it states none and its page shows
    none (no date in its markup or its lines), as the library's `published_fallback=`. One
    that is not a date (a blank one included), or both together, is an `OptionError`."""
    dates = RunDates(
        _run_date(published, "published"), _run_date(published_fallback, "published_fallback")
    )
    if dates.published is not None and dates.fallback is not None:
        raise OptionError(BOTH_DATES)
    if PurePath(glob).is_absolute() or glob.startswith(".."):
        raise OptionError(f"`glob` takes a pattern relative to each directory, not {glob!r}")
    try:
        _glob_regex(glob)
    except re.error as exc:  # a class whose range runs backwards: `[z-a]`
        raise OptionError(f"`glob` {glob!r} is not a valid pattern ({exc.msg})") from None
    inputs = Inputs(
        list(names),
        jsonl=jsonl,
        input_format=input_format,
        stdin=stdin,
        fifo_wait=fifo_wait,
        dates=dates,
    )
    for name in inputs.names:
        if name == STDIN:
            inputs._plan.append(name)
            continue
        # written as a URL that cannot be fetched ("ftp://…", "http://", "http:notes.txt"):
        # its error record, unless a file or folder of that name exists (a path wins)
        if (why := url_problem(name)) is not None and not os.path.lexists(name):
            refused = FetchError(f"{name}: {why}", source=name)
            inputs._plan.append(Failure(name, refused.kind, str(refused)))
            continue
        if why is None and is_url(name):
            inputs._plan.append(Item(0, name, url=name, input_format=input_format))
            continue
        path = Path(name)
        if not _is_dir(path):
            inputs.files.append(path)
            inputs._plan.append(path)
            continue
        found, failures = _walk(path, glob)
        found = [p for p in found if not _same_file(p, output)]
        if not found and not failures:
            label = printable_path(path)
            failures.append(
                (
                    path,
                    Failure(
                        label, "InputError", f"{label}: a directory with no files matching {glob!r}"
                    ),
                )
            )
        inputs.files += found
        # a folder that cannot be listed gets its record where it stands among the files
        walked: list[tuple[Path, Path | Failure]] = [(p, p) for p in found]
        walked += failures
        walked.sort(key=lambda pair: pair[0].parts)
        inputs._plan += [entry for _, entry in walked]
    return inputs


def _same_file(path: Path, other: Path | None) -> bool:
    """Whether `path` and `other` are one file (by device and inode: any spelling, links)."""
    if other is None:
        return False
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    """Whether `path` is a directory; a name the system cannot even look up (too long) is
    not, and reading it will say why."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _walk(top: Path, glob: str) -> tuple[list[Path], list[tuple[Path, Failure]]]:
    """Files under `top` whose path matches `glob`, sorted, and the folders that cannot be
    listed, each with its error record; without recursion (any depth) and without following
    links to directories (no loops). A broken link whose name matches is kept among the
    files, so that it gets its record ("no such file") as it would named alone."""
    found: list[Path] = []
    failures: list[tuple[Path, Failure]] = []
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    path = Path(entry.path)
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(path)
                        elif (entry.is_file() or _broken_link(entry)) and _matches(
                            path.relative_to(top), glob
                        ):
                            found.append(path)
                    except OSError:
                        continue
        except OSError as exc:
            label = printable_path(folder)
            failures.append(
                (
                    folder,
                    Failure(label, "InputError", f"{label}: cannot list ({exc.strerror or exc})"),
                )
            )
    found.sort()
    return found, failures


def _matches(relative: PurePath, glob: str) -> bool:
    """Whether a file's path under the top folder matches `glob`, from the right (`*.html`
    at any depth, `news/*.html` in any `news` folder), as `PurePath.match` does; but a `**`
    part, wherever it is, stands for zero or more folders, as in a shell's globstar
    (`news/**/*.html` takes `news/b.html` and `news/x/y/d.html`; `**/*.html` the top
    folder's files too). `PurePath.match` (3.11) reads a `**` as `*`: one folder."""
    return _glob_regex(glob).search(relative.as_posix()) is not None


@functools.lru_cache(maxsize=16)
def _glob_regex(glob: str) -> re.Pattern[str]:
    """`glob` as a regex over a POSIX relative path, anchored at the end and at a folder
    boundary on the left: `**` -> any folders, `*` -> any characters of one name, `?` -> one,
    `[...]`/`[!...]` -> a character class (never `/`); case-insensitive where paths are."""
    parts = [part for part in glob.replace(os.sep, "/").split("/") if part]
    body = []
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if part == "**":
            body.append("[^/].*" if last else "(?:[^/]+/)*")
        else:
            body.append(_glob_part(part) + ("" if last else "/"))
    flags = re.IGNORECASE if os.path.normcase("A") == "a" else 0
    return re.compile("(?:^|/)" + "".join(body) + r"\Z", flags)


def _glob_part(part: str) -> str:
    """One name's pattern as a regex (no `/` in what it matches)."""
    out: list[str] = []
    i = 0
    while i < len(part):
        char = part[i]
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (end := part.find("]", i + 2)) != -1:
            inner = part[i + 1 : end]
            negate = inner[:1] == "!"
            inner = inner[1:] if negate else inner
            inner = inner.replace("\\", "\\\\").replace("^", "\\^")
            out.append(f"[{'^/' if negate else ''}{inner}]" if negate else f"(?!/)[{inner}]")
            i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _broken_link(entry: os.DirEntry[str]) -> bool:
    """A symbolic link to nothing (the walk follows links to files, not to directories)."""
    return entry.is_symlink() and not os.path.exists(entry.path)


def count(inputs: Inputs) -> int | None:
    """How many items `inputs` gives, without parsing them (None when stdin is read)."""
    total = 0
    for entry in inputs._plan:
        if isinstance(entry, str):
            return None
        if isinstance(entry, Failure | Item) or not inputs.jsonl:
            total += 1
            continue
        try:
            if not entry.is_file():  # (a pipe is read once, by the run; a device never ends)
                total += 1
                continue
            with entry.open("rb") as fh:
                total += sum(1 for line in _lines(fh) if line.strip()) or 1
        except OSError:
            total += 1
    return total


def _failed(source: str, exc: InputError, id: str | None = None) -> Item:
    return Item(0, source, id=id, failure=Failure(source, exc.kind, str(exc), id))


def _jsonl_file(
    path: Path, fifo_wait: float | None = None, dates: RunDates | None = None
) -> Iterator[Item]:
    label = printable_path(path)
    try:
        with open_input(path, label, wait=fifo_wait) as fh:
            yield from _jsonl_lines(fh, label, dates)
    except OSError as exc:
        yield _failed(label, InputError(f"{label}: cannot read ({exc.strerror or exc})"))
    except InputError as exc:  # a named pipe whose writer stalled: the records read stand
        yield _failed(label, exc)


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines of a stream; a line longer than `MAX_BYTES` comes as `MAX_BYTES + 1` bytes (the
    rest of it is skipped), so no line is ever held whole past the limit."""
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:  # skip to the end of the overlong line, a block at a time
                rest = stream.readline(LINE_BLOCK)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _jsonl_lines(stream: BinaryIO, label: str, dates: RunDates | None = None) -> Iterator[Item]:
    """One item per non-blank line; a stream without any gets one error record. `dates`:
    the run's (`Inputs.dates`), named by a record's warning when its own is dropped."""
    empty = True
    for item in _jsonl_records(stream, label, dates):
        empty = False
        yield item
    if empty:
        yield _failed(label, EmptyInputError(f"{label}: no JSON Lines records"))


# How to read a packed JSON Lines file (`read.binary_kind`'s names): into stdin.
_UNPACK = {
    "a gzip archive": " (decompress it into stdin: zcat {} | newsdesk … -)",
    "a zip archive": " (unpack it into stdin: unzip -p {} | newsdesk … -)",
}


def _jsonl_records(stream: BinaryIO, label: str, dates: RunDates | None) -> Iterator[Item]:
    for number, raw in enumerate(_lines(stream), 1):
        if number == 1 and (what := binary_kind(raw)) is not None:
            # an archive or a document (`feed.jsonl.gz`): one record saying so, not one
            # "not a JSON object" per line of its compressed bytes
            hint = _UNPACK.get(what, "").format(label)
            yield _failed(label, BinaryInputError(f"{label}: {what}, not JSON Lines{hint}"))
            return
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            # a byte-order mark: what Notepad and PowerShell's `Out-File -Encoding utf8`
            # write first; it cost the first record ("Unexpected UTF-8 BOM")
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        source = f"{label}:{number}"
        if len(raw) > MAX_BYTES:
            yield _failed(
                source, InputTooLargeError(f"{source}: a record over the {MAX_BYTES}-byte limit")
            )
            continue
        repairs: tuple[Repair, ...] = ()
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.decode("utf-8", "replace")
            repairs = (
                Repair(
                    RepairKind.undecodable_bytes,
                    f"invalid UTF-8 at byte {exc.start} of the record",
                    "\ufffd",
                    BEFORE_PARAGRAPHS,
                ),
            )
        yield _record(line, source, repairs, dates)


def _no_content(html: object, text: object) -> str:
    """Why a record has nothing to read: no field, or one that is not a string (`"text": 5`
    was said to be no field at all)."""
    given = [(name, value) for name, value in (("html", html), ("text", text)) if value is not None]
    odd = [
        f"'{name}' is {_json_kind(value)}" for name, value in given if not isinstance(value, str)
    ]
    if odd:
        return f"{' and '.join(odd)}, not a string of text"
    if given:  # (an html field blank, no text field)
        return "an empty 'html' field and no 'text' field"
    return "no 'text' or 'html' field"


def _json_kind(value: object) -> str:
    """A JSON value's kind, as a message names it ("a number", "an object")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string"


def _id_of(value: object) -> str | None:
    """A record's `id` as the output's string: a string as it is, any other JSON value as
    its JSON text (`2` -> "2", `true` -> "true", `{"a": 1}` -> '{"a": 1}'; before, Python's
    `str()` gave "True" and "{'a': 1}"); None when there is none (or it is null)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return field_text(text)


def _record(
    line: str, source: str, repairs: tuple[Repair, ...], dates: RunDates | None = None
) -> Item:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        why = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return _failed(source, InputError(f"{source}: not a JSON object ({why})"))
    if not isinstance(record, dict):
        return _failed(source, InputError(f"{source}: not a JSON object"))
    rid = _id_of(record.get("id"))
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        content, fmt = html, InputFormat.html
    elif isinstance(text, str):
        content, fmt = text, InputFormat.text
    else:
        return _failed(source, InputError(f"{source}: {_no_content(html, text)}"), rid)
    fields = (record.get(name) for name in GIVEN_FIELDS)
    stated = given(source, *fields, record=True, dates=dates)
    # the record's URL is what users know it by; where it is (file:line) stays its key
    name, place = (stated.url, source) if stated.url is not None else (source, None)
    return Item(
        0, name, rid, content=content, input_format=fmt, repairs=repairs, given=stated, place=place
    )
