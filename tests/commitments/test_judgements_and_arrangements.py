"""Round 4 of the commitment rules (docs/history/commitments.md, "Round 4 (session 5)"): one test per
error class addressed. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from benches import load_bench
from commitment_helpers import found

# ------------------------------------------------ precision


def test_considering_a_thing_biased_is_a_judgement() -> None:
    """'considers X biased': a small clause judging a thing, not an option weighed."""
    assert (
        found(
            "The Northland Authority - which considers the neighbouring council biased and has "
            "rejected its offer - called for a meeting."
        )
        == []
    )
    (rec,) = found("The Northland Authority is considering a sale of its harbour stake.")
    assert rec.strength == "consideration"


def test_a_class_defined_by_a_relative_clause_is_no_actor() -> None:
    """'Groups that seek to …', 'Charities that plan to …': a class, nobody in particular."""
    assert found("Groups that seek to curb online gambling welcomed the report.") == []
    assert found("Charities that plan to expand abroad must register first.") == []


def test_a_relative_clause_is_not_held_by_the_main_verb() -> None:
    """'The lenders, which plan to …, declined to comment': the refusal is the main clause's;
    the relative clause states the lenders' plan."""
    (rec,) = found(
        "Harlow Bank said its two partner lenders, which plan to raise fees next year, "
        "declined to comment."
    )
    assert rec.strength == "intention"
    assert rec.trigger == "plan to"


# ------------------------------------------------ campaign material


def test_a_party_platform_stated_with_would() -> None:
    """'A Torvald Party government would scrap …', 'If elected, X would …': a programme, not a
    hypothetical; a bare 'would' about the world stays a hypothetical."""
    (rec,) = found("A Torvald Party government would scrap the tax on bus tickets.")
    assert rec.strength == "commitment"
    assert any("Torvald" in a for a in rec.actors)
    (rec,) = found("If elected, the Greenway Party would open two new clinics.")
    assert any("Greenway" in a for a in rec.actors)
    assert found("One day the country would pay a high price for it.") == []


# ------------------------------------------------ actors


def test_a_paragraph_joined_to_the_one_before_keeps_its_own_subject() -> None:
    text = (
        "Harbour City have this morning paid the fee to secure the record signing of Valdor "
        "keeper Rafael Ostberg\n\nThis has freed the move of Tomas Berg to Ostrava\n\n"
        "Rafael Ostberg will undergo a medical at the training ground today ahead of the move."
    )
    recs = [r for r in found(text) if r.trigger == "will"]
    assert [r.actors for r in recs] == [["Rafael Ostberg"]]


# ------------------------------------------------ recall: missed shapes


def test_a_present_progressive_with_a_future_time_is_an_arrangement() -> None:
    """'Orbis is holding an event next month': settled like 'will'; without a time ahead it is
    what is happening now, and a thing as subject still predicts."""
    (rec,) = found("Shares in Orbis rose. Orbis is holding a launch event in Denver next month.")
    assert (rec.strength, rec.trigger, rec.actors) == ("commitment", "is holding", ["Orbis"])
    assert found("Orbis is holding talks with its lenders.") == []
    assert found("Orbis held a launch event in Denver last month.") == []
    assert found("The storm is moving east tomorrow.") == []


def test_plans_made_known_without_an_infinitive() -> None:
    """'unveiled its plans', 'announced plans for a plant': an intention made public."""
    (rec,) = found("The Harbour Board announced plans for a second container terminal.")
    assert rec.strength == "intention"
    assert rec.actors == ["Harbour Board"]
    assert found("The Harbour Board discussed the plans of the city.") == []


# ------------------------------------------------ precision: schedules and voters


def test_fixtures_and_trials_are_someone_elses_schedule() -> None:
    assert found("Harbour City will take on Valdor United on Saturday.") == []
    assert found("The former mayor will stand trial in March.") == []
    assert found("Voters will go to the polls on 18 May.") == []
    (rec,) = found("The Torvald Party will take on the water companies over sewage.")
    assert rec.strength == "commitment"


def test_a_goal_held_by_the_clause_it_qualifies() -> None:
    """'X is working on Y, with a goal of doing Z': the goal is X's."""
    text = (
        "The Orbital Agency said on Monday that it had picked three firms. The agency is "
        "working on a call for instruments, with a goal of doing two deliveries a year."
    )
    recs = [r for r in found(text) if r.trigger == "goal"]
    assert [r.strength for r in recs] == ["intention"]
    assert recs[0].actor_text.lower().endswith("agency")


def test_actor_match_gives_a_common_noun_no_credit() -> None:
    """Guideline 10: an actor is a name, never a common noun; the bench's match no longer lets
    'government' pass for 'Kenyan government' (word inclusion was enough before)."""
    bench = load_bench("commitments")
    match, fold = bench.names_match, bench.folded
    assert not match(fold(["Kenyan government"]), fold(["government"]))
    assert not match(fold(["Greenway Party"]), fold(["the party"]))
    assert match(fold(["the government"]), fold(["Government"]))
    assert match(fold(["Madeleine Albright"]), fold(["Albright"]))


def test_actor_match_sets_a_courtesy_title_aside() -> None:
    """Session 25: the annotator's "Mr Arafat" and newsdesk's full name "Yasser Arafat" are one
    person (fields, `actors`); a title is set aside only before a name, and a wrong surname
    still fails."""
    bench = load_bench("commitments")
    match, fold = bench.names_match, bench.folded
    assert match(fold(["Mr Arafat"]), fold(["Yasser Arafat"]))
    assert match(fold(["Dr Hollingworth"]), fold(["Peter Hollingworth"]))
    assert not match(fold(["Mr Arafat"]), fold(["Ariel Sharon"]))
    assert not match(fold(["Dr Hollingworth"]), fold(["Dr Kemp"]))


# ------------------------------------------------ the writer about the text (guideline 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "In this paper I will concentrate on the costs borne by small landlords.",
        "Later, we'll explore how a removals firm can take the strain out of the move.",
        "Here we are going to give you brief introductions to four cider regions.",
        "We will cover essential topics such as saving, budgeting and pensions.",
        "In this beginner's guide to composting, we will provide you with practical tips.",
        "We will also recommend some of the best trail shoes for wet weather.",
        "However, we would like to share with you one of our favourite recipes.",
        "Today, we’re going to talk about why sleep matters for runners.",
    ],
)
def test_the_writer_about_the_text_is_no_undertaking(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will cover the cost of every GP visit for children under 16.",
        "We'll be publishing the full audit results next month.",
        "Today we will announce a new rail plan for the valley.",
    ],
)
def test_the_writer_acting_in_the_world_still_undertakes(sentence: str) -> None:
    (rec,) = found(sentence)
    assert rec.strength == "commitment"


# ------------------------------------------------ precision: views, assurances, classes, wishes


def test_assurances_views_classes_and_hopes_are_no_undertakings() -> None:
    assert found("I promise you that the view is worth the climb.") == []
    assert found("Dr Lind agrees: walking has been linked to a lower risk of heart disease.") == []
    assert found("Companies will demand software that is fast and cheap.") == []
    assert found("The app makes it easy to plan lessons and find tutors.") == []
    assert found("I hope the developers will fix these bugs soon.") == []
    (rec,) = found("Police will patrol the square on Saturday night.")
    assert rec.strength == "commitment"


def test_an_agreement_to_act_binds_its_parties() -> None:
    """'announced a definitive agreement to acquire X': a commitment of who made it; the deal
    talked about as a subject is not."""
    text = "Shares of Orvane rose. Orvane announced a definitive agreement to acquire Kestrel."
    recs = [r for r in found(text) if "agreement" in r.trigger]
    assert [(r.strength, r.actors) for r in recs] == [("commitment", ["Orvane"])]
    assert found("The deal to buy Kestrel values the firm at $2 billion.") == []


# ------------------------------------------------ typographic apostrophes


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("We’ll cut the tax on heating oil.", "commitment"),
        ("We won’t raise the fares.", "commitment"),
        ("We’re going to build the new line.", "intention"),
        ("The mayor said she’d close the depot next year.", "commitment"),
    ],
)
def test_curly_apostrophe_contractions_are_read(sentence: str, strength: str) -> None:
    """'We’ll', 'won’t', 'we’re going to', 'she’d': the small model leaves the curly forms
    unlemmatised ('’ll' is not 'will'), and web and campaign text is full of them."""
    (rec,) = found(sentence)
    assert rec.strength == strength


def test_a_hypothetical_want_is_no_intention() -> None:
    assert found("For this to work, I would want to add a feedback loop.") == []
    (rec,) = found("We would like to open a second clinic in the spring.")
    assert rec.strength == "intention"


def test_a_tagged_common_noun_is_no_actor() -> None:
    """'the government' in lower case is a common noun: no actor unless the article names the
    government. Capitalised after "the", wherever it stands (a sentence's first words
    included), 'the Government' is how Commonwealth news names the national government, and
    the annotators of such stories name it so ("Government"; session 20)."""
    (rec,) = found("The Prime Minister said the government would not increase the sales tax.")
    assert rec.actors == []
    (rec,) = found("The Prime Minister said the Government would not increase the sales tax.")
    assert rec.actors == ["Government"]
    (rec,) = found("The Government would not increase the sales tax, the Prime Minister said.")
    assert rec.actors == ["Government"]
