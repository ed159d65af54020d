"""Round 3 of the commitment rules (docs/history/commitments.md, "Round 3 (session 4)"): campaign-style
text (a party's own "we", pledges in a manifesto, lists under "We will:"), the writer about the
text itself, and the bench's actor match. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from benches import load_bench
from commitment_helpers import found

# ------------------------------------------------ a manifesto's own voice


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("We will cut income tax for working families.", "commitment"),
        ("We'll scrap the tax on second bedrooms.", "commitment"),
        ("I pledge to protect the local maternity ward.", "commitment"),
        ("We are committed to net zero emissions by 2045.", "commitment"),
        ("Our pledge is to recruit 8,000 more police officers.", "commitment"),
        ("We're going to build the roads and the rail this region needs.", "intention"),
        ("We will get the new hospital built.", "commitment"),
        ("I will fight every day for the families of the valley.", "commitment"),
    ],
)
def test_first_person_pledges_are_undertakings(sentence: str, strength: str) -> None:
    recs = found(sentence)
    assert [r.strength for r in recs] == [strength]
    assert recs[0].actors == []  # nobody is named: no guess


def test_a_party_government_is_its_party() -> None:
    (rec,) = found("A Torvald Party government will build 300,000 council homes.")
    assert rec.strength == "commitment"
    assert any("Torvald" in a for a in rec.actors)


def test_we_is_the_party_the_text_names() -> None:
    text = (
        "The Greenway Party will double the number of bus routes in the county. "
        "We will also freeze rail fares for five years."
    )
    recs = found(text)
    assert len(recs) == 2
    assert all(any("Greenway" in a for a in r.actors) for r in recs)


def test_we_named_in_apposition() -> None:
    (rec,) = found("We, the Harbour Alliance, will ban new coal mines on the coast.")
    assert any("Harbour Alliance" in a for a in rec.actors)


def test_a_list_under_we_will() -> None:
    text = (
        "The Greenway Party will:\n"
        "• Invest $2 billion in schools;\n"
        "• Cap childcare fees; and\n"
        "• Restore weekend penalty rates.\n"
        "\n"
        "The party said the plan was fully costed.\n"
    )
    recs = [r for r in found(text) if r.action]
    assert [r.action for r in recs] == [
        "Invest $2 billion in schools",
        "Cap childcare fees",
        "Restore weekend penalty rates",
    ]
    assert all(r.strength == "commitment" for r in recs)
    assert all(any("Greenway" in a for a in r.actors) for r in recs)
    assert all(text[r.action_start : r.action_end] == r.action for r in recs)


def test_a_quoted_we_is_still_the_speaker() -> None:
    (rec,) = found('"We will cut fares by a third," said Labour leader Anna Holt.')
    assert rec.actors == ["Anna Holt"]


# ------------------------------------------------ not over-firing


@pytest.mark.parametrize(
    "sentence",
    [
        "It will rain across the north tomorrow.",
        "Prices will rise.",
        "The match will be played on Sunday.",
        "House prices will keep falling next year.",
        "The new bridge will open to traffic in 2027.",
    ],
)
def test_predictions_and_schedules_are_not_pledges(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In this guide we'll explore the best laptops for students.",
        "I'll show you how to set up the router in five minutes.",
        "As we will see below, the older model is quieter.",
    ],
)
def test_the_writer_about_the_text_is_no_undertaking(sentence: str) -> None:
    assert found(sentence) == []


def test_a_writer_real_world_undertaking_counts() -> None:
    recs = found("We will publish the full survey results next month.")
    assert [r.strength for r in recs] == ["commitment"]


# ------------------------------------------------ the bench's actor match (guideline 10)


def test_actor_match_is_fair_not_lax() -> None:
    bench = load_bench("commitments")
    match, fold = bench.names_match, bench.folded
    assert match(fold(["Madeleine Albright"]), fold(["Albright"]))
    assert match(fold(["the Greenway Party's"]), fold(["Greenway Party"]))
    assert match(set(), set())
    # a partial list, an extra actor, or one side empty is wrong
    assert not match(fold(["Pirelli", "CITIC Pacific"]), fold(["Pirelli"]))
    assert not match(fold(["Pirelli"]), fold(["Pirelli", "Multico"]))
    assert not match(fold(["Pirelli"]), set())
    assert not match(set(), fold(["Pirelli"]))


def test_a_leading_condition_is_not_the_action() -> None:
    (rec,) = found("If elected, we will abolish tuition fees.")
    assert rec.action == "abolish tuition fees"
    assert rec.conditional is not None and "elected" in rec.conditional


@pytest.mark.parametrize(
    "sentence",
    [
        "I will sometimes pack a spare stove for longer trips.",
        "Both sides will want to calm the dispute, the envoy said.",
        "Considering the price, we can't complain about the battery.",
    ],
)
def test_habits_forecast_wishes_and_premises_are_not_undertakings(sentence: str) -> None:
    assert found(sentence) == []


# ------------------------------------------------ actors: groups and the body behind a quote


def test_a_quoted_we_of_a_company_is_the_company() -> None:
    text = (
        'Velda Foods bought a dairy from Moss Farms. "We will hire 300 workers," the company said.'
    )
    recs = found(text)
    assert recs and recs[-1].actors == ["Velda Foods"]


def test_a_counted_group_of_companies() -> None:
    text = "Harlow Bank and Borel Trust agreed to merge. The two banks will close 40 branches."
    recs = found(text)
    assert recs[-1].actors == ["Harlow Bank", "Borel Trust"]


def test_countries_listed_beside_a_counted_noun() -> None:
    text = (
        "Envoys of the three countries -- Norway, Chile and Kenya -- will sign the treaty in "
        "Geneva on Monday."
    )
    (rec,) = found(text)
    assert sorted(rec.actors) == ["Chile", "Kenya", "Norway"]


# ------------------------------------------------ "it" with a verb only an agent can be subject of


def test_it_aims_to_is_the_organisation() -> None:
    text = "Velda Foods bought a dairy last year. It aims to invest $20 million in the plant."
    recs = found(text)
    assert [r.strength for r in recs] == ["intention"]
    assert recs[0].actors == ["Velda Foods"]


@pytest.mark.parametrize(
    "text",
    [
        "Velda Foods sells a folding bike. It weighs under three kilograms.",
        "Velda Foods sells a folding bike. It is expected to sell well.",
        "It aims to please.",
    ],
)
def test_it_of_a_thing_is_still_no_agent(text: str) -> None:
    assert found(text) == []


def test_a_possessor_holds_the_proposal_it_names() -> None:
    recs = found("Traders studied Senator Ivo Brill's proposal to cut fuel duty by ten percent.")
    assert recs and recs[0].strength == "intention"
    assert any("Brill" in a for a in recs[0].actors)


def test_our_government_in_a_party_text_is_the_party() -> None:
    text = "The Harbour Party will cap rents. Our government will also build 5,000 homes."
    recs = found(text)
    assert len(recs) == 2 and recs[1].actors == recs[0].actors
    assert any("Harbour" in a for a in recs[1].actors)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is important to fund the clinics," said Dr Ana Vey.',
        # round 12a: "had planned to" (the pluperfect-intention rule, on no page of the pool) was
        # removed with its rule
    ],
)
def test_an_adjective_infinitive_and_a_past_intention_are_no_records(sentence: str) -> None:
    assert found(sentence) == []


def test_is_to_still_states_a_settled_plan() -> None:
    assert [r.strength for r in found("Two cities are to ban diesel cars.")] == ["commitment"]


def test_the_text_reporting_its_own_words_is_still_its_voice() -> None:
    (rec,) = found("I'm announcing today that we will build a new hospital in Penrith.")
    assert rec.strength == "commitment"
    assert rec.actors == []  # never "I" or "We" as a name
