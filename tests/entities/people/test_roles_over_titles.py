"""Round 7 of issue 12 (session 7): people on pages that are not hard news, and roles read over
titles, possessives and clauses. Sentences written for these tests; the model's labels are set
on the Doc (tests/tagging.py), so each test exercises the rule, not what the small model tags in
one short text."""

from __future__ import annotations

from entity_helpers import roles_tagged
from newsdesk.analysis.entities.people import people_spans
from newsdesk.analysis.entities.spans import DocView, make_span
from tagging import tagged_doc


def test_a_given_name_the_tagger_calls_a_verb_stays_in_the_name() -> None:
    text = "The trial was run by doctoral students Hyeonwoo Baek and Mirela Toma last spring."
    doc = tagged_doc(text, [(text.index("Hyeonwoo"), text.index(" and"), "PERSON")])
    start = next(t.i for t in doc if t.text == "Hyeonwoo")
    doc[start].pos_ = "VERB"  # what the small model does with given names it has never seen
    found, _ = people_spans(doc, DocView.of(doc), [make_span(doc, start, start + 2, "PERSON")], [])
    assert [s.text for s in found] == ["Hyeonwoo Baek"]
    # an English verb first is still no part of the name ('Questioning Vindman')
    text = "Lawmakers spent the day on it. Questioning Ostrander took most of the afternoon."
    doc = tagged_doc(text, [(text.index("Questioning"), text.index(" took"), "PERSON")])
    start = next(t.i for t in doc if t.text == "Questioning")
    doc[start].pos_ = "VERB"
    found, _ = people_spans(doc, DocView.of(doc), [make_span(doc, start, start + 2, "PERSON")], [])
    assert [s.text for s in found] == ["Ostrander"]


def test_a_fronted_phrase_before_a_firm_makes_no_person() -> None:
    text = (
        "Because of this open editing model, Wikinote is a resource anyone can shape. "
        "Wikinote was blocked for two years."
    )
    assert roles_tagged(text, {"Wikinote": "ORG"}) == {}


def test_a_firm_tagged_name_with_a_title_in_its_apposition_is_a_person() -> None:
    text = (
        "Rivas travelled with the Secretary of Fisheries, Tomasz Wielgos, and other officials "
        "from several departments."
    )
    people = roles_tagged(text, {"Rivas": "PERSON", "Tomasz Wielgos": "ORG"})
    assert people.get("Tomasz Wielgos") == "Secretary of Fisheries"


def test_names_given_as_places_are_no_people() -> None:
    text = (
        "The chain will open resorts in remarkable locations such as Lang Vey, Bao Loc and "
        "Hoi Lam over the next five years."
    )
    assert roles_tagged(text, {"Lang Vey": "PERSON", "Bao Loc": "PERSON"}) == {}
    # the same shape with a noun of people lists people
    text = "Past speakers such as Ada Brennan and Olu Fadeyi drew large crowds."
    people = roles_tagged(text, {"Ada Brennan": "PERSON", "Olu Fadeyi": "PERSON"})
    assert set(people) == {"Ada Brennan", "Olu Fadeyi"}


def test_a_heading_over_a_place_noun_is_still_a_person() -> None:
    # the parse may tie a byline to the next line's noun: a place noun counts on its own line
    text = "Oluwaseun Adebayo\n\nThe harbour reopened on Monday, and the ferries left on time."
    assert set(roles_tagged(text, {"Oluwaseun Adebayo": "PERSON"})) == {"Oluwaseun Adebayo"}


def test_a_one_word_name_the_model_also_tags_as_a_firm_is_no_person() -> None:
    text = (
        "Zentorq enables replication from hundreds of sources. Zentorq says the new engine "
        "is twice as fast. Zentorq serves banks and insurers. Teams that moved to Zentorq "
        "last year saw their costs fall."
    )
    tags = {r"Zentorq(?= enables| says| serves)": "PERSON", r"(?<=to )Zentorq": "ORG"}
    assert roles_tagged(text, tags) == {}


def test_a_whole_quotation_is_a_title_not_a_person() -> None:
    text = "The band closed with ‘Keino Vash’ and ‘Face Off’ before a full room."
    assert roles_tagged(text, {"Keino Vash": "PERSON"}) == {}


def test_a_role_ends_before_a_clause_inside_it() -> None:
    text = (
        'Her favourite was "Salt Lines" by Dana Whitcombe, an author she has read for years. '
        "Everyone else preferred the shorter books."
    )
    people = roles_tagged(text, {"Dana Whitcombe": "PERSON"})
    assert people.get("Dana Whitcombe") == "author"


def test_an_apposition_before_a_title_and_a_name() -> None:
    text = (
        "Coffee reached the colony early. The founder of the colony, Captain Elias Thorn, "
        "brought the first beans in 1607."
    )
    people = roles_tagged(text, {"Elias Thorn": "PERSON"})
    assert people.get("Elias Thorn") == "founder of the colony"


def test_a_possessed_noun_of_a_tie_is_a_role_and_a_building_is_not() -> None:
    text = (
        "Okafor left home at dawn. Speaking to reporters on Monday, Okafor's sister, "
        "Adaeze Nwosu said that he had left with his brother."
    )
    people = roles_tagged(text, {"Okafor": "PERSON", "Adaeze Nwosu": "ORG"})
    assert people.get("Adaeze Nwosu") == "Okafor's sister"
    # the phrase's head is 'university', though 'host' is a role noun
    text = "Johnson's host university, Cornell, has a fine reputation in the region."
    assert "Cornell" not in roles_tagged(text, {"Johnson": "ORG", "Cornell": "ORG"})


def test_a_tie_gives_way_to_an_office_and_the_possessor_is_named_in_full() -> None:
    text = (
        "Farrow is getting help from her friend, Dario Quell, a plumber and an electrician. "
        "Quell said he would come."
    )
    people = roles_tagged(text, {"Farrow": "PERSON", "Dario Quell": "PERSON", "Quell": "PERSON"})
    assert "plumber" in (people.get("Dario Quell") or "")
    text = "The tour featured the Prime Minister's security adviser, Nadia Ostrova, and others."
    people = roles_tagged(text, {"Nadia Ostrova": "PERSON"})
    assert people.get("Nadia Ostrova") == "Prime Minister's security adviser"


def test_a_verb_or_adjective_first_gives_a_surname_no_weight() -> None:
    # 'Riser' is a US surname and is named alone: no evidence of a person after 'Uplift'
    text = (
        "We tested twelve standing desks this year. Uplift Riser was the steadiest of them. "
        "Riser also comes in three colours."
    )
    assert "Uplift Riser" not in roles_tagged(text, {"Uplift Riser": "PERSON", "Riser": "PERSON"})
    # a given name first is a person's, whatever the last word
    text = "Hannah Riser said the desks were steady. Riser tested twelve of them."
    assert "Hannah Riser" in roles_tagged(text, {"Hannah Riser": "PERSON", "Riser": "PERSON"})
