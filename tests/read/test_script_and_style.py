"""Script and style text never reaches the blocks, however the tag is written.

A browser ignores the slash of `<script .../>` (script is not a void element) and reads
everything up to `</script>` as code; libxml2 closed it at once and the code became body text.
"""

from __future__ import annotations

from newsdesk.read.html import read_page

_STORY = (
    "<p>The harbour board voted on Tuesday to rebuild the old sea wall before winter.</p>"
    "<p>Work starts in March and the quay stays open to fishing boats throughout.</p>"
)
_CODE = "(function () { var panel = loadPanel('signup'); if (a < b) { panel.show(); } })();"


def _texts(html: str) -> list[str]:
    return [b.text for b in read_page(html).blocks]


def test_self_closed_script_does_not_show_its_code() -> None:
    html = (
        f"<html><body><div>{_STORY}</div>"
        f'<script type="text/javascript"/>\n{_CODE}\n</script>'
        "<p>Residents may comment on the plans until the end of the month.</p></body></html>"
    )
    texts = _texts(html)
    assert not any("loadPanel" in t or "function" in t for t in texts), texts
    # the text after the script's closing tag is still read, and the story before it
    assert "Residents may comment on the plans until the end of the month." in texts
    assert any(t.startswith("The harbour board voted") for t in texts)


def test_self_closed_style_does_not_show_its_rules() -> None:
    html = (
        f"<html><body><style/>.panel {{ color: red; display: none }}</style>{_STORY}</body></html>"
    )
    texts = _texts(html)
    assert not any("color" in t for t in texts), texts
    assert len(texts) == 2


def test_a_self_closed_script_with_no_closing_tag_after_it_hides_nothing() -> None:
    # no `</script>` follows: opening it would swallow the rest of the page, so it stays empty
    html = f'<html><body><script src="/app.js"/>{_STORY}</body></html>'
    texts = _texts(html)
    assert len(texts) == 2 and texts[1].startswith("Work starts in March")


def test_an_ordinary_script_and_a_slash_in_its_source_are_unchanged() -> None:
    html = (
        f'<html><body><script src="/js/app/"></script>{_STORY}'
        f"<script>{_CODE}</script></body></html>"
    )
    texts = _texts(html)
    assert len(texts) == 2 and not any("loadPanel" in t for t in texts)
