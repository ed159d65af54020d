"""The cleaner's judgement of one block: its own record, kept apart from the reader's `Block`.

The reader hands over a page of immutable blocks; the cleaner keeps one `Verdict` per block in
a list parallel to them, made and replaced only inside the cleaner.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.labels import BlockLabel, Cause
from newsdesk.read.blocks import Block


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the cleaner decided about a block: its label (None: not decided yet) and the cause
    of setting it aside or marking it (None: kept, or no cause found yet)."""

    label: BlockLabel | None = None
    cause: Cause | None = None


UNJUDGED = Verdict()


# A prompt ("Join X to read without limits") is this short at most (words).
CLUTTER_MAX_WORDS = 15


def is_clutter(block: Block, verdict: Verdict) -> bool:
    """Whether the rules found a clutter phrase (or a bare separator) in a short block.

    A prompt ("Join X to read without limits") is short; in a longer block the phrase may be
    the article's own words, and the model weighs it with the rest.
    """
    return (
        verdict.label != BlockLabel.meta
        and verdict.cause is not None
        and len(block.text.split()) <= CLUTTER_MAX_WORDS
    )


def reason(block: Block, verdict: Verdict) -> str:
    """What `removed` says of a dropped block: its cause's text (the markup's own hint for
    `Cause.markup`)."""
    if verdict.cause is None:
        return ""
    return block.cue if verdict.cause is Cause.markup else verdict.cause.text
