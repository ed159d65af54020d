"""The library's one ambiguity: a `str` is the article's content, a `pathlib.Path` a file.

`newsdesk.clean("page.html")` would otherwise brief the eleven characters 'page.html'. A str that
is a single short line naming an existing file is almost surely meant as a path, so it is
refused with a message that says what to pass instead. Any other `os.PathLike` is read as
a path, as documented.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsdesk.errors import InputError

# Longer than any path a system accepts (PATH_MAX is 4096 on Linux): such a str is content.
MAX_PATH_CHARS = 4096


class PathAsTextError(InputError, TypeError):
    """A str naming an existing file was given where a str means the article's content."""


def as_source(source: str | bytes | os.PathLike[str]) -> str | bytes | Path:
    """`source` as `read()` takes it: os.PathLike becomes a Path; a str that names an
    existing file raises PathAsTextError. Anything else is passed on unchanged."""
    if isinstance(source, Path):
        return source
    if isinstance(source, os.PathLike):
        return Path(os.fsdecode(source))
    if (
        isinstance(source, str)
        and 0 < len(source) <= MAX_PATH_CHARS
        and "\n" not in source
        and "\x00" not in source
        and _is_file(source)
    ):
        raise PathAsTextError(
            f"{source!r} names a file, but a str is read as the article's text: "
            f"pass pathlib.Path({source!r}) to read the file",
            source=source,
        )
    return source


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # a name too long for the system, or not a valid path
        return False
