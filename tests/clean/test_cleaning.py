from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsdesk
from newsdesk.cleaner import features, scoring
from newsdesk.cleaner.clutter import clutter_cause
from newsdesk.cleaner.metadata import mark_metadata
from newsdesk.cleaner.repair import repair
from newsdesk.cleaner.rules import rule_labels
from newsdesk.labels import Cause, InputFormat, RepairKind
from newsdesk.model import Repair
from newsdesk.read import meta
from newsdesk.read.blocks import WORD_RE, text_blocks, text_size
from newsdesk.read.page import PageMeta


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
    assert any(
        r.kind == RepairKind.doubled_punctuation and r.before == ". ." for r in article.repairs
    )


def test_an_ellipsis_is_not_doubled_punctuation() -> None:
    repairs: list[Repair] = []
    assert repair("He waited... and waited.. then left?. No.", 0, repairs) == (
        "He waited... and waited. then left? No."
    )
    assert [r.before for r in repairs] == ["..", "?."]


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


def test_the_text_outvotes_a_template_language_and_lists_still_count() -> None:
    german = (
        "Die Stadt hat am Montag beschlossen, die alte Brücke über den Hafen neu zu bauen, "
        "und die Arbeiten sollen im Frühjahr beginnen, wie der Bürgermeister sagte."
    )
    page = f'<html lang="en"><body><article><p>{german}</p><p>{german}</p></article></body></html>'
    assert newsdesk.clean(page, input_format="html").language == "de"
    # a recipe-like list: few stop words, but clearly English
    listing = "\n".join(
        ["Now get prepping with the plan for the week."]
        + [
            f"Asparagus {n}, two eggs, half cup sweet potato, olive oil, toast, butter, salt and pepper"
            for n in range(30)
        ]
    )
    assert meta.detect_language(listing) == "en"


def test_mojibake_is_repaired() -> None:
    broken = "The minister said the reform was a â€œhistoric stepâ€\x9d for the whole country and its people today."
    article = newsdesk.clean(broken + "\n\n" + broken.replace("minister", "mayor"))
    assert "“historic step”" in article.text
    assert any(r.kind == RepairKind.mojibake for r in article.repairs)


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
    assert reasons["25M ago"] == "relative time"
    assert reasons["1. thelastfan says:"] == "comment form"


# ---------------------------------------------------------------- the learned classifier


def test_the_shipped_model_matches_the_features() -> None:
    # A model trained on other features is ignored (the rules decide instead): the shipped one
    # must be in use for both readers.
    for fmt in ("html", "text"):
        model = scoring.weights_for(fmt)  # type: ignore[arg-type]
        assert model is not None
        assert tuple(model["features"]) == features.feature_names(fmt)  # type: ignore[arg-type]
        if model["stage1"]["kind"] == "linear":
            assert len(model["stage1"]["weights"]) == len(model["features"])
        if "stack" in model:  # a second stage when it won the grouped cross-validation
            stack = model["stack"]
            if stack["kind"] == "linear":
                assert (
                    len(stack["weights"]) == len(stack["features"]) == len(features.STACK_FEATURES)
                )
            else:  # trees over the block's row and the sequence view (HTML)
                wide = features.feature_names(fmt) + features.SEQUENCE_FEATURES  # type: ignore[arg-type]
                assert tuple(stack["features"]) == wide
        assert 0.0 < model["threshold"] < 1.0


def test_features_are_one_row_per_block_of_fixed_width() -> None:
    blocks = text_blocks(
        "* Home\n* World\nHeadline of the day\n"
        + "A sentence of article prose that runs on for a while, as paragraphs do. " * 3
        + "\nShare\n"
    )
    _, verdicts = mark_metadata(blocks, PageMeta(), InputFormat.text)
    verdicts, (prelim, ruled, outside, _) = rule_labels(blocks, verdicts, InputFormat.text)
    rows = features.block_features(blocks, verdicts, InputFormat.text, prelim, ruled, outside)
    assert len(rows) == len(blocks)
    assert {len(r) for r in rows} == {len(features.FEATURES)}
    li = features.FEATURES.index("list_item")
    assert [r[li] for r in rows] == [1.0, 1.0, 0.0, 0.0, 0.0]
    scores = scoring.linear([1.0] * len(features.FEATURES), 0.0, rows)
    assert all(-10.0 <= z <= 10.0 for z in scores)  # clipped: evidence, not certainty


def test_a_one_sentence_page_is_kept_not_emptied() -> None:
    sentence = "Ministers are considering a tax on sugary drinks to pay for school sports."
    assert newsdesk.clean(sentence).text == sentence
    html = f"<html><body><p>{sentence}</p></body></html>"
    assert newsdesk.clean(html, input_format="html").text == sentence


def test_a_teaser_list_after_the_article_is_dropped() -> None:
    body = [
        f"Paragraph {n} of the story tells how the harbour authority paid for the new quay and "
        "why the fishermen say the works have cost them a season of catches and income."
        for n in range(5)
    ]
    teasers = [
        f"Teaser {n}: a different story about a celebrity's holiday that ends in tears..."
        for n in range(4)
    ]
    dump = "\n".join(
        ["* News", "* Sport", "Quay works anger fishermen", *body, "Related", *teasers]
    )
    article = newsdesk.clean(dump)
    assert article.text.split("\n\n") == body
    assert article.title == "Quay works anger fishermen"


def test_photo_captions_and_credits_are_removed_however_long() -> None:
    caption = (
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work on the "
        "station's truss during a spacewalk above the Earth, with the sun behind them and the "
        "station's arm in the corner of the frame, as seen from the shuttle. (AP Photo/NASA)"
    )
    assert len(caption.split()) > 40
    assert clutter_cause(caption) is Cause.caption
    assert clutter_cause("Protesters have worn masks (Image: GETTY )") is Cause.caption
    assert (
        clutter_cause("SEE MORE: Hong Kong protests: students under siege") is Cause.related_links
    )
    assert clutter_cause("Facebook Twitter LinkedIn") is Cause.share_bar


def test_unspaced_scripts_are_measured_like_spaced_ones() -> None:
    japanese = "さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。"
    chars, words = text_size(japanese, WORD_RE.findall(japanese))
    assert chars > 2 * len(japanese)
    assert words >= 15
    english = "A plain English sentence."
    assert text_size(english, WORD_RE.findall(english)) == (len(english), 4)


def test_dump_headline_is_not_a_menu_byline_or_date() -> None:
    dump = "\n".join(
        [
            "* Home",
            "* Politics Today",
            "Council votes to rebuild the old harbour bridge",
            "By Jane Doe, Staff Writer",
            "Updated Nov 19, 6:55 AM",
            "Facebook Twitter LinkedIn",
            "The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of "
            "argument about whether the crossing should be repaired or replaced entirely.",
        ]
    )
    article = newsdesk.clean(dump)
    assert article.title == "Council votes to rebuild the old harbour bridge"
    assert article.authors == ["Jane Doe"]


# ---------------------------------------------------------------- the HTML reader

_PARA = (
    "The harbour authority said on Monday that the new quay would open in the spring, two "
    "years late and well over its budget, after a winter of storms delayed the works."
)


def test_hover_cards_are_cut_out_and_hidden_blocks_carry_the_flag() -> None:
    page = f"""<?xml version="1.0" encoding="utf-8"?>
    <html><head><title>Quay</title></head><body><article>
    <p>{_PARA} Speaking for the port, <span class="rollover-people"><a href="/p/1">Ann Lee</a>
    <span class="rollover-people-block"><a href="/p/1">Ann Lee</a><a href="/x">Other story
    about Ann Lee and her campaign</a></span></span> said the delay was regrettable.</p>
    <div style="display: none">Hidden promo text that nobody sees on the page at all.</div>
    <p>{_PARA}</p>
    </article></body></html>"""
    article = newsdesk.clean(page, input_format="html")
    first = article.text.split("\n\n")[0]
    assert "Ann Lee said the delay was regrettable." in first  # the name in the prose stays
    assert "Other story" not in article.text
    assert "hover card" in {r.reason for r in article.removed}
    # A hidden block is evidence, not a verdict: pages hide article text that a script
    # reveals (on wcxb-dev a quarter of the hidden blocks are article text, on 160 pages).
    from newsdesk.cleaner.markup import HTML_FEATURES, markup_row
    from newsdesk.read.html import read_page

    hidden = [b for b in read_page(page).blocks if b.text.startswith("Hidden promo")]
    assert len(hidden) == 1 and markup_row(hidden[0].markup)[HTML_FEATURES.index("hidden")] == 1.0


@pytest.mark.xfail(
    strict=True,
    reason="round 5 (docs/history/cleaning.md): the sequence stage reads prose teasers just before the "
    "article as the start of its run (stage 1 finds them likely, weakly); a known regression "
    "of the shipped model, which wins the grouped CV and the end-to-end bench",
)
def test_the_article_container_wins_over_teasers_outside_it() -> None:
    teasers = "".join(
        f"<div class='card'><p>Teaser {n} for another story on the site, with a long "
        "summary line that reads like prose but belongs to a different article.</p></div>"
        for n in range(3)
    )
    page = (
        f"<html><body><div>{teasers}</div><article><h1>Quay opens late</h1>"
        f"<p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p></article></body></html>"
    )
    article = newsdesk.clean(page, input_format="html")
    assert article.text.split("\n\n") == [_PARA, _PARA, _PARA]
    assert all("Teaser" not in p for p in article.text.split("\n\n"))


def test_pages_with_no_parseable_markup_do_not_crash() -> None:
    for page in ("<html></html>", "<!-- only a comment -->", "<html><body>   </body></html>"):
        article = newsdesk.clean(page, input_format="html")
        assert article.text == ""


def test_text_loose_at_the_end_of_the_body_is_not_lost() -> None:
    tail = "Loose text after the last paragraph, straight in the body, ends the story here."
    article = newsdesk.clean(f"<html><body><p>{_PARA}</p>{tail}</body></html>", input_format="html")
    assert article.text.split("\n\n") == [_PARA, tail]
    assert newsdesk.clean(_PARA, input_format="html").text == _PARA  # no markup at all


def test_deeply_nested_markup_keeps_its_text() -> None:
    # unclosed tags nest deeper than libxml2's default limit (256)
    for page in (
        "<html><body>" + "<div>" * 600 + f"<p>{_PARA}</p>" + "</div>" * 600 + "</body></html>",
        "<html><body>" + "".join(f"<font>w{i} " for i in range(600)) + f"<p>{_PARA}</p>",
    ):
        assert _PARA in newsdesk.clean(page, input_format="html").text


def test_a_short_pasted_text_keeps_each_of_its_sentence_paragraphs() -> None:
    # No line is long enough for the model or the rules to call it article, so the fallback
    # keeps the likeliest line and the run of sentence-shaped lines around it, not the
    # likeliest alone (which lost the mayor's 59-character paragraph).
    text = (
        "Senator Jane Doe said she will visit Toledo.\n\n"
        "The mayor, Tom Smith, promised to repair the road by June.\n\n"
        "He said so on Monday.\n"
    )
    article = newsdesk.clean(text.encode(), input_format="text")
    assert article.text.split("\n\n") == [ln for ln in text.split("\n") if ln]
    assert article.removed == []


def test_a_short_pasted_text_still_loses_the_clutter_around_it() -> None:
    text = (
        "Share This Story\n\n"
        "Senator Jane Doe said she will visit Toledo.\n\n"
        "The mayor, Tom Smith, promised to repair the road by June.\n\n"
        "Subscribe Now\n"
    )
    article = newsdesk.clean(text.encode(), input_format="text")
    assert article.text.startswith("Senator Jane Doe")
    assert article.text.endswith("by June.")
    assert {r.text for r in article.removed} == {"Share This Story", "Subscribe Now"}
