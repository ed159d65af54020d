"""Round 10a of the commitments (docs/history/commitments.md, "Round 10a (session 11): false alarms"):
the false-alarm classes that won in grouped cross-validation (a name tagged PERSON with no person
behind it, a writer's habit under a circumstance, "consider" as judge or reflect), and the
campaign platform shapes, which must fire. The tool rule tied in grouped CV and was taken out by
the lead; its two keep-the-record tests stay (a named body's "will" is its undertaking). Sentences
written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength

# ------------------------------------------------ a thing, a program or a machine as subject


def test_a_firm_people_use_that_speaks_elsewhere_keeps_its_record() -> None:
    text = (
        "Millions of riders use Trevvo to get home. Trevvo said it would review fares. "
        "Trevvo will lower its fees for drivers in Leeds next month."
    )
    recs = [r for r in found(text) if "fees" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


def test_the_same_name_acting_keeps_its_record() -> None:
    # with no sentence operating it as a tool, a named body's "will" is still its undertaking
    text = (
        "Engineers at Vellmar Systems built the dish in 2019. "
        "Vellmar will open a second observatory in Peru next year."
    )
    recs = [r for r in found(text) if "Peru" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


def test_a_name_tagged_person_that_no_person_stands_behind_undertakes_nothing() -> None:
    # the model calls the boat and the language PERSON; the entities stage finds no person there
    for text, words in (
        ("The deckhands woke early. The Marisol will drag its nets along the shelf.", "nets"),
        ("In this example, Kotlin will stop the loop after the first match.", "loop"),
    ):
        assert [r for r in found(text) if words in r.sentence] == [], text


def test_a_person_the_entities_stage_found_keeps_the_record() -> None:
    text = (
        "Tamsin Rook founded the bakery in 2019. Rook will open a second shop in Leeds next year."
    )
    recs = [r for r in found(text) if "Leeds" in r.sentence]
    assert [(r.strength, r.actors) for r in recs] == [(Strength.commitment, ["Tamsin Rook"])]


# ------------------------------------------------ the writer's habit on a guide's page

GUIDE = (
    "You can grow tomatoes on any sunny balcony. Your pots should drain well. "
    "If you water too often, you will rot the roots. "
)


def test_a_writers_habit_under_a_circumstance_is_no_undertaking() -> None:
    line = "Once the seedlings grow taller, I will move them to bigger pots."
    assert [r for r in found(GUIDE + line) if "seedlings" in r.sentence] == []


def test_a_writers_habit_depending_on_the_case_is_no_undertaking() -> None:
    line = "Depending on the weather, I will either water the pots or move them inside."
    assert [r for r in found(GUIDE + line) if "weather" in r.sentence] == []


def test_the_writers_own_condition_keeps_the_record() -> None:
    # the clause's subject is the writer: a plan on a condition of the writer's own (a speech)
    line = "When I am elected mayor, I will plant a hundred trees on the high street."
    recs = [r for r in found(GUIDE + line) if "trees" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


SPEECH = "You can vote early this year. Your ballot matters. You should check your enrolment. "


def test_a_candidates_condition_on_the_voter_keeps_the_record() -> None:
    # the voter's act as the condition: a campaign's conditional undertaking (guideline 9)
    line = "If you vote for me, I will reopen the maternity ward in Corlan."
    recs = [r for r in found(SPEECH + line) if "maternity" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


def test_on_a_campaign_page_the_writers_conditions_keep_their_records() -> None:
    line = "Once the new term begins, I will reopen the maternity ward in Corlan."
    page = SPEECH + "The Greens will fund the hospital. " + line
    recs = [r for r in found(page) if "maternity" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


def test_a_writers_undertaking_with_no_circumstance_keeps_the_record() -> None:
    line = "I will post the harvest photos next month."
    recs = [r for r in found(GUIDE + line) if "harvest" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


# ------------------------------------------------ campaign voice: the platform's shapes

PARTY_PAGE = "The Marlow Party today released its plan for the regions. "


def test_under_a_party_a_beneficiary_will_get() -> None:
    recs = found("Under Labor, every child will get two free days of preschool.")
    assert [r.strength for r in recs] == [Strength.commitment]


def test_under_a_party_government_a_beneficiary_will_receive() -> None:
    recs = found("Under a Labor government, every school will receive a new library.")
    assert [r.strength for r in recs] == [Strength.commitment]


def test_under_a_party_a_thing_that_rises_is_a_forecast() -> None:
    # an opponent's attack line: prices are no beneficiary, nobody undertakes their rise
    assert found("Under Labor, electricity prices will rise.") == []


def test_a_partys_plan_will_create() -> None:
    recs = found("Labor's plan will create 40,000 jobs in the regions.")
    assert [r.strength for r in recs] == [Strength.commitment]


def test_a_partys_plan_that_costs_is_no_undertaking() -> None:
    assert found("Labor's plan will cost 10,000 jobs.") == []


def test_our_plan_on_a_campaign_page() -> None:
    line = "Our plan will create 40,000 jobs in the regions."
    recs = [r for r in found("Labor will fund 500 nurses. " + line) if "regions" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]


def test_our_plan_on_a_service_page_is_a_product() -> None:
    line = "Our plan will give you unlimited data."
    assert found(line) == []


def test_we_would_on_a_campaign_page_states_the_platform() -> None:
    line = "We would bring back the building watchdog."
    recs = [r for r in found("Labor will fund 500 nurses. " + line) if "watchdog" in r.sentence]
    assert [(r.strength, r.trigger) for r in recs] == [(Strength.commitment, "would")]


def test_we_would_elsewhere_stays_a_hypothetical() -> None:
    assert found("We would bring back the old recipe.") == []


def test_i_would_on_a_campaign_page_stays_a_hypothetical() -> None:
    # a party speaks as "we"; a writer's "I would …" imagines
    line = "I would plant peas along the fence."
    assert [r for r in found("Labor will fund 500 nurses. " + line) if "peas" in r.sentence] == []


def test_campaign_voice_keeps_its_first_person_records() -> None:
    for line in (
        "We will cut income tax for every worker earning under $90,000.",
        "If elected, we will scrap the payroll tax.",
        "A Marlow Party government will build a new hospital in Geelong.",
    ):
        assert [r.strength for r in found(line)] == [Strength.commitment], line


# ------------------------------------------------ consider as judging or reflecting


def test_consider_oneself_a_noun_is_a_judgement() -> None:
    assert found("Dana Wirth considers herself a gardener first and a writer second.") == []


def test_consider_how_a_finite_clause_is_a_reflection() -> None:
    assert (
        found("In her new book, Lina Okafor considers how cities and rivers shape each other.")
        == []
    )


def test_a_relative_gap_judged_by_a_superlative_is_a_judgement() -> None:
    assert found("A chef we consider the finest in the county cooked the dinner.") == []


def test_weighing_an_option_stays_a_consideration() -> None:
    for line in (
        "The council is considering how to fund the new bridge.",
        "The board is considering whether to sell the ferry line.",
    ):
        assert [r.strength for r in found(line)] == [Strength.consideration], line


def test_we_will_get_a_thing_back_is_an_act() -> None:
    recs = found("We will get the state budget back into surplus by 2028.")
    assert [r.strength for r in recs] == [Strength.commitment]


def test_getting_ones_money_back_is_receiving() -> None:
    assert found("Investors will get their money back next spring.") == []
