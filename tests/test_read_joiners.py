"""Marks that render as nothing inside a word (soft hyphen, zero-width joiner and non-joiner)
are removed from a dump's lines as the HTML reader removes them from a page's text."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.read.blocks import text_blocks


@pytest.mark.parametrize("mark", ["\u00ad", "\u200c", "\u200d"])
def test_a_mark_inside_a_name_leaves_one_word(mark: str) -> None:
    (block,) = text_blocks(f"Mayor Anna Kow{mark}alski opened the new library on Friday.")
    assert block.text == "Mayor Anna Kowalski opened the new library on Friday."


def test_a_dump_and_a_page_read_the_same_name() -> None:
    line = "Mayor Anna Kow\u200dalski said the library will open on Saturdays from March."
    dump = newsdesk.clean(f"{line}\n\n{line}\n", input_format="text").text
    page = newsdesk.clean(f"<html><body><p>{line}</p><p>{line}</p></body></html>").text
    assert "Kowalski" in dump and dump == page
