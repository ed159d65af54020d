"""Session 12, decoding: a page whose declared charset is wrong (Japanese declared as gbk,
gb2312 or cp1251; UTF-8 under a stale legacy declaration; bytes not valid in the declared
charset) is read right, with a warning that names the `encoding` option; honest legacy pages
are read as declared, without a warning. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.read import decode

JAPANESE = (
    "東京都は来年の春から、新しい公園を駅の近くに作ると発表しました。"
    "市民の意見を聞いて、夏までに計画を決めます。"
)
CHINESE = "北京市政府星期一宣布，明年春天将在火车站附近修建一个新公园，并听取市民的意见。"
RUSSIAN = "Правительство города объявило в понедельник, что весной построит новый парк у вокзала."
FRENCH = "Le conseil municipal a annoncé lundi qu'il construira un nouveau parc près de la gare."


def page(text: str, declared: str, codec: str) -> bytes:
    html = (
        f'<html><head><meta charset="{declared}"><title>Parc</title></head>'
        f"<body><p>{text}</p></body></html>"
    )
    return html.encode(codec)


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
@pytest.mark.parametrize("declared", ["gbk", "gb2312", "windows-1251", "koi8-r"])
def test_japanese_under_a_wrong_declaration_is_read_as_japanese(codec: str, declared: str) -> None:
    decoded = decode(page(JAPANESE, declared, codec), None, "p.html")
    assert JAPANESE in decoded.text
    assert decoded.encoding == codec
    assert len(decoded.warnings) == 1
    assert f"declares {declared}" in decoded.warnings[0]
    assert "`encoding` option" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("text", "declared", "codec"),
    [
        (CHINESE, "gbk", "gbk"),
        (CHINESE, "gb2312", "gb2312"),
        (RUSSIAN, "windows-1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        (FRENCH, "windows-1252", "cp1252"),
        (JAPANESE, "shift_jis", "shift_jis"),
        (JAPANESE, "euc-jp", "euc_jp"),
    ],
)
def test_an_honest_declaration_is_kept_without_a_warning(
    text: str, declared: str, codec: str
) -> None:
    decoded = decode(page(text, declared, codec), None, "p.html")
    assert text in decoded.text
    assert decoded.warnings == ()


@pytest.mark.parametrize("declared", ["windows-1251", "iso-8859-1", "koi8-r", "gbk"])
@pytest.mark.parametrize("text", [RUSSIAN, FRENCH, CHINESE])
def test_utf8_under_a_stale_legacy_declaration_is_read_as_utf8(declared: str, text: str) -> None:
    decoded = decode(page(text, declared, "utf-8"), None, "p.html")
    assert text in decoded.text
    assert decoded.encoding == "utf-8"
    assert any("`encoding` option" in w for w in decoded.warnings)


def test_bytes_not_valid_in_the_declared_charset_are_said_to_be_so() -> None:
    data = page(RUSSIAN, "utf-8", "cp1251")  # cp1251 bytes under a utf-8 declaration
    decoded = decode(data, None, "p.html")
    assert "declares utf-8, but it is not valid utf-8" in decoded.warnings[0]
    assert "decoded as cp1252" in decoded.warnings[0]
    assert len(decoded.warnings) == 2  # and the mojibake doubt of the cp1252 reading
    # UTF-8 with a stray byte under a utf-8 declaration: the repair says it, no warning
    stray = page(FRENCH, "utf-8", "utf-8").replace(b"lundi", b"lun\xffdi")
    mended = decode(stray, None, "p.html")
    assert mended.warnings == () and len(mended.repairs) == 1


def test_the_warning_reaches_the_record_and_stderr(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    source = tmp_path / "tokyo.html"
    body = "".join(f"<p>{JAPANESE}</p>" for _ in range(3))
    source.write_bytes(
        f'<html><head><meta charset="gb2312"><title>公園</title></head><body>{body}</body></html>'.encode(
            "euc_jp"
        )
    )
    result = CliRunner().invoke(cli.app, ["clean", str(source), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert JAPANESE in record["text"]
    assert any("declares gb2312" in w for w in record["warnings"])
    assert "declares gb2312" in result.stderr and "--encoding" in result.stderr
    # naming the encoding is obeyed, whatever the page declares
    forced = CliRunner().invoke(
        cli.app, ["clean", str(source), "-f", "json", "--encoding", "gb2312"]
    )
    assert json.loads(forced.stdout)["warnings"] == []


def test_english_with_curly_quotes_in_big5_stays_big5() -> None:
    # Big5's quotes (A1 A5 ...) decode as EUC-JP to marks of the katakana block: no hiragana,
    # so the declaration stands
    english = "“We’ll open the bridge in May,” the mayor’s office said; “it’s on time.” " * 3
    decoded = decode(page(english, "big5", "big5"), None, "p.html")
    assert english in decoded.text
    assert decoded.encoding == "big5" and decoded.warnings == ()
