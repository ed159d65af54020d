"""newsdesk: turn a scraped news article into a clean article and a structured brief.

>>> import newsdesk
>>> article = newsdesk.clean(Path("page.html"))          # no spaCy needed
>>> article.to_dict()                                      # the JSON `newsdesk clean` prints
>>> brief = newsdesk.analyze(Path("article.txt"))          # people, places, commitments
>>> brief.to_dict()                                        # the JSON `newsdesk analyze` prints

Both take the CLI's `Options` (or the same settings as keyword arguments) and go through the
same engine as the CLI, so they give the same results and raise the same typed errors.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.errors import (
    QUOTED_URL_CHARS,
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    ModelNotFoundError,
    NewsdeskError,
    OptionError,
    ProcessingError,
    SchedulerError,
    TextTooLongError,
    TimeLimitError,
    URLAsTextError,
)
from newsdesk.labels import EVERYTHING, NOTHING, Extract, InputFormat, Strength
from newsdesk.model import (
    SCHEMA_VERSION,
    Article,
    ArticleDict,
    Attribution,
    AttributionDict,
    Brief,
    BriefDict,
    Commitment,
    CommitmentDict,
    Failure,
    FailureDict,
    Mention,
    MentionDict,
    Organization,
    OrganizationDict,
    Person,
    PersonDict,
    Place,
    PlaceDict,
    Removed,
    RemovedDict,
    Repair,
    RepairDict,
    TimeDict,
    TimeExpression,
)
from newsdesk.pathguard import PathAsTextError
from newsdesk.read import Source

if TYPE_CHECKING:
    from newsdesk.run.items import Given
    from newsdesk.run.options import Options

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

# `Analysis`, the old name of `Brief`, is deprecated: still importable (with a
# DeprecationWarning), not listed here.
__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleDict",
    "Attribution",
    "AttributionDict",
    "BinaryInputError",
    "Brief",
    "BriefDict",
    "Commitment",
    "CommitmentDict",
    "DecodeError",
    "EmptyInputError",
    "Extract",
    "Failure",
    "FailureDict",
    "InputError",
    "InputFormat",
    "InputNotFoundError",
    "InputTooLargeError",
    "Mention",
    "MentionDict",
    "ModelNotFoundError",
    "NewsdeskError",
    "OptionError",
    "Options",
    "Organization",
    "OrganizationDict",
    "PathAsTextError",
    "Person",
    "PersonDict",
    "Place",
    "PlaceDict",
    "ProcessingError",
    "Removed",
    "RemovedDict",
    "Repair",
    "RepairDict",
    "SchedulerError",
    "Source",
    "Strength",
    "TextTooLongError",
    "TimeDict",
    "TimeExpression",
    "TimeLimitError",
    "URLAsTextError",
    "__version__",
    "analyze",
    "clean",
]


def clean(
    source: Source | os.PathLike[str],
    options: Options | None = None,
    *,
    input_format: InputFormat | str | None = None,
    encoding: str | None = None,
    timeout: float | None = None,
    name: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    published_fallback: str | None = None,
) -> Article:
    """Read `source` (content as str/bytes, or a Path) and strip the boilerplate.

    A `str` is the article's content: one that names an existing file is refused
    (`PathAsTextError`, pointing to `pathlib.Path`), and so is one that is an http(s) URL
    alone (`URLAsTextError`, pointing to `newsdesk.read.fetch.fetch_text`); any
    `os.PathLike` is read as a path. An error of the input carries it as `source`.
    The `Article`'s `warnings` are those `newsdesk clean` prints ("no article text found"),
    and its `to_dict()` is the JSON record `newsdesk clean -f json` prints.

    `title`, `published` (ISO 8601: "2024-02-28", "2024-02-28T09:30:00+01:00") and `url`
    are what the caller knows of the article, as a JSON Lines record's fields of those names:
    the title and date win over what the page says (the date resolves relative times: "next
    Tuesday"), and the URL is the `source` unless `name` is given. A value that cannot be
    used is left out with a warning in `warnings`, never an error (a blank date too: an
    empty CSV cell passed on). `published_fallback` is the date only if the page shows none
    (no date in its markup or its lines, which are read for it also with `clean=False`,
    the text kept as given): the page's own date is kept. Both dates usable at once is an
    `OptionError`; when one is unusable it is left out with its warning and the other used."""
    from newsdesk.pathguard import as_source
    from newsdesk.run import one
    from newsdesk.run.options import settle

    source = _not_a_url(as_source(source))

    opts = settle(
        options,
        extract=NOTHING,
        input_format=input_format,
        encoding=encoding,
        timeout=timeout,
    )
    stated = _given(source, name, title, published, url, published_fallback)
    with _sourced(source, name, opts):
        brief = one(source, opts, name=name, given=stated)
    return replace(brief.article, warnings=list(brief.warnings))


def analyze(
    source: Source | os.PathLike[str],
    options: Options | None = None,
    *,
    clean: bool | None = None,
    input_format: InputFormat | str | None = None,
    encoding: str | None = None,
    model: str | None = None,
    min_strength: Strength | str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
    name: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    published_fallback: str | None = None,
) -> Brief:
    """Clean `source` (unless `clean=False`) and extract people, places, organizations and
    commitments. Keyword arguments override the fields of `options`. `source` as for
    `clean`: a `str` naming an existing file or a bare URL is refused, an `os.PathLike` is a
    path. `title`, `published`, `published_fallback` and `url` as for `clean`: with
    `published` (or a fallback date used), "next Tuesday" in a commitment's time gets its
    date."""
    from newsdesk.pathguard import as_source
    from newsdesk.run import one
    from newsdesk.run.options import settle

    source = _not_a_url(as_source(source))

    opts = settle(
        options,
        extract=None if options is not None else EVERYTHING,
        clean=clean,
        input_format=input_format,
        encoding=encoding,
        model=model,
        min_strength=min_strength,
        max_chars=max_chars,
        timeout=timeout,
    )
    stated = _given(source, name, title, published, url, published_fallback)
    with _sourced(source, name, opts):
        return one(source, opts, name=name, given=stated)


def _given(
    source: Source,
    name: str | None,
    title: object,
    published: object,
    url: object,
    published_fallback: object = None,
) -> Given:
    """The checked title, dates and URL a caller states (`run.items.given`)."""
    from newsdesk.run.items import given

    label = name or _label(source)
    return given(label, title, published, url, published_fallback=published_fallback)


# An http(s) URL as a whole str (one line, no blank): a caller meant to fetch it.
_URL_RE = re.compile(r"https?://\S+", re.I)


def _not_a_url(source: Source) -> Source:
    """`source`, unless it is a str that is an http(s) URL and nothing else: the library
    does not fetch (`URLAsTextError`, pointing to `newsdesk.read.fetch.fetch_text`)."""
    if isinstance(source, str) and _URL_RE.fullmatch(source.strip()):
        shown = source.strip()[:QUOTED_URL_CHARS]
        raise URLAsTextError(
            f"{shown!r} is a URL, but a str is read as the article's text: fetch it with "
            f"newsdesk.read.fetch.fetch_text({shown!r}) and pass the page it returns",
            source=shown,
        )
    return source


@contextmanager
def _sourced(source: Source, name: str | None, options: Options) -> Iterator[None]:
    """Every error of one input leaves with its `source` (the engine's label for it) and
    the limit it broke, whichever layer raised it."""
    try:
        yield
    except NewsdeskError as exc:
        if exc.source is None:
            exc.source = name or _label(source)
        if isinstance(exc, TimeLimitError) and exc.limit is None:
            exc.limit = options.timeout
        if isinstance(exc, TextTooLongError) and exc.limit is None:
            exc.limit = options.max_chars
        raise


def _label(source: Source) -> str:
    from newsdesk.read import printable_path

    if isinstance(source, bytes):
        return "<bytes>"
    return printable_path(source) if isinstance(source, Path) else "<text>"


def __getattr__(name: str) -> object:
    if name == "Options":  # imported lazily: `import newsdesk` stays light
        from newsdesk.run.options import Options

        return Options
    if name == "Analysis":
        warnings.warn(
            "newsdesk.Analysis is deprecated (removed in 0.2): use newsdesk.Brief",
            DeprecationWarning,
            stacklevel=2,
        )
        return Brief
    raise AttributeError(name)
