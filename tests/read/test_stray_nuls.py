"""The NUL rule (`read.STRAY_NUL_CHARS`): one per 1,000 bytes of a bytes input, or characters
of a `str`, is stray (removed and reported); more is binary data. Written once
(`read._judge_nuls`): a bytes input's NULs are counted against its bytes once decoded."""

from __future__ import annotations

import pytest

from newsdesk.errors import BinaryInputError
from newsdesk.labels import RepairKind
from newsdesk.read import STRAY_NUL_CHARS, read

# Written for this test: Russian, two bytes a letter in UTF-8.
RUSSIAN = "Совет района обещал открыть новую библиотеку у реки весной. "


def _with_nuls(text: str, count: int) -> str:
    """`text` with its first `count` blanks made NULs (one a sentence apart)."""
    parts = text.split(" ")
    every = max(1, len(parts) // (count + 1))
    for n in range(count):
        parts[(n + 1) * every] = "\x00" + parts[(n + 1) * every]
    return " ".join(parts)


def test_utf8_cyrillic_is_held_to_the_rate_of_its_bytes_not_its_characters() -> None:
    base = RUSSIAN * 3000
    size = len(base.encode("utf-8"))
    count = size // STRAY_NUL_CHARS - 10  # stray by its bytes, too many for its characters
    text = _with_nuls(base, count)
    data = text.encode("utf-8")
    assert count > len(text) // STRAY_NUL_CHARS
    doc = read(data)
    assert "\x00" not in doc.content and doc.encoding == "utf-8"
    assert doc.repairs and all(r.kind is RepairKind.stray_nul for r in doc.repairs)
    with pytest.raises(BinaryInputError, match=r"NUL characters, the first at character"):
        read(text)  # the same text as a str: its characters are the measure
