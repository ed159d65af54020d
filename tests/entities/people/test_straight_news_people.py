"""Session 20, people (issue 12): three classes of error on straight news the rules were not
tuned on. A 'that' opening a clause is no determiner against the name after it; a full name
the article gives as a place at more mentions than it is tagged a person is a place at every
mention; a ruler's given name and regnal number are one person. Sentences written for these
tests; the model's labels are set on the Doc (`only_tagged_doc`), so each test exercises the
rule, not what the small model tags."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _extract(text: str, tags: dict[str, str]) -> tuple[set[str], set[str]]:
    people, places, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}, {p.name for p in places}


def test_that_opening_a_clause_is_no_determiner() -> None:
    # a known surname last is the only evidence for (1); read as a determiner, 'that' weighed
    # against (2) and dropped the person
    text = (
        "The convoy left the border post at dawn. A guard said on Friday that Zafrun bin "
        "Fallen had probably gone to the coast."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" in people
    # a relative 'that' is no determiner either
    text = (
        "The convoy left the border post at dawn. It was the coast that Zafrun bin Fallen "
        "had probably reached by then."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" in people


def test_a_determiner_still_counts_against() -> None:
    # the same sentence with 'the' before the name: no person is 'the Zafrun bin Fallen'
    text = (
        "The convoy left the border post at dawn. A guard said on Friday that the Zafrun bin "
        "Fallen had probably gone to the coast."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" not in people


def test_a_full_name_given_as_a_place_at_most_mentions_is_a_place() -> None:
    # the model tags every mention a person; the document's cues make two of them places
    # (a place slot: 'the town of', 'to'), not the one after 'north of'
    text = (
        "A rescue plane crashed near the town of Mt Isa last night. It came down north of "
        "Mt Isa. The crew had flown to Mt Isa to collect a patient."
    )
    people, _ = _extract(text, {"Mt Isa": "PERSON"})
    assert "Mt Isa" not in people


def test_a_name_tagged_a_person_at_most_mentions_stays_a_person() -> None:
    # one mention given as a place by the model's mistake, two tagged a person: kept
    text = (
        "Dana Kessler opened the new library on Monday. Dana Kessler said the town had "
        "waited for years, and the mayor thanked Dana Kessler afterwards."
    )
    people, _ = _extract(
        text, {r"Dana Kessler(?= opened| said)": "PERSON", r"Dana Kessler(?= after)": "GPE"}
    )
    assert "Dana Kessler" in people


def test_a_ruler_and_regnal_number_are_one_person() -> None:
    # untagged by the model: the given name and the number
    text = "The abbey was rebuilt for Henry VIII, who gave it to his chancellor in 1540."
    people, _ = _extract(text, {})
    assert "Henry VIII" in people
    # tagged without its number: the number joins the name
    text = "Crowds lined the road when Queen Elizabeth II rode into the city in 1953."
    people, _ = _extract(text, {r"Elizabeth(?= II)": "PERSON"})
    assert "Elizabeth II" in people
    assert "Elizabeth" not in people


def test_the_pronoun_i_is_no_regnal_number() -> None:
    # after a title, no article before it and no capitalised word after: only 'I' tells
    cases = [
        ("When I met Queen Elizabeth I was terrified of the horses.", "Elizabeth"),
        ("After I saw Pope Francis I felt calm for the first time in weeks.", "Francis"),
        ("My sister Mary I think suffered most during the floods.", "Mary"),
        ("The coach Mark I spoke to had trained the squad for a decade.", "Mark"),
    ]
    for text, name in cases:
        people, _ = _extract(text, {rf"{name}(?= I)": "PERSON"})
        assert name in people, text
        assert f"{name} I" not in people, text


def test_a_capitalised_word_after_the_number_names_a_thing() -> None:
    # a title before and no article: only the word after the number tells
    text = "Traffic on Queen Elizabeth II Bridge slowed to a crawl on Monday."
    people, _ = _extract(text, {})
    assert "Elizabeth II" not in people
    text = "Two ships unloaded grain at King George V Dock overnight."
    people, _ = _extract(text, {})
    assert "George V" not in people


def test_an_article_before_the_title_or_the_name_names_a_thing() -> None:
    # a liner: 'The' before the title, the word after the number in lower case
    text = "The Queen Mary II left New York on Tuesday with 2,600 passengers."
    people, _ = _extract(text, {"New York": "GPE"})
    assert "Mary II" not in people
    # no title: 'the' before a given name that is no English word
    text = "The crew sailed the Henry II out of the harbour before dawn."
    people, _ = _extract(text, {})
    assert "Henry II" not in people
    # an article of the same list read by the parse as a conjunction does not count
    text = "Officials said that Queen Elizabeth II would open the new wing in May."
    people, _ = _extract(text, {})
    assert "Elizabeth II" in people


def test_a_number_after_a_code_or_a_word_name_is_no_ruler() -> None:
    # no title: a word with a digit right before the name (and no other guard)
    text = "The dealer sold a 1920s Louis XV chair to a collector in Lyon."
    people, _ = _extract(text, {})
    assert "Louis XV" not in people
    # no title: a capitalised word right before the name
    text = "He restored a rusty Vauxhall Edward VII in his garage over the winter."
    people, _ = _extract(text, {})
    assert "Edward VII" not in people
    # no title: a given name that is an English adjective
    text = "On Friday night the family watched Rocky II again at home."
    people, _ = _extract(text, {})
    assert "Rocky II" not in people
    text = "His grandfather served in World War II and rarely spoke of it."
    people, _ = _extract(text, {})
    assert not people


def test_a_name_modifying_a_noun_of_places_stays_a_person() -> None:
    # one mention modifying 'summit' or 'park' is no evidence that the name is a place's
    cases = [
        (
            "Vladimir Putin flew to Alaska on Friday. Putin said talks were useful. Critics "
            "said the Putin summit achieved little.",
            "Vladimir Putin",
        ),
        (
            "Keir Starmer arrived in Brussels on Monday. Starmer said the talks were frank. "
            "Aides called the Starmer summit a success.",
            "Keir Starmer",
        ),
        (
            "Barack Obama visited Chicago on Sunday. Obama said the city had changed. "
            "Neighbours said the Obama park was too small.",
            "Barack Obama",
        ),
    ]
    for text, name in cases:
        surname = name.split()[1]
        tags = {rf"{name}|{surname}": "PERSON"}
        tags.update({p: "GPE" for p in ("Alaska", "Brussels", "Chicago")})
        people, _ = _extract(text, tags)
        assert name in people, text
