"""The cleaner's judgement of one block: its own record, kept apart from the reader's `Block`.

The reader hands over a page of immutable blocks; the cleaner keeps one `Verdict` per block in
a list parallel to them, made and replaced only inside the cleaner.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.labels import BlockLabel, Cause


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the cleaner decided about a block: its label (None: not decided yet) and the cause
    of setting it aside or marking it (None: kept, or no cause found yet)."""

    label: BlockLabel | None = None
    cause: Cause | None = None


UNJUDGED = Verdict()
