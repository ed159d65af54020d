"""What the commitment tests share: the records newsdesk gives a text analysed whole."""

from __future__ import annotations

import newsdesk
from newsdesk.model import Commitment


def found(text: str) -> list[Commitment]:
    """The commitments of `text`, analysed as it is (clean=False: nothing removed as clutter)."""
    return newsdesk.analyze(text, clean=False).commitments


# Three sentences that name nobody: enough to put a name out of guideline 10's reach.
FILLER = "The weather was mild. Trains ran on time. Nobody was hurt. "


def actors_of(text: str, trigger: str) -> list[str]:
    """The actors of the one record of `text` whose trigger starts with `trigger`."""
    recs = [r for r in found(text) if r.trigger.startswith(trigger)]
    assert len(recs) == 1, [(r.trigger, r.actors) for r in found(text)]
    return recs[0].actors
