"""Session 22 (issue 12 point 3): roles that straight news writes around a name and no role list
holds: an organisation in apposition after the name ('..., from the State Emergency Service,
...'), a common noun the parse makes part of the name ('English seamer ...'); and what is no one
person's role (a group, a prize's category); titles and ties of someone else stay theirs.
Sentences written for these tests; the model's labels are set on the Doc (tests/tagging.py)."""

from __future__ import annotations

from entity_helpers import roles_tagged
from newsdesk.analysis.entities.people.roles import _prize_role


def test_a_tie_to_someone_else_in_the_apposition_is_the_tie() -> None:
    """A guard (passes before session 22 too): the new mechanisms leave a tie in place."""
    text = "The minister's son, Tom Smith, said he had not been consulted about the plan."
    assert roles_tagged(text, {"Tom Smith": "PERSON"}) == {"Tom Smith": "minister's son"}


def test_an_organisation_in_apposition_after_the_name_is_the_role() -> None:
    text = "Karen Doyle, from the State Emergency Service, says crews worked through the night."
    roles = roles_tagged(text, {"Karen Doyle": "PERSON", "the State Emergency Service": "ORG"})
    assert roles == {"Karen Doyle": "from the State Emergency Service"}
    text = "Karen Doyle, of the Nurses Federation, says the strike will go ahead."
    roles = roles_tagged(text, {"Karen Doyle": "PERSON", "the Nurses Federation": "ORG"})
    assert roles == {"Karen Doyle": "of the Nurses Federation"}


def test_a_place_in_apposition_after_the_name_is_no_role() -> None:
    """A guard (passes before session 22 too): the organisation apposition must not fire on
    a place."""
    text = "Karen Doyle, of Ballarat, says the strike will go ahead."
    roles = roles_tagged(text, {"Karen Doyle": "PERSON", "Ballarat": "GPE"})
    assert roles == {"Karen Doyle": None}


def test_a_common_noun_the_parse_puts_in_the_name_is_the_role() -> None:
    text = "English seamer Colin Hadlow took three wickets before lunch on the first day."
    roles = roles_tagged(text, {"Colin Hadlow": "PERSON", "English": "NORP"})
    assert roles == {"Colin Hadlow": "English seamer"}


def test_no_role_from_a_verb_or_an_object_before_the_name() -> None:
    """A guard (passes before session 22 too): the descriptor noun must not fire on a verb
    or an object before the name."""
    text = "Fans cheered John Smith as he walked off the ground on Saturday."
    assert roles_tagged(text, {"John Smith": "PERSON"}) == {"John Smith": None}
    text = "The coach told reporters John Smith would miss the next match."
    assert roles_tagged(text, {"John Smith": "PERSON"}) == {"John Smith": None}


def test_each_of_two_titled_people_keeps_their_own_title() -> None:
    """A guard (passes before session 22 too): titles stay with their own people."""
    text = "Prime Minister John Howard met Opposition Leader Simon Crean in Canberra on Monday."
    roles = roles_tagged(
        text, {"John Howard": "PERSON", "Simon Crean": "PERSON", "Canberra": "GPE"}
    )
    assert roles == {"John Howard": "Prime Minister", "Simon Crean": "Opposition Leader"}


def test_a_group_noun_is_no_one_persons_role() -> None:
    """The noun before the name is read as a role ('veteran drummer', a guard), unless it
    names a group: without the group filter the descriptor noun gives 'acoustic duo'."""
    text = "The crowd loved acoustic duo Peter Lang at the festival."
    assert roles_tagged(text, {"Peter Lang": "PERSON"}) == {"Peter Lang": None}
    text = "The crowd loved veteran drummer Peter Lang at the festival."
    assert roles_tagged(text, {"Peter Lang": "PERSON"}) == {"Peter Lang": "veteran drummer"}


def test_a_prizes_category_is_no_role_but_a_best_friend_is() -> None:
    text = (
        "The film is nominated for best picture, best actress for Mara Quint, best director "
        "for Tobias Renn and best score."
    )
    roles = roles_tagged(text, {"Mara Quint": "PERSON", "Tobias Renn": "PERSON"})
    assert roles == {"Mara Quint": None, "Tobias Renn": None}
    text = "His best friend, Tom Smith, said he was shocked by the news."
    assert roles_tagged(text, {"Tom Smith": "PERSON"}) == {"Tom Smith": "best friend"}


def test_a_prizes_category_leaves_the_mention_to_the_next_finder() -> None:
    """(session 22 review) A role of a prize skipped inside a pass lets the pass's next finder
    read the same mention: the title before the name."""
    text = "Actor John Smith, best actor at last year's festival, arrived on Monday."
    assert roles_tagged(text, {"John Smith": "PERSON"}) == {"John Smith": "Actor"}
    text = "Actor John Smith arrived on Monday."
    assert roles_tagged(text, {"John Smith": "PERSON"}) == {"John Smith": "Actor"}


def test_the_sentences_capital_word_is_part_of_the_descriptor() -> None:
    """(session 22 review) A lower-case word the sentence's capital starts ('Former') belongs to
    the descriptor noun; the sentence's first word is no role by itself."""
    text = "Former Australian paceman Glenn McGrath said the pitch was flat."
    roles = roles_tagged(text, {"Glenn McGrath": "PERSON", "Australian": "NORP"})
    assert roles == {"Glenn McGrath": "Former Australian paceman"}
    text = "Former paceman Glenn McGrath said the pitch was flat."
    roles = roles_tagged(text, {"Glenn McGrath": "PERSON"})
    assert roles == {"Glenn McGrath": "Former paceman"}


def test_a_blank_role_is_no_prize() -> None:
    """(session 22 review) A role of white space only opens with no word: no prize, no error."""
    assert _prize_role("   ") is False
    assert _prize_role("") is False
    assert _prize_role("best actor") is True
