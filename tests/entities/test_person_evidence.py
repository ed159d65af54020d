"""Round 4 of issue 12 (session 4): a 'person' needs evidence when something speaks against
it. Sentences written for these tests; the model's tags are set on the Doc, so that each test
exercises the rule and not what the small model makes of one short text."""

from __future__ import annotations

import re

from spacy.tokens import Doc

import newsdesk
from entity_helpers import people_tagged
from newsdesk.analysis import entities
from newsdesk.analysis.entities.lexicon import english_words, first_names
from tagging import tagged_doc


def _doc(text: str, tags: dict[str, str]) -> Doc:
    """Every match of each pattern in `tags` labelled as given."""
    return tagged_doc(
        text, [(m.start(), m.end(), lab) for p, lab in tags.items() for m in re.finditer(p, text)]
    )


def test_the_data_files_are_read() -> None:
    assert {"vanessa", "garry", "jan"} <= first_names()
    assert "nenad" not in first_names()  # why a missing given name never drops a name
    assert english_words() and "guest" in english_words()


def test_a_heading_of_english_words_is_no_person() -> None:
    text = (
        "Planning a party takes a list and a budget.\n\nGuest Count\n\n"
        "Decide early how many people to invite, since every other choice follows from it."
    )
    assert people_tagged(text, {"Guest Count": "PERSON"}) == set()


def test_a_name_alone_on_its_line_is_still_a_person() -> None:
    # a byline: a heading-shaped line, but not made of English words
    text = (
        "Oluwaseun Adebayo\n\nThe harbour reopened on Monday after a week of repairs, and "
        "the first ferries left on time."
    )
    assert people_tagged(text, {"Oluwaseun Adebayo": "PERSON"}) == {"Oluwaseun Adebayo"}


def test_a_product_with_a_common_word_is_no_person() -> None:
    # 'cloud' is written in lower case in the article; 'Zentrix Cloud' shows nothing of a person
    text = (
        "Moving to the cloud saves money. Zentrix Cloud offers storage at a low price, and "
        "Zentrix Cloud also includes backups for every plan."
    )
    assert people_tagged(text, {"Zentrix Cloud": "PERSON"}) == set()


def test_evidence_for_a_person_outweighs_a_common_word() -> None:
    # 'baker' is a word of the article, but the name is the subject of 'said' / has a given name
    text = (
        "The baker opened at dawn. Ngozi Baker said the queue was longer than ever. "
        "Vanessa Cloud, a customer, waited an hour for bread in the cloud of flour."
    )
    names = people_tagged(text, {"Ngozi Baker": "PERSON", "Vanessa Cloud": "PERSON"})
    assert names == {"Ngozi Baker", "Vanessa Cloud"}


def test_a_brand_the_article_names_as_a_company_is_no_person() -> None:
    text = (
        "Veltrix sells web services to small firms. We tried Veltrix Hosting for a month "
        "and Veltrix Hosting stayed online the whole time."
    )
    assert people_tagged(text, {"Veltrix Hosting": "PERSON", "Veltrix(?= sells)": "ORG"}) == set()


def test_a_lone_word_needs_evidence() -> None:
    # a brand named three times is no person; a surname with 'said' after it is one
    text = (
        "Plovio makes courses easy to sell. Plovio has a free plan, and Plovio charges no fee. "
        "Okonkwo said the platform had changed his teaching. Okonkwo added that it paid well. "
        "Okonkwo now teaches full time."
    )
    assert people_tagged(text, {"Plovio": "PERSON", "Okonkwo": "PERSON"}) == {"Okonkwo"}


def test_a_word_before_a_given_name_is_no_part_of_the_name() -> None:
    # a photo credit: 'Photo' is an English word, 'Marcus' a given name
    text = "The new bridge at dusk.\nPhoto Marcus Ellery\nThe bridge opens to traffic in May."
    assert people_tagged(text, {"Photo Marcus Ellery": "PERSON"}) == {"Marcus Ellery"}


def test_a_compass_part_of_a_known_place_is_in_that_place() -> None:
    # 'Northern Italy' is not in the gazetteer: it lies in Italy, not in the article's home
    # country (here the US, named by most of the places)
    text = (
        "The importer, based in Ohio, ships from Texas and Oregon. Its rice comes from "
        "Northern Italy, where the harvest was poor."
    )
    places = {p.name: p for p in newsdesk.analyze(text, clean=False).places}
    assert "Northern Italy" in places
    assert places["Northern Italy"].country_code == "IT"
    assert places["Northern Italy"].latitude is not None


def _places(text: str, tags: dict[str, str]) -> set[str]:
    doc = _doc(text, tags)
    _, places, _ = entities.extract(doc)
    return {p.name for p in places}


def test_a_town_reached_only_through_an_alternate_name_needs_a_place_cue() -> None:
    # GeoNames lists 'Google' among Topeka's names; a company is meant here
    text = "Courses are offered by Coursera, Google, and Udemy. Google now adds a new one weekly."
    assert "Topeka" not in _places(text, {"Google": "GPE"})
    # the town's main name, or a place cue, still makes it a place
    text = "The storm reached Topeka on Sunday and moved east."
    assert "Topeka" in _places(text, {"Topeka": "GPE"})


def test_an_english_word_in_a_place_slot_is_no_unknown_place() -> None:
    text = "Most of the new hires work in Accounting, the report said, and few in sales."
    assert _places(text, {"Accounting": "GPE"}) == set()


def test_a_place_noun_or_a_symbol_in_a_name_speaks_against_a_person() -> None:
    text = (
        "Flights to the Twin Cities rose again.\n"
        "🇩🇪 German\n"
        "The guide is also in German and in French."
    )
    tags = {"Twin Cities": "PERSON", "🇩🇪 German": "PERSON"}
    assert people_tagged(text, tags) == set()


def test_a_small_region_the_model_took_for_a_company_needs_a_place_cue() -> None:
    # 'Meta' is a Colombian department of under a million people; Colombia is never named
    text = "One of the founders of modern AI, Meta's chief scientist, spoke on Monday."
    assert _places(text, {"Meta": "ORG"}) == set()
