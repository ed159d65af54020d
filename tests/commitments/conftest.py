"""Fixtures the commitment tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.tokens import Token

import newsdesk.analysis.commitments as cm
from newsdesk.analysis.commitments.classify import Verdict
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.triggers import Trigger


@pytest.fixture
def reasons(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Every verdict `decide` gives while a test runs: (trigger word, reason)."""
    seen: list[tuple[str, str]] = []
    decide = cm.decide

    def traced(trig: Trigger, subj: Token | None, ctx: Context) -> Verdict:
        verdict = decide(trig, subj, ctx)
        seen.append((trig.token.text, verdict.reason))
        return verdict

    monkeypatch.setattr(cm, "decide", traced)
    yield seen
