"""Given names and their diminutives (data/nicknames.tsv): 'Bill' and 'William', 'Pat' and
'Patrick' are one given name (review 13, F8)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsdesk.analysis.gazetteer import fold


@cache
def _sets() -> dict[str, frozenset[int]]:
    """Each given name, folded, and the numbers of the sets (lines) it is in, read once."""
    text = resources.files("newsdesk").joinpath("data/nicknames.tsv").read_text("utf-8")
    found: dict[str, set[int]] = {}
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows):
        for name in line.split("\t"):
            found.setdefault(name.strip(), set()).add(number)
    return {name: frozenset(numbers) for name, numbers in found.items()}


def same_given_name(a: str, b: str) -> bool:
    """'Bill' and 'William': two forms of one given name, a set of the file holding both."""
    key_a, key_b = fold(a).rstrip("."), fold(b).rstrip(".")
    if key_a == key_b:
        return True
    return bool(_sets().get(key_a, frozenset()) & _sets().get(key_b, frozenset()))
