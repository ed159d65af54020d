"""Round 6 of issue 12 (session 6): roles a careful reader lists, and false people in lists of
firms. Sentences written for these tests; the people's labels are set on the Doc
(tests/tagging.py), so each test exercises the rule, not what the model tags in one text."""

from __future__ import annotations

from entity_helpers import roles_tagged
from newsdesk.analysis.entities.people import is_person_noun
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model


def _words(role: str | None) -> set[str]:
    return set((role or "").lower().split())


def test_agent_nouns_are_nouns_of_people_and_things_are_not() -> None:
    doc = load_model(DEFAULT_MODEL)(
        "The planner, the herder, the pessimist, the retiree, the magician, the shareholder, "
        "the paper, the water, the letter, the computer and the charger."
    )
    nouns = {t.text: is_person_noun(t) for t in doc if t.pos_ == "NOUN"}
    people = {"planner", "herder", "pessimist", "retiree", "magician", "shareholder"}
    things = {"paper", "water", "letter", "computer", "charger"}
    assert {w for w in people if nouns.get(w)} == people
    assert not any(nouns.get(w) for w in things)


def test_a_lower_case_noun_phrase_before_the_name_is_a_role() -> None:
    text = (
        "Saving half your pay is hard at first, says certified financial planner Tomas Adeyemi. "
        "Adeyemi said the habit matters more than the amount."
    )
    roles = roles_tagged(text, {"Tomas Adeyemi": "PERSON", "Adeyemi": "PERSON"})
    assert "planner" in _words(roles["Tomas Adeyemi"])


def test_a_tie_before_the_name_is_a_role_and_shows_a_person() -> None:
    # a one-word name met once is dropped unless something shows a person: 'his wife' does
    text = "Ravi Menon sold the shop in May. He and his wife Anjali moved to the coast."
    roles = roles_tagged(text, {"Ravi Menon": "PERSON", "Anjali": "PERSON"})
    assert roles.get("Anjali") == "wife"


def test_an_apposition_after_the_name_with_a_noun_of_a_person() -> None:
    text = (
        "The letters were read aloud by Dora Vance, the retired schoolteacher, at the meeting. "
        "Vance said little else."
    )
    roles = roles_tagged(text, {"Dora Vance": "PERSON", "Vance": "PERSON"})
    assert "schoolteacher" in _words(roles["Dora Vance"])


def test_members_of_a_list_share_the_noun_before_it() -> None:
    text = (
        "The study was small. Co-authors include Mira Holt, Ivo Brandt and Lena Sorel. "
        "Holt said the results need a larger trial."
    )
    tags = {name: "PERSON" for name in ("Mira Holt", "Ivo Brandt", "Lena Sorel", "Holt")}
    roles = roles_tagged(text, tags)
    assert all(
        "co-author" in (roles[n] or "").lower() for n in ("Mira Holt", "Ivo Brandt", "Lena Sorel")
    )


def test_such_as_gives_each_listed_person_the_noun() -> None:
    text = (
        "The guest list was long, from novelists such as Petra Lind and Omar Saleh to "
        "painters. Lind arrived first."
    )
    roles = roles_tagged(text, {"Petra Lind": "PERSON", "Omar Saleh": "PERSON", "Lind": "PERSON"})
    assert roles["Petra Lind"] == roles["Omar Saleh"] == "novelist"


def test_a_possessive_after_such_as_is_no_instance() -> None:
    # the complications are the person's, the person is no complication
    text = (
        "Most cases are mild, with worse complications such as Hugo Marsh's. "
        "Hugo Marsh said he was tired for months."
    )
    roles = roles_tagged(text, {"Hugo Marsh": "PERSON"})
    assert roles["Hugo Marsh"] is None


def test_a_noun_of_a_person_named_x() -> None:
    text = (
        "The tale says that a young fisherman named Tarek found the spring. "
        "Tarek told the village the next day."
    )
    roles = roles_tagged(text, {"Tarek": "PERSON"})
    assert roles.get("Tarek") is not None and "fisherman" in _words(roles["Tarek"])


def test_the_role_after_credentials() -> None:
    text = (
        "Oats keep you full, notes Irene Castell, MS, RD, registered dietitian and founder of "
        "Oatwise. Castell eats them daily."
    )
    roles = roles_tagged(text, {"Irene Castell": "PERSON", "Castell": "PERSON", "Oatwise": "ORG"})
    assert "dietitian" in _words(roles["Irene Castell"])


def test_the_organisation_right_after_the_name() -> None:
    text = "The outbreak was contained, according to Wen Lio of the Harbor Gazette."
    roles = roles_tagged(text, {"Wen Lio": "PERSON", "the Harbor Gazette": "ORG"})
    assert roles["Wen Lio"] == "of the Harbor Gazette"


def test_a_listed_office_wins_over_a_tie_named_earlier() -> None:
    text = (
        "Omar Haddad and his wife Rania Haddad opened the firm in 2001. "
        "Rania Haddad, the president of Cedar Freight, said sales doubled."
    )
    roles = roles_tagged(text, {"Omar Haddad": "PERSON", "Rania Haddad": "PERSON"})
    assert "president" in _words(roles["Rania Haddad"])


def test_no_role_for_a_name_in_brackets() -> None:
    # a photo credit or the actor of a part: the noun before the brackets is no role
    text = "A grieving widow (Nora Quill) waits by the sea. Nora Quill won an award for it."
    roles = roles_tagged(text, {"Nora Quill": "PERSON"})
    assert roles["Nora Quill"] is None


def test_a_name_in_a_list_of_newspapers_is_no_person() -> None:
    text = (
        "The chain owns 30 newspapers including the Lakeside Bee, Corran Herald and the "
        "Midvale Star. Revenue fell again."
    )
    names = roles_tagged(text, {"the Lakeside Bee": "ORG", "Corran Herald": "PERSON"})
    assert "Corran Herald" not in names


def test_a_firm_described_as_an_owner_stays_a_firm() -> None:
    text = (
        "The fund became the largest shareholder of Brightwell, the former owner of the "
        "Gazette, on Tuesday. Brightwell shares rose."
    )
    names = roles_tagged(text, {"Brightwell": "ORG"})
    assert "Brightwell" not in names
    # a given name first, or an office in the apposition, makes the name a person's
    text = "The fund paid Dora Quayle, the former owner of the Gazette, on Tuesday. Quayle smiled."
    assert "Dora Quayle" in roles_tagged(text, {"Dora Quayle": "ORG"})
    text = "The fund met Brightwell, the chief executive of the Gazette, on Tuesday."
    assert "Brightwell" in roles_tagged(text, {"Brightwell": "ORG"})


def test_a_plural_role_before_a_list_is_singular_without_its_number() -> None:
    text = (
        "The bakery opened in 1921. Its founder left it to his two sons, Aldo Ferri and "
        "Bruno Ferri, in 1950. Aldo Ferri runs it today."
    )
    roles = roles_tagged(text, {"Aldo Ferri": "PERSON", "Bruno Ferri": "PERSON"})
    assert roles["Aldo Ferri"] == "son"


def test_a_byline_gives_its_role() -> None:
    text = (
        "By Jane Doreen | Senior Writer\nPublished May 3, 2024\n\n"
        "The city council voted on Tuesday to close the pool for the summer."
    )
    roles = roles_tagged(text, {"Jane Doreen": "PERSON"})
    assert roles["Jane Doreen"] == "Senior Writer"


def test_names_on_lines_of_their_own_are_no_byline_roles() -> None:
    # a list of names, one a line: the name under a name is no role
    text = "Ann Baker\nIan Jones\nTom Lee\n\nThe city council voted on Tuesday."
    tags = {"Ann Baker": "PERSON", "Ian Jones": "PERSON", "Tom Lee": "PERSON"}
    roles = roles_tagged(text, tags)
    assert set(roles) == set(tags)  # each name is kept as a person, with no role
    assert all(role is None for role in roles.values())


def test_an_organisations_possessive_before_the_name() -> None:
    text = "On the late show, Harbor Radio's Lina Okoro pressed the mayor. Okoro asked twice."
    roles = roles_tagged(text, {"Harbor Radio": "ORG", "Lina Okoro": "PERSON", "Okoro": "PERSON"})
    assert roles["Lina Okoro"] == "of Harbor Radio"


def test_names_credited_under_one_role_line_share_it() -> None:
    text = (
        "Made at the studio\n\nSound design\n\nOla Brandt\n(Northwind Audio)\n\n"
        "Tove Lund\n(Northwind Audio)\n\nThe film runs for ten minutes."
    )
    roles = roles_tagged(text, {"Ola Brandt": "PERSON", "Tove Lund": "PERSON"})
    assert roles["Ola Brandt"] == roles["Tove Lund"] == "Sound design (Northwind Audio)"
