"""Round 9b of the commitments (docs/history/commitments.md, "Round 9b (session 10): misses and false
alarms"): the one miss class that won in grouped cross-validation (a hope whose clause has the
hoper as its subject), and the voices of campaign material, which must keep their records.
Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def test_a_hope_about_ones_own_action_is_an_intention() -> None:
    recs = found("This winter, I hope I can bring the choir to every village hall in the valley.")
    assert [(r.strength, r.trigger) for r in recs] == [(Strength.intention, "hope")]
    assert recs[0].action.startswith("bring the choir")


def test_a_named_hoper_taken_up_by_a_pronoun_intends() -> None:
    recs = found("Norvia Telecom hopes that it will finish the fibre network by the spring.")
    assert [r.strength for r in recs] == [Strength.intention]
    assert recs[0].actors == ["Norvia Telecom"]


def test_a_hope_about_someone_else_stays_a_wish() -> None:
    assert found("I hope the developers will fix these bugs soon.") == []
    assert found("We hope this guide will be useful to you.") == []


def test_a_hope_about_what_might_be_is_no_intention() -> None:
    # "would"/"could" imagine; only will, shall and can state what the hoper means to do
    assert found("I hope I could visit the islands someday.") == []


def test_campaign_voice_if_elected_we_will() -> None:
    recs = found("If elected, we will abolish the payroll tax for small firms.")
    assert [(r.strength, r.negated) for r in recs] == [(Strength.commitment, False)]
    assert recs[0].conditional is not None


def test_campaign_voice_a_party_government_will() -> None:
    recs = found("A Marlow Party government will build forty new primary schools by 2030.")
    assert [r.strength for r in recs] == [Strength.commitment]
    assert recs[0].time is not None


def test_a_party_states_its_platform_with_would() -> None:
    recs = found("The Greens would establish a national housing authority.")
    assert [(r.strength, r.trigger) for r in recs] == [(Strength.commitment, "would")]
    assert recs[0].actors == ["Greens"]


def test_a_described_party_with_would_stays_hypothetical() -> None:
    # a modifier ("a divided Labor") imagines the party in a state, not its platform
    assert found("A divided Labor would scrap the plan within a year.") == []


def test_an_ergative_verb_with_an_object_is_an_act() -> None:
    recs = found("Greens candidate Mira Holt said the party would end new coal mines.")
    assert [r.strength for r in recs] == [Strength.commitment]
    assert recs[0].action.startswith("end new coal mines")


def test_an_ergative_verb_alone_is_a_schedule() -> None:
    assert found("The discount will end on Friday.") == []


GUIDE = (
    "You can prune the roses in early spring. Your shears should be sharp and clean. "
    "If you wait too long, you will lose the first buds. You may want gloves. "
)
NEWS = (
    "The roses were pruned in early spring. The shears were sharp and clean. "
    "The first buds came in April. The gardeners wore gloves. "
)


def test_a_third_partys_will_on_a_page_that_speaks_to_its_reader_describes() -> None:
    line = "Brackenridge Ltd will replace the blades every year."
    assert [r.trigger for r in found(NEWS + line)] == ["will"]
    assert [r for r in found(GUIDE + line) if "Brackenridge" in r.sentence] == []


def test_a_person_or_a_party_keeps_its_will_on_such_a_page() -> None:
    for line in (
        "Councillor Mira Holt will reopen the rose garden in May.",
        "Labor will reopen the rose garden in May.",
    ):
        recs = [r for r in found(GUIDE + line) if "rose garden" in r.sentence]
        assert [r.trigger for r in recs] == ["will"], line
