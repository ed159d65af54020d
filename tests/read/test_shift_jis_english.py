"""Review 13c finding 7: an undeclared Shift-JIS page of English text with a few Japanese
names is read as Shift-JIS, not as cp1252 mojibake, and the doubt is warned about."""

from __future__ import annotations

from newsdesk.read import decode

_PAGE = (
    "<html><body><p>The harbour festival in Yokohama (横浜) will close early on Sunday, and the "
    "governor of Nara (奈良) said her office will pay for the extra ferries.</p>"
    "<p>Stallholders said the storm cost them two days of trade.</p></body></html>"
)


def test_mostly_ascii_shift_jis_page_reads_as_shift_jis() -> None:
    decoded = decode(_PAGE.encode("shift_jis"), None, "page.html")
    assert decoded.encoding == "shift_jis"
    assert "Yokohama (横浜)" in decoded.text
    assert "Nara (奈良)" in decoded.text


def test_the_guess_is_warned_about_and_names_the_option() -> None:
    decoded = decode(_PAGE.encode("shift_jis"), None, "page.html")
    assert any("`encoding` option" in w for w in decoded.warnings)


def test_western_page_with_accents_and_quotes_stays_cp1252() -> None:
    text = (
        "<p>The café “Élysée” — run by José Müller — will reopen; the owners’ "
        "lawyer said: « c’est réglé ».</p>"
    )
    decoded = decode(text.encode("cp1252"), None, "page.html")
    assert decoded.encoding == "cp1252"
    assert decoded.text == text
    assert decoded.warnings == ()
