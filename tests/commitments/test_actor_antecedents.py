"""Round 11b of the commitment actors (docs/history/commitments.md, "Round 11b (session 12): actors"): one
test per class addressed, each with the side it must not overreach. Sentences written for these
tests; names invented."""

from __future__ import annotations

from commitment_helpers import FILLER, actors_of

# -- a pronoun left unresolved: the speaker of a lead-in line ("X said:") ---------------------


def test_he_under_a_lead_in_is_its_speaker() -> None:
    text = (
        "In a long interview, President Tom Astley also said:\n"
        "The border must stay open.\n"
        "Trade with the north needs new rules.\n"
        "He promised to visit the northern ports in May.\n"
    )
    assert actors_of(text, "promised") == ["Tom Astley"]


def test_a_quoted_i_under_a_lead_in_is_its_speaker() -> None:
    text = (
        "Ruth Okafor runs the Harbour Trust. The shop was her idea, of which Okafor commented:\n\n"
        '"This shop is my favourite place, and one day I am going to buy it!"'
    )
    assert actors_of(text, "am going to") == ["Ruth Okafor"]


def test_a_colon_line_naming_nobody_gives_nobody() -> None:
    text = (
        "Ruth Okafor spoke on Monday. " + FILLER + "The rules are simple:\n"
        "Bring your own cup\n"
        "She promised to open the shop in May\n"
    )
    assert actors_of(text, "promised") == []


# -- a person's first or last name alone, which the entities stage did not link ----------


def test_a_first_name_alone_is_the_person_named_before() -> None:
    text = "Castell Bank named Ines Kowalczyk as chair on Monday. Ines will take over in May."
    assert actors_of(text, "will") == ["Ines Kowalczyk"]


# -- a common noun for a person: the person named in reach -----------------------------------


def test_a_definite_description_of_a_person_is_the_person_in_reach() -> None:
    text = (
        "Tom Astley won the seat in 2010. "
        "The four-term senator pledged to donate his salary to charity."
    )
    assert actors_of(text, "pledged") == ["Tom Astley"]


def test_a_definite_description_with_no_person_in_reach_is_nobody() -> None:
    text = (
        "Tom Astley won the seat in 2010. "
        + FILLER
        + "The senator pledged to donate his salary to charity."
    )
    assert actors_of(text, "pledged") == []


def test_a_counted_plural_of_people_is_that_many_people_named() -> None:
    text = (
        "Prime Minister Ruth Okafor met President Tom Astley on Monday. "
        "The two leaders agreed to reopen the border."
    )
    assert actors_of(text, "agreed to") == ["Ruth Okafor", "Tom Astley"]


def test_a_counted_plural_of_people_with_fewer_named_is_nobody() -> None:
    text = "Ruth Okafor arrived on Monday. The three leaders agreed to reopen the border."
    assert actors_of(text, "agreed to") == []


# -- "it" resolved to the person who speaks ---------------------------------------------------


def test_it_said_by_a_spokesman_is_the_body_he_speaks_for() -> None:
    text = "Northwind Energy spokesman Tom Astley said it would close the plant by 2030."
    assert actors_of(text, "would") == ["Northwind Energy"]


def test_he_said_by_himself_stays_the_person() -> None:
    text = "Northwind Energy chairman Tom Astley said he would close the plant by 2030."
    assert actors_of(text, "would") == ["Tom Astley"]


# -- a quoted "we" whose source is a document, not a name -------------------------------------


def test_a_quoted_we_of_a_statement_is_the_body_in_reach() -> None:
    text = (
        "Castell Bank issued a statement on Monday.\n\n"
        '"We are committed to repaying every customer," the statement said.'
    )
    assert actors_of(text, "committed to") == ["Castell Bank"]


def test_a_quoted_we_of_a_statement_with_no_body_in_reach_is_nobody() -> None:
    text = (
        "Castell Bank issued a statement on Monday. " + FILLER + "\n\n"
        '"We are committed to repaying every customer," the statement said.'
    )
    assert actors_of(text, "committed to") == []


# -- an organisation's name as an actor, without the possessive -------------------------------


def test_the_firm_named_with_a_possessive_is_the_bare_name() -> None:
    text = (
        "Tom Astley, Northwind Energy's chief executive, said the firm would close the plant "
        "by 2030."
    )
    assert actors_of(text, "would") == ["Northwind Energy"]


# -- the object of a control verb: the one who undertakes ------------------------------------


def test_the_object_of_a_control_verb_is_the_actor() -> None:
    text = "Ruth Okafor convinced Tom Astley to promise a new vote in May."
    assert actors_of(text, "promise") == ["Tom Astley"]


def test_an_infinitive_with_no_object_keeps_the_subject() -> None:
    text = "Ruth Okafor agreed to hold a new vote in May."
    assert actors_of(text, "agreed to") == ["Ruth Okafor"]
