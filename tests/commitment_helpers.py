"""What the commitment tests share: the records newsdesk gives a text analysed whole."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

import newsdesk
from newsdesk.analysis.nlp import load_model, model_name
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


def audit_cache(
    tmp_path: Path, first: str, second: str, rows: list[dict[str, Any]]
) -> tuple[Path, Doc]:
    """An audit cache of one page (as scripts/audit_commitments.py writes one): the sentences
    `first` and `second` joined by a space, parsed by the default pipeline, rows[0] and rows[1]
    their gold rows. The cache's path and the parse."""
    text = f"{first} {second}"
    name = model_name(None)
    doc = load_model(name)(text)
    page = {
        "sents": [(rows[0], first, 0, len(first)), (rows[1], second, len(first) + 1, len(text))],
        "doc": doc.to_bytes(),
        "people": [],
        "places": [],
        "published": None,
        "text": text,
    }
    cache = tmp_path / "audit.pickle"
    cache.write_bytes(pickle.dumps({"model": name, "pages": [page]}))
    return cache, doc
