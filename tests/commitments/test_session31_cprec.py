"""Session 31 (docs/history/session31-cprec.md): a past counterfactual or inference on the
path up from the trigger, a modal of `perfect_modals` with "have" before a participle ("would
have claimed that … had pledged to …", "the senator would have agreed to the deal", "could
have agreed to buy"), holds no undertaking: what it tells never happened as told
(`classify._counterfactual_frame`). "will have built" (the future perfect of an undertaking),
a reported "would have finished by June" (the trigger's own modal) and a plain perfect ("has
pledged to") keep their record. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The aide said Senator Tom Arlen would have agreed to the deal if the vote had passed.",
         "agreed"),
        ("Reports would later have claimed that Minister Ruth Gale had pledged to cut taxes.",
         "pledged"),
        ("Without the storm, the Varnholt Group could have agreed to buy the plant.", "agreed"),
    ],
)  # fmt: skip
def test_a_counterfactual_frame_is_no_undertaking(
    text: str, trigger: str, reasons: list[tuple[str, str]]
) -> None:
    assert not [r for r in found(text) if r.trigger.startswith(trigger)]
    assert any(
        word == trigger and reason.startswith("a counterfactual frame") for word, reason in reasons
    ), reasons


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow council said it will have built 500 homes by June.",
        "Mayor Ines Korda said the council would have finished the bridge by June.",
        "Minister Ruth Gale has pledged to cut taxes next year.",
    ],
)
def test_a_future_perfect_or_a_plain_perfect_keeps_its_record(text: str) -> None:
    assert found(text)
