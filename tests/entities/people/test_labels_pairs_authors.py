"""Session 14 of issue 12: people the model missed or mistyped, and roles in shapes the rules
did not read. Sentences written for these tests; the model's labels are set on the Doc
(`only_tagged_doc`: a word not given a label is untagged), so each test exercises the rule, not
what the small model tags in one short text."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdesk.analysis import entities
from newsdesk.analysis.entities.people import detect
from newsdesk.analysis.entities.spans import NameSpan, make_span
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


# Class: a role as a label before the name on its line ('CEO: Ann Lee').


def test_a_role_label_before_a_name_is_its_role() -> None:
    text = (
        "Trend three: edge computing\n\nCompany in focus: Brightwater Systems\n\n"
        "CEO: Marisol Quenneville\n\nProduct in focus: Brightwater Edge"
    )
    people = _people(text, {"Marisol Quenneville": "PERSON", "Brightwater Systems": "ORG"})
    assert people["Marisol Quenneville"] == "CEO"
    # a name the model typed a firm is a person under a role label
    people = _people(text, {"Marisol Quenneville": "ORG", "Brightwater Systems": "ORG"})
    assert people.get("Marisol Quenneville") == "CEO"


def test_a_label_that_is_no_role_gives_none() -> None:
    # 'Photo' is no office; 'Company in focus' names a firm, not a person's role
    text = "The new plant opened in May.\n\nPhoto: Marisol Quenneville\n\nIt employs 200 people."
    assert _people(text, {"Marisol Quenneville": "PERSON"}).get("Marisol Quenneville") is None
    text = "Company in focus: Brightwater Systems\n\nIt sells edge servers to utilities."
    assert "Brightwater Systems" not in _people(text, {"Brightwater Systems": "ORG"})


# Class: a quotation's speaker after a dash on the quotation's own line, office then firm.


def test_a_speaker_after_a_quotation_dash_has_the_office_as_role() -> None:
    text = (
        "This podcast breaks down how attackers think and what boards should ask. "
        "– Delphine Arbogast, CISO, Harlow Freight\n\nNext pick"
    )
    role = _people(text, {"Delphine Arbogast": "PERSON"})["Delphine Arbogast"]
    assert role is not None and role.startswith("CISO")


def test_a_dash_inside_a_sentence_gives_no_signature_role() -> None:
    # no quotation or sentence ends before the dash: the office and firm after the name on its
    # line are no signature ('We met the winner –' is no closed quotation)
    text = "We met the winner – Delphine Arbogast, CISO, Harlow Freight\n\nNext pick"
    role = _people(text, {"Delphine Arbogast": "PERSON"}).get("Delphine Arbogast")
    assert role is None or "CISO" not in role
    # the same line after a closed sentence gives the office: the dash alone decides
    text = "We met the winner. – Delphine Arbogast, CISO, Harlow Freight\n\nNext pick"
    role = _people(text, {"Delphine Arbogast": "PERSON"}).get("Delphine Arbogast")
    assert role is not None and role.startswith("CISO")


# Class: a person span the model ran over a comma into the office ('Ann Lee, CISO').


def test_a_person_span_stops_before_a_comma_and_an_office() -> None:
    text = (
        "The talks are worth an hour of anyone's week. – Delphine Arbogast, CISO, "
        "Harlow Freight\n\nNext pick"
    )
    people = _people(text, {"Delphine Arbogast, CISO": "PERSON"})
    assert "Delphine Arbogast" in people
    assert not any("CISO" in name for name in people)


# Class: a name the model left untagged, coordinated with a person it tagged.


def test_an_untagged_name_joined_to_a_person_by_and_is_a_person() -> None:
    text = "Serbia's Dragan Vukelja and Britain's Andrew Marlowe will play on Wednesday."
    people = _people(text, {"Andrew Marlowe": "PERSON"})
    assert {"Dragan Vukelja", "Andrew Marlowe"} <= set(people)


def test_an_untagged_name_beside_no_person_stays_untagged() -> None:
    # the same name with no person to be joined to: no evidence, nothing added
    text = "Serbia's Dragan Vukelja will play on Wednesday against the Netherlands."
    assert "Dragan Vukelja" not in _people(text, {})
    # a name of words the article also writes in lower case is no person's ('Green Valley')
    text = "Andrew Marlowe and Green Valley were praised; the valley is green all year."
    assert "Green Valley" not in _people(text, {"Andrew Marlowe": "PERSON"})


# Class: a name the model typed a firm that owns a work a person authors.


def test_the_owner_of_a_manga_or_a_novel_is_a_person() -> None:
    text = "The second season adapts the school arc of Hideaki Morikawa's long-running manga."
    assert "Hideaki Morikawa" in _people(text, {"Hideaki Morikawa's": "ORG"})
    text = "Critics praised Oriana Belcastro's first novel for its patience."
    assert "Oriana Belcastro" in _people(text, {})


def test_the_owner_of_a_film_or_a_series_is_not_made_a_person() -> None:
    # studios own films and series as often as directors do: no evidence either way
    text = "Critics praised Crimson Harbor's new series for its patience."
    assert "Crimson Harbor" not in _people(text, {"Crimson Harbor's": "ORG"})


# Class: a one-word name the model tagged a person that says something.


def test_a_one_word_person_who_speaks_is_kept() -> None:
    text = "The offices were closed on Monday. Nerbuyeli said he did not know who ordered it."
    assert "Nerbuyeli" in _people(text, {"Nerbuyeli": "PERSON"})


def test_a_one_word_speaker_that_is_a_word_of_a_full_name_is_no_second_person() -> None:
    # 'Nerbuyeli' is the middle name of the person named in full: no entry of its own, though
    # it is no given name, no English word and 'she' follows it (a lone speaker's evidence)
    text = (
        "Camille Nerbuyeli Obuya set up the appeal for her son. "
        '"We need help," Nerbuyeli said, and she thanked the donors.'
    )
    tags = {"Camille Nerbuyeli Obuya": "PERSON", "Nerbuyeli(?= said)": "PERSON"}
    assert "Nerbuyeli" not in _people(text, tags)
    # and a one-word English word that speaks is still no person ('Harbor said' is a firm's)
    text = "The offices were closed on Monday. Harbor said it did not know who ordered it."
    assert "Harbor" not in _people(text, {"Harbor": "PERSON"})


# Class (session 14 review): a firm is no author, and a role label alone makes no person.


def test_a_publisher_that_owns_a_novel_stays_an_organisation() -> None:
    # a firm's word in the name ('Publishing', 'Books'): no author's name, the firm is kept
    text = (
        "Sales were strong in the spring, the firm said.\n\n"
        "Quorvath Publishing's latest novel sold out in its first week, the firm said."
    )
    people, _, orgs = entities.extract(only_tagged_doc(text, {"Quorvath Publishing's": "ORG"}))
    assert not people
    assert "Quorvath Publishing" in {o.name for o in orgs}
    text = "Readers queued for Quorvath Books's new novel on Friday."
    assert "Quorvath Books" not in _people(text, {"Quorvath Books's": "ORG"})
    # a name of English words is no person's shape either ('Silver Harbor')
    text = "Readers queued for Silver Harbor's new novel on Friday."
    assert "Silver Harbor" not in _people(text, {})


def test_a_dropped_person_candidate_gives_its_organisation_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a rule that wrongly takes a firm's span for a person's: when the person filter drops it
    # again, the firm the model tagged is listed, not lost with it
    text = (
        "Sales were strong in the spring, the firm said.\n\n"
        "Quorvath Publishing's latest novel sold out in its first week, the firm said."
    )

    def everyone_an_author(doc: Doc, view: object, spans: list[NameSpan]) -> list[NameSpan]:
        return [make_span(doc, s.start, s.end, "PERSON") for s in _org_spans(doc)]

    monkeypatch.setattr(detect, "author_names", everyone_an_author)
    people, _, orgs = entities.extract(only_tagged_doc(text, {"Quorvath Publishing": "ORG"}))
    assert "Quorvath Publishing" not in {p.name for p in people}
    assert "Quorvath Publishing" in {o.name for o in orgs}


def _org_spans(doc: Doc) -> list[NameSpan]:
    return [make_span(doc, e.start, e.end, "ORG") for e in doc.ents if e.label_ == "ORG"]


def test_a_role_label_before_a_firm_makes_no_person() -> None:
    # 'Developer' is a role noun, but the names under it have no known given name and are
    # tagged a person nowhere: the firms stay firms, one word or two
    for firm in ("KestrelSoft", "Kestrel Nakato"):
        text = (
            "Glass Tide review: a quiet sea\n\nWe played it for forty hours.\n\n"
            f"Developer: {firm}\nPlatforms: PC\n\nIts combat rewards patience."
        )
        people, _, orgs = entities.extract(only_tagged_doc(text, {firm: "ORG"}))
        assert not people
        assert firm in {o.name for o in orgs}


def test_a_role_label_before_a_known_surname_is_a_person() -> None:
    # no known given name, but a known surname last: a person's shape under the label
    text = "Company in focus: Brightwater Systems\n\nCEO: Tovrik Woodson\n\nIt sells servers."
    tags = {"Tovrik Woodson": "ORG", "Brightwater Systems": "ORG"}
    assert _people(text, tags).get("Tovrik Woodson") == "CEO"


def test_a_role_label_before_a_name_tagged_a_person_elsewhere_is_a_person() -> None:
    # no known given name, but the model tags the same name a person in the text
    text = (
        "Producer: Tovrik Quenneville\n\nThe studio hired its first writers in May, "
        "and Tovrik Quenneville said the script was finished."
    )
    tags = {"Tovrik Quenneville(?=\n)": "ORG", "Tovrik Quenneville(?= said)": "PERSON"}
    people = _people(text, tags)
    assert people.get("Tovrik Quenneville") == "Producer"
