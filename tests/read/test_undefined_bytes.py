"""Review 12c, finding 4: a page in its declared legacy charset with one byte that charset
leaves undefined keeps its declared reading (the byte replaced, reported); the warnings give a
bad byte's offset as an offset and the charset as the page wrote it. Sentences written for
these tests."""

from __future__ import annotations

from newsdesk.labels import RepairKind
from newsdesk.read import BYTES_PER_UNDEFINED, decode

RUSSIAN = (
    "Правительство города объявило в понедельник, что весной построит новый парк у вокзала. "
    "Мэр сказал, что работы начнутся в апреле и закончатся к осени."
)


def page(body: bytes, declared: str) -> bytes:
    head = f'<html><head><meta charset="{declared}"><title>Парк</title></head><body><p>'
    return head.encode("cp1251") + body + b"</p></body></html>"


def test_a_cp1251_page_with_one_undefined_byte_keeps_its_declared_reading() -> None:
    data = page(b"\x98" + RUSSIAN.encode("cp1251"), "windows-1251")
    at = data.index(b"\x98")
    decoded = decode(data, None, "ru.html")
    assert decoded.encoding == "windows-1251"
    assert "\ufffd" + RUSSIAN in decoded.text
    assert [r.kind for r in decoded.repairs] == [RepairKind.undecodable_bytes]
    assert len(decoded.warnings) == 1
    warning = decoded.warnings[0]
    assert "declares windows-1251" in warning
    assert f"at offset {at}" in warning and "0x98" in warning
    assert "byte " + str(at) not in warning  # an offset, not a byte's value


def test_many_undefined_bytes_are_no_longer_the_declared_charset() -> None:
    # UTF-8 Cyrillic under a cp1251 declaration: every "И" is D0 98, 0x98 undefined in cp1251
    text = "Инженер Иван Ильин и Инна Исаева из Иркутска. " * 3
    data = page(text.encode("utf-8"), "windows-1251")
    assert data.count(b"\x98") > max(1, len(data) // BYTES_PER_UNDEFINED)
    decoded = decode(data, None, "ru.html")
    assert decoded.encoding == "utf-8"
    assert text.strip() in decoded.text


def test_the_warning_names_the_charset_as_the_page_wrote_it() -> None:
    data = (
        '<html><head><meta charset="iso-8859-1"></head><body><p>The mayor said '
        "\u201cwe will rebuild\u201d on Monday.</p></body></html>"
    ).encode()
    decoded = decode(data, None, "curly.html")
    assert decoded.encoding == "utf-8"
    assert "declares iso-8859-1" in decoded.warnings[0]
    assert "cp1252" not in decoded.warnings[0]
