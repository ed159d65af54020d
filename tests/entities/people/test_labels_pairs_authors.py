"""Session 14 of issue 12: people the model missed or mistyped, and roles in shapes the rules
did not read. Sentences written for these tests; the model's labels are set on the Doc
(`only_tagged_doc`: a word not given a label is untagged), so each test exercises the rule, not
what the small model tags in one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
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
    # no quotation or sentence ends before the dash: the words after the name are no signature
    text = "We met the winner – Delphine Arbogast, who runs Harlow Freight, at the gala."
    role = _people(text, {"Delphine Arbogast": "PERSON"}).get("Delphine Arbogast")
    assert role is None or "CISO" not in role


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
    # 'Ghislaine' is the middle name of the person named in full: no entry of its own
    text = 'Camille Ghislaine Obuya set up the appeal for her son. "We need help," Ghislaine said.'
    people = _people(text, {"Camille Ghislaine Obuya": "PERSON", "Ghislaine(?= said)": "PERSON"})
    assert "Ghislaine" not in people
    # and a one-word English word that speaks is still no person ('Harbor said' is a firm's)
    text = "The offices were closed on Monday. Harbor said it did not know who ordered it."
    assert "Harbor" not in _people(text, {"Harbor": "PERSON"})
