"""Session 13, decoding without a declared charset: a Western page saved in a CJK legacy
encoding (Big5, GBK, EUC-JP, Shift-JIS) is read with its curly quotes, not as isolated CJK
characters or cp1252 pairs; a mostly-ASCII cp1252 page whose accented letters happen to
pair into GB18030 characters stays cp1252; real Chinese and Japanese text is read as before;
an uncertain guess is warned about, naming the `encoding` option (the CLI: --encoding).
Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.read import decode

ENGLISH = (
    "“We’ll open the bridge in May,” the mayor’s office said; “it’s on time.” "
    "The council’s vote is ‘final’, a spokesman added. "
)
FRENCH = "Les élèves étaient très âgés et leurs maîtres élégants. "
JAPANESE = (
    "東京都は来年の春から、新しい公園を駅の近くに作ると発表しました。"
    "市民の意見を聞いて、夏までに計画を決めます。"
)
CHINESE = "北京市政府星期一宣布，明年春天将在火车站附近修建一个新公园，并听取市民的意见。"


def page(text: str, codec: str) -> bytes:
    """A page with no charset declared, its text encoded in `codec`."""
    html = f"<html><head><title>Bridge</title></head><body><p>{text}</p></body></html>"
    return html.encode(codec)


@pytest.mark.parametrize(
    ("codec", "read_as"),
    [
        ("big5", "big5"),  # before: EUC-JP, its quotes the katakana middle dot
        ("gbk", "gb18030"),  # before: cp1252, "¡°We¡¯ll"
        ("euc_jp", "euc_jp"),  # before: cp1252
        ("shift_jis", "shift_jis"),  # before: GB18030, a CJK character for each quote
    ],
)
@pytest.mark.parametrize("copies", [1, 3])
def test_an_undeclared_english_page_in_a_cjk_encoding_keeps_its_quotes(
    codec: str, read_as: str, copies: int
) -> None:
    decoded = decode(page(ENGLISH * copies, codec), None, "p.html")
    assert ENGLISH * copies in decoded.text
    assert decoded.encoding == read_as
    assert decoded.warnings == ()


def test_an_undeclared_cp1252_page_whose_accents_pair_as_gb18030_stays_cp1252() -> None:
    # each accented letter is followed by a letter: the bytes are valid GB18030 too, which
    # read them as CJK characters alone between Latin words
    data = page(FRENCH * 2, "cp1252")
    data.decode("gb18030")  # (the premise: it does decode)
    decoded = decode(data, None, "p.html")
    assert FRENCH * 2 in decoded.text
    assert decoded.encoding == "cp1252" and decoded.warnings == ()


@pytest.mark.parametrize(
    ("text", "codec", "read_as"),
    [
        (JAPANESE, "shift_jis", "shift_jis"),
        (JAPANESE, "euc_jp", "euc_jp"),
        (CHINESE, "gbk", "gb18030"),
        (FRENCH, "cp1252", "cp1252"),
    ],
)
def test_real_text_in_its_legacy_encoding_is_read_as_before(
    text: str, codec: str, read_as: str
) -> None:
    decoded = decode(page(text, codec), None, "p.html")
    assert text in decoded.text
    assert decoded.encoding == read_as and decoded.warnings == ()


def test_an_english_page_quoting_a_chinese_name_in_big5() -> None:
    # Western punctuation plus a two-character name: no reading is all Western; Big5's is
    # the plausible one (the name a run of two, the quotes typographic)
    text = ENGLISH * 2 + "The engineer 林明 signed it. "
    decoded = decode(page(text, "big5"), None, "p.html")
    assert text in decoded.text and decoded.encoding == "big5"


def test_an_ambiguous_undeclared_page_is_read_with_a_warning_naming_the_option() -> None:
    # one arrow in GBK (A1 FA): Big5 reads an arrow too (another one), EUC-JP a star;
    # nothing tells them apart, so the guess is said to be one
    decoded = decode(page("Next page → here. ", "gbk"), None, "p.html")
    assert len(decoded.warnings) == 1
    warning = decoded.warnings[0]
    assert "no charset declared" in warning and "`encoding` option" in warning
    assert f"decoded as {decoded.encoding}" in warning


def test_the_cli_reads_the_english_page_and_says_an_uncertain_guess(tmp_path: Path) -> None:
    english = tmp_path / "english.html"
    english.write_bytes(page(ENGLISH * 3, "big5"))
    ambiguous = tmp_path / "arrow.html"
    ambiguous.write_bytes(page("Next page → here. " + "Plain words follow here. " * 4, "gbk"))
    result = CliRunner().invoke(cli.app, ["clean", str(english), "-f", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "“We’ll open the bridge in May,”" in record["text"] and record["warnings"] == []
    result = CliRunner().invoke(cli.app, ["clean", str(ambiguous), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "no charset declared" in result.stderr and "(--encoding)" in result.stderr
    # named, it is obeyed without a doubt
    forced = CliRunner().invoke(
        cli.app, ["clean", str(ambiguous), "-f", "json", "--encoding", "gbk"]
    )
    record = json.loads(forced.stdout)
    assert "→" in record["text"] and record["warnings"] == []
