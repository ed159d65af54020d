"""The data layer's shared word lists, each read once from `data/` (layer-neutral: `read` and
`analysis` both import it, and it imports neither, nor spaCy).

A list that two stages consult is loaded here once, so the stages cannot drift into reading
it two ways: `first_names` (data/first-names.txt) is read by the byline rule of the metadata
reader (`read.meta`) and by the entity rules (`analysis.entities.lexicon`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def name_list(file: str) -> frozenset[str]:
    """A one-name-a-line file of data/ (lower case; '#' starts a comment line)."""
    path = resources.files("newsdesk").joinpath(f"data/{file}")
    return frozenset(n for n in path.read_text("utf-8").splitlines() if n and n[0] != "#")


@cache
def first_names() -> frozenset[str]:
    """data/first-names.txt: US given names (US Census 1990 via PyPI `names`), lower case."""
    return name_list("first-names.txt")
