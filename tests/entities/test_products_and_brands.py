"""Round 3 of issue 12 (session 4): one test per error class, on sentences written for these
tests (product and advice pieces, brands, role words inside a name)."""

from __future__ import annotations

import re

from newsdesk.analysis import entities
from newsdesk.model import Place
from tagging import tagged_doc


def _people_if_tagged(text: str, *persons: str, orgs: str = "") -> set[str]:
    """The people newsdesk lists when the model has tagged the first mention of each of
    `persons` as a PERSON and the mentions of `orgs` as an ORG but the last two (the small model does
    so on real articles; here the tags are set, so the test does not hang on what the model
    makes of one sentence)."""
    wanted = [(text.index(n), n, "PERSON") for n in persons]
    if orgs:
        starts = [m.start() for m in re.finditer(re.escape(orgs), text)]
        # the last two mentions are taken for a person, the others for an organisation
        wanted += [(i, orgs, "ORG") for i in starts[:-2]]
        wanted += [(i, orgs, "PERSON") for i in starts[-2:]]
    doc = tagged_doc(text, [(i, i + len(name), label) for i, name, label in wanted])
    people, _, _ = entities.extract(doc)
    return {p.name for p in people}


def test_a_name_ending_in_a_thing_word_is_no_person() -> None:
    # products the model took for people: 'Magic Keyboard', 'Smart Charger'
    text = (
        "I typed this review on my Lumen Glide Keyboard, which pairs quickly. Its maker "
        "also sells Nova Swift Charger, and Dana Whitfield, who tested both, liked it."
    )
    names = _people_if_tagged(text, "Lumen Glide Keyboard", "Nova Swift Charger", "Dana Whitfield")
    assert names == {"Dana Whitfield"}


def test_a_superlative_heading_is_no_person() -> None:
    text = (
        "Our testers wore a dozen watches for a month.\n\nBest Smartwatch for Runners\n\n"
        "Priya Raman ran 200 miles with each one."
    )
    assert _people_if_tagged(text, "Best Smartwatch", "Priya Raman") == {"Priya Raman"}


def test_a_brand_before_a_plural_noun_is_no_person() -> None:
    text = (
        "Cheap Vantor microcontrollers have become common in hobby kits, "
        "said Tomas Herrera, who teaches electronics. He prefers Vantor boards."
    )
    assert _people_if_tagged(text, "Tomas Herrera", orgs="Vantor") == {"Tomas Herrera"}


def test_a_name_after_an_article_is_a_product() -> None:
    text = (
        "If you cannot afford a flagship, the Kestrel Run is a great value purchase, "
        "said Miriam Osei. Her podcast mic is a blue Yeti, and a blue Yeti is loud."
    )
    names = _people_if_tagged(text, "Kestrel Run", "Yeti", "Miriam Osei")
    assert names == {"Miriam Osei"}


def test_the_late_and_titled_keep_their_names() -> None:
    # an article before 'late' or before a title does not make a product of a person
    text = "The late Joseph Mbeki founded the school. The Energy Secretary Rick Halvorsen saw it."
    names = _people_if_tagged(text, "Joseph Mbeki", "Rick Halvorsen")
    assert names == {"Joseph Mbeki", "Rick Halvorsen"}


def test_a_name_the_article_mostly_tags_as_a_company_is_no_person() -> None:
    text = (
        "Orvex shipped the update on Monday. Orvex said sales rose, and Orvex will hire. "
        "Lina Park, an analyst, said Orvex was cautious and Orvex would wait."
    )
    assert _people_if_tagged(text, "Lina Park", orgs="Orvex") == {"Lina Park"}


def _tagged(text: str, *tags: tuple[str, str]) -> tuple[set[str], list[Place]]:
    """People's names and places when the model has given the first mention of each name the
    label beside it (set here, as the small model does on real articles)."""
    doc = tagged_doc(text, [(text.index(n), text.index(n) + len(n), label) for n, label in tags])
    people, places, _ = entities.extract(doc)
    return {p.name for p in people}, places


def test_a_town_modifying_a_team_noun_is_the_club() -> None:
    text = (
        "Kosmos was co-founded by Valencia soccer player Gerard Pique. "
        "Brazil striker Joao Reis watched in Madrid."
    )
    _, places = _tagged(text, ("Valencia", "GPE"), ("Brazil", "GPE"), ("Madrid", "GPE"))
    names = {p.name for p in places}
    assert "Valencia" not in names
    assert {"Brazil", "Madrid"} <= names  # a country's side stays a place, and so does a town


def test_an_organisation_reached_only_through_a_town_alias_is_no_place() -> None:
    # 'Google' is another name of Topeka in GeoNames
    text = "The tips here are not just stuff you will find at Google, said Mara Lind."
    _, places = _tagged(text, ("Google", "ORG"))
    assert not places


def test_the_west_as_a_bloc_is_no_place() -> None:
    text = "The plague spread from China to the West via ships, historians say."
    _, places = _tagged(text, ("China", "GPE"), ("West", "LOC"))
    assert [p.name for p in places] == ["China"]


def test_a_place_unknown_to_the_gazetteer_takes_the_articles_country() -> None:
    text = (
        "Farmers in Rajshahi and Dhaka grow vegetables. Karim Uddin of Baroipara village "
        "sells them. Bangladesh exports more each year."
    )
    _, places = _tagged(
        text, ("Rajshahi", "GPE"), ("Dhaka", "GPE"), ("Baroipara", "GPE"), ("Bangladesh", "GPE")
    )
    village = [p for p in places if p.name == "Baroipara"]
    assert village and village[0].country_code == "BD" and village[0].latitude is None


def test_a_person_the_model_took_for_an_organisation_is_recovered() -> None:
    text = "Marcel Granollers and Feliciano Lopez won the doubles in straight sets."
    names, _ = _tagged(text, ("Marcel Granollers", "ORG"), ("Feliciano Lopez", "PERSON"))
    assert names == {"Marcel Granollers", "Feliciano Lopez"}
    # an organisation listed with a person's name stays one
    text = "Grants went to Harbor Analytics, and Feliciano Lopez thanked them."
    names, _ = _tagged(text, ("Harbor Analytics", "ORG"), ("Feliciano Lopez", "PERSON"))
    assert names == {"Feliciano Lopez"}


def test_a_heading_of_ordinary_words_is_no_person() -> None:
    text = (
        "We asked readers what they wanted.\n\nKey Insights\n\nThe key finding: "
        "insights came from Aisha Grant, who ran the survey."
    )
    names = _people_if_tagged(text, "Key Insights", "Aisha Grant")
    assert names == {"Aisha Grant"}


def test_a_camel_cased_or_acronym_word_makes_a_product_name() -> None:
    text = (
        "I paired BlueWave Sonic with my laptop, then tried Corvo Sound ANC. "
        "Kenji Ito, who reviews audio, preferred the first. King Leopold III liked neither."
    )
    names = _people_if_tagged(text, "BlueWave Sonic", "Corvo Sound ANC", "Kenji Ito", "Leopold III")
    assert names == {"Kenji Ito", "Leopold III"}


def test_a_town_the_gazetteer_lacks_takes_its_qualifier_regions_centre() -> None:
    text = "A moving company in Quarrydale, New Jersey, kept the deposits, investigators said."
    _, places = _tagged(text, ("Quarrydale", "GPE"), ("New Jersey", "GPE"))
    town = [p for p in places if p.name == "Quarrydale"]
    state = [p for p in places if p.name == "New Jersey"]
    assert town and state and town[0].country_code == "US"
    assert town[0].latitude == state[0].latitude and town[0].latitude is not None


def test_a_name_after_a_place_noun_and_of_is_a_place() -> None:
    text = "Ships left the Yemeni port of Mocha for Alexandria, carrying coffee."
    _, places = _tagged(text, ("Mocha", "PERSON"), ("Alexandria", "GPE"))
    mocha = [p for p in places if p.name == "Mocha"]
    assert mocha and mocha[0].country_code == "YE"


def test_a_name_listed_beside_places_is_a_place() -> None:
    text = "The Dutch grew coffee on the islands of Java, Sulawesi and Bali, traders wrote."
    _, places = _tagged(text, ("Java", "LOC"), ("Sulawesi", "PERSON"), ("Bali", "GPE"))
    assert "Sulawesi" in {p.name for p in places}


def test_a_place_the_model_took_for_a_nationality_is_a_place_after_to() -> None:
    text = "In 1720 a French officer carried a coffee plant to Martinique by ship."
    _, places = _tagged(text, ("French", "NORP"), ("Martinique", "NORP"))
    assert [p.name for p in places] == ["Martinique"]


def test_an_unknown_name_in_a_place_slot_must_look_like_a_place() -> None:
    text = (
        "You can store the files in iCloud, write them in Zebrascript.js or in the Tallow app, "
        "and check them in AI tools. The team met in Quarrydale, New Jersey."
    )
    _, places = _tagged(
        text,
        ("iCloud", "GPE"),
        ("Zebrascript.js", "GPE"),
        ("Tallow", "GPE"),
        ("AI", "GPE"),
        ("Quarrydale", "GPE"),
    )
    assert {p.name for p in places} == {"Quarrydale", "New Jersey"}


def test_a_one_word_name_named_twice_without_a_title_is_no_person() -> None:
    text = (
        "Zorblax syncs your steps overnight. Ruth Okonkwo, who tested it, said Okonkwo's own "
        "watch failed twice. I still prefer Zorblax for sleep."
    )
    names = _people_if_tagged(text, "Ruth Okonkwo", orgs="Zorblax")
    assert names == {"Ruth Okonkwo"}
