"""What the renderers show is in the record: a split trigger's parts as offsets
(`Commitment.trigger_parts`), a removal's machine label (`Removed.cause`); the renderers only
read them (review 12b, finding 2). Sentences written for these tests; names invented."""

from __future__ import annotations

import json

import newsdesk
from newsdesk.labels import Cause
from newsdesk.render import Terminal, markdown, text
from newsdesk.render.facts import trigger, trigger_spans
from newsdesk.render.page import Kind, highlights
from newsdesk.render.summary import removal_summary

# The trigger's noun comes after the same noun in an aside: a search for the trigger's words
# after its verb finds the aside's.
ASIDE = (
    "The premier reaffirmed, in a speech about the commitment of firefighters, the "
    "province's commitment to hire new crews."
)


def test_a_split_trigger_keeps_the_offsets_of_its_own_words() -> None:
    brief = newsdesk.analyze(ASIDE, clean=False)
    (c,) = [c for c in brief.commitments if "…" in c.trigger]
    own = ASIDE.index("commitment to hire")
    aside = ASIDE.index("commitment of")
    assert [(p.text, p.start, p.end) for p in c.trigger_parts] == [
        ("reaffirmed", ASIDE.index("reaffirmed"), ASIDE.index("reaffirmed") + 10),
        ("commitment", own, own + 10),
    ]
    assert c.trigger_parts[0].start == c.trigger_start and c.trigger_parts[-1].end == c.trigger_end
    record = json.loads(json.dumps(brief.to_dict()))  # as a file gives it back
    (rc,) = [r for r in record["commitments"] if "…" in r["trigger"]]
    assert rc["trigger_parts"][1] == {"text": "commitment", "start": own, "end": own + 10}
    spans = trigger_spans(ASIDE, rc)
    assert spans == [(p.start, p.end) for p in c.trigger_parts]
    marked = [(h.start, h.end) for h in highlights(record) if h.kind is Kind.trigger]
    assert (own, own + 10) in marked and (aside, aside + 10) not in marked
    assert trigger(ASIDE, rc) == "reaffirmed … commitment"


def test_a_contiguous_trigger_is_one_part_as_written() -> None:
    sentence = "The harbour board won't raise its fees this year, its chair said."
    brief = newsdesk.analyze(sentence, clean=False)
    (c,) = brief.commitments
    (part,) = c.trigger_parts
    assert (part.start, part.end) == (c.trigger_start, c.trigger_end)
    assert part.text == sentence[part.start : part.end] == "won't"


PAGE = (
    "Ferry service to resume at Kilbride harbour\n\n"
    "By Jane Moreau\n\n"
    "12 May 2024\n\n"
    "The Kilbride harbour board said on Monday that the ferry to the islands will resume "
    "next month after a winter of repairs to the pier, and that two new crews will be hired.\n\n"
    "The board's chair, Alan Petrie, said the repairs had cost more than planned, but the "
    "service would keep its old timetable and fares for the rest of the year.\n\n"
    "Subscribe to our newsletter for more local news\n\n"
    "Share this article on social media"
)


def test_removals_carry_their_cause_and_the_reports_count_by_it() -> None:
    article = newsdesk.clean(PAGE)
    causes = {r.cause for r in article.removed}
    assert causes & {Cause.title_line, Cause.byline, Cause.date_line}
    assert all(r.cause is None or r.reason in (r.cause.text, "") or r.cause is Cause.markup
               for r in article.removed)  # fmt: skip
    record = json.loads(json.dumps(article.to_dict()))
    assert [r["cause"] for r in record["removed"]] == [r.cause for r in article.removed]
    metadata = [r for r in record["removed"] if r["cause"] in ("title_line", "date_line", "byline")]
    boilerplate = len(record["removed"]) - len(metadata)
    summary = removal_summary(record["removed"])
    assert summary.startswith(f"{boilerplate} boilerplate block")
    assert "read as metadata" in summary
    # the cause, not the wording of the reason, says what is metadata
    reworded = [{**r, "reason": "something else"} for r in record["removed"]]
    assert removal_summary(reworded) == summary
    brief = newsdesk.Brief(article)
    for shown in (text.render(brief, Terminal()), markdown.render(brief, Terminal())):
        assert summary in shown
