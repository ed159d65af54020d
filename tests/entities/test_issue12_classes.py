"""One test per error class of issue 12, on sentences written for these tests."""

from __future__ import annotations

from entity_helpers import brief_of
from newsdesk.model import Analysis


def _places(brief: Analysis) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.kind, p.country_code) for p in brief.places}


def _roles(brief: Analysis) -> dict[str, str | None]:
    return {p.name: p.role for p in brief.people}


# ---------------------------------------------------------------- people the model misses


def test_names_in_a_results_line_are_people_and_their_countries_places() -> None:
    brief = brief_of(
        "Women's singles, second round:\n"
        "1 - Marta Kovacs ( Hungary ) beat Ilse Vandenberg ( Belgium ) 6-3 6-2\n"
        "4 - Anna Lindqvist ( Sweden ) beat Petra Novotna ( Czech Republic ) 7-5 6-4"
    )
    names = {p.name for p in brief.people}
    assert {"Marta Kovacs", "Ilse Vandenberg", "Anna Lindqvist", "Petra Novotna"} <= names
    assert {"Hungary", "Belgium", "Sweden"} <= set(_places(brief))
    assert not names & {"Hungary", "Belgium", "Sweden"}


def test_a_score_is_not_part_of_a_name() -> None:
    brief = brief_of("Batting: T. Harland 63, R. Osei 41 not out, extras 12.")
    for person in brief.people:
        assert not any(c.isdigit() for c in person.name)


# ---------------------------------------------------------------- roles


def test_roles_written_before_the_name() -> None:
    roles = _roles(
        brief_of(
            "NASA Administrator Jim Calloway said the launch would go ahead. "
            "The company's co-founder Ann Whitlock left in May. "
            "CNN's chief medical correspondent Dr. Raj Menon said the vaccine works."
        )
    )
    assert roles["Jim Calloway"] == "NASA Administrator"
    assert roles["Ann Whitlock"] is not None and "co-founder" in roles["Ann Whitlock"]
    assert roles["Raj Menon"] == "CNN's chief medical correspondent"


def test_roles_from_appositions_keep_the_organisation() -> None:
    roles = _roles(
        brief_of(
            "Tom Varga, chief executive of Acme Foods, said sales fell. "
            "The results surprised the team, said Lena Ortiz, a study co-author at Rush University."
        )
    )
    assert roles["Tom Varga"] == "chief executive of Acme Foods"
    assert roles["Lena Ortiz"] == "study co-author at Rush University"


def test_a_form_of_address_is_no_role() -> None:
    assert _roles(brief_of("Mr. Peter Haldane declined to comment on Friday.")) == {
        "Peter Haldane": None
    }


# ---------------------------------------------------------------- merges


def test_two_people_sharing_a_surname_stay_two() -> None:
    brief = brief_of(
        "Robert Kessler and his daughter, Emma Kessler, run the farm. "
        "Emma Kessler said the harvest was late."
    )
    assert {"Robert Kessler", "Emma Kessler"} <= {p.name for p in brief.people}


def test_a_place_is_not_merged_into_a_person_of_that_name() -> None:
    brief = brief_of(
        "Singer Whitney Houston grew up in Newark. Years later she bought a house in Houston, "
        "where she recorded two albums."
    )
    houston = next(p for p in brief.people if p.name == "Whitney Houston")
    assert all(m.text != "Houston" for m in houston.mentions)
    assert _places(brief)["Houston"] == ("city", "US")


# ---------------------------------------------------------------- places typed as people


def test_a_list_of_counties_are_places_not_people() -> None:
    brief = brief_of("Flooding closed roads in Berrien, Cass and Van Buren counties on Sunday.")
    assert brief.people == []
    assert {"Berrien", "Cass"} <= set(_places(brief))


def test_datelines_are_places() -> None:
    for text, place in (
        ("ST. JOSEPH, Mich. (AP) — County officials said the bridge would close.", "Michigan"),
        ("NEW DELHI: The government said on Monday it would buy more wheat.", "Delhi"),
        ("HARARE 1996-12-06\nThe central bank cut its main rate by one point.", "Harare"),
    ):
        brief = brief_of(text)
        assert place in _places(brief), text
        assert brief.people == [], text


def test_a_state_opening_a_sentence_is_a_place() -> None:
    brief = brief_of("In Kentucky, the Democratic candidate, Amy Ferrell, led by four points.")
    assert "Kentucky" in _places(brief)
    assert "Kentucky" not in {p.name for p in brief.people}


# ---------------------------------------------------------------- things that are not places


def test_places_inside_organisation_names_are_not_places() -> None:
    brief = brief_of(
        "The Federal Reserve Bank of New York raised its forecast. The case was heard in the "
        "Southern District of New York on Monday."
    )
    assert brief.places == []


def test_buildings_and_planets_are_not_places() -> None:
    brief = brief_of(
        "The president spoke at the White House on Tuesday about the rover that landed on Mars."
    )
    assert brief.places == []


def test_teams_in_a_results_line_are_not_places() -> None:
    brief = brief_of(
        "Ice hockey results on Saturday:\nBuffalo 3 Toronto 2\nOttawa 4 Boston 1\n"
        "Buffalo scored twice in the third period."
    )
    assert not {"Buffalo", "Toronto", "Ottawa", "Boston"} & set(_places(brief))


# ---------------------------------------------------------------- resolution


def test_a_qualifier_always_wins() -> None:
    places = _places(brief_of("The fundraiser was held in Palm Beach, Florida, on Friday."))
    assert places["Palm Beach"][1] == "US"


def test_a_state_named_among_states_is_the_state() -> None:
    places = _places(brief_of("Storms hit New York, New Jersey and Connecticut on Monday."))
    assert places["New York"] == ("region", "US")


def test_regions_seas_and_party_states_are_found_and_resolved() -> None:
    brief = brief_of(
        "Sen. Ada Brennan (D-Minn.) said ships in the Red Sea and across the Middle East "
        "faced new risks."
    )
    by_name = {p.name: p for p in brief.places}
    assert by_name["Minnesota"].country_code == "US"
    assert by_name["Middle East"].latitude is not None
    assert by_name["Red Sea"].country_code is None and by_name["Red Sea"].latitude is not None


def test_roles_from_relative_clauses_and_abbreviated_titles() -> None:
    roles = _roles(
        brief_of(
            "Nora Blake, who is the chief executive of Fernway Mills, said orders rose. "
            "Sen. Carl Ruddock voted against the bill."
        )
    )
    assert roles["Nora Blake"] == "chief executive of Fernway Mills"
    assert roles["Carl Ruddock"] == "Senator"


def test_headings_and_measures_are_not_people() -> None:
    brief = brief_of(
        "Tools You Need\n\nBrew time: Approx 6-8 minutes for a full pot.\n\n"
        "Chief negotiator Saeb Kassem said talks would resume, and Tsai Ing-wen agreed."
    )
    names = {p.name for p in brief.people}
    assert not any(any(c.isdigit() for c in n) or "Tools" in n for n in names)
    assert {"Saeb Kassem", "Tsai Ing-wen"} <= names


def test_a_role_never_runs_over_a_line_break() -> None:
    brief = brief_of("Ann Hollis, the head\n\nof the panel, said the vote was close.")
    for person in brief.people:
        assert person.role is None or "\n" not in person.role
