"""Issue 13 §8: decoding is never silently wrong: it is right, or repaired and reported, or
refused with the --encoding that would work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from harness import GOOD, check, invoke

import newsdesk
from newsdesk.labels import RepairKind
from newsdesk.read import decode

CHINESE = "港口管理局星期一表示，东部航道将于明年春天疏浚，新码头的工程将在疏浚完成后开始。" * 3
ACCENTED = "Le café du port ouvrira une nouvelle terrasse près de l'église, a déclaré le maire."


def _clean(tmp_path: Path, data: bytes, *extra: str) -> dict[str, object]:
    src = tmp_path / "in.txt"
    src.write_bytes(data)
    return check(invoke(["clean", str(src), "-f", "jsonl", *extra]), 0, records=1)[0]


def test_gb18030_without_a_charset(tmp_path: Path) -> None:
    record = _clean(tmp_path, CHINESE.encode("gb18030"))
    assert record["text"] == CHINESE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    record = _clean(tmp_path, GOOD.encode(codec))
    assert record["text"] == GOOD


def test_one_stray_byte_in_utf8_is_replaced_and_reported(tmp_path: Path) -> None:
    data = (ACCENTED + " ").encode("utf-8") * 3 + b"\xff" + GOOD.encode("utf-8")
    record = _clean(tmp_path, data)
    assert ACCENTED in str(record["text"]) and "\ufffd" in str(record["text"])
    repairs = [r for r in record["repairs"] if r["kind"] == "undecodable bytes"]  # type: ignore[union-attr,index]
    assert len(repairs) == 1 and repairs[0]["before"] == "\\xff"  # type: ignore[index]


def test_latin1_text_is_still_read_as_cp1252(tmp_path: Path) -> None:
    record = _clean(tmp_path, ACCENTED.encode("latin-1"))
    assert record["text"] == ACCENTED and record["repairs"] == []


def test_invalid_utf8_in_a_json_lines_record_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "' + GOOD.encode() + b' caf\xe9"}\n')
    found = check(
        invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"]), 0, records=1
    )
    assert found[0]["repairs"][0]["kind"] == "undecodable bytes"  # type: ignore[index]


def test_binary_looking_text_names_the_encoding_option(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(b"\x00\x01\x02" * 10 + GOOD.encode())
    run = invoke(["clean", str(src), "-f", "jsonl"])
    check(run, 1, records=1, errors=1)
    assert "--encoding" in run.stderr


def test_an_explicit_encoding_wins(tmp_path: Path) -> None:
    record = _clean(tmp_path, CHINESE.encode("gbk"), "--encoding", "gbk")
    assert record["text"] == CHINESE


def test_a_wrong_explicit_encoding_is_one_line(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(CHINESE.encode("gb18030"))
    run = invoke(["clean", str(src), "--encoding", "ascii", "-f", "jsonl"])
    found = check(run, 1, records=1, errors=1)
    # (the record keeps the library's words, the option; the CLI's line adds the flag)
    assert found[0]["kind"] == "DecodeError" and "`encoding`" in str(found[0]["error"])
    assert "--encoding" not in str(found[0]["error"]) and "(--encoding)" in run.stderr


def test_an_unknown_encoding_is_one_usage_line_before_any_input(tmp_path: Path) -> None:
    # (review 11, finding 10: before, one error record per input, exit 1)
    src = tmp_path / "in.txt"
    src.write_text(GOOD)
    run = invoke(["clean", str(src), str(src), "--encoding", "klingon-8", "-f", "jsonl"])
    check(run, 2, records=0)
    assert "klingon-8" in run.stderr and "(--encoding)" in run.stderr


def test_undecodable_file_names_give_valid_json(tmp_path: Path) -> None:
    name = tmp_path / b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    name.write_text(GOOD, encoding="utf-8")
    run = invoke(["clean", str(tmp_path), "-f", "jsonl"])
    found = check(run, 0, records=1)
    assert str(found[0]["source"]).endswith("caf\ufffd.txt")
    json.dumps(found, ensure_ascii=False).encode("utf-8")


def test_decoding_repairs_are_reported_by_the_library() -> None:
    data = (ACCENTED + " ").encode() * 3 + b"\xc3" + GOOD.encode()
    article = newsdesk.clean(data)
    assert article.repairs[0].kind == RepairKind.undecodable_bytes
    assert decode(CHINESE.encode("gb18030"), None, "x").encoding == "gb18030"


@pytest.mark.parametrize("declared", ["utf-7", "utf-16", "UTF-32LE"])
def test_declared_charsets_that_cannot_be_true_are_not_honoured(
    tmp_path: Path, declared: str
) -> None:
    body = "The board +ADw-script+AD4-alert(1)+ADw-/script+AD4- will dredge the channel. " + GOOD
    page = f'<html><head><meta charset="{declared}"></head><body><p>{body}</p></body></html>'
    record = _clean(tmp_path, page.encode("ascii") + (b" " if len(page) % 2 else b""))
    assert "+ADw-script+AD4-" in str(record["text"])
