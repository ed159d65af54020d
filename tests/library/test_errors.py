"""Library errors carry what a caller needs without parsing the message (review 11, finding
14): the input as `source`, the limit broken and the size; a bare URL given as a str is
refused with a hint to fetch it (the library does not fetch)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import newsdesk
from newsdesk.errors import TimeLimitError
from newsdesk.read import MAX_BYTES, decode

STORY = "The harbour board met on Monday and agreed to rebuild the north pier by 2031."


@pytest.mark.parametrize(
    "url", ["https://example.org/news/story.html", "  http://127.0.0.1:9/x?a=1  "]
)
def test_a_bare_url_is_refused_with_a_hint_to_fetch_it(url: str) -> None:
    for call in (newsdesk.clean, newsdesk.analyze):
        with pytest.raises(newsdesk.URLAsTextError, match="fetch_text") as caught:
            call(url)
        assert isinstance(caught.value, newsdesk.InputError)
        assert isinstance(caught.value, TypeError)  # a wrong argument, as PathAsTextError
        assert caught.value.source == url.strip()


def test_text_that_holds_a_url_is_still_text() -> None:
    text = f"{STORY} More at https://example.org/pier."
    assert newsdesk.clean(text).text.startswith("The harbour board")


def test_errors_of_an_input_carry_its_source(tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    with pytest.raises(newsdesk.InputNotFoundError) as caught:
        newsdesk.clean(missing)
    assert caught.value.source == str(missing)
    with pytest.raises(newsdesk.EmptyInputError) as caught_empty:
        newsdesk.clean(b"   ")
    assert caught_empty.value.source == "<bytes>"
    with pytest.raises(newsdesk.BinaryInputError) as caught_binary:
        newsdesk.clean(b"\x7fELF\x00\x01", name="row-17")
    assert caught_binary.value.source == "row-17"


def test_size_limits_carry_their_values() -> None:
    data = b"a" * (MAX_BYTES + 5)
    with pytest.raises(newsdesk.InputTooLargeError) as caught:
        decode(data, None, "big.txt")
    assert (caught.value.source, caught.value.limit, caught.value.size) == (
        "big.txt",
        MAX_BYTES,
        MAX_BYTES + 5,
    )
    # the message gives the limit as the README does, not as a count of bytes
    assert str(caught.value).endswith("is over the 20 MiB limit")
    with pytest.raises(newsdesk.TextTooLongError) as too_long:
        newsdesk.analyze(STORY, max_chars=20)
    assert too_long.value.limit == 20 and too_long.value.source == "<text>"


def test_the_attributes_survive_pickling() -> None:
    error = TimeLimitError("story.txt: over 2 s", source="story.txt", limit=2.0)
    back = pickle.loads(pickle.dumps(error))
    assert (str(back), back.source, back.limit, back.kind) == (
        "story.txt: over 2 s",
        "story.txt",
        2.0,
        "TimeLimitError",
    )
    plain = pickle.loads(pickle.dumps(newsdesk.OptionError("bad")))
    assert plain.source is None
