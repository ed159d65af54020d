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
import warnings
from dataclasses import replace
from typing import TYPE_CHECKING

from newsdesk.errors import (
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
    TextTooLongError,
    TimeLimitError,
)
from newsdesk.labels import EVERYTHING, NOTHING, Extract, InputFormat, Strength
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Commitment,
    Failure,
    Mention,
    Organization,
    Person,
    Place,
    Removed,
    Repair,
    TimeExpression,
)
from newsdesk.pathguard import PathAsTextError
from newsdesk.read import Source

if TYPE_CHECKING:
    from newsdesk.run.options import Options

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

# `Analysis`, the old name of `Brief`, is deprecated: still importable (with a
# DeprecationWarning), not listed here.
__all__ = [
    "Article",
    "Attribution",
    "BinaryInputError",
    "Brief",
    "Commitment",
    "DecodeError",
    "EmptyInputError",
    "Extract",
    "Failure",
    "InputError",
    "InputFormat",
    "InputNotFoundError",
    "InputTooLargeError",
    "Mention",
    "ModelNotFoundError",
    "NewsdeskError",
    "OptionError",
    "Options",
    "Organization",
    "PathAsTextError",
    "Person",
    "Place",
    "ProcessingError",
    "Removed",
    "Repair",
    "Source",
    "Strength",
    "TextTooLongError",
    "TimeExpression",
    "TimeLimitError",
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
) -> Article:
    """Read `source` (content as str/bytes, or a Path) and strip the boilerplate.

    A `str` is the article's content: one that names an existing file is refused
    (`PathAsTextError`, pointing to `pathlib.Path`); any `os.PathLike` is read as a path.
    The `Article`'s `warnings` are those `newsdesk clean` prints ("no article text found"),
    and its `to_dict()` is the JSON record `newsdesk clean -f json` prints."""
    from newsdesk.pathguard import as_source
    from newsdesk.run import one
    from newsdesk.run.options import settle

    source = as_source(source)

    opts = settle(
        options,
        extract=NOTHING,
        input_format=input_format,
        encoding=encoding,
        timeout=timeout,
    )
    brief = one(source, opts, name=name)
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
) -> Brief:
    """Clean `source` (unless `clean=False`) and extract people, places, organizations and
    commitments. Keyword arguments override the fields of `options`. `source` as for
    `clean`: a `str` naming an existing file is refused, an `os.PathLike` is a path."""
    from newsdesk.pathguard import as_source
    from newsdesk.run import one
    from newsdesk.run.options import settle

    source = as_source(source)

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
    return one(source, opts, name=name)


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
