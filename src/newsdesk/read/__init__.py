"""Read stage: turn a path, bytes or str into decoded text and guess whether it is HTML.

Reading is bounded: at most `MAX_BYTES` are read from any file, device or stream, whatever
its size claims to be. Decoding never fails silently: what had to be replaced is reported as
a `Repair` (paragraph `BEFORE_PARAGRAPHS`), and what cannot be decoded names the `encoding`
option (the CLI adds its flag).
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import select
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from newsdesk.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
)
from newsdesk.labels import InputFormat, RepairKind
from newsdesk.model import BEFORE_PARAGRAPHS, Repair

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

Source = str | bytes | Path

# Larger inputs are not articles; reading them whole would only cost memory. The same limit
# holds for a file, a device (/dev/zero), stdin and one JSON Lines record.
MAX_BYTES = 20 * 1024 * 1024
# The limit as the README and the messages give it ("20 MiB", not "20971520-byte").
MAX_SIZE_TEXT = f"{MAX_BYTES // (1024 * 1024)} MiB"
# How far into the input the binary and UTF-16 sniffing looks.
SNIFF_BYTES = 8192
# UTF-8 with a few bad bytes is still UTF-8: at least this many good multi-byte characters
# per bad sequence. In cp1252 or Latin-1 text every accented letter is a bad sequence and a
# good one only happens by accident (a pair like "Ã©"), so two to one tells them apart ...
UTF8_GOOD_PER_BAD = 2
# ... and never more than this many bad sequences, each reported as a repair.
MAX_STRAY_SEQUENCES = 20
# GB18030 without a declared charset: taken only when its strict decoding gives at least
# this many CJK characters and they are this share of the non-ASCII ones (Latin-1 text
# almost never decodes strictly as GB18030; when it does, it gives few, scattered CJK).
MIN_CJK_CHARS = 8
MIN_CJK_SHARE = 0.8
# Japanese without a declared charset (Shift-JIS, EUC-JP) is tried before GB18030, which
# decodes much of it too (as Chinese characters): taken when a strict decoding passes the
# GB18030 test above and kana (U+3040-U+30FF, which Chinese does not write) are at least
# MIN_KANA_SHARE of its CJK characters. Chinese GBK bytes decode as Shift-JIS to half-width
# katakana or fail, and as EUC-JP to kanji with hardly a kana, so Chinese stays GB18030.
MIN_KANA_SHARE = 0.1
# The cp1252 fallback decodes any bytes; it is right for Western European text, whose
# accented letters are a few per cent of its letters. Text in a legacy Cyrillic, Greek, Hebrew
# or Arabic encoding comes out as letters from U+00C0-U+00FF ("Ïðåçèäåíò"): at least this
# share of the letters gets a warning naming the `encoding` option and the likely legacy
# encodings (Icelandic, the most accented of cp1252's languages, has about 16%; text in a
# legacy encoding of a non-Latin script 80-100%). Which of them it is, the bytes do not say
# reliably (Greek in cp1253 decodes as cp1251 to plausible-looking Cyrillic), so none is
# chosen.
MOJIBAKE_LETTER_SHARE = 0.3
# ... judged on at least this many letters.
MOJIBAKE_MIN_LETTERS = 20
# UTF-16 without a byte-order mark: text in Latin scripts has a NUL in (nearly) every other
# byte. At least this share of one parity's bytes are NUL, and almost none of the other's.
UTF16_NUL_SHARE = 0.3
UTF16_OTHER_NUL_SHARE = 0.05
# ... judged on at least this many characters (a few bytes of binary look like anything).
UTF16_MIN_CHARS = 16
# Lone surrogates reported one by one up to this many (all are replaced).
MAX_REPORTED_SURROGATES = 20
# Stray NULs removed, reported one by one up to this many: the same cap as surrogates.
MAX_REPORTED_NULS = MAX_REPORTED_SURROGATES
# A NUL is never text (POSIX's definition of a text file), so NULs make an input binary data
# wherever they are, unless they are stray: at most one per STRAY_NUL_CHARS bytes of the whole
# input, or characters of a `str` (any NUL in a shorter one is not; `_judge_nuls`, the one
# place the rule is written). A bytes input's NULs are its decoded NUL characters, counted
# against its bytes: UTF-8 Cyrillic or CJK (2-3 bytes a letter) is held to the same rate as
# English. Stray NULs (a corrupt byte, a writer's zero
# padding late in a long page) are removed, each reported as a repair (up to
# MAX_REPORTED_NULS), so no NUL reaches a record (C strings, PostgreSQL's text and jsonb
# refuse it). Binary files have far more: random bytes one in 256, executables and images
# runs of them; and one NUL in the first bytes of a short input is binary as before.
STRAY_NUL_CHARS = 1000
# A page whose bytes are all valid in its declared charset but for at most one in this many
# (and at least one) keeps its declared reading, each bad byte replaced by U+FFFD: a real
# cp1251 page with one stray 0x98 (the one byte cp1251 leaves undefined) is still cp1251.
# Text in another encoding breaks the declared one far more often (UTF-8 Cyrillic under
# cp1251 at every "И", D0 98; cp1251 under a utf-8 declaration at every letter), and UTF-8 or
# Japanese that reads whole is preferred anyway (`_not_as_declared`).
BYTES_PER_UNDEFINED = 1000
# A named pipe's writer may open it a moment after newsdesk does (`mkfifo p; producer > p &`
# races the reader, and a producer on a loaded machine can take seconds to start). Reading a
# FIFO waits this long for its first byte or its writer's close, and as long again for each
# next byte: a pipe silent that long is given up (nothing written: `EmptyInputError`; a
# writer that stopped without closing: `StalledPipeError`), so a batch waits at most this
# long for a silence, never for ever. (Ten seconds: far beyond a process's start-up, short
# beside a batch's run.) `read(fifo_wait=...)`, `read_file(wait=...)` set another, and
# `FIFO_WAIT_FOREVER` (0, `--fifo-wait 0`) none: a producer that pauses longer between
# records (a crawler with a rate limit) is then read to its end, but a silent pipe waits for
# ever.
FIFO_WAIT_SECONDS = 10.0
FIFO_WAIT_FOREVER = 0.0

BINARY_HINT = "if it is text, name its encoding with the `encoding` option"

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
# (a byte-order mark left after decoding, a page's second one, is blank as a space is)
_HTML_START_RE = re.compile(
    r"\A[\s\ufeff]*(<!--.*?-->[\s\ufeff]*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG_RE = re.compile(r"</?(p|div|span|a|br|h[1-6]|article|section|meta|script|li|ul)\b[^>]*>", re.I)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CJK_RE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_HIRAGANA_RE = re.compile("[\u3041-\u309f]")


class StalledPipeError(InputError):
    """A named pipe's writer wrote, then stopped for the wait without closing it."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Decoded input, before any cleaning; `repairs` are what decoding had to replace."""

    source: str
    content: str
    encoding: str
    input_format: InputFormat
    repairs: tuple[Repair, ...] = ()
    # what the decoding doubts ("decoded as cp1252, but …"), each naming the source
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()
    # the NUL characters removed from `text` (`_checked`), and the byte offset of the first
    nuls: int = 0
    first_nul: int = 0


def read(
    source: Source,
    *,
    input_format: InputFormat | str | None = None,
    encoding: str | None = None,
    name: str | None = None,
    fifo_wait: float | None = None,
) -> RawDocument:
    """Read `source` (a Path to read, raw bytes, or the content itself as str). A Path that
    is a named pipe is given `fifo_wait` seconds of silence (None: `FIFO_WAIT_SECONDS`;
    0, `FIFO_WAIT_FOREVER`: no limit)."""
    if isinstance(source, Path):
        label = name or printable_path(source)
        decoded = decode(gunzip(read_file(source, label, wait=fifo_wait), label), encoding, label)
    elif isinstance(source, bytes):
        label = name or "<bytes>"
        decoded = decode(gunzip(source, label), encoding, label)
    elif isinstance(source, str):
        label = name or "<text>"
        text, count, first = _without_nuls(source)
        _judge_nuls(count, len(source), first, "character", label, hint="")
        text, repairs = replace_surrogates(text)
        decoded = Decoded(text, "str", _nul_repairs(count) + repairs)
    else:
        raise TypeError(f"source must be str, bytes or pathlib.Path, not {type(source).__name__}")
    if not decoded.text.strip():
        raise EmptyInputError(f"{label}: the input is empty")
    fmt = InputFormat(input_format) if input_format else detect_format(decoded.text)
    return RawDocument(
        label, decoded.text, decoded.encoding, fmt, decoded.repairs, decoded.warnings
    )


def printable_path(path: Path) -> str:
    """The path as text that is valid Unicode (undecodable bytes of a file name replaced)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_file(path: Path, label: str | None = None, *, wait: float | None = None) -> bytes:
    """A file's bytes, at most `MAX_BYTES` of them (devices and pipes included); a named
    pipe silent for `wait` seconds (None: `FIFO_WAIT_SECONDS`; 0: never) is given up
    (`open_input`)."""
    label = label or printable_path(path)
    try:
        if path.is_dir():
            raise InputError(f"{label}: is a directory, not a file")
        with open_input(path, label, wait=wait) as fh:
            data = read_stream(fh, label)
        if not data and stat.S_ISFIFO(os.stat(path).st_mode):
            raise EmptyInputError(f"{label}: a named pipe (FIFO) that nothing wrote to")
        return data
    except FileNotFoundError:
        raise InputNotFoundError(f"{label}: no such file") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None


def open_input(path: Path, label: str | None = None, *, wait: float | None = None) -> BinaryIO:
    """A file opened for reading without blocking on the open: a named pipe (FIFO) nothing
    writes to would block `open` for ever, and a batch with it. A FIFO is then given `wait`
    seconds (None: `FIFO_WAIT_SECONDS`) for its writer to write or close (a writer may open
    it after us); one still silent then reads as empty. Once it has spoken it is read to its
    end, however long that takes (bash's `<(…)` of a slow producer), but never blocked on:
    a silence of `wait` seconds with the writer still there raises `StalledPipeError`
    (`_PatientPipe`), whatever the writer does. A `wait` of 0 (`FIFO_WAIT_FOREVER`) is no
    limit: the reader waits for the writer as long as it takes."""
    seconds = _limit(wait)
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # (POSIX; Windows has no named pipes to fear)
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_CLOEXEC", 0))
    try:
        if nonblocking and stat.S_ISFIFO(os.fstat(fd).st_mode):
            if not _ready(fd, seconds):
                os.close(fd)
                return io.BytesIO(b"")
            return cast(BinaryIO, io.BufferedReader(_PatientPipe(fd, label or str(path), seconds)))
        if nonblocking:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _PatientPipe(io.RawIOBase):
    """A FIFO's read end, left non-blocking: each read waits for a byte or the writer's
    close at most `wait` seconds (poll/select), then raises `StalledPipeError`; so no read
    ever blocks for ever. Closing it closes the descriptor."""

    def __init__(self, fd: int, label: str, wait: float | None) -> None:
        self.fd = fd
        self.label = label
        self.wait = wait
        self.got = 0

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        while True:
            try:
                data = os.read(self.fd, len(view))
            except BlockingIOError:  # the writer is there and has written nothing more yet
                if not _ready(self.fd, self.wait):
                    raise StalledPipeError(
                        f"{self.label}: a named pipe (FIFO) whose writer stopped for "
                        f"{self.wait or 0:g} s without closing it ({self.got} bytes read)"
                    ) from None
                continue
            view[: len(data)] = data
            self.got += len(data)
            return len(data)  # 0: the writer closed it, the end

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def _limit(wait: float | None) -> float | None:
    """The seconds of silence a FIFO is given: None (no limit) for `FIFO_WAIT_FOREVER`."""
    seconds = FIFO_WAIT_SECONDS if wait is None else wait
    return None if seconds <= FIFO_WAIT_FOREVER else seconds


def _ready(fd: int, seconds: float | None) -> bool:
    """Whether a non-blocking FIFO has a byte to read or its writer closed it within
    `seconds` (None: however long it takes). (On Linux a FIFO that never had a writer
    reports neither POLLIN nor POLLHUP.)"""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP)
        return bool(poller.poll(None if seconds is None else seconds * 1000))
    ready, _, _ = select.select([fd], [], [], seconds)
    return bool(ready)


def read_stream(stream: BinaryIO, label: str) -> bytes:
    """Read a stream whole, refusing it past `MAX_BYTES` without reading further."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{label}: more than the {MAX_SIZE_TEXT} limit", source=label, limit=MAX_BYTES
        )
    return data


GZIP_MAGIC = b"\x1f\x8b"
# What to do with a gzip file that cannot be read whole (the one line its record says).
GZIP_HINT = "decompress it (gunzip -t names the fault) and pass the page itself"


def gunzip(data: bytes, label: str) -> bytes:
    """A gzip file's content (a saved `.html.gz` page, as wget and crawlers keep them, or
    one piped in), decompressed within the same `MAX_BYTES` bound as any input: at most
    `MAX_BYTES + 1` bytes are ever inflated, so a small "gzip bomb" costs no memory. Any
    other data is returned as it is. A damaged or cut archive is a `BinaryInputError`
    that says so and what to do."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            content = fh.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise BinaryInputError(
            f"{label}: a damaged gzip archive ({exc or 'cut short'}); {GZIP_HINT}"
        ) from None
    if len(content) > MAX_BYTES:
        raise InputTooLargeError(
            f"{label}: a gzip archive holding more than the {MAX_SIZE_TEXT} limit",
            source=label,
            limit=MAX_BYTES,
        )
    return content


def _without_nuls(text: str) -> tuple[str, int, int]:
    """`text` without its NULs, how many there were and where the first was (0 if none)."""
    count = text.count("\x00")
    if not count:
        return text, 0, 0
    return text.replace("\x00", ""), count, text.index("\x00")


def _judge_nuls(count: int, size: int, first: int, unit: str, label: str, hint: str) -> None:
    """The NUL rule (`STRAY_NUL_CHARS`): `BinaryInputError` when an input of `size` units
    (bytes, or characters of a `str`) holds more than one NUL per `STRAY_NUL_CHARS` of them;
    fewer are stray. `first`: the first NUL's offset in `unit`s; `hint` ends the message."""
    if count > size // STRAY_NUL_CHARS:
        raise BinaryInputError(
            f"{label}: binary data, not HTML or text ({_nuls(count, unit, first)}"
            f"{'; ' + hint if hint else ''})"
        )


def _nul_repairs(count: int) -> tuple[Repair, ...]:
    """The repairs that report `count` stray NULs removed (the first `MAX_REPORTED_NULS`)."""
    return tuple(
        Repair(RepairKind.stray_nul, "\\x00", "", BEFORE_PARAGRAPHS)
        for _ in range(min(count, MAX_REPORTED_NULS))
    )


def _nuls(count: int, unit: str, at: int) -> str:
    """The NULs in words: "a NUL byte at byte 3", "12 NUL characters, the first at character 3"."""
    if count == 1:
        return f"a NUL {unit} at {unit} {at:,}"
    return f"{count:,} NUL {unit}s, the first at {unit} {at:,}"


def replace_surrogates(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Lone surrogates (from escaped JSON, or a file name) replaced by U+FFFD, reported."""
    found = _SURROGATE_RE.findall(text)
    if not found:
        return text, ()
    repairs = tuple(
        Repair(RepairKind.lone_surrogate, f"\\u{ord(s):04x}", "\ufffd", BEFORE_PARAGRAPHS)
        for s in found[:MAX_REPORTED_SURROGATES]
    )
    return _SURROGATE_RE.sub("\ufffd", text), repairs


def decode(data: bytes, encoding: str | None, label: str) -> Decoded:
    """Decode bytes: the encoding asked for, else BOM, declared charset, UTF-8 (a few stray
    bytes replaced and reported), UTF-16 without BOM, Shift-JIS or EUC-JP, GB18030, cp1252
    (with a warning when its letters look like another encoding's, `MOJIBAKE_LETTER_SHARE`).
    Its NULs are judged once decoded, against the input's bytes (`_judge_nuls`)."""
    decoded = _decode(data, encoding, label)
    _judge_nuls(decoded.nuls, len(data), decoded.first_nul, "byte", label, BINARY_HINT)
    return replace(decoded, repairs=(*_nul_repairs(decoded.nuls), *decoded.repairs))


def _decode(data: bytes, encoding: str | None, label: str) -> Decoded:
    if not data.strip():
        raise EmptyInputError(f"{label}: the input is empty")
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{label}: {len(data)} bytes is over the {MAX_SIZE_TEXT} limit",
            source=label,
            limit=MAX_BYTES,
            size=len(data),
        )
    if encoding:
        try:
            return _checked(data.decode(encoding), encoding, label)
        except LookupError:
            raise DecodeError(f"{label}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"{label}: not valid {encoding} (byte {exc.start}); try another `encoding`"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, label)
            except UnicodeDecodeError:
                raise DecodeError(
                    f"{label}: not valid {codec} despite its byte-order mark"
                ) from None
    _reject_magic(data, label)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16[0], utf16[1], label)
    _reject_binary(data, label)
    declared = _declared_charset(data)
    if declared:
        written = _written_charset(data) or declared  # as the page spells it, for warnings
        try:
            decoded = _checked(data.decode(declared), declared, label)
        except UnicodeDecodeError as exc:
            return _not_as_declared(data, declared, written, exc.start, label)
        except LookupError:
            pass
        else:
            instead = _instead_of_declared(data, declared, written, label)
            if instead is not None:
                return instead
            # a page declared cp1252/latin-1 is often in another 8-bit encoding (a template's
            # charset left as it was): the same doubt as for the fallback
            if codecs.lookup(declared).name not in _LATIN1_LIKE:
                return decoded
            doubt = _cp1252_doubt(decoded.text, f"decoded as the declared {written}")
            return replace(decoded, warnings=(f"{label}: {doubt}",)) if doubt else decoded
    return _undeclared(data, label)


def _undeclared(data: bytes, label: str) -> Decoded:
    """Bytes whose encoding no BOM or (usable) charset declares: UTF-8 (stray bytes
    repaired); else a first guess, Shift-JIS or EUC-JP, GB18030, then cp1252 (doubted,
    `_cp1252_doubt`), weighed against the other legacy readings (`_plausible`: the reading
    a reader would expect, a doubtful one warned about)."""
    utf8 = _utf8_with_repairs(data)
    if utf8 is not None:
        return _checked(utf8.text, utf8.encoding, label, utf8.repairs)
    japanese = _japanese(data)
    gb = _gb18030(data) if japanese is None else None
    failed_at = 0
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        western, failed_at = None, exc.start
    if japanese is not None:
        first: tuple[str, str] | None = japanese
    elif gb is not None:
        first = (gb, "gb18030")
    else:
        first = None if western is None else (western, "cp1252")
    guess = _plausible(data, first)
    if guess is None:
        raise DecodeError(
            f"{label}: not valid UTF-8, GB18030 or cp1252 text (byte {failed_at}); "
            "name the encoding with the `encoding` option"
        )
    decoded = _checked(guess.text, guess.encoding, label)
    doubts = guess.warnings
    if decoded.encoding == "cp1252" and (doubt := _cp1252_doubt(decoded.text)):
        doubts = (doubt,)  # (it names the likely encodings: the one warning said)
    warnings = tuple(f"{label}: {doubt}" for doubt in doubts)
    return replace(decoded, warnings=warnings) if warnings else decoded


# Without a declared charset, the legacy readings weighed against the first guess (Shift-JIS
# or EUC-JP, GB18030, cp1252: `_undeclared`), in the order a tie goes. A page of English or
# another Western language saved in a CJK legacy encoding (a Big5, GBK, EUC-JP or Shift-JIS
# site's template) has ASCII text and a few double-byte characters: its curly quotes, dashes
# and ellipses. Read in the right codec those are typographic punctuation; in a wrong one
# they are CJK characters standing alone between Latin words (Big5's quotes as EUC-JP: the
# katakana middle dot), modifier letters, or cp1252 pairs like "¡§".
_LEGACY_CODECS = ("big5", "gb18030", "euc_jp", "shift_jis", "cp1252")
# A reading is plausible when at most this share of its non-ASCII characters is odd
# (`_odd_share`): real Chinese or Japanese text has its dates and numbers' CJK units alone
# ("2024年3月5日": 4 of a page's hundreds of CJK characters), real Western text almost
# nothing; a wrong reading of a mostly-ASCII page is odd at nearly every character.
MAX_PLAUSIBLE_ODD_SHARE = 0.2
# A first guess this odd is weighed against the others (a wrong reading of a mostly-ASCII
# page is odd at a third to all of its characters; real CJK text at a few per cent).
MIN_DOUBTED_ODD_SHARE = 0.3
# CJK characters alone in a run of non-ASCII text (between ASCII letters, spaces or markup)
# are odd below this many: CJK text is written in runs; a wrong reading of a Latin page's
# scattered high bytes gives one character per double-byte pair, alone.
MIN_CJK_RUN = 2
# A word of a cp1252 reading (a run of non-ASCII characters between spaces or ASCII) this
# long or longer that mixes letters with signs is odd (`_odd_share`): Western text writes an
# accented letter beside a quote or a dash ("“É", "é”"), not letters and signs in a row, as a
# CJK word read as cp1252 does (Shift-JIS "東京" is "“Œ‹ž", "京都" "‹ž“s").
MIN_MIXED_RUN = 3
# At most this many characters of a reading are weighed (a page is far shorter).
PLAUSIBILITY_CHARS = 1_000_000
_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")
# Characters a Western text writes: Latin-1 and Latin Extended letters and signs, general
# punctuation up to the single guillemets (dashes, curly quotes, ellipsis, bullets, per
# mille, primes; not the reference mark U+203B, Big5's reading of GBK's closing quote), the
# euro and trade mark signs.
_WESTERN_RE = re.compile("[\u00a0-\u024f\u2010-\u203a\u20ac\u2122]")
_TYPOGRAPHY_RE = re.compile("[\u2010-\u2027]")
# Box drawing, which double-byte encodings' symbol rows hold: a text draws with several in a
# row (a tree, a table), never one alone between words.
_BOX_RE = re.compile("[\u2500-\u257f]")
_HALFWIDTH_KANA_RE = re.compile("[\uff61-\uff9f]")
_LATIN1_RE = re.compile("[\u00a0-\u00ff]")
_LATIN1_SIGN_RE = re.compile("[\u00a1-\u00bf\u00d7\u00f7]")
_CJK_CLASS_RE = re.compile(
    "[\u1100-\u11ff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)


@dataclass(frozen=True, slots=True)
class _Guess:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _plausible(data: bytes, first: tuple[str, str] | None) -> _Guess | None:
    """The reading a reader would expect of undeclared legacy bytes, from `first` (the old
    guess: Japanese, GB18030 or cp1252; None when none decodes) and the other legacy
    readings (`_LEGACY_CODECS`):

    - a double-byte reading whose non-ASCII characters are all Western (`_western`: the
      curly quotes and dashes of an English page in Big5) is taken over any other; of two
      such, the one with more typographic punctuation, a tie of different texts warned;
    - else a first guess with many odd characters (`MIN_DOUBTED_ODD_SHARE`: CJK ones alone
      between Latin words) gives way to the least odd plausible reading (a tie of
      different texts warned), and is warned about when nothing plausible reads the bytes;
    - else the first guess stands, as it did before (real Chinese, Japanese and Western
      text are plausible in it).
    None: no reading at all."""
    readings: dict[str, str] = {}
    for codec in _LEGACY_CODECS:
        try:
            readings[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if first is not None:
        readings.setdefault(first[1], first[0])
    western = {
        codec: _typography(text)
        for codec, text in readings.items()
        if codec != "cp1252" and _western(text)
    }
    if western:
        best = max(western.values())
        return _pick([c for c, n in western.items() if n == best], readings, "Western text")
    if first is not None and _odd_share(first[0]) < MIN_DOUBTED_ODD_SHARE:
        return _Guess(first[0], first[1])
    shares = {codec: _odd_share(text) for codec, text in readings.items()}
    if not shares:
        return None
    least = min(shares.values())
    if least <= MAX_PLAUSIBLE_ODD_SHARE and (first is None or least < shares[first[1]]):
        tied = sorted((c for c, n in shares.items() if n == least), key=_rare_count(readings))
        return _pick(tied, readings, "plausible text")
    if first is None:
        first = next((readings[c], c) for c, n in shares.items() if n == least)
    return _Guess(
        first[0],
        first[1],
        (
            f"no charset declared, and no encoding reads its bytes plausibly (as {first[1]}, "
            f"{shares[first[1]]:.0%} of its non-ASCII characters are odd: CJK characters "
            "alone between Latin words, or signs run together); decoded as "
            f"{first[1]}: if that is wrong, name its encoding with the `encoding` option",
        ),
    )


def _rare_count(readings: dict[str, str]) -> Callable[[str], int]:
    """Of equally plausible readings, the one with fewer rare characters first: a GB18030
    reading's characters outside GB2312 (the GBK extension, where Shift-JIS kanji fall when
    read as GB18030: "東京" as "搶嫗"), which Chinese text hardly writes; 0 for the others
    (`_LEGACY_CODECS` order stands between them)."""

    def rare(codec: str) -> int:
        if codec != "gb18030":
            return 0
        return sum(
            1 for ch in readings[codec][:PLAUSIBILITY_CHARS] if ord(ch) > 127 and not _in_gb2312(ch)
        )

    return rare


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _pick(codecs_: list[str], readings: dict[str, str], what: str) -> _Guess:
    """The first of equally good readings (`_LEGACY_CODECS` order), warned about when
    another of them reads the bytes as another text."""
    codec = codecs_[0]
    others = [c for c in codecs_[1:] if readings[c] != readings[codec]]
    if not others:
        return _Guess(readings[codec], codec)
    doubt = (
        f"no charset declared, and its bytes read as {what} in {codec} and as other text, as "
        f"likely, in {', '.join(others)}; decoded as {codec}: if that is wrong, name its "
        "encoding with the `encoding` option"
    )
    return _Guess(readings[codec], codec, (doubt,))


def _western(text: str) -> bool:
    """Whether a double-byte reading of mostly-ASCII bytes gives only (and some) characters
    of Western text (`_WESTERN_RE`): the curly quotes, dashes and accented letters of a
    Western page saved in a CJK encoding. Real Western text in cp1252 never reads so: an
    accented letter and the next byte pair into a CJK character, or fail."""
    chars = "".join(m.group() for m in _NON_ASCII_RUN_RE.finditer(text[:PLAUSIBILITY_CHARS]))
    return bool(chars) and all(_WESTERN_RE.match(ch) for ch in chars)


def _typography(text: str) -> int:
    """How many typographic punctuation marks (dashes, curly quotes, bullets, the ellipsis:
    U+2010-U+2027) a reading has: of two Western readings, the likelier."""
    return len(_TYPOGRAPHY_RE.findall(text[:PLAUSIBILITY_CHARS]))


def _odd_share(text: str) -> float:
    """The share of a reading's non-ASCII characters that a real text would hardly write
    where they stand: control, private-use or unassigned characters; CJK characters alone in
    their run of non-ASCII text (`MIN_CJK_RUN`: an isolated CJK character between Latin
    words); Latin-1 characters three or more in a row with no ASCII letter between (Chinese
    read as cp1252, "ÖÐ¹ú"); a Latin-1 sign touching another non-ASCII character ("¡§": a
    double-byte quote read as cp1252). 0 when there is no non-ASCII character."""
    import unicodedata

    total = odd = 0
    for match in _NON_ASCII_RUN_RE.finditer(text[:PLAUSIBILITY_CHARS]):
        run = match.group()
        total += len(run)
        # (half-width katakana count as CJK text only beside full-width CJK characters:
        # a double-byte pair read as Shift-JIS gives two of them, in any text)
        cjk = len(_CJK_CLASS_RE.findall(run)) - len(_HALFWIDTH_KANA_RE.findall(run))
        boxes = len(_BOX_RE.findall(run))
        latin1_run = len(run) >= 3 and len(_LATIN1_RE.findall(run)) == len(run)
        mixed = _mixed_words(run)
        for at, ch in enumerate(run):
            if (
                unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
                or ch == "\ufffd"
                or (cjk < MIN_CJK_RUN and _CJK_CLASS_RE.match(ch))
                or (boxes < MIN_CJK_RUN and _BOX_RE.match(ch))
                or latin1_run
                or (len(run) > 1 and _LATIN1_SIGN_RE.match(ch))
                or at in mixed
            ):
                odd += 1
    return odd / total if total else 0.0


def _mixed_words(run: str) -> set[int]:
    """The offsets in a run of non-ASCII text of the characters of its words (split at
    spaces) of `MIN_MIXED_RUN` or more Western characters (`_WESTERN_RE`, cp1252's) that mix
    letters with signs ("“Œ‹ž": a CJK word read as cp1252)."""
    found: set[int] = set()
    for word in re.finditer(r"\S+", run):
        text = word.group()
        if (
            len(text) >= MIN_MIXED_RUN
            and all(_WESTERN_RE.match(ch) for ch in text)
            and any(ch.isalpha() for ch in text)
            and not all(ch.isalpha() for ch in text)
        ):
            found.update(range(word.start(), word.end()))
    return found


# The declared charsets whose decoding is doubted as the cp1252 fallback's is (codec names).
_LATIN1_LIKE = frozenset({"cp1252", "latin-1", "iso8859-1", "iso8859-15"})
# A declared charset is overruled by UTF-8 when the bytes are valid UTF-8 throughout with at
# least this many multi-byte characters. Text in a legacy encoding is valid UTF-8 only by
# accident: each of its non-ASCII bytes would have to fall into a lead-and-continuation
# pattern, which Cyrillic in cp1251 (lower case E0-FF), Western text in cp1252 (an accented
# letter followed by a plain one) or Chinese in GBK break within a word; one such pair in a
# whole page could still be a coincidence, two are not (a short French text under a stale
# iso-8859-1 declaration, a template's charset kept when the site moved to UTF-8, has two).
MIN_UTF8_OVER_DECLARED = 2
# Codec names (`codecs.lookup(...).name`) of the Japanese encodings: a page declaring one of
# these is not second-guessed by `_japanese`.
_JAPANESE_CODECS = ("shift_jis", "euc_j", "cp932", "iso2022_jp")


def _instead_of_declared(data: bytes, declared: str, written: str, label: str) -> Decoded | None:
    """A better reading than the declared charset's (which decoded without an error), with a
    warning naming the `encoding` option; None to keep the declared one. Overruled: a legacy
    charset by UTF-8 when the bytes are valid UTF-8 with `MIN_UTF8_OVER_DECLARED` multi-byte
    characters; a non-Japanese charset (gbk, gb2312, cp1251, koi8-r, cp1252 …) by Shift-JIS
    or EUC-JP when one of them decodes the bytes strictly as Japanese (`_japanese`: CJK text
    with kana, which Chinese does not write and no other encoding's text gives)."""
    name = codecs.lookup(declared).name
    if name in ("utf-8", "utf-8-sig") or name.startswith(_JAPANESE_CODECS):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if sum(1 for ch in text if ord(ch) > 127) >= MIN_UTF8_OVER_DECLARED:
            return _overruled(text, "utf-8", written, "valid UTF-8 throughout", label)
    japanese = _japanese(data)
    if japanese is not None and _hiragana_enough(japanese[0]):
        why = f"Japanese with kana, which its {written} reading does not give"
        return _overruled(japanese[0], japanese[1], written, why, label)
    return None


def _hiragana_enough(text: str) -> bool:
    """Whether hiragana (which Japanese prose writes in every sentence: its particles) are
    `MIN_KANA_SHARE` of the CJK characters. Kana alone is not proof enough to overrule a
    declaration: English curly quotes in Big5 (A1 A6 …) decode as EUC-JP to the katakana
    middle dot and other marks of the katakana block (13 of the bench's 150 pages, re-encoded
    in Big5, were so misread before this check)."""
    cjk = len(_CJK_RE.findall(text)) + len(_KANA_RE.findall(text))
    return cjk > 0 and len(_HIRAGANA_RE.findall(text)) >= MIN_KANA_SHARE * cjk


def _overruled(text: str, codec: str, declared: str, why: str, label: str) -> Decoded:
    decoded = _checked(text, codec, label)
    warning = (
        f"{label}: the page declares {declared}, but its bytes read as {codec} ({why}); "
        f"decoded as {codec}: if that is wrong, name its encoding with the `encoding` option"
    )
    return replace(decoded, warnings=(warning, *decoded.warnings))


def _not_as_declared(data: bytes, declared: str, written: str, at: int, label: str) -> Decoded:
    """The bytes are not valid in their declared charset. A few bad bytes
    (`BYTES_PER_UNDEFINED`) keep the declared reading, each replaced (`_declared_mended`),
    unless the bytes read whole as UTF-8 or as Japanese with kana; otherwise they are read as
    if nothing were declared, with a warning saying so (but for a page declared UTF-8 read as
    UTF-8 with stray bytes repaired: its repairs say it). `written`: the charset as the page
    spells it ("iso-8859-1", which is read as cp1252); `at`: the offset of the first bad byte."""
    mended = _declared_mended(data, declared, written, label)
    try:
        decoded = _undeclared(data, label)
    except DecodeError:
        if mended is not None:
            return mended
        raise
    whole = decoded.encoding == "utf-8" or (
        decoded.encoding in ("shift_jis", "euc_jp") and _hiragana_enough(decoded.text)
    )
    if mended is not None and not whole:
        return mended
    if decoded.encoding == "utf-8" and codecs.lookup(declared).name == "utf-8":
        return decoded
    warning = (
        f"{label}: the page declares {written}, but it is not valid {written} (a bad byte at "
        f"offset {at}); decoded as {decoded.encoding}: if that is wrong, name its encoding with "
        "the `encoding` option"
    )
    return replace(decoded, warnings=(warning, *decoded.warnings))


def _declared_mended(data: bytes, declared: str, written: str, label: str) -> Decoded | None:
    """The declared reading with each byte it cannot decode replaced by U+FFFD (a repair each,
    the first `MAX_STRAY_SEQUENCES` reported) and a warning naming the first one's offset;
    None when more than one byte in `BYTES_PER_UNDEFINED` is bad."""
    allowed = max(1, len(data) // BYTES_PER_UNDEFINED)
    parts: list[str] = []
    bad: list[tuple[int, bytes]] = []
    pos = 0
    while True:
        try:
            parts.append(data[pos:].decode(declared))
            break
        except UnicodeDecodeError as exc:
            if len(bad) >= allowed:
                return None
            parts.append(data[pos : pos + exc.start].decode(declared))
            parts.append("\ufffd")
            bad.append((pos + exc.start, data[pos + exc.start : pos + exc.end]))
            pos += exc.end
    repairs = tuple(
        Repair(
            RepairKind.undecodable_bytes,
            "".join(f"\\x{b:02x}" for b in seq),
            "\ufffd",
            BEFORE_PARAGRAPHS,
        )
        for _, seq in bad[:MAX_STRAY_SEQUENCES]
    )
    decoded = _checked("".join(parts), declared, label, repairs)
    first, seq = bad[0]
    count = f"{len(bad)} byte" if len(bad) == 1 else f"{len(bad)} bytes"
    warning = (
        f"{label}: the page declares {written}, and {count} of it "
        f"{'is' if len(bad) == 1 else 'are'} not valid {written} (the first at offset {first}: "
        f"{''.join(f'0x{b:02X}' for b in seq)}); replaced with U+FFFD, the rest read as "
        "declared: if that is wrong, name its encoding with the `encoding` option"
    )
    return replace(decoded, warnings=(warning,))


def _cp1252_doubt(text: str, how: str = "decoded as cp1252, the last resort") -> str | None:
    """Why text decoded as cp1252 (or latin-1: `how`) looks like another encoding's
    (`None`: it does not): most of its letters in U+00C0-U+00FF (`MOJIBAKE_LETTER_SHARE`)."""
    letters = [ch for ch in text[: SNIFF_BYTES * 4] if ch.isalpha()]
    accented = sum(1 for ch in letters if "\u00c0" <= ch <= "\u00ff")
    if len(letters) < MOJIBAKE_MIN_LETTERS or accented < MOJIBAKE_LETTER_SHARE * len(letters):
        return None
    return (
        f"{how}, but {accented / len(letters):.0%} of its letters "
        "are accented Latin letters, the mark of text in another encoding (Cyrillic: cp1251 "
        "or koi8_r; Greek: cp1253; Hebrew: cp1255; Arabic: cp1256): name its encoding with "
        "the `encoding` option"
    )


def _japanese(data: bytes) -> tuple[str, str] | None:
    """Shift-JIS or EUC-JP, decoded strictly, when the text is CJK as `_gb18030` asks and
    kana are `MIN_KANA_SHARE` of its CJK characters; of the two, the one with more kana."""
    best: tuple[int, str, str] | None = None
    for codec in ("shift_jis", "euc_jp"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        non_ascii = sum(1 for ch in text if ord(ch) > 127)
        cjk = len(_CJK_RE.findall(text)) + (kana := len(_KANA_RE.findall(text)))
        if (
            cjk >= MIN_CJK_CHARS
            and cjk >= MIN_CJK_SHARE * non_ascii
            and kana >= MIN_KANA_SHARE * cjk
            and (best is None or kana > best[0])
        ):
            best = (kana, text, codec)
    return None if best is None else (best[1], best[2])


def _utf8_with_repairs(data: bytes) -> Decoded | None:
    """UTF-8, with up to `MAX_STRAY_SEQUENCES` stray bytes replaced, or None if it is not."""
    parts: list[str] = []
    repairs: list[Repair] = []
    pos = 0
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            if len(repairs) >= MAX_STRAY_SEQUENCES:
                return None
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            parts.append("\ufffd")
            bad = data[pos + exc.start : pos + exc.end]
            repairs.append(
                Repair(
                    RepairKind.undecodable_bytes,
                    "".join(f"\\x{b:02x}" for b in bad),
                    "\ufffd",
                    BEFORE_PARAGRAPHS,
                )
            )
            pos += exc.end
    text = "".join(parts)
    if not repairs:
        return Decoded(text, "utf-8")
    good = sum(1 for ch in text if ord(ch) > 127) - len(repairs)
    if good < UTF8_GOOD_PER_BAD * len(repairs):
        return None
    return Decoded(text, "utf-8", tuple(repairs))


def _gb18030(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    cjk = len(_CJK_RE.findall(text))
    if cjk >= MIN_CJK_CHARS and cjk >= MIN_CJK_SHARE * non_ascii:
        return text
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    half = len(head) // 2
    if half < UTF16_MIN_CHARS:
        return None
    even = head[0::2].count(0) / half
    odd = head[1::2].count(0) / half
    if odd >= UTF16_NUL_SHARE and even <= UTF16_OTHER_NUL_SHARE:
        codec = "utf-16-le"
    elif even >= UTF16_NUL_SHARE and odd <= UTF16_OTHER_NUL_SHARE:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data[: len(data) - len(data) % 2].decode(codec), codec
    except UnicodeDecodeError:
        return None


def _written_charset(data: bytes) -> str | None:
    """The charset a page's meta tag names, as written ("ISO-8859-1"), for its warnings."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET_RE.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    canonical = codecs.lookup(name).name
    if canonical == "utf-7":
        return None  # never honoured (WHATWG): it can hide markup in plain ASCII
    if canonical.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that really is UTF-16 has a BOM or NULs, found before (WHATWG)
    # Pages that declare latin-1 are almost always cp1252 in practice (WHATWG rule).
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def binary_kind(head: bytes) -> str | None:
    """What a file starting with `head` is, when its magic bytes say it is not text ("a gzip
    archive", "a PDF file"); None otherwise."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    return None


def _reject_magic(data: bytes, label: str) -> None:
    what = binary_kind(data)
    if what is not None:
        raise BinaryInputError(f"{label}: {what}, not HTML or text")


def _reject_binary(data: bytes, label: str) -> None:
    # before guessing an ASCII-compatible reading, in which a NUL byte is a NUL character:
    # the rule `decode` applies after decoding, said before the guesses run on binary data
    nuls = data.count(b"\x00")
    _judge_nuls(nuls, len(data), data.find(b"\x00"), "byte", label, BINARY_HINT)
    head = data[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 50):
        raise BinaryInputError(f"{label}: binary data, not HTML or text ({BINARY_HINT})")


def _checked(text: str, encoding: str, label: str, repairs: tuple[Repair, ...] = ()) -> Decoded:
    """A reading's text without its NULs (judged and reported by `decode`) and with its lone
    surrogates replaced."""
    plain, nuls, first = _without_nuls(text)
    if nuls:  # the first NUL's byte offset, for the message
        first = len(text[:first].encode(encoding, "replace"))
    plain, more = replace_surrogates(plain)
    return Decoded(plain, encoding, repairs + more, nuls=nuls, first_nul=first)


# Markup without a page's start is HTML when the first FORMAT_SNIFF_CHARS characters hold at
# least MIN_HTML_TAGS tags and a tag per LINES_PER_TAG lines: a text that quotes a tag or two
# stays text.
FORMAT_SNIFF_CHARS = 20000
MIN_HTML_TAGS = 5
LINES_PER_TAG = 40


def detect_format(text: str) -> InputFormat:
    """HTML when it starts like a page or is dense with tags; text otherwise."""
    if _HTML_START_RE.match(text):
        return InputFormat.html
    head = text[:FORMAT_SNIFF_CHARS]
    tags = len(_TAG_RE.findall(head))
    dense = tags * LINES_PER_TAG > len(head.split("\n"))
    return InputFormat.html if tags >= MIN_HTML_TAGS and dense else InputFormat.text
