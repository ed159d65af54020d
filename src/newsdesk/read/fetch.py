"""URL inputs: fetch a page over HTTP(S) with httpx and decode it as the server declared.

Timeouts, a bounded number of redirects, a size limit checked while the body streams in
(so a huge or endless response is cut, not buffered), an honest user agent, and typed
errors that are `InputError`s, so a failed URL becomes an error record like a missing file.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsdesk import __version__
from newsdesk.errors import QUOTED_CHARS, InputError, InputTooLargeError
from newsdesk.read import MAX_BYTES, decode

if TYPE_CHECKING:  # httpx is imported when a URL is fetched: 50 ms off every start
    import httpx

# Seconds to wait to connect, then between two bytes of the response; news sites answer in
# well under a second, a stalled one should not hold a batch for minutes.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
# Browsers give up after 20 redirects; a news page needs at most a few (http -> https,
# canonical host, consent page).
MAX_REDIRECTS = 10
# Identifies the tool (servers and their logs should know who asks); `Options.user_agent`
# (the NEWSDESK_USER_AGENT variable, or a `user_agent=` argument) replaces it.
USER_AGENT = f"newsdesk/{__version__} (news article briefing; python-httpx)"
USER_AGENT_VARIABLE = "NEWSDESK_USER_AGENT"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
# Media types read as pages; anything else named by the server is refused (a PDF, an image).
PAGE_TYPES = ("text/", "application/xhtml+xml", "application/xml")

_URL_RE = re.compile(r"https?://\S+\Z", re.I)


class FetchError(InputError):
    """A URL could not be fetched (connection, DNS, TLS, too many redirects)."""


class FetchStatusError(FetchError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class FetchTimeoutError(FetchError):
    """The server did not connect or send within the time limit."""


class FetchTooLargeError(FetchError, InputTooLargeError):
    """The response is larger than the size limit."""


class NotAPageError(FetchError):
    """The server sent something that is not HTML or text (a PDF, an image)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response: the bytes and what the server said about them."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str | None
    charset: str | None  # from the Content-Type header
    content: bytes


def is_url(name: str) -> bool:
    """An http(s) URL (what the command line reads as a URL rather than a path)."""
    return bool(_URL_RE.match(name))


# How a command-line name is written when it is a URL, not a path: a scheme of two letters or
# more (a drive letter, "C:", is a path) followed by "//" ("ftp://", "file://"), or "http:" or
# "https:" whatever follows ("http://" alone, "http:/x").
_URL_SHAPE_RE = re.compile(r"(?:(?P<scheme>[a-z][a-z0-9+.-]+):(?=//)|(?P<web>https?):)", re.I)
FETCHED_SCHEMES = ("http", "https")


def url_problem(name: str) -> str | None:
    """Why `name`, written as a URL, cannot be fetched: a scheme other than http(s) ("ftp",
    "file"), or an http(s) URL that is malformed (no host, a bad port, a blank inside).
    None when it is an http(s) URL to fetch, or no URL at all (a path: `is_url` is False)."""
    shape = _URL_SHAPE_RE.match(name)
    if shape is None:
        return None
    scheme = (shape["scheme"] or shape["web"]).lower()
    if scheme not in FETCHED_SCHEMES:
        hint = "; for a local file, give its path" if scheme == "file" else ""
        return (
            f"the URL scheme {scheme!r} is not supported (newsdesk fetches http and https "
            f"URLs only){hint}"
        )
    try:
        parts = urlsplit(name)
        parts.port  # noqa: B018  (a port that is not a number, or past 65535: ValueError)
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if not parts.hostname:
        return f"not a valid {scheme} URL: it needs a host ({scheme}://example.com/page)"
    if not is_url(name):  # a host, but a blank in it (a space, a tab, a line break)
        return (
            f"not a valid {scheme} URL: it has a blank in it (a URL has none: write a space "
            "as %20, as a browser sends it)"
        )
    return None


def default_user_agent() -> str:
    """The User-Agent of a library `fetch`/`fetch_text` call that names none:
    $NEWSDESK_USER_AGENT, else `USER_AGENT`. Only those public entries read it; a run always
    passes its `Options.user_agent`, settled once (`run.options.settle`), so no worker reads
    the environment."""
    return os.environ.get(USER_AGENT_VARIABLE) or USER_AGENT


@contextmanager
def client(
    timeout: float = READ_TIMEOUT, *, user_agent: str | None = None
) -> Iterator[httpx.Client]:
    """An HTTP client with newsdesk's limits; reuse one for many URLs (kept connections).
    `user_agent`: the User-Agent header (None: `default_user_agent()`, which honours
    $NEWSDESK_USER_AGENT, as `fetch` and `fetch_text` do)."""
    import httpx

    with httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT, timeout)),
        headers={"User-Agent": user_agent or default_user_agent(), "Accept": ACCEPT},
    ) as http:
        yield http


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = READ_TIMEOUT,
    http: httpx.Client | None = None,
    user_agent: str | None = None,
) -> Fetched:
    """GET `url`; raise a `FetchError` subclass on any failure. `user_agent`: the
    User-Agent header (None: `default_user_agent()`, which honours $NEWSDESK_USER_AGENT;
    ignored with `http`, which has its own)."""
    if not is_url(url):
        raise FetchError(f"{url}: not an http or https URL")
    if http is None:
        with client(timeout, user_agent=user_agent or default_user_agent()) as own:
            return fetch(url, max_bytes=max_bytes, timeout=timeout, http=own)
    import httpx

    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchStatusError(
                    f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    response.status_code,
                )
            content_type = response.headers.get("content-type")
            media = (content_type or "").split(";")[0].strip().lower()
            if media and not media.startswith(PAGE_TYPES):
                raise NotAPageError(f"{url}: the server sent {media}, not HTML or text")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchTooLargeError(
                    f"{url}: {int(declared)} bytes is over the {max_bytes}-byte limit"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchTooLargeError(f"{url}: over the {max_bytes}-byte limit")
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                content_type=content_type,
                charset=response.charset_encoding,
                content=b"".join(chunks),
            )
    except httpx.TimeoutException:
        raise FetchTimeoutError(f"{url}: no answer within {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.HTTPError as exc:  # connection refused, DNS, TLS, protocol, bad URL
        raise FetchError(f"{url}: cannot fetch ({_reason(exc)})") from None
    except httpx.InvalidURL as exc:  # (not an HTTPError: "http://[::1", a port past 65535)
        raise FetchError(f"{url}: not a valid URL ({exc})") from None


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__


def page_text(page: Fetched, *, encoding: str | None = None) -> str:
    """The page decoded: the encoding asked for, else a byte-order mark, else the charset of
    the Content-Type header (which outranks the page's own <meta>, as in browsers), else
    what `read.decode` finds (meta charset, UTF-8, cp1252)."""
    data = page.content
    if encoding is None and page.charset and not data.startswith(_BOM_PREFIXES):
        codec = _codec(page.charset)
        if codec == "cp1252" and not data.isascii() and _is_utf8(data):
            # Servers label pages latin-1 or ascii by default; non-ASCII text in cp1252 is
            # almost never valid UTF-8 by chance, so valid UTF-8 bytes are read as UTF-8.
            codec = "utf-8"
        if codec is not None:
            try:
                return _decode(data, codec, page.url)
            except InputError:
                pass  # a wrong header: let the page's own declaration and UTF-8 decide
    return _decode(data, encoding, page.url)


def _decode(data: bytes, encoding: str | None, label: str) -> str:
    """`read.decode`'s text, whether it returns (text, encoding) or a record with `.text`
    (the engine's restructured reader)."""
    decoded = decode(data, encoding, label)
    if isinstance(decoded, tuple):
        return decoded[0]
    text: str = decoded.text
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_BOM_PREFIXES = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _codec(charset: str) -> str | None:
    name = charset.strip().strip("\"'").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # WHATWG: a page labelled latin-1 or ascii is decoded as windows-1252.
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def fetch_text(
    url: str,
    *,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = READ_TIMEOUT,
    http: httpx.Client | None = None,
    user_agent: str | None = None,
) -> str:
    """Fetch `url` and decode it: what the reader takes as the content of a URL input.
    `user_agent` as for `fetch`."""
    fetched = fetch(url, max_bytes=max_bytes, timeout=timeout, http=http, user_agent=user_agent)
    return page_text(fetched, encoding=encoding)


def read_url_list(path: Path) -> list[str]:
    """The URLs of a `--urls FILE`: one a line; blank lines and `#` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    urls = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or url_problem(line) is not None:
            raise InputError(f"{path}:{number}: not an http or https URL: {line[:QUOTED_CHARS]!r}")
        urls.append(line)
    return urls
