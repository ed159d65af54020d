from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import newsdesk
from newsdesk import meta
from newsdesk.blocks import text_blocks


def test_supplied_article_keeps_every_paragraph_and_drops_the_clutter(example: Path) -> None:
    article = newsdesk.clean(example)
    paragraphs = article.text.split("\n\n")
    source_lines = [ln.strip() for ln in example.read_text(encoding="utf-8").splitlines()]
    long_lines = [ln for ln in source_lines if len(ln.split()) >= 25]
    assert len(paragraphs) == len(long_lines)
    for para in paragraphs:
        assert len(para.split()) >= 25
    reasons = {r.reason for r in article.removed}
    removed = {r.text for r in article.removed}
    assert {
        "hashtags",
        "timestamp",
        "separator",
        "share bar",
        "comment form",
        "spam-filter notice",
    } <= reasons
    assert "Subscribe" in removed
    assert not any(
        word in article.text for word in ("Subscribe", "Akismet", "Leave a Reply", "#United")
    )


def test_supplied_article_metadata(example: Path) -> None:
    article = newsdesk.clean(example)
    assert article.title is not None and article.title.startswith("US-Mexico Migration")
    assert article.published == "2024-02-28T23:10:56"
    assert article.publisher == "EL PAÍS"
    assert article.language == "en"
    assert article.tags[:3] == ["United", "States", "Mexico"]


def test_doubled_punctuation_is_repaired_and_reported(example: Path) -> None:
    article = newsdesk.clean(example)
    assert ". ." not in article.text
    assert any(r.kind == "doubled punctuation" and r.before == ". ." for r in article.repairs)


def test_text_dump_golden(data: Path) -> None:
    article = newsdesk.clean(data / "dump.txt")
    assert article.title == "Rail strike ends as unions accept new pay offer"
    assert article.published == "2024-03-12"
    assert article.authors == ["Tom Ellis", "Ana Ruiz"]
    assert article.tags == ["rail", "strike", "unions"]
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Train drivers will return")
    assert paragraphs[-1].endswith("above the target.")
    assert "newsletter" not in article.text and "Facebook" not in article.text
    removed = {r.text: r.reason for r in article.removed}
    assert removed["Sign up for our daily newsletter"] == "newsletter prompt"
    assert removed["1710237600"] == "timestamp"


def test_html_golden(data: Path) -> None:
    article = newsdesk.clean(data / "page.html")
    assert article.input_format == "html"
    assert article.title == "Harbour towns sign a deal on ferry links"
    assert article.published == "2023-05-04T09:30:00+01:00"
    assert article.authors == ["Maria Jensen"]  # "Staff" is not a person
    assert article.publisher == "The Coastal Gazette"
    assert article.tags == ["ferries", "transport", "harbours"]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The mayors of three harbour towns")
    assert "What changes for passengers" in paragraphs  # a subheading inside the article stays
    assert paragraphs[-1].startswith("“This is the day")
    for junk in (
        "cookies",
        "Share on Facebook",
        "Related stories",
        "All rights reserved",
        "Photo:",
    ):
        assert junk not in article.text
        assert any(junk in r.text for r in article.removed), junk


def test_language_is_detected(data: Path) -> None:
    assert newsdesk.clean(data / "french.txt").language == "fr"
    assert (
        meta.detect_language("서울 시청은 오늘 새로운 교통 정책을 발표했다. 시민들은 환영했다.")
        == "ko"
    )
    assert (
        meta.detect_language("Москва объявила о новых мерах поддержки для семей с детьми.") == "ru"
    )


def test_mojibake_is_repaired() -> None:
    broken = "The minister said the reform was a â€œhistoric stepâ€\x9d for the whole country and its people today."
    article = newsdesk.clean(broken + "\n\n" + broken.replace("minister", "mayor"))
    assert "“historic step”" in article.text
    assert any(r.kind == "mojibake" for r in article.repairs)


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    text = (
        "The council met on Monday to discuss the new budget for the\n"
        "coming year, which includes funds for roads and for schools\n"
        "across the district.\n\n"
        "Members voted in favour of the plan after a long debate that\n"
        "lasted well into the evening, the chair of the council said\n"
        "in a statement afterwards.\n"
    )
    blocks = text_blocks(text)
    assert len(blocks) == 2
    assert blocks[0].text.endswith("across the district.")


def test_dates_and_timestamps() -> None:
    assert meta.to_iso("2024-02-28 23:10:56") == "2024-02-28T23:10:56"
    assert meta.to_iso("Published March 5, 2021") == "2021-03-05"
    assert meta.to_iso("no date here") is None
    assert meta.timestamp_to_iso("1709165832") == "2024-02-29T00:17:12Z"
    assert meta.timestamp_to_iso("12345") is None
    assert meta.is_date_line("Updated: 5 March 2021 10:30")
    assert not meta.is_date_line("On 5 March 2021 the council voted to close the old bridge.")


def test_authors_are_names_only() -> None:
    assert meta.clean_authors(
        ["By Jane Doe", "Staff", "2024-01-01", "EL PAÍS", "john smith"], "EL PAÍS"
    ) == ["Jane Doe"]
    assert meta.byline("By Tom Ellis and Ana Ruiz") == ["Tom Ellis", "Ana Ruiz"]


def test_clean_never_imports_spacy(example: Path) -> None:
    code = (
        "import sys, newsdesk; from pathlib import Path; "
        f"newsdesk.clean(Path({str(example)!r})); "
        "from newsdesk.cli import app; "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_comment_thread_after_the_article_is_dropped() -> None:
    body = [
        f"Paragraph {n} of the report explains how the new bridge was financed by the region and "
        "why the works took three years longer than the council had first promised the residents."
        for n in range(4)
    ]
    comments = [
        "I drive over that bridge every day and honestly the delays were a scandal from day one, "
        f"nobody in the council ever answered for it and nobody ever will, mark my words {n}."
        for n in range(3)
    ]
    dump = "\n".join(["Bridge opens at last", *body, "Leave a comment", "3 Comments", *comments])
    article = newsdesk.clean(dump)
    assert article.text.split("\n\n") == body
    assert sum(r.reason == "text outside the article's region" for r in article.removed) == 3


def test_blog_comment_thread_and_posted_by_byline() -> None:
    body = [
        f"Paragraph {n}: the coach said the team had to win the game to keep its playoff hopes "
        "alive, and that the players knew it before kick-off on Monday night in the stadium."
        for n in range(3)
    ]
    dump = "\n".join(
        [
            "Coach: we needed to win this game",
            "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
            *body,
            "25M ago",
            "34 responses to “Coach: we needed to win this game”",
            "1. thelastfan says:",
            "It is a good thing we have no fans left because this season has been a dumpster fire from the start.",
        ]
    )
    article = newsdesk.clean(dump)
    assert article.text.split("\n\n") == body
    assert article.authors == ["Michael David Smith"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["25M ago"] == "time stamp"
    assert reasons["1. thelastfan says:"] == "comment form"
