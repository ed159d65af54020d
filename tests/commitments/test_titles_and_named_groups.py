"""Actors of straight news: a title for the person who holds it ("The Premier says he will …"),
a plural named by a body or a people ("Harbour Rail workers will …"), and a place the model
tags a person speaking as "it". Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import FILLER, actors_of


def test_he_said_by_a_title_with_the_name_beside_it_is_the_named_person() -> None:
    """'The Transport Minister, Tom Astley, says he will …': the man named beside the title,
    not the title's words."""
    text = "The Transport Minister, Tom Astley, says he will open the new rail line in March."
    assert actors_of(text, "will") == ["Tom Astley"]


def test_a_title_alone_is_the_person_the_article_gave_that_title() -> None:
    """'The Premier says he will …' after 'The Queensland Premier, Ruth Okafor, …': the premier
    named before, however far back; the title's words are no actor."""
    text = (
        "The Queensland Premier, Ruth Okafor, has toured the flooded towns. "
        + FILLER
        + "The Premier says she will ask for federal help."
    )
    assert actors_of(text, "will") == ["Ruth Okafor"]
    same = (
        "Health Minister Tom Astley visited the hospital. "
        + FILLER
        + "The Health Minister will announce the funding next week."
    )
    assert actors_of(same, "will") == ["Tom Astley"]
    # a title shorter than the role is not that role ("the Minister": any minister)
    shorter = same.replace("The Health Minister", "The Minister")
    assert actors_of(shorter, "will") == []


def test_a_title_two_people_hold_names_nobody_by_it() -> None:
    """Two ministers named before: 'the Minister' could be either, so it names neither; a
    premier the article never named is nobody, not the other man named before."""
    text = (
        "Health Minister Tom Astley met Finance Minister Ruth Okafor on Monday. "
        + FILLER
        + "The Minister will announce the funding next week."
    )
    assert actors_of(text, "will") == []
    unnamed = (
        "Tom Astley met the Premier on Monday. The Premier said he would visit the flooded towns."
    )
    assert actors_of(unnamed, "would") == []  # not Astley, the one named; not "Premier"


def test_a_plural_named_by_a_body_is_the_named_group() -> None:
    """'Harbour Rail workers will …': the workers of Harbour Rail, as the article names them,
    also as the speakers of "they"; a plain plural ('Local workers will …') stays nobody."""
    text = "Harbour Rail workers will stop work for four hours on Friday."
    assert actors_of(text, "will") == ["Harbour Rail workers"]
    said = "Ansett administrators say they will pay the staff before Christmas."
    assert actors_of(said, "will") == ["Ansett administrators"]
    assert actors_of("Local workers will stop work for four hours on Friday.", "will") == []


def test_it_said_by_a_place_the_model_tags_a_person_is_the_place() -> None:
    """'Brisbane says it intends to …': a club or city named by its place, which the model may
    tag a person and the people stage rejects: "it" is the place, not nobody."""
    text = "Brisbane says it intends to sign the young forward next week."
    names = actors_of(text, "intends")
    assert names == ["Brisbane"]


def test_the_government_or_the_police_is_never_a_firm_in_reach() -> None:
    """'Northwind Energy closed its mine. The government will pay …': a government (or the
    police) is never the firm or union named before it; with no government named in reach,
    lower case, nobody."""
    text = "Northwind Energy closed its mine. The government will pay the workers' entitlements."
    assert actors_of(text, "will") == []
    police = (
        "Castell Bank reported a loss on Monday. The police will investigate the missing funds."
    )
    assert actors_of(police, "will") == []
    named = "The Westland Government met on Sunday. The Government will respond to the strike."
    assert actors_of(named, "will") == ["Westland Government"]


def test_the_capitalised_government_is_named_so() -> None:
    """'The union says the Government promised …': the national government as Commonwealth news
    names it, capitalised, with no government named in reach: "Government", not the union that
    reports it; "it" said by it is the same."""
    text = "The Harbour Workers Union says the Government promised to pay the entitlements."
    assert actors_of(text, "promised") == ["Government"]
    said = "Telstra has cut its forecast. The Government says it will sell its shares next year."
    assert actors_of(said, "will") == ["Government"]


def test_a_bare_title_is_never_a_deputy_or_a_former_holder() -> None:
    """'Deputy Premier X … The Premier said he will …': the premier is not the deputy, the vice
    president not the president, a former premier not the premier: nobody."""
    cases = [
        ("Deputy Premier Tom Astley opened the bridge.", "The Premier said he will review it."),
        ("Deputy Prime Minister Ruth Okafor visited farms.", "The Prime Minister will act."),
        ("Vice President Tom Astley spoke in Ohio.", "The President said he will veto the bill."),
        ("Former Premier Ruth Okafor criticised the plan.", "The Premier said she will review it."),
    ]
    for first, last in cases:
        assert actors_of(first + " " + FILLER + last, "will") == [], first
    both = (
        "Premier Ruth Okafor and Deputy Premier Tom Astley toured the towns. "
        + FILLER
        + "The Premier will ask for federal help."
    )
    assert actors_of(both, "will") == ["Ruth Okafor"]


def test_a_title_of_a_place_is_only_a_holder_whose_role_says_so() -> None:
    """'The Prime Minister of Westland said he will …' after a prime minister of somewhere
    else, 'the Minister for Trade' after a foreign minister: nobody; 'the Minister for
    Trade' after the Trade Minister is he."""
    text = (
        "Northland's Prime Minister Tom Astley spoke on Monday. "
        + FILLER
        + "The Prime Minister of Westland said he will send troops."
    )
    assert actors_of(text, "will") == []
    foreign = (
        "Foreign Minister Ruth Okafor spoke on Monday. "
        + FILLER
        + "The Minister for Trade will travel to Jakarta."
    )
    assert actors_of(foreign, "will") == []
    trade = foreign.replace("Foreign Minister", "Trade Minister")
    assert actors_of(trade, "will") == ["Ruth Okafor"]


def test_the_army_or_police_after_a_body_named_by_an_acronym_is_that_body() -> None:
    """'Xinhua said the PLA would …. The army will …': a body named by an acronym may be the
    army or the police (its kind is not in its name), as before session 20; a spelled-out firm
    never is."""
    text = "Harbour News said the NLA would hold exercises. The army will fire live rounds."
    assert actors_of(text, "will") == ["NLA"]
    spelled = "Harbour News said Castell Bank would hold talks. The army will fire live rounds."
    assert actors_of(spelled, "will") == []
