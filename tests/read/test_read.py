from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsdesk.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
)
from newsdesk.read import decode, detect_format, read


def test_reads_a_path_and_detects_text(example: Path) -> None:
    doc = read(example)
    assert doc.input_format == "text"
    assert doc.encoding == "utf-8"
    assert doc.source == str(example)
    assert "Blinken" in doc.content


def test_detects_html_from_content() -> None:
    assert detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect_format("  <html lang='en'><p>hello</p>") == "html"
    assert detect_format("Plain words. A <b>tag</b> in prose is not a page.") == "text"


def test_input_format_override() -> None:
    doc = read("<p>Only a paragraph</p>", input_format="text")
    assert doc.input_format == "text"


def test_utf8_bom_is_stripped() -> None:
    decoded = decode(codecs.BOM_UTF8 + "Café".encode(), None, "x")
    text, used = decoded.text, decoded.encoding
    assert text == "Café"
    assert used == "utf-8-sig"


def test_utf16_with_bom() -> None:
    decoded = decode("Größe".encode("utf-16"), None, "x")
    text, used = decoded.text, decoded.encoding
    assert text == "Größe"
    assert used == "utf-16"


def test_declared_charset_wins_over_guessing() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body>€</body></html>'.encode(
        "iso-8859-15"
    )
    decoded = decode(page, None, "x")
    text, used = decoded.text, decoded.encoding
    assert "€" in text
    assert used == "iso-8859-15"


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    decoded = decode("naïve “quotes”".encode("cp1252"), None, "x")
    text, used = decoded.text, decoded.encoding
    assert text == "naïve “quotes”"
    assert used == "cp1252"


def test_explicit_encoding_that_does_not_fit_is_an_error() -> None:
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(b"caf\xe9 au lait", "utf-8", "x")


def test_unknown_encoding_is_an_error() -> None:
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"hello", "klingon-8", "x")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n...",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\x00\x01\x02\x03binary\x00",
        b"\x1f\x8b\x08\x00abc",
    ],
)
def test_binary_input_is_rejected(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        read(data)


def test_empty_and_blank_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        read(empty)
    with pytest.raises(EmptyInputError):
        read(" \n\t \n")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read(tmp_path)


def test_str_source_is_content_not_a_path() -> None:
    doc = read("examples/article.txt is just words here")
    assert doc.content.startswith("examples/")
    assert doc.source == "<text>"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2024-02-28 23:10:56", "2024-02-28T23:10:56"),
        ("2024-02-28", "2024-02-28"),
        ("2024-02-28T23:10:56Z", "2024-02-28T23:10:56+00:00"),
        ("2024-02-28T23:10:56-0500", "2024-02-28T23:10:56-05:00"),
        ("Published: 2024-02-28T00:00:00", "2024-02-28T00:00:00"),
        ("2024-02-30", None),  # no such day: not a date, not an error
        ("1980-01-01", None),  # before any web page
        ("March 3, 2024", "2024-03-03"),  # not ISO: dateutil's reading
    ],
)
def test_dates_read_as_iso(written: str, iso: str | None) -> None:
    from newsdesk.read.meta import to_iso

    assert to_iso(written) == iso
