"""A saved text or Markdown report carries the record's warnings, as the terminal (on
stderr), JSON and the HTML page do (review 11, finding 7): a report of a French article says
it was not analysed instead of only "none" under every heading. Texts written for these tests."""

from __future__ import annotations

from newsdesk.labels import InputFormat
from newsdesk.model import Article, Brief
from newsdesk.render import Terminal, markdown, text
from newsdesk.render.sanitize import markdown_line

SOURCE = "desk/conseil.txt"
BODY = "Le conseil municipal a voté mardi un nouveau budget pour les écoles de la ville."
NOT_ENGLISH = "the article is in 'fr'; extracted for English only"
RISKY = "a *starred* [link](http://x.test) <b>tag</b> \x1b[31m"


def _brief(warnings: list[str], model: str | None = "en_core_web_sm") -> Brief:
    article = Article(
        source=SOURCE,
        title="Budget",
        published=None,
        authors=[],
        publisher=None,
        language="fr",
        tags=[],
        text=BODY,
        input_format=InputFormat.text,
    )
    return Brief(article=article, model=model, warnings=warnings)


def test_text_report_has_one_warning_line_each_without_the_source_prefix() -> None:
    out = text.render(_brief([f"{SOURCE}: {NOT_ENGLISH}", "second note"]), Terminal())
    lines = out.splitlines()
    assert f"Warning: {NOT_ENGLISH}" in lines
    assert "Warning: second note" in lines
    # under the metadata, before the article text and the (empty) sections
    assert lines.index(f"Warning: {NOT_ENGLISH}") < lines.index(BODY) < lines.index("People:")


def test_markdown_report_has_a_warning_quote_under_the_metadata() -> None:
    out = markdown.render(_brief([f"{SOURCE}: {NOT_ENGLISH}"]), Terminal())
    quote = [ln for ln in out.splitlines() if ln.startswith("> **Warning:**")]
    assert len(quote) == 1 and "extracted for English only" in quote[0]
    assert SOURCE not in quote[0]
    assert out.index("**Language:**") < out.index(quote[0]) < out.index(BODY)


def test_no_warning_no_line_and_warnings_are_escaped() -> None:
    assert "Warning" not in text.render(_brief([]), Terminal())
    assert "Warning" not in markdown.render(_brief([]), Terminal())
    plain = text.render(_brief([RISKY]), Terminal())
    assert "\x1b" not in plain
    md = markdown.render(_brief([RISKY]), Terminal())
    warning = next(ln for ln in md.splitlines() if ln.startswith("> **Warning:**"))
    assert warning == f"> **Warning:** {markdown_line(RISKY)}"  # escaped as all data is
    assert " <b>" not in warning


def test_a_clean_record_shows_its_warning_too() -> None:
    brief = _brief(["no article text found"], model=None)
    assert "Warning: no article text found" in text.render(brief, Terminal())
    assert "> **Warning:** no article text found" in markdown.render(brief, Terminal())
