"""Legacy encodings without a declared charset (review 11, finding 6): Japanese in Shift-JIS
or EUC-JP is read as Japanese (before: GB18030, "Chinese" mojibake), and text that the cp1252
fallback turns into accented Latin letters (Cyrillic in cp1251 or KOI8-R, Greek) gets a
warning naming the `encoding` option. Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.read import MOJIBAKE_LETTER_SHARE, decode, read
from newsdesk.read.meta import detect_language

RUSSIAN = (
    "Городской совет во вторник утвердил новый бюджет для школ и дорог. По словам мэра, "
    "работы начнутся весной, а первые результаты будут видны ещё до конца года."
)
JAPANESE = (
    "市議会は火曜日、学校と道路のための新しい予算を承認した。市長によると、工事は春に始まり、"
    "最初の成果は年末までに見えるという。住民は今月末まで意見を出すことができる。"
)
CHINESE = (
    "市议会星期二批准了学校和道路的新预算。据市长介绍，工程将于春季开始，首批成果将在年底前显现。"
    "居民可以在本月底之前提出意见。"
)
GREEK = (
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό για τα σχολεία και τους "
    "δρόμους. Σύμφωνα με τον δήμαρχο, οι εργασίες θα αρχίσουν την άνοιξη."
)
FRENCH = (
    "Le conseil municipal a voté mardi un nouveau budget pour les écoles et les routes. Selon "
    "le maire, les travaux débuteront au printemps et les premiers résultats seront visibles "
    "avant la fin de l'année."
)
ICELANDIC = (
    "Borgarráð samþykkti á þriðjudag nýja fjárhagsáætlun fyrir skóla og vegi. Að sögn "
    "borgarstjóra hefjast framkvæmdir í vor og fyrstu niðurstöður verða sýnilegar fyrir áramót."
)


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
def test_japanese_without_a_charset_is_read_as_japanese(codec: str) -> None:
    decoded = decode(JAPANESE.encode(codec), None, "tokyo.txt")
    assert decoded.encoding == codec
    assert decoded.text == JAPANESE
    assert detect_language(decoded.text) == "ja"
    assert not decoded.warnings


def test_chinese_in_gb18030_stays_gb18030() -> None:
    decoded = decode(CHINESE.encode("gb18030"), None, "beijing.txt")
    assert (decoded.encoding, decoded.text) == ("gb18030", CHINESE)


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_through_the_cp1252_fallback_is_warned(codec: str) -> None:
    doc = read(RUSSIAN.encode(codec), name="moskva.txt")
    assert doc.encoding == "cp1252"  # still the fallback: the text is not guessed
    (warning,) = doc.warnings
    assert warning.startswith("moskva.txt: decoded as cp1252")
    assert "`encoding` option" in warning
    assert codec in warning  # among the likely encodings named
    # the right encoding, asked for, reads the text with no warning
    asked = read(RUSSIAN.encode(codec), encoding=codec, name="moskva.txt")
    assert asked.content == RUSSIAN and not asked.warnings


def test_greek_through_the_fallback_is_warned() -> None:
    (warning,) = decode(GREEK.encode("cp1253"), None, "athina.txt").warnings
    assert "decoded as cp1252" in warning and "cp1253" in warning


@pytest.mark.parametrize("text", [FRENCH, ICELANDIC])
def test_western_european_text_in_cp1252_has_no_warning(text: str) -> None:
    decoded = decode(text.encode("cp1252"), None, "story.txt")
    assert (decoded.encoding, decoded.text) == ("cp1252", text)
    assert not decoded.warnings
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if "\u00c0" <= ch <= "\u00ff")
    assert 0 < accented < MOJIBAKE_LETTER_SHARE * len(letters)  # accented, under the bar


# The record carries the reader's warning (`run/work.py` hands `RawDocument.warnings` on).
def test_the_record_and_the_cli_carry_the_decoding_warning() -> None:
    import newsdesk

    article = newsdesk.clean(RUSSIAN.encode("cp1251"), name="moskva.txt")
    assert any("decoded as cp1252" in w for w in article.warnings)
    assert any("decoded as cp1252" in str(w) for w in article.to_dict()["warnings"] or [])


def test_the_cli_names_the_flag_beside_the_option_in_the_warning(tmp_path: Path) -> None:
    from reliability.harness import invoke

    dump = tmp_path / "moskva.txt"
    dump.write_bytes(RUSSIAN.encode("cp1251"))
    run = invoke(["clean", str(dump), "-f", "json"])
    assert run.code == 0
    (line,) = [x for x in run.stderr.splitlines() if "decoded as cp1252" in x]
    assert line.endswith("(--encoding)")


def _page(charset: str, text: str) -> str:
    return f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "latin-1"])
@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_under_a_declared_latin_charset_is_warned(charset: str, codec: str) -> None:
    decoded = decode(_page(charset, RUSSIAN).encode(codec), None, "moskva.html")
    (warning,) = decoded.warnings
    assert warning.startswith("moskva.html: decoded as the declared")
    assert "`encoding` option" in warning and codec in warning


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
@pytest.mark.parametrize("text", [FRENCH, ICELANDIC])
def test_western_european_text_under_its_declared_charset_has_no_warning(
    charset: str, text: str
) -> None:
    decoded = decode(_page(charset, text).encode("cp1252"), None, "story.html")
    assert text in decoded.text
    assert not decoded.warnings
