"""A person's two-word name that is also a city's alias stays a person (session 12, review
finding 2): the gazetteer's relabel of a person-tagged name as a place spares a name whose
place's own name is its words run together, or a given name and a surname, unless it stands
where a place goes. Every text here is written for these tests."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import tagged_doc


def _people_places(text: str, tags: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    spans = []
    for name, label in tags:
        start = text.index(name)
        spans.append((start, start + len(name), label))
    people, places, _ = entities.extract(tagged_doc(text, spans))
    return [p.name for p in people], [p.name for p in places]


def test_a_person_named_like_a_city_run_together_stays_a_person() -> None:
    # 'Jing Zhou' is an alias of the city Jingzhou (over a million people)
    text = "Jing Zhou said growth would slow, and the paper is by Jing Zhou and two colleagues."
    people, places = _people_places(text, [("Jing Zhou", "PERSON")])
    assert "Jing Zhou" in people
    assert "Jingzhou" not in places


def test_the_same_name_where_a_place_goes_is_the_place() -> None:
    text = "Floods closed three schools in Jing Zhou on Tuesday, officials said."
    people, places = _people_places(text, [("Jing Zhou", "PERSON")])
    assert "Jing Zhou" not in people
    assert places
