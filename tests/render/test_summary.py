"""The metadata lines of the human-readable reports."""

from __future__ import annotations

from newsdesk.render.summary import meta_rows, plural, removal_summary


def test_metadata_lines_are_not_counted_as_boilerplate() -> None:
    removed = [
        {"text": "Harbour to reopen", "reason": "title", "cause": "title_line"},
        {"text": "12 May 2024", "reason": "date line", "cause": "date_line"},
        {"text": "Subscribe", "reason": "subscription prompt", "cause": "subscription_prompt"},
    ]
    assert removal_summary(removed, [{"kind": "mojibake"}]) == (
        "1 boilerplate block (and the title and date line read as metadata); 1 repair"
    )
    assert removal_summary(removed[2:] * 3, []) == "3 boilerplate blocks; 0 repairs"
    byline = [*removed, {"text": "By A. Writer", "reason": "byline", "cause": "byline"}]
    assert removal_summary(byline) == (
        "1 boilerplate block (and the title, date line and byline read as metadata)"
    )
    assert removal_summary([]) == "0 boilerplate blocks"


def test_unknown_authors_and_publisher_are_left_out() -> None:
    rows = dict(meta_rows({"source": "a.txt", "authors": [], "publisher": None}))
    assert "Authors" not in rows and "Publisher" not in rows
    assert rows["Published"] == "unknown" and rows["Language"] == "unknown"
    rows = dict(meta_rows({"source": "a.txt", "authors": ["A. B", "C. D"], "publisher": "Gazette"}))
    assert rows["Authors"] == "A. B, C. D" and rows["Publisher"] == "Gazette"


def test_plural() -> None:
    assert plural(1, "repair") == "1 repair" and plural(2, "repair") == "2 repairs"
    assert plural(0, "person", "people") == "0 people"
