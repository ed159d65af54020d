"""One wording of a commitment for every human format (render.facts): a negated trigger is
read in the article's own words with "(negated)", never a double negative; the condition
reaches the terminal; the time's value only when the text does not say it already; empty
sections say "none"; a failed input is in the saved report."""

from __future__ import annotations

import re

from newsdesk.labels import InputFormat, Strength
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Commitment,
    Failure,
    Mention,
    Person,
    TimeExpression,
)
from newsdesk.render import Terminal, facts, markdown, rich, text
from newsdesk.render.page import render_page

NEGATED = "The bakery won't raise its bread prices this winter, its owner said."
CONDITIONAL = "If the council agrees, the trust will plant 300 oaks by 2031 in the park."
BODY = f"{NEGATED} {CONDITIONAL}"


def _article(body: str = BODY) -> Article:
    return Article(
        source="notes/bakery.txt",
        title=None,
        published="2030-11-02",
        authors=[],
        publisher=None,
        language="en",
        tags=[],
        text=body,
        input_format=InputFormat.text,
    )


def _negated() -> Commitment:
    start = NEGATED.index("won't")
    action = "raise its bread prices this winter"
    return Commitment(
        actors=[],
        actor_text="The bakery",
        trigger="wo n't",  # the tokens, as the parser gives them
        action=action,
        strength=Strength.commitment,
        negated=True,
        conditional=None,
        time=TimeExpression("this winter", None),
        attribution=Attribution("its owner", "reported"),
        sentence=NEGATED,
        start=0,
        end=len(NEGATED),
        confidence=0.8,
        trigger_start=start,
        trigger_end=start + len("won't"),
        action_start=NEGATED.index(action),
        action_end=NEGATED.index(action) + len(action),
        trigger_parts=[Mention("won't", start, start + len("won't"))],
    )


def _conditional() -> Commitment:
    offset = len(NEGATED) + 1
    start = offset + CONDITIONAL.index("will")
    action = "plant 300 oaks by 2031 in the park"
    return Commitment(
        actors=["the trust"],
        actor_text="the trust",
        trigger="will",
        action=action,
        strength=Strength.intention,
        negated=False,
        conditional="If the council agrees",
        time=TimeExpression("by 2031", "2031"),
        attribution=None,
        sentence=CONDITIONAL,
        start=offset,
        end=offset + len(CONDITIONAL),
        confidence=0.8,
        trigger_start=start,
        trigger_end=start + len("will"),
        action_start=offset + CONDITIONAL.index(action),
        action_end=offset + CONDITIONAL.index(action) + len(action),
        trigger_parts=[Mention("will", start, start + len("will"))],
    )


def brief(commitments: list[Commitment] | None = None) -> Brief:
    return Brief(
        _article(),
        model="test",
        commitments=[_negated(), _conditional()] if commitments is None else commitments,
    )


def _plain_rich(b: Brief, width: int = 200) -> str:
    return rich.render(b, Terminal(width=width))


# ------------------------------------------------------------- negation (A1)


def test_a_negated_trigger_is_shown_as_written_and_marked_once() -> None:
    record = brief().to_dict()
    c = record["commitments"][0]
    assert facts.trigger(NEGATED, c) == "won't"
    assert facts.what(NEGATED, c) == "won't raise its bread prices this winter (negated)"
    outputs = {
        "text": text.render(brief(), Terminal()),
        "markdown": markdown.render(brief(), Terminal()),
        "rich": _plain_rich(brief()),
        "html": render_page([record]),
    }
    for name, out in outputs.items():
        assert "NOT " not in out, name
        assert "wo n't" not in out, name
        assert "(negated)" in out, name
    assert "won't raise its bread prices this winter (negated)" in outputs["text"]
    assert "won't raise its bread prices this winter (negated)" in outputs["markdown"]


def test_a_split_trigger_keeps_its_parts_in_the_articles_words() -> None:
    body = "Both unions reaffirmed their commitment to a fair deal."
    first, second = body.index("reaffirmed"), body.index("commitment")
    c = {
        "trigger": "reaffirmed … commitment",
        "trigger_start": first,
        "trigger_end": second + len("commitment"),
        "trigger_parts": [
            {"text": "reaffirmed", "start": first, "end": first + len("reaffirmed")},
            {"text": "commitment", "start": second, "end": second + len("commitment")},
        ],
        "action": "to a fair deal",
    }
    assert facts.trigger(body, c) == "reaffirmed … commitment"


def test_a_trigger_not_found_in_the_text_falls_back_to_the_record() -> None:
    c = {"trigger": "pledged", "start": 0, "end": 5, "action": "to help"}
    assert facts.what("Hello", c) == "pledged to help"


# ------------------------------------------------------------- the condition (A2)


def test_the_terminal_shows_the_condition() -> None:
    out = _plain_rich(brief())
    assert "(If the council agrees)" in out and "if: If" not in out
    row = next(line for line in out.splitlines() if "plant 300 oaks" in line)
    assert "will plant 300 oaks" in row and "the council agrees" in row


def test_every_format_says_the_same_about_a_commitment() -> None:
    record = brief().to_dict()
    c = record["commitments"][1]
    worded = facts.what(BODY, c)
    assert worded == "will plant 300 oaks by 2031 in the park (If the council agrees)"
    assert worded in text.render(brief(), Terminal())
    assert worded in markdown.render(brief(), Terminal())
    assert worded in " ".join(_plain_rich(brief(), width=300).split())


def test_a_condition_reads_as_written_and_never_as_an_if_it_is_not() -> None:
    assert facts.condition("if the talks fail") == "if the talks fail"
    assert facts.condition("unless the talks fail") == "condition: unless the talks fail"
    assert facts.condition("once the law\npasses") == "condition: once the law passes"
    assert facts.condition("the weather allows") == "condition: the weather allows"
    c = {"trigger": "will", "action": "strike", "conditional": "unless pay rises"}
    assert facts.what("They will strike.", c) == "will strike (condition: unless pay rises)"


# ------------------------------------------------------------- trigger styles (A3)


def test_the_terminal_underlines_triggers_by_strength_and_says_so() -> None:
    out = rich.render(brief(), Terminal(tty=True, color=True, width=200))
    # the text's own trigger words carry the strength's style (underline: SGR 4)
    assert re.search(r"\x1b\[[0-9;]*\b4\b[0-9;]*mwon't", out)
    assert re.search(r"\x1b\[[0-9;]*\b4\b[0-9;]*mwill", out)
    plain = _plain_rich(brief())
    legend = next(line for line in plain.splitlines() if "organizations" in line)
    for strength in Strength:
        assert f"{strength} trigger" in legend
    assert rich.TRIGGER_STYLES[Strength.commitment] != rich.TRIGGER_STYLES[Strength.intention]


def test_trigger_styles_cover_every_strength() -> None:
    assert set(rich.TRIGGER_STYLES) == set(Strength)
    assert all("underline" in style for style in rich.TRIGGER_STYLES.values())


# ------------------------------------------------------------- the time (A10)


def test_the_time_value_is_shown_only_when_the_text_does_not_say_it() -> None:
    assert facts.when({"time": {"text": "2027", "value": "2027"}}) == "2027"
    assert facts.when({"time": {"text": "by 2031", "value": "2031"}}) == "by 2031"
    assert facts.when({"time": {"text": "next Thursday", "value": "2026-12-03"}}) == (
        "next Thursday (2026-12-03)"
    )
    assert facts.when({"time": None}) == ""
    out = text.render(brief(), Terminal())
    assert "(when: by 2031)" in out and "2031 = 2031" not in out
    assert "by 2031 (2031)" not in markdown.render(brief(), Terminal())
    c = {**brief().to_dict()["commitments"][1], "time": {"text": "in May", "value": "2031-05"}}
    assert "(when: in May = 2031-05)" in facts.commitment_line(BODY, c)


# ------------------------------------------------------------- empty sections (A9)


def test_markdown_says_none_under_empty_sections() -> None:
    md = markdown.render(brief([]), Terminal())
    sections = re.split(r"^## ", md, flags=re.M)[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "People",
        "Places",
        "Organizations",
        "Commitments",
    ]
    for section in sections:
        assert section.split("\n", 1)[1].strip() == "- none", section
    assert "| Name |" not in md


def test_markdown_keeps_its_tables_when_something_is_found() -> None:
    b = brief()
    b.people = [Person("Ada Lovelace", [], "owner", [])]
    md = markdown.render(b, Terminal())
    people = md.split("## People", 1)[1].split("## Places", 1)[0]
    assert "| Ada Lovelace | owner |" in people and "- none" not in people
    assert "### Commitment" in md and "### Intention" in md


# ------------------------------------------------------------- failures (A7)


def test_text_and_markdown_reports_name_a_failed_input() -> None:
    failed = Failure("batch/b.bin", "BinaryInputError", "batch/b.bin: a binary file, not text")
    line = text.failure(failed)
    assert line == "error: batch/b.bin: a binary file, not text\n"
    md = markdown.failure(failed)
    # (the file name's dot escaped, as a domain's would be: docs/output.md, "Escaping")
    assert md is not None and md.startswith("## batch/b\\.bin\n\n")
    assert md.endswith("\n\nerror: a binary file, not text\n")  # the heading names the source


def test_a_failure_message_is_sanitised() -> None:
    failed = Failure("x.txt", "DecodeError", "x.txt: bad \x1b[31m bytes\nnext")
    shown = text.failure(failed)
    assert shown is not None and "\x1b" not in shown and shown.count("\n") == 1
    md = markdown.failure(Failure("[x](http://e.test)", "DecodeError", "<b>no</b>"))
    # escaped as any Markdown line: no raw tag, no link
    assert md is not None and not re.search(r"(?<!\\)<b>", md)
    assert not re.search(r"(?<!\\)\]\(http", md)


def test_the_emitter_puts_a_failure_between_records() -> None:
    from newsdesk.render import Emitter, Format, Layout

    failed = Failure("b.bin", "BinaryInputError", "b.bin: a binary file, not text")
    emit = Emitter(Format.markdown, Terminal(), Layout(many=True))
    out = emit(brief()) + emit(failed)
    assert "\n---\n\n## b\\.bin\n\nerror: a binary file, not text" in out
    emit = Emitter(Format.text, Terminal(), Layout(many=True))
    assert emit(failed) == "error: b.bin: a binary file, not text\n"
    # one input named, and it failed: no report at all, the error is on stderr only
    for fmt in (Format.text, Format.markdown):
        assert Emitter(fmt, Terminal(), Layout(many=False))(failed) == ""


# ------------------------------------------------------------- untitled


def test_an_untitled_article_reads_the_same_in_text_the_terminal_and_html() -> None:
    assert text.render(brief(), Terminal()).startswith(facts.UNTITLED)
    assert _plain_rich(brief()).startswith(facts.UNTITLED)
    assert f">{facts.UNTITLED}<" in render_page([brief().to_dict()])


def test_a_place_line_in_text() -> None:
    place = {"name": "Nowhere", "kind": None, "country_code": None, "latitude": None}
    assert facts.place_line(place) == "Nowhere (place, ?)"
    known = {
        "name": "Oban",
        "kind": "city",
        "country_code": "GB",
        "latitude": 56.4152,
        "longitude": -5.4714,
        "geonames_id": 2641181,
    }
    assert facts.place_line(known) == "Oban (city, GB) 56.4152,-5.4714 geonames:2641181"


def test_a_split_trigger_marks_its_words_not_the_gap() -> None:
    body = "Both unions reaffirmed their shared commitment to a fair deal."
    first, second = body.index("reaffirmed"), body.index("commitment")
    c = {
        "trigger": "reaffirmed … commitment",
        "trigger_start": first,
        "trigger_end": second + len("commitment"),
        "trigger_parts": [
            {"text": "reaffirmed", "start": first, "end": first + len("reaffirmed")},
            {"text": "commitment", "start": second, "end": second + len("commitment")},
        ],
        "start": 0,
        "end": len(body),
    }
    spans = facts.trigger_spans(body, c)
    assert [body[s:e] for s, e in spans] == ["reaffirmed", "commitment"]
    # the words between them are not part of any span
    gap = body.index("their shared")
    assert not any(s <= gap < e for s, e in spans)


def test_the_terminal_keeps_two_wrapped_commitments_apart() -> None:
    first, second = _conditional(), _conditional()
    second.actors = ["the school"]
    out = rich.render(brief([first, second]), Terminal(width=60))
    table = out.split("Commitments: intention", 1)[1]
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert len(rows) > 2  # the action wraps over several lines
    assert any(line.startswith("├") for line in table.splitlines())  # a rule between rows


# ------------------------------------------------------------- review 10b, finding 13


def test_the_terminal_says_none_in_place_of_an_empty_table() -> None:
    out = _plain_rich(brief([]))
    for section in ("People", "Places", "Organizations"):
        assert f"{section}: none" in out
    b = brief()
    b.people = [Person("Ada Lovelace", [], "owner", [])]
    found = _plain_rich(b)
    assert "People: none" not in found and "Ada Lovelace" in found


def test_a_text_report_on_the_terminal_leaves_a_failure_to_stderr() -> None:
    from newsdesk.render import Emitter, Format, Layout

    failed = Failure("b.bin", "BinaryInputError", "b.bin: a binary file, not text")
    for fmt in (Format.text, Format.markdown):
        assert Emitter(fmt, Terminal(tty=True), Layout(many=True))(failed) == ""
        shown = Emitter(fmt, Terminal(tty=False), Layout(many=True))(failed)
        assert ("b\\.bin" if fmt is Format.markdown else "b.bin") in shown
