"""Round 5 of issue 12 (session 5): people on product, food and software pages. Sentences
written for these tests; the model's tags are set on the Doc (tests/tagging.py), so that each
test exercises the rule and not what the small model makes of one short text."""

from __future__ import annotations

import re

import pytest

from entity_helpers import people_tagged
from newsdesk.analysis import entities
from newsdesk.analysis.entities import evidence
from newsdesk.analysis.entities.lexicon import surnames
from tagging import tagged_doc


def test_the_surname_list_is_read() -> None:
    assert {"woods", "tan", "gupta"} <= surnames()
    assert "sense" not in surnames() and "dioxide" not in surnames()


def test_english_words_with_nothing_for_a_person_are_no_person() -> None:
    # two English words, no given name, no surname, nothing a person shows
    text = (
        "Rinse the tank before the next step.\n\nFerric Chloride etches the board in "
        "ten minutes at room temperature."
    )
    assert people_tagged(text, {"Ferric Chloride": "PERSON"}) == set()


def test_a_known_surname_keeps_a_name_of_english_words() -> None:
    # 'Falcon Woods' is two English words too, but 'Woods' is a surname
    text = "The match report was filed late.\n\nPhotographs by Falcon Woods for the club."
    assert people_tagged(text, {"Falcon Woods": "PERSON"}) == {"Falcon Woods"}


def test_an_english_verb_or_adjective_last_is_a_product() -> None:
    text = "Dashboards matter to small teams. Qorvia Sense reads the sales data every hour."
    assert people_tagged(text, {"Qorvia Sense": "PERSON"}) == set()


def test_a_short_syllable_last_is_still_a_name() -> None:
    # 'Bin' is an English verb, but short syllables of Chinese names are English words too
    text = "The exhibition opens in March. Photographs: Guo Bin and Lin Xiaoyu."
    names = people_tagged(text, {"Guo Bin": "PERSON", "Lin Xiaoyu": "PERSON"})
    assert names == {"Guo Bin", "Lin Xiaoyu"}


def test_a_model_code_beside_a_name_makes_a_product() -> None:
    # a given name first ('Lydia'), but a model code after every mention
    text = (
        "Running shoes wear out after 500 miles. Lydia Runner X7 costs $90, and "
        "Lydia Runner X7 comes in four colours."
    )
    assert people_tagged(text, {"Lydia Runner": "PERSON"}) == set()
    # a one-letter part of a hyphenated word in the name is a model's ('Mach-E')
    text = "Corvin Tarrant-E charges in an hour, and Corvin Tarrant-E seats five adults."
    assert people_tagged(text, {"Corvin Tarrant-E": "PERSON"}) == set()


def test_the_object_of_a_verb_of_things_is_no_person() -> None:
    # a surname last ('Mary'), nothing else for a person, and 'drink' before it
    text = "Brunch ends at noon. At the bar we drink Harbour Mary with the eggs and toast."
    assert people_tagged(text, {"Harbour Mary": "PERSON"}) == set()


def test_a_name_said_to_be_an_app_is_no_person() -> None:
    text = "Learning a language takes time. Kanto Lingo is a language app with short lessons."
    assert people_tagged(text, {"Kanto Lingo": "PERSON"}) == set()


def test_a_possessive_that_owns_nothing_is_a_venue() -> None:
    text = (
        "The town has one good restaurant. We ate at Marlow Tucker's. "
        "Marlow Tucker's is open until ten."
    )
    assert people_tagged(text, {"Marlow Tucker": "PERSON"}) == set()


def test_a_person_in_a_product_page_stays() -> None:
    # the same page shapes, but with what a person shows: a role, a verb of saying
    text = (
        "Running shoes wear out after 500 miles, said "
        "Nadia Okafor, a coach at the club. Marlow Tucker's wife runs the shop."
    )
    names = people_tagged(text, {"Nadia Okafor": "PERSON", "Marlow Tucker": "PERSON"})
    assert names == {"Nadia Okafor", "Marlow Tucker"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Sense", True), ("Digital", True), ("Long", False), ("Bin", False), ("CM", False)],
)
def test_verb_last_spares_surnames_syllables_and_initials(word: str, expected: bool) -> None:
    assert evidence._verb_last(f"Qorvia {word}") is expected


def test_a_name_before_a_bracketed_price_is_a_product() -> None:
    text = "Best for cold nights:\n\nSelwyn Ridgeline ($189)\n\nIt weighs two pounds."
    assert people_tagged(text, {"Selwyn Ridgeline": "PERSON"}) == set()
    squared = text.replace("($189)", "[$189]")
    assert people_tagged(squared, {"Selwyn Ridgeline": "PERSON"}) == set()


def test_a_name_in_apposition_with_a_wine_is_no_person() -> None:
    text = "For fish, pick Verdello Bianco, a light white wine from the north, served cold."
    assert people_tagged(text, {"Verdello Bianco": "PERSON"}) == set()


def test_a_role_that_names_software_is_no_person() -> None:
    # 'assistant' is a role noun, but an AI-powered assistant is software
    text = (
        "The site builder ships a new helper. Its AI-powered assistant, Quillon Marsh, writes "
        "product pages, and Quillon Marsh can also answer support questions."
    )
    assert people_tagged(text, {"Quillon Marsh": "PERSON"}) == set()
    human = text.replace("AI-powered assistant", "editorial assistant")
    assert people_tagged(human, {"Quillon Marsh": "PERSON"}) == {"Quillon Marsh"}
    gap = text.replace("AI-powered assistant", "AI-powered command-line coding assistant")
    assert people_tagged(gap, {"Quillon Marsh": "PERSON"}) == set()


def test_an_inflected_heading_is_english_words() -> None:
    # 'Getting' and 'Started' are forms of 'get' and 'start': a heading, not a person
    text = (
        "The library is small.\n\n4. Getting Started\n\n"
        "Add the package to the project and call it once at start-up."
    )
    assert people_tagged(text, {"Getting Started": "PERSON"}) == set()


def test_a_journal_in_a_reference_list_is_no_person() -> None:
    text = (
        "References\n\n1. Okafor N, Brandt L. Sleep and memory in adults. "
        "Curr Opin Neurol. 2019;32:101-9.\n2. Brandt L. Naps. Sleep Med Rev. 2020;4:1-8."
    )
    names = people_tagged(text, {"Curr Opin Neurol": "PERSON", "Okafor N": "PERSON"})
    assert names == {"Okafor N"}


def test_a_venue_word_in_every_mention_makes_a_venue() -> None:
    text = (
        "The photographs travel next spring. Kunsthalle Orsberg shows them first, then "
        "the prints go to Brenner Gallery in the autumn."
    )
    tags = {"Kunsthalle Orsberg": "PERSON", "Brenner Gallery": "PERSON"}
    assert people_tagged(text, tags) == set()


def test_a_person_named_alone_beside_a_venue_named_after_them_stays() -> None:
    # 'Hall' is a surname, and 'Ottoline' is named alone too
    text = (
        "Ottoline Hall painted the mural in 1931. Ottoline said she worked at night. "
        "Visitors now see it at Hotel Ottoline, and Ottoline's letters are in the archive."
    )
    names = people_tagged(text, {"Ottoline Hall": "PERSON", "Hotel Ottoline": "PERSON"})
    assert "Ottoline Hall" in names


def test_examples_of_a_food_noun_are_no_people() -> None:
    text = (
        "The bakery added new donuts this year, in flavors like Salted Maple, Rosalind Fig "
        "and Brown Butter. At the bar you can sip a cold brew or Dunmore Mary with them."
    )
    tags = {"Rosalind Fig": "PERSON", "Dunmore Mary": "PERSON"}
    assert people_tagged(text, tags) == set()


def test_people_given_as_examples_of_speakers_stay() -> None:
    # 'speaker' also ends product names, but examples of speakers are people
    text = "Past speakers including Anneliese Kroll and Tomasz Wierzba drew large crowds."
    tags = {"Anneliese Kroll": "PERSON", "Tomasz Wierzba": "PERSON"}
    assert people_tagged(text, tags) == {"Anneliese Kroll", "Tomasz Wierzba"}


def test_a_name_far_from_a_noun_it_modifies_in_the_parse_stays() -> None:
    # only a noun right after the name counts ('the Jicki app'), not one a line later
    text = (
        '"It packs flat." - Odile Marchetti-Brun, associate editor\n\n'
        "Key Specs\n\nMaterials: nylon and aluminium."
    )
    assert people_tagged(text, {"Odile Marchetti-Brun": "PERSON"}) == {"Odile Marchetti-Brun"}


def test_a_metaphor_is_no_predicate_of_things() -> None:
    # 'box' ends product names ('Xbox Series X Box'), but 'a black box' says nothing of a thing
    text = (
        "She is pitted against Oskari Vantaa, who runs the other side of the war. "
        "Vantaa is a black box to us until the last chapter."
    )
    assert people_tagged(text, {"Oskari Vantaa": "PERSON"}) == {"Oskari Vantaa"}


def test_a_credits_line_above_a_name_is_its_role() -> None:
    text = (
        "The animation was released on Monday.\n\nCredits\n\nLead animator\n\nTeodora Vasquez\n"
        "(Northfield University)\n\nAbout the author\n\nMiriam Oyelaran\n\nShe writes about science."
    )
    people, _, _ = entities.extract(
        tagged_doc(
            text,
            [
                (m.start(), m.end(), "PERSON")
                for n in ("Teodora Vasquez", "Miriam Oyelaran")
                for m in re.finditer(n, text)
            ],
        )
    )
    roles = {p.name: p.role for p in people}
    assert roles["Teodora Vasquez"] == "Lead animator (Northfield University)"
    assert roles["Miriam Oyelaran"] is None  # a section heading is no credit


def test_a_natural_feature_is_no_person() -> None:
    text = "The trail climbs for an hour. Corrowan Falls is loudest in May, when the snow melts."
    assert people_tagged(text, {"Corrowan Falls": "PERSON"}) == set()


def test_a_model_tier_after_the_first_word_is_a_product() -> None:
    # a given name first ('Ivy'), but 'Elite' after it is a model's tier; 'Max' first is a name
    text = "We slept on six mattresses. Ivy Cloudrest Elite kept us cool all summer long."
    assert people_tagged(text, {"Ivy Cloudrest Elite": "PERSON"}) == set()
    person = "Max Ortelli wrote the review after sleeping on six mattresses."
    assert people_tagged(person, {"Max Ortelli": "PERSON"}) == {"Max Ortelli"}


def test_a_name_that_opens_a_firms_name_is_the_firm() -> None:
    text = (
        "Why work with Corvane Ridge Group? Corvane Ridge builds one programme for outsourced "
        "payroll, and Corvane Ridge answers within a day."
    )
    tags = {"Corvane Ridge Group": "ORG", r"Corvane Ridge(?= [ba])": "PERSON"}
    assert people_tagged(text, tags) == set()
