"""What the commitment tests share: the records newsdesk gives a text analysed whole."""

from __future__ import annotations

import newsdesk
from newsdesk.model import Commitment


def found(text: str) -> list[Commitment]:
    """The commitments of `text`, analysed as it is (clean=False: nothing removed as clutter)."""
    return newsdesk.analyze(text, clean=False).commitments
