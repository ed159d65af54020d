"""Session 15 (campaign): party releases and campaign wire copy, read as a voter would. One
test a class the round fixed: an "if re-elected," phrase the parser hangs on the main verb, a
party named as such as the subject of any trigger, "the party" in reach, the text's own "we
will" on a campaign page, "will not let X down". Sentences and parties written for these tests;
the supplied article keeps its records."""

from __future__ import annotations

import newsdesk
from commitment_helpers import found
from newsdesk.labels import Strength
from project_paths import ROOT


def _records(text: str, words: str) -> list[tuple[Strength, list[str], bool]]:
    return [(r.strength, r.actors, r.negated) for r in found(text) if words in r.sentence]


def test_if_re_elected_hung_on_the_main_verb_is_still_the_condition() -> None:
    text = (
        "Deputy Premier Mick Dorrigo said the grant scheme would begin in 2021. "
        '"If re-elected, we will extend the flood relief package for another two years," '
        "Mr Dorrigo said."
    )
    records = [r for r in found(text) if "flood relief" in r.sentence]
    assert [(r.strength, r.actors) for r in records] == [(Strength.commitment, ["Mick Dorrigo"])]
    assert records[0].conditional == "If re-elected"
    assert "re-elected" not in records[0].action


def test_a_party_named_as_such_can_weigh_an_option() -> None:
    text = "Labor is considering a cap on campaign donations. The talks resume in March."
    assert _records(text, "cap") == [(Strength.consideration, ["Labor"], False)]


def test_a_party_word_that_is_no_party_stays_no_agent() -> None:
    # lower case: the work people do, not the party; it undertakes nothing
    text = "In the valley, labor is considering a move to the coast, the survey found."
    assert _records(text, "coast") == []


def test_the_party_is_the_party_named_in_reach() -> None:
    text = "Greens leader Tom Hallett said the party would push for a national integrity body."
    assert _records(text, "integrity") == [(Strength.commitment, ["Greens"], False)]


def test_a_party_government_in_a_quote_is_the_party() -> None:
    text = (
        '"A Coalition government will build the Badgerys Creek rail link on time," '
        "Transport Minister Paul Catto told the forum."
    )
    assert _records(text, "rail link") == [(Strength.commitment, ["Coalition"], False)]


def test_a_campaign_page_own_we_will_is_the_party_in_reach() -> None:
    # a page that names a party as such ("Labor") is a campaign's: its own "we" is the party
    # the sentence before names
    text = (
        "The Harbour Party has a clear plan for a stronger economy. "
        "We will keep the budget in surplus. Labor cannot manage money."
    )
    assert _records(text, "surplus") == [(Strength.commitment, ["Harbour Party"], False)]


def test_will_not_let_down_is_a_negated_undertaking_not_a_refusal_to_speak() -> None:
    text = "I will not let our dairy farmers down, the senator told the rally."
    assert _records(text, "dairy") == [(Strength.commitment, [], True)]


def test_would_not_let_on_still_declines() -> None:
    assert _records("The senator would not let on about her plans.", "let on") == []


def test_the_supplied_article_keeps_its_records() -> None:
    brief = newsdesk.analyze(ROOT / "examples" / "article.txt")
    got = [(c.strength, c.actors) for c in brief.commitments]
    assert (Strength.consideration, ["Joe Biden"]) in got
    assert (Strength.intention, ["Joe Biden"]) in got
    assert (Strength.commitment, ["Antony Blinken"]) in got
    assert (Strength.commitment, ["Guatemala"]) in got
    assert len(got) == 13
    assert all(actors for _, actors in got)
