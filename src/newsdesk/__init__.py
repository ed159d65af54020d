"""newsdesk: turn a scraped news article into a clean article and a structured brief.

>>> import newsdesk
>>> article = newsdesk.clean(Path("page.html"))          # no spaCy needed
>>> brief = newsdesk.analyze(Path("article.txt"))          # people, places, commitments
>>> brief.to_dict()                                        # the JSON the CLI prints
"""

from __future__ import annotations

from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    ModelNotFoundError,
    NewsdeskError,
)
from .model import Analysis, Article, Commitment, Mention, Organization, Person, Place
from .read import Source

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "BinaryInputError",
    "Commitment",
    "DecodeError",
    "EmptyInputError",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "Mention",
    "ModelNotFoundError",
    "NewsdeskError",
    "Organization",
    "Person",
    "Place",
    "__version__",
    "analyze",
    "clean",
]


def clean(
    source: Source,
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    name: str | None = None,
) -> Article:
    """Read `source` (content as str/bytes, or a Path) and strip the boilerplate."""
    from .cleaning import clean_document
    from .read import read

    doc = read(source, input_format=_fmt(input_format), encoding=encoding, name=name)
    return clean_document(doc)


def analyze(
    source: Source,
    *,
    clean: bool = True,
    input_format: str | None = None,
    encoding: str | None = None,
    model: str | None = None,
    name: str | None = None,
) -> Analysis:
    """Clean `source` (unless `clean=False`) and extract people, places and commitments."""
    from .analyse import analyse_article
    from .cleaning import clean_document
    from .read import read

    doc = read(source, input_format=_fmt(input_format), encoding=encoding, name=name)
    article = clean_document(doc, clean=clean)
    return analyse_article(article, model=model)


def _fmt(value: str | None) -> "InputFormat | None":  # noqa: UP037
    if value is None:
        return None
    if value not in ("html", "text"):
        raise ValueError(f"input_format must be 'html' or 'text', not {value!r}")
    return value  # type: ignore[return-value]


from .model import InputFormat  # noqa: E402
