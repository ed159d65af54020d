"""Round 9a of the commitment actors (docs/history/commitments.md, "Round 9a (session 10): actors"): one
test per class of actor error fixed, and the bench's classes of actor errors. Sentences written
for these tests; names invented."""

from __future__ import annotations

import pytest

from benches import load_bench
from commitment_helpers import found


def actors_of(text: str, trigger: str) -> list[str]:
    """The actors of the one record of `text` whose trigger starts with `trigger`."""
    recs = [r for r in found(text) if r.trigger.startswith(trigger)]
    assert len(recs) == 1, [(r.trigger, r.actors) for r in found(text)]
    return recs[0].actors


# -- groups and lists: the parties a clause in reach names together --------------------------


def test_both_sides_are_the_parties_named_together_before() -> None:
    text = (
        "Castell Bank and Northwind Energy met in Leeds on Monday. "
        "Both sides agreed to resume talks next month."
    )
    assert actors_of(text, "agreed") == ["Castell Bank", "Northwind Energy"]


def test_the_partners_are_the_parties_of_the_clause_not_the_venture_they_name() -> None:
    text = (
        "Castell Bank is linking with Northwind Energy in a venture to be called Harbour Solar "
        "Ltd. The partners will invest $30 million in the plant."
    )
    assert actors_of(text, "will") == ["Castell Bank", "Northwind Energy"]


def test_a_count_that_does_not_match_the_parties_does_not_take_them() -> None:
    text = (
        "Castell Bank and Northwind Energy signed a supply deal on Monday. "
        "The three companies will build a solar farm near Leeds."
    )
    assert "Castell Bank" not in actors_of(text, "will")


def test_a_subject_listing_its_members_names_them() -> None:
    assert actors_of("A consortium including Castell Bank plans to bid for the port.", "plans") == [
        "Castell Bank"
    ]
    text = "Firms such as Castell Bank and Northwind Energy have pledged to cut emissions by 2030."
    assert actors_of(text, "pledged") == ["Castell Bank", "Northwind Energy"]


# -- an organisation's "we" in a quotation with no speaker ------------------------------------


def test_a_quoted_we_with_no_speaker_is_the_organisation_just_named() -> None:
    text = 'Northwind Energy apologised on Tuesday. "We will repay every customer in full."'
    assert actors_of(text, "will") == ["Northwind Energy"]


def test_a_quoted_we_does_not_reach_an_organisation_named_sentences_back() -> None:
    text = (
        "Northwind Energy apologised on Tuesday. Customers were angry. The outage lasted a "
        'week. "We will repay every customer in full."'
    )
    assert actors_of(text, "will") == []


# -- a common noun for a place or a body: the place or body it stands for --------------------


def test_the_state_is_the_place_named_not_the_organisation_named_last() -> None:
    text = (
        "Portland General Electric reported losses in Oregon. "
        "The state will review the company's rates next year."
    )
    assert actors_of(text, "will") == ["Oregon"]


def test_the_city_after_its_name() -> None:
    text = "Ilse Varga, the mayor of Leeds, said the city would build two shelters."
    assert actors_of(text, "would") == ["Leeds"]


def test_a_body_owned_by_a_named_organisation_is_that_organisation() -> None:
    text = "Northwind Energy's board has agreed to sell the firm's Leeds depot."
    assert actors_of(text, "agreed") == ["Northwind Energy"]


def test_the_bank_prefers_the_organisation_whose_name_holds_the_noun() -> None:
    text = (
        "The Financial Conduct Authority fined Castell Bank on Monday. "
        "It said the bank will repay every customer."
    )
    assert actors_of(text, "will") == ["Castell Bank"]


# -- the reporting source is not the actor ----------------------------------------------------


def test_a_pronoun_before_its_reporting_clause_is_not_the_source() -> None:
    text = "Tom Astley was charged on Monday. He will repay the money, prosecutor Jane Doe said."
    assert actors_of(text, "will") == ["Tom Astley"]


def test_a_pronoun_after_a_reported_sentence_is_the_one_spoken_of() -> None:
    text = "Tom Astley was charged on Monday, prosecutor Jane Doe said. He will repay the money."
    assert actors_of(text, "will") == ["Tom Astley"]


def test_a_speaker_still_speaks_of_himself() -> None:
    assert actors_of("Chairman Tom Astley said he would ignore the ruling.", "would") == [
        "Tom Astley"
    ]


def test_the_company_is_not_the_office_that_reports_it() -> None:
    text = (
        "The Leeds Attorney's Office charged Castell Bank on Monday. "
        "The company will pay $2 million, the office said."
    )
    assert actors_of(text, "will") == ["Castell Bank"]


# -- the bench: actor errors by class, without reading sentences ------------------------------


@pytest.mark.parametrize(
    ("gold", "preds", "kind"),
    [
        ({"castell bank"}, [([], "the firm", "")], "missing"),
        ({"castell bank"}, [([], "it", "")], "pronoun unresolved"),
        (set(), [(["officials"], "officials", "")], "common noun or heading"),
        (set(), [(["Castell Bank"], "Castell Bank", "")], "extra actor"),
        ({"castell bank"}, [(["Jane Doe"], "he", "Jane Doe")], "reporting source taken"),
        ({"castell bank"}, [(["Jane Doe"], "he", "")], "pronoun resolved wrong"),
        ({"castell bank", "northwind energy"}, [(["Castell Bank"], "Castell Bank", "")],
         "group or list partial"),
        ({"castell bank"}, [(["Castell Bank", "Jane Doe"], "Castell Bank and Jane Doe", "")], "extra actor"),
        ({"castell bank"}, [(["Northwind Energy"], "the firm", "")], "wrong name"),
    ],
)  # fmt: skip
def test_actor_errors_are_classed(
    gold: set[str], preds: list[tuple[list[str], str, str]], kind: str
) -> None:
    bench = load_bench("commitments")
    made = [bench.Pred("commitment", names, "will", "", text, src) for names, text, src in preds]
    assert not bench.names_match(gold, bench.folded(a for p in made for a in p.actors))
    assert bench.actor_error(gold, made) == kind
