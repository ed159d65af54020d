"""Session 12: page metadata (dates, bylines, titles, tags, publishers) and photo captions.

Every page and sentence here is written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import lxml.html
import pytest

import newsdesk
from newsdesk.cleaner.clutter import CREDIT_RE, clutter_cause
from newsdesk.cleaner.metadata import drop_credits
from newsdesk.cleaner.repair import repaired_text
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause
from newsdesk.read import meta as m
from newsdesk.read.blocks import Block
from newsdesk.read.html import html_meta
from newsdesk.read.meta import is_tag
from newsdesk.read.page import PageMeta

WORDS = json.loads(resources.files("newsdesk").joinpath("data/meta-lines.json").read_text("utf-8"))

ARTICLE = [
    "The harbour board voted on Tuesday to rebuild the old north pier before the winter "
    "storms arrive, ending a dispute that had lasted for almost three years in the town.",
    "Members said the work would begin in the spring and that the fishing fleet would moor "
    "at the ferry terminal while the builders replaced the rotten timber of the deck.",
    "The chair of the board told residents at the meeting that the cost would be shared "
    "with the county, which had set aside money for the repairs in its budget last year.",
    "Several fishermen said they welcomed the decision but worried about the months without "
    "a berth of their own, and asked the board to keep the slipway open during the works.",
]


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- word lists in data


@pytest.mark.parametrize("prefix", WORDS["byline_prefixes"])
def test_every_byline_prefix_is_stripped_from_an_author_value(prefix: str) -> None:
    assert m.clean_authors([f"{prefix.title()} Jane Doe"]) == ["Jane Doe"]
    assert m.byline(f"{prefix.title()} Jane Doe") == ["Jane Doe"]


def test_a_name_that_starts_like_a_prefix_is_kept_whole() -> None:
    assert m.clean_authors(["Di Stefano"]) == ["Di Stefano"]


@pytest.mark.parametrize("agency", WORDS["agencies"])
def test_an_agency_is_never_an_author(agency: str) -> None:
    assert m.clean_authors([agency, "Jane Doe"]) == ["Jane Doe"]


@pytest.mark.parametrize("prefix", WORDS["date_prefixes"])
def test_every_date_prefix_labels_a_date_line(prefix: str) -> None:
    line = f"{prefix.title()}: March 3, 2021"
    assert m.is_date_line(line)
    assert m.to_iso(line) == "2021-03-03"


# ---------------------------------------------------------------- dates and bylines


def test_a_bylines_date_is_read() -> None:
    assert m.byline("by Ann Lee — March 3, 2021") == ["Ann Lee"]
    assert m.date_in("by Ann Lee — March 3, 2021") == "2021-03-03"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee - Mar 3, 2021, 9:15 pm", ["Ann Lee"]),
        ("Ann Lee @annlee / 3 days", ["Ann Lee"]),
        ("10:05 AM EST 3/3/2021 by Ann Lee", ["Ann Lee"]),
        ("By Ann LeePublished: Mar 3, 2021", ["Ann Lee"]),
        ("Robert Grey March 3, 2021", ["Robert Grey"]),
    ],
)
def test_signed_lines_are_read(line: str, names: list[str]) -> None:
    assert m.signed(line) == names


@pytest.mark.parametrize("line", ["Harbour Works March 3, 2021", "Jane Doe", "Sign up - 2 days"])
def test_lines_that_are_not_signed(line: str) -> None:
    assert m.signed(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wed 3 Mar 2021 18.54 GMT Last modified on Wed 3 Mar 2021 19.20 GMT", "2021-03-03T18:54"),
        ("* March 3, 2021", "2021-03-03"),
        ("Mar 03, 2021 7 min read", "2021-03-03"),
        ("| March 3, 2021 (8:42 AM ET)", "2021-03-03"),
    ],
)
def test_date_line_shapes(line: str, iso: str) -> None:
    assert (m.date_line_iso(line) or "").startswith(iso)


def test_a_date_inside_a_sentence_is_no_date_line() -> None:
    assert m.date_line_iso("The board met on March 3, 2021 to vote on the pier.") is None


def test_a_date_after_the_article_is_a_sidebars() -> None:
    text = dump(
        "Harbour board votes to rebuild the north pier",
        *ARTICLE,
        "Popular posts",
        "Town fair draws a record crowd",
        "June 1, 2016",
    )
    assert newsdesk.clean(text).published is None


def test_the_bylines_date_wins_over_a_sidebars() -> None:
    text = dump(
        "Harbour board votes to rebuild the north pier",
        "by Ann Lee — March 3, 2021",
        *ARTICLE,
        "Popular posts",
        "June 1, 2016",
    )
    article = newsdesk.clean(text)
    assert article.published == "2021-03-03"
    assert article.authors == ["Ann Lee"]


def test_a_signed_line_gives_the_author_and_the_date() -> None:
    text = dump(
        "Harbour board votes to rebuild the north pier",
        "Ann Lee @annlee - March 3, 2021",
        *ARTICLE,
    )
    article = newsdesk.clean(text)
    assert article.authors == ["Ann Lee"]
    assert article.published == "2021-03-03"
    assert "@annlee" not in article.text


def test_an_update_date_yields_to_the_publication_date() -> None:
    text = dump(
        "Harbour board votes to rebuild the north pier",
        "Updated: April 9, 2021",
        "Published: March 3, 2021",
        *ARTICLE,
    )
    assert newsdesk.clean(text).published == "2021-03-03"


# ---------------------------------------------------------------- captions in dumps


@pytest.mark.parametrize(
    "line",
    [
        "The old pier at low tide on Monday. Credit: Harbour Board",
        "‘We waited three years’ Photograph: Ann Lee/Harbour Press",
        "Fishing boats in the bay. Tom Reed/Getty Images",
        "The new deck, as drawn by the builders (Credit: County Council)",
    ],
)
def test_credits_mark_captions(line: str) -> None:
    assert CREDIT_RE.search(line) or clutter_cause(line) == Cause.caption


def test_a_sentence_with_credit_in_it_is_no_caption() -> None:
    line = "The board took credit: every member had voted for the plan."
    assert not CREDIT_RE.search(line)
    assert clutter_cause(line) is None


def test_a_credited_block_the_model_kept_is_set_aside() -> None:
    blocks = [
        Block("The old pier at low tide. Credit: Tom Reed", BlockKind.p),
        Block(ARTICLE[0], BlockKind.p),
    ]
    kept = Verdict(BlockLabel.good)
    verdicts = drop_credits(blocks, [kept, kept])
    assert verdicts[0] == Verdict(BlockLabel.bad, Cause.caption)
    assert verdicts[1] == kept


def test_a_long_caption_is_dropped_and_no_article_word_is_lost() -> None:
    caption = (
        "The board said the old north pier, seen here at low tide on a grey Monday morning "
        "after the storm, would be rebuilt with new timber before next winter. Credit: Tom Reed"
    )
    text = dump("Harbour board votes to rebuild the north pier", caption, *ARTICLE)
    article = newsdesk.clean(text)
    assert "Credit: Tom Reed" not in article.text
    assert all(p in article.text for p in ARTICLE)


def test_a_drop_cap_is_joined_when_the_word_is_in_the_text() -> None:
    text, repairs = repaired_text(["H arbour works begin.", "The harbour is closed."])
    assert text.startswith("Harbour works begin.")
    assert repairs and repairs[0].after == "Harbour"


def test_a_one_letter_word_at_the_head_is_not_joined() -> None:
    assert repaired_text(["E coli was found.", "It spread."])[0].startswith("E coli")
    assert repaired_text(["A storm hit.", "Astorm is no word."])[0].startswith("A storm")


# ---------------------------------------------------------------- HTML page metadata


def meta_of(head: str, body: str = "") -> PageMeta:
    return html_meta(
        lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    )


def page(head: str, headline: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"<html><head>{head}</head><body><article><h1>{headline}</h1>{paragraphs}</article></body></html>"


def test_the_site_name_is_cut_from_og_title() -> None:
    html = page(
        '<meta property="og:title" content="Pier to be rebuilt - Harbour Times">'
        '<meta property="og:site_name" content="HarbourTimes.com">'
    )
    article = newsdesk.clean(html, input_format="html")
    assert article.title == "Pier to be rebuilt"
    assert article.publisher == "HarbourTimes.com"


def test_the_heading_is_the_title_when_og_title_is_it_plus_more() -> None:
    html = page(
        '<meta property="og:title" content="Pier to be rebuilt | Local | Harbour Times">',
        "Pier to be rebuilt",
    )
    assert newsdesk.clean(html, input_format="html").title == "Pier to be rebuilt"


def test_a_title_whose_last_part_is_not_the_site_keeps_it() -> None:
    assert m.site_free_title("Pier vote - what happens next", [], ["Harbour Times"]) == (
        "Pier vote - what happens next"
    )


def test_publisher_placeholders_and_handles_yield_to_the_next_source() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="Hosted">'
        '<meta name="application-name" content="Harbour Times">'
    )
    assert meta.publisher == "Harbour Times"
    assert meta_of('<meta property="og:site_name" content="@harbour">').publisher is None


@pytest.mark.parametrize(
    "tag", ["1913719", "@post-id:77", "/article", "Ann Lee PUBLIC_FIGURE PERSON"]
)
def test_machine_tags_are_dropped(tag: str) -> None:
    assert not is_tag(tag)


@pytest.mark.parametrize("tag", ["ai", "harbour", "North Pier", "EU"])
def test_subject_tags_are_kept(tag: str) -> None:
    assert is_tag(tag)


def test_an_author_glued_to_a_role_is_dropped_beside_the_name() -> None:
    assert m.clean_authors(["Ann Lee", "Ann LeeHarbour Columnist"]) == ["Ann Lee"]
