"""A closed <textarea> is a form box, not article; an unclosed one that swallowed the page is read.

libxml2 reads a <textarea>'s content as text up to its `</textarea>`, so a closed textarea
holding markup (an embed-code box, a template) would show as escaped markup text.
"""

from __future__ import annotations

from newsdesk.read.html import read_page

_STORY = (
    "<p>The harbour board voted on Tuesday to rebuild the old sea wall before winter.</p>"
    "<p>Work starts in March and the quay stays open to fishing boats throughout.</p>"
)
# more than the reader's 200-character limit for a control's text, all of it markup
_EMBED = (
    '&lt;article class="embed"&gt;&lt;h1&gt;Sea wall to be rebuilt&lt;/h1&gt;'
    "&lt;p&gt;The harbour board voted on Tuesday to rebuild the old sea wall.&lt;/p&gt;"
    '&lt;img src="https://example.org/pixel.gif" width="1" height="1"&gt;&lt;/article&gt;'
    '<div class="copy">Copy this code to your site</div>'
)


def _texts(html: str) -> list[str]:
    return [b.text for b in read_page(html).blocks]


def test_a_closed_textarea_of_markup_is_not_read() -> None:
    html = (
        f"<html><body><article>{_STORY}</article>"
        f'<div class="republish"><textarea readonly>{_EMBED}</textarea></div>'
        "<p>Residents may comment on the plans until the end of the month.</p></body></html>"
    )
    texts = _texts(html)
    assert not any("<" in t or "embed" in t or "Copy this code" in t for t in texts), texts
    # what stands before and after the box is still read
    assert texts[0].startswith("The harbour board voted")
    assert "Residents may comment on the plans until the end of the month." in texts


def test_a_closed_textarea_ending_the_page_is_not_read() -> None:
    html = f"<html><body>{_STORY}<textarea>{_EMBED}</textarea></body></html>"
    texts = _texts(html)
    assert len(texts) == 2 and texts[1].startswith("Work starts in March"), texts


def test_an_unclosed_textarea_that_swallowed_the_page_keeps_its_text() -> None:
    # no `</textarea>` anywhere after it: a browser, and libxml2, read the rest of the page
    # into the box; the reader unwraps it rather than lose the article
    html = (
        "<html><body><form><textarea name='note'></form>"
        "<p>The harbour board voted on Tuesday to rebuild the old sea wall before winter, "
        "after two storms last year flooded the fish market and the lifeboat station.</p>"
        "<p>Work starts in March and the quay stays open to fishing boats throughout, the "
        "board said, and the bill is shared with the county.</p></body></html>"
    )
    text = " ".join(_texts(html))
    assert "rebuild the old sea wall" in text and "shared with the county" in text, text


def test_a_short_unclosed_textarea_is_still_dropped_and_a_closed_one_does_not_count() -> None:
    # the closed box before the story is dropped; the late unclosed one holds under 200
    # characters, so it is a control's label and goes too
    html = f"<html><body><textarea>{_EMBED}</textarea>{_STORY}<textarea>Your comment</body></html>"
    texts = _texts(html)
    assert len(texts) == 2 and texts[0].startswith("The harbour board"), texts
