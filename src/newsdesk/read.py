"""Read stage: turn a path, bytes or str into decoded text and guess whether it is HTML."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
)
from .model import InputFormat

Source = str | bytes | Path

# Larger inputs are not articles; reading them whole would only cost memory.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START_RE = re.compile(
    r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG_RE = re.compile(r"</?(p|div|span|a|br|h[1-6]|article|section|meta|script|li|ul)\b[^>]*>", re.I)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Decoded input, before any cleaning."""

    source: str
    content: str
    encoding: str
    input_format: InputFormat


def read(
    source: Source,
    *,
    input_format: InputFormat | None = None,
    encoding: str | None = None,
    name: str | None = None,
) -> RawDocument:
    """Read `source` (a Path to read, raw bytes, or the content itself as str)."""
    if isinstance(source, Path):
        label = name or str(source)
        data = read_file(source)
        text, used = decode(data, encoding, label)
    elif isinstance(source, bytes):
        label = name or "<bytes>"
        text, used = decode(source, encoding, label)
    elif isinstance(source, str):
        label = name or "<text>"
        text, used = source, "str"
        if "\x00" in text[:8192]:
            raise BinaryInputError(f"{label}: binary data, not HTML or text")
    else:
        raise TypeError(f"source must be str, bytes or pathlib.Path, not {type(source).__name__}")
    if not text.strip():
        raise EmptyInputError(f"{label}: the input is empty")
    fmt = input_format or detect_format(text)
    return RawDocument(source=label, content=text, encoding=used, input_format=fmt)


def read_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, encoding: str | None, label: str) -> tuple[str, str]:
    """Decode bytes: the encoding asked for, else BOM, declared charset, UTF-8, cp1252."""
    if not data.strip():
        raise EmptyInputError(f"{label}: the input is empty")
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"{label}: {len(data)} bytes is over the {MAX_BYTES}-byte limit")
    if encoding:
        try:
            return _check_text(data.decode(encoding), label), encoding
        except LookupError:
            raise DecodeError(f"{label}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"{label}: not valid {encoding} (byte {exc.start}); try another --encoding"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), label), codec
            except UnicodeDecodeError:
                raise DecodeError(
                    f"{label}: not valid {codec} despite its byte-order mark"
                ) from None
    _reject_binary(data, label)
    declared = _declared_charset(data)
    candidates = [c for c in (declared, "utf-8", "cp1252") if c]
    for codec in candidates:
        try:
            return _check_text(data.decode(codec), label), codec
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"{label}: not valid UTF-8 or cp1252 text; name the encoding with --encoding")


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET_RE.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # Pages that declare latin-1 are almost always cp1252 in practice (WHATWG rule).
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def _reject_binary(data: bytes, label: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"{label}: {what}, not HTML or text")
    head = data[:8192]
    if b"\x00" in head:
        raise BinaryInputError(f"{label}: binary data, not HTML or text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 50):
        raise BinaryInputError(f"{label}: binary data, not HTML or text")


def _check_text(text: str, label: str) -> str:
    if "\x00" in text[:8192]:
        raise BinaryInputError(f"{label}: binary data, not HTML or text")
    return text


def detect_format(text: str) -> InputFormat:
    """HTML when it starts like a page or is dense with tags; text otherwise."""
    if _HTML_START_RE.match(text):
        return "html"
    head = text[:20000]
    tags = len(_TAG_RE.findall(head))
    return "html" if tags >= 5 and tags * 40 > len(head.split("\n")) else "text"
