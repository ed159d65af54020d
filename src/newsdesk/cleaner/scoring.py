"""The cleaner's learned model: which model scores a format's blocks, and their scores.

`decide.model_scores` asks this module for the model's call on the rows `features.py`
computes. The models come from `scripts/train_cleaner.py` (pages of many sites) and are read
from `data/cleaner.json` with plain Python: a linear stage is a dot product, a tree ensemble
is nested comparisons (`treecode.py`; no numpy at run time). A model trained on other features
than the ones computed here is not used (`weights_for`).
"""

from __future__ import annotations

import json
import math
import zlib
from functools import cache
from importlib import resources
from operator import mul
from typing import Any, NamedTuple, cast

from newsdesk.cleaner.features import (
    SEQUENCE_FEATURES,
    STACK_FEATURES,
    feature_names,
    stage2_rows,
)
from newsdesk.cleaner.treecode import compile_trees, generated, tree_module_name, tree_stages
from newsdesk.labels import InputFormat

# Scores are logits clipped to this size: a score is evidence, not certainty.
MAX_LOGIT = 10.0


def linear(weights: list[float], bias: float, rows: list[list[float]]) -> list[float]:
    """The model's logit for every row (clipped: a score is evidence, not certainty)."""
    return [max(-MAX_LOGIT, min(MAX_LOGIT, bias + sum(map(mul, weights, row)))) for row in rows]


def _scores(spec: dict[str, Any], rows: list[list[float]]) -> list[float]:
    if spec.get("kind") == "trees":
        fn = spec.get("_compiled")
        if fn is None:
            fn = generated(spec) or compile_trees(spec["base"], spec["trees"])
            spec["_compiled"] = fn
        return [max(-MAX_LOGIT, min(MAX_LOGIT, fn(row))) for row in rows]
    return linear(spec["weights"], spec["bias"], rows)


_OVERRIDE: dict[str, Any] = {}


def use_model(model: dict[str, Any] | None) -> None:
    """Score with this model instead of the shipped one (None: back to the shipped one).

    The bench uses it to score each page with a model that never saw the page's site."""
    _OVERRIDE.clear()
    if model is not None:
        _OVERRIDE.update(model)


def model_file() -> bytes | None:
    """The shipped data/cleaner.json, as bytes (None when it is missing)."""
    try:
        return resources.files("newsdesk").joinpath("data/cleaner.json").read_bytes()
    except FileNotFoundError:
        return None


def model_digest(raw: bytes) -> str:
    """The model file's fingerprint: its CRC-32 and length (zlib is loaded anyway; hashlib
    would cost `newsdesk clean` a few ms to import). It tells a stale module, not an attacker."""
    return f"{zlib.crc32(raw):08x}-{len(raw)}"


@cache
def _model() -> dict[str, Any]:
    raw = model_file()
    if raw is None:
        return {}
    loaded: dict[str, Any] = json.loads(raw)
    digest = model_digest(raw)
    for fmt, stage in tree_stages(loaded):
        loaded[fmt][stage]["_generated"] = (tree_module_name(fmt, stage), digest)
    return loaded


def weights_for(fmt: InputFormat) -> dict[str, Any] | None:
    model = (_OVERRIDE or _model()).get(fmt)
    if (
        model is None
        or "stage1" not in model
        or tuple(model["features"]) != feature_names(fmt)
        or ("stack" in model and tuple(model["stack"]["features"]) not in _stage2_inputs(fmt))
    ):
        return None  # a model trained on other features would weigh the wrong numbers
    return cast(dict[str, Any], model)


def _stage2_inputs(fmt: InputFormat) -> tuple[tuple[str, ...], ...]:
    """The inputs a second stage may read: the logistic stage's, or (HTML) the block's row and
    the sequence view."""
    if fmt == InputFormat.html:
        return STACK_FEATURES, feature_names(fmt) + SEQUENCE_FEATURES
    return (STACK_FEATURES,)


class Scores(NamedTuple):
    """The learned model's score (a logit) for every block of a page, and the score a block
    needs to be kept."""

    logits: list[float]
    cut: float


def predict(model: dict[str, Any], rows: list[list[float]]) -> tuple[list[float], float]:
    """The model's score (a logit) for every block, and the score a block needs to be kept."""
    scores = _scores(model["stage1"], rows)
    if "stack" in model:
        scores = _scores(model["stack"], stage2_rows(model["stack"], rows, scores))
    cut: float = model["threshold"]
    # p >= cut  <=>  logit >= log(cut / (1 - cut)): no exp, so no overflow
    return scores, math.log(cut / (1.0 - cut))
